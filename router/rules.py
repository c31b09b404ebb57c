"""The routing rules: an ordered table of small named rules that each propose units, with a reason.

Like Mailman's chains, policy is the table, not code paths: `UNIT_RULES` is tried in
order, every rule's outcome is recorded (hit or miss, and why, in plain Chinese for the
union's staff), and the first rule that hits decides the lead unit (router.decide).
A rule that is not sure — a form field naming no known unit, a business line shared by
several units — misses, so the next rule or a person decides instead of a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parseaddr

from core.channels import Channel
from core.config import Directory
from router.business_lines import SOURCE_WORDS, match_business_lines
from router.complaint import Complaint
from router.unit_names import exact_unit, label, units_in


@dataclass(frozen=True)
class RuleOutcome:
    """What one rule said about one complaint: units (first = lead) when it hit, and why."""

    name: str
    hit: bool
    units: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class UnitRule:
    """A row of the routing table."""

    name: str
    title: str       # what the rule looks at, in Chinese, for explanations
    explicit: bool   # the complaint itself names these units: they join a decision as co-units
    check: Callable[[Complaint, Directory], RuleOutcome]


def form_unit_field(complaint: Complaint, directory: Directory) -> RuleOutcome:
    """The form's 被投诉单位: exactly a unit's name/alias/code, else names contained in it."""
    name, value = "form_unit_field", (complaint.unit_field or "").strip()
    if not value:
        return RuleOutcome(name, False, (), "受理单没有填写『被投诉单位』栏")
    exact = exact_unit(value, directory)
    if exact:
        return RuleOutcome(name, True, (exact.unit.code,),
                           f"受理单『被投诉单位』栏写明「{value}」，与单位名录中的 {label(exact.unit)} 一致")
    found = units_in(value, directory)
    if not found:
        return RuleOutcome(name, False, (),
                           f"受理单『被投诉单位』栏写的是「{value}」，单位名录中没有与之一致或包含在其中的"
                           "单位名称、别名，不据此分派")
    pairs = "、".join(f"「{m.term}」→ {label(m.unit)}" for m in found)
    more = "；列出多个单位，第一个牵头，其余协办" if len(found) > 1 else ""
    return RuleOutcome(name, True, tuple(m.unit.code for m in found),
                       f"受理单『被投诉单位』栏「{value}」中含有{pairs}{more}")


def units_named_in_text(complaint: Complaint, directory: Directory) -> RuleOutcome:
    """Units the complaint text names: the parser's `unit_mentions`, else a directory scan of the text."""
    name = "units_named_in_text"
    if complaint.unit_doubt:
        return RuleOutcome(name, False, (), _doubt(complaint))
    if complaint.unit_mentions:
        known = [directory.unit_by_code(c) for c in complaint.unit_mentions]
        units = list({u.code: u for u in known if u}.values())
        unknown = [c for c, u in zip(complaint.unit_mentions, known) if u is None]
        note = f"（代码 {'、'.join(unknown)} 不在单位名录中，已忽略）" if unknown else ""
        if not units:
            return RuleOutcome(name, False, (), f"投诉内容中识别出的单位都不在单位名录中{note}")
        return RuleOutcome(name, True, tuple(u.code for u in units),
                           f"投诉内容中提到 {'、'.join(label(u) for u in units)}{note}")
    found = units_in(complaint.text or "", directory)
    if not found:
        return RuleOutcome(name, False, (), "投诉内容中没有提到单位名录中的任何单位")
    pairs = "、".join(f"「{m.term}」→ {label(m.unit)}" for m in found)
    return RuleOutcome(name, True, tuple(m.unit.code for m in found), f"投诉内容中出现{pairs}")


def _named_unit_unknown(complaint: Complaint, directory: Directory) -> str | None:
    """The form names a complained unit the directory lacks: a guess by line or sender would
    overrule what the form says, so the fallback rules stand aside and the union decides."""
    value = (complaint.unit_field or "").strip()
    if not value or exact_unit(value, directory) or units_in(value, directory):
        return None
    return (f"受理单写明被投诉单位为「{value}」，但单位名录中没有该单位；"
            "不按业务条线或来件地址猜测，交工会指定承办单位")


def _doubt(complaint: Complaint) -> str | None:
    """The letter names units but leaves open which it is about: no guess by line or sender either."""
    return f"{complaint.unit_doubt}；交工会指定承办单位" if complaint.unit_doubt else None


def business_line(complaint: Complaint, directory: Directory) -> RuleOutcome:
    """The one unit whose business lines cover the complaint's business; several is not sure."""
    name = "business_line"
    unknown = _named_unit_unknown(complaint, directory) or _doubt(complaint)
    if unknown:
        return RuleOutcome(name, False, (), unknown)
    found = match_business_lines(complaint, directory)
    if found is None:
        return RuleOutcome(name, False, (),
                           "业务类别、业务小类和投诉内容都不对应任何单位的业务条线")
    what = f"{SOURCE_WORDS[found.source]}「{found.value}」"
    if len(found.units) > 1:
        return RuleOutcome(name, False, (),
                           f"{what}同时属于 {'、'.join(label(u) for u in found.units)} 的业务条线，"
                           "无法确定由哪个单位处理")
    unit, line = found.units[0], found.lines[0]
    return RuleOutcome(name, True, (unit.code,), f"{what}属于 {label(unit)} 的业务条线「{line}」")


def source_default(complaint: Complaint, directory: Directory) -> RuleOutcome:
    """An outlet or department mailing from its own address reports about itself (not for media)."""
    name = "source_default"
    unknown = _named_unit_unknown(complaint, directory) or _doubt(complaint)
    if unknown:
        return RuleOutcome(name, False, (), unknown)
    address = parseaddr(complaint.source_address or "")[1].strip().lower()
    if not address:
        return RuleOutcome(name, False, (), "没有来件地址")
    unit = next((u for u in directory.unit if u.email.strip().lower() == address), None)
    if unit is None:
        return RuleOutcome(name, False, (), f"来件地址 {address} 不是任何单位的邮箱")
    if complaint.channel == Channel.MEDIA:
        return RuleOutcome(name, False, (),
                           f"来件地址 {address} 是 {label(unit)} 的邮箱，但媒体曝光由网点代为上报，"
                           "上报单位不一定是被投诉单位")
    return RuleOutcome(name, True, (unit.code,),
                       f"来件地址 {address} 是 {label(unit)} 的单位邮箱（单位上报的意见簿或客户上门投诉），"
                       "由该单位处理")


UNIT_RULES: tuple[UnitRule, ...] = (
    UnitRule("form_unit_field", "受理单『被投诉单位』栏", True, form_unit_field),
    UnitRule("units_named_in_text", "投诉内容中提到的单位", True, units_named_in_text),
    UnitRule("business_line", "业务条线", False, business_line),
    UnitRule("source_default", "来件单位", False, source_default),
)

RULE_TITLES = {rule.name: rule.title for rule in UNIT_RULES}


def evaluate(complaint: Complaint, directory: Directory,
             rules: tuple[UnitRule, ...] = UNIT_RULES) -> tuple[RuleOutcome, ...]:
    """Every rule's outcome, in table order (all are recorded, so misses can be explained)."""
    return tuple(rule.check(complaint, directory) for rule in rules)
