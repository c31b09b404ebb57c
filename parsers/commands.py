"""Staff commands written in a reply, one a line, in Chinese or slash form (docs/DESIGN.md §5).

Only the person's own text is read (quoted history is removed first). A line that is plainly
not a command (a greeting, a sentence) is ignored; a line that starts like a command but
cannot be read becomes a CommandSyntaxError whose message a clerk understands.
Checking rights and unit names is the caller's job: this module only reads syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from parsers.replies import extract_reply

CommandName = Literal[
    "route", "lead", "co", "extend", "severity", "satisfaction", "close", "reopen", "approve", "meeting", "holidays",
    "reply_customer", "approve_reply", "resend"]


@dataclass(frozen=True)
class Command:
    name: CommandName
    args: tuple[str, ...]
    reason: str
    line: str


@dataclass(frozen=True)
class CommandSyntaxError:
    line: str
    message: str


ParsedCommand = Command | CommandSyntaxError

CHINESE_KEYWORDS: dict[str, CommandName] = {
    "转办": "route", "牵头": "lead", "协办": "co", "延期": "extend", "重大问题": "severity", "重大": "severity",
    "较大问题": "severity", "较大": "severity", "严重": "severity", "一般问题": "severity", "一般": "severity",
    "满意度": "satisfaction", "会议": "meeting", "回复客户": "reply_customer", "同意回复": "approve_reply",
    "办结": "close", "重开": "reopen", "批准": "approve", "确认放假安排": "holidays", "重发": "resend",
}
SLASH_NAMES: frozenset[str] = frozenset(
    ("route", "lead", "co", "extend", "severity", "satisfaction", "close", "reopen", "approve", "meeting", "holidays",
     "resend")
)
SATISFACTION_VALUES = ("满意", "基本满意", "不满意")
# The seed's three levels (一般 / 较大问题 / 重大问题) and today's synonyms: 重大 reaches the president.
SEVERITY_VALUES = {"normal": "normal", "major": "major", "serious": "serious",
                   "一般": "normal", "一般问题": "normal", "较大": "major", "较大问题": "major",
                   "重大": "serious", "重大问题": "serious", "严重": "serious"}
MAX_EXTENSION_DAYS = 365

_EXAMPLES = {
    "route": "转办 三元支行", "lead": "牵头 三元支行", "co": "协办 梅列支行 三元支行",
    "extend": "延期 10天 原因：客户出差", "severity": "较大问题（或：重大问题、一般）",
    "satisfaction": "满意度 基本满意", "close": "办结", "reopen": "重开", "approve": "批准",
    "holidays": "确认放假安排 2027",
    "meeting": "会议 2026-12-05 由三元支行行长上门致歉",
    "reply_customer": "回复客户 您反映的问题已核实处理，网点已增开窗口", "approve_reply": "同意回复",
    "resend": "重发 TS-2026-000001",
}
CASE_COMMAND_MEANINGS = {
    "route": "转给另一单位办理", "lead": "指定牵头单位", "co": "增加协办单位", "extend": "延长办理时限（须写原因）",
    "severity": "调整问题等级（一般、较大问题、重大问题），升级时报告行领导", "satisfaction": "登记客户满意度", "close": "办结案件",
    "reopen": "重新办理", "approve": "批准延期（行长回复延期审批邮件）",
    "holidays": "确认转发的国务院放假安排",
    "meeting": "记录重大问题的会议研究决定并通知承办单位",
    "reply_customer": "以工会审定的文字书面答复客户", "approve_reply": "同意将单位的处理情况书面答复客户",
    "resend": "重新发送本案未能发出的邮件（邮件服务器或地址修正后）",
}


def case_command_help() -> tuple[tuple[str, str, str], ...]:
    """(command, example, meaning) for each case command, for the 帮助 reply."""
    return tuple((_EXAMPLES[name].split(" ")[0].split("（")[0], _EXAMPLES[name], CASE_COMMAND_MEANINGS.get(name, ""))
                 for name in _EXAMPLES)


_FULL_WIDTH = str.maketrans({"\u3000": " ", "：": ":", "／": "/", **{
    chr(0xFF10 + digit): str(digit) for digit in range(10)}})
_CHINESE = re.compile(
    r"^(?P<keyword>满意度|会议|回复客户|同意回复|转办|牵头|协办|延期|重大问题|重大|较大问题|较大|严重|一般问题|一般|办结|重开|批准"
    r"|确认放假安排|重发)"
    r"(?P<suffix>单位|部门|给|至|到|评价|延期申请|延期)?(?P<rest>.*)$"
)
_SLASH = re.compile(r"^/(?P<keyword>[A-Za-z]+)(?P<rest>.*)$")
_REASON = re.compile(r"(?:^|[\s,;，；。])(?:原因|理由|事由|说明|备注|reason\s*:)\s*[:：]?\s*", re.IGNORECASE)
_UNIT_SEPARATORS = re.compile(r"[\s,;，；、]+")
_DAYS = re.compile(r"^(?P<number>\d+|[零一二两三四五六七八九十百]+)\s*(?:个)?(?:工作日|天|日|days?|d)?(?P<rest>.*)$",
                   re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。？！?!]")


def parse_commands(text: str) -> tuple[ParsedCommand, ...]:
    """Every command line in the person's own text, in order, read or reported."""
    results: list[ParsedCommand] = []
    for raw_line in extract_reply(text).split("\n"):
        line = raw_line.strip()
        if line:
            parsed = parse_command_line(line)
            if parsed is not None:
                results.append(parsed)
    return tuple(results)


def parse_command_line(line: str) -> ParsedCommand | None:
    """One line as a command, an error, or None when it is not meant as a command."""
    normal = line.translate(_FULL_WIDTH).strip()
    slash = _SLASH.match(normal)
    if slash:
        name = slash["keyword"].lower()
        if name not in SLASH_NAMES:
            return CommandSyntaxError(line, f"不认识的指令“/{slash['keyword']}”。可用指令：{_command_list()}")
        return _build(name, slash["rest"], line)  # type: ignore[arg-type]
    chinese = _CHINESE.match(normal)
    if not chinese:
        return None
    rest = chinese["rest"]
    name = CHINESE_KEYWORDS[chinese["keyword"]]
    if not _separated(rest, name, chinese["suffix"]):
        return None
    if name == "severity":
        return _severity_from_keyword(chinese["keyword"], rest, line)
    return _build(name, rest, line)


def _separated(rest: str, name: CommandName, suffix: str | None) -> bool:
    """The keyword stands alone (space, colon, end), not as the start of a sentence."""
    if not rest or rest[0] in " :" or suffix:
        return True
    if name == "extend" and rest[0].isdigit():
        return True
    # "转办三元支行": a unit written right after the keyword, on a short line of its own
    return name in ("route", "lead", "co") and len(rest) <= 20 and not _SENTENCE_END.search(rest)


def _command_list() -> str:
    return "、".join(_EXAMPLES.values())


def _split_reason(rest: str) -> tuple[str, str]:
    rest = rest.strip().lstrip(":").strip()
    marker = _REASON.search(rest)
    if marker is None:
        return rest, ""
    return rest[:marker.start()].strip(" ,;，；"), rest[marker.end():].strip()


def _build(name: CommandName, rest: str, line: str) -> ParsedCommand:
    body, reason = _split_reason(rest)
    builders = {
        "route": _single_unit, "lead": _single_unit, "co": _units, "extend": _extend,
        "severity": _severity, "satisfaction": _satisfaction, "meeting": _meeting, "holidays": _year,
        "reply_customer": _customer_text, "resend": _case_ref,
    }
    builder = builders.get(name, _no_argument)
    return builder(name, body, reason, line)


def _error(name: CommandName, line: str, problem: str) -> CommandSyntaxError:
    return CommandSyntaxError(line, f"{problem}。正确写法例如：{_EXAMPLES[name]}")


def _single_unit(name: CommandName, body: str, reason: str, line: str) -> ParsedCommand:
    units = [unit for unit in _UNIT_SEPARATORS.split(body) if unit]
    verb = "转办" if name == "route" else "牵头"
    if not units:
        return _error(name, line, f"“{verb}”后面要写单位名称")
    if len(units) > 1:
        return _error(name, line, f"“{verb}”只能写一个单位；几个单位共同办理请用“牵头”和“协办”")
    return Command(name, (units[0],), reason, line)


def _units(name: CommandName, body: str, reason: str, line: str) -> ParsedCommand:
    units = tuple(dict.fromkeys(unit for unit in _UNIT_SEPARATORS.split(body) if unit))
    if not units:
        return _error(name, line, "“协办”后面要写至少一个单位名称")
    return Command(name, units, reason, line)


def _extend(name: CommandName, body: str, reason: str, line: str) -> ParsedCommand:
    match = _DAYS.match(body.strip())
    if match is None:
        return _error(name, line, "“延期”后面要写延长的天数")
    days = _number(match["number"])
    if days is None or not 1 <= days <= MAX_EXTENSION_DAYS:
        return _error(name, line, f"延期天数应为 1 到 {MAX_EXTENSION_DAYS} 之间的整数")
    reason = " ".join(part for part in (match["rest"].strip(" ,;，；"), reason) if part)
    if not reason:
        return _error(name, line, "延期必须写明原因")
    return Command(name, (str(days),), reason, line)


def _severity(name: CommandName, body: str, reason: str, line: str) -> ParsedCommand:
    words = body.split(maxsplit=1)
    level = SEVERITY_VALUES.get(words[0].lower()) if words else None
    if level is None:
        return _error(name, line, "问题等级只能是：一般、较大问题、重大问题")
    extra = words[1] if len(words) > 1 else ""
    return Command(name, (level,), " ".join(part for part in (extra, reason) if part), line)


def _severity_from_keyword(keyword: str, rest: str, line: str) -> ParsedCommand:
    body, reason = _split_reason(rest)
    reason = " ".join(part for part in (body, reason) if part)
    return Command("severity", (SEVERITY_VALUES[keyword],), reason, line)


def _satisfaction(name: CommandName, body: str, reason: str, line: str) -> ParsedCommand:
    words = body.split(maxsplit=1)
    if not words or words[0] not in SATISFACTION_VALUES:
        return _error(name, line, "满意度只能是：满意、基本满意、不满意")
    extra = words[1] if len(words) > 1 else ""
    return Command(name, (words[0],), " ".join(part for part in (extra, reason) if part), line)


def _year(name: CommandName, body: str, reason: str, line: str) -> ParsedCommand:
    """确认放假安排 2027: the year whose forwarded holiday notice the office confirms."""
    year = re.match(r"^(\d{4})\s*年?", body.strip())
    if year is None:
        return _error(name, line, "“确认放假安排”后面要写年份")
    return Command(name, (year[1],), reason, line)


_MEETING_DATE = re.compile(r"^(?P<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日)"
                           r"\s*(?P<rest>.*)$")


def _meeting(name: CommandName, body: str, reason: str, line: str) -> ParsedCommand:
    """`会议 2026-12-05 决定…`: the meeting's date, then its decision."""
    found = _MEETING_DATE.match(body.strip())
    if found is None:
        return _error(name, line, "“会议”后面要先写会议日期")
    decision = " ".join(part for part in (found["rest"].strip(" ,;，；:"), reason) if part)
    decision = re.sub(r"^(?:决定|研究决定|会议决定)\s*:?\s*", "", decision)
    if not decision:
        return _error(name, line, "会议日期后面要写会议研究决定的内容")
    return Command(name, ("".join(found["date"].split()),), decision, line)


def _customer_text(name: CommandName, body: str, reason: str, line: str) -> ParsedCommand:
    """`回复客户 …`: the text the office approved for the customer (the rest of the line)."""
    text = line.split(maxsplit=1)[1].strip() if len(line.split(maxsplit=1)) > 1 else ""
    if not text:
        return _error(name, line, "“回复客户”后面要写给客户的答复文字")
    return Command(name, (), text, line)


def _case_ref(name: CommandName, body: str, reason: str, line: str) -> ParsedCommand:
    """`重发 TS-2026-000001`: the case written out (optional in the case's own thread)."""
    if not body:
        return Command(name, (), reason, line)
    if not _CASE_REF.match(body):
        return _error(name, line, f"“{body}”不是案件编号")
    return Command(name, (body.upper(),), reason, line)


_CASE_REF = re.compile(r"^TS-\d{4}-\d{6}$", re.IGNORECASE)


def _no_argument(name: CommandName, body: str, reason: str, line: str) -> ParsedCommand:
    return Command(name, (), " ".join(part for part in (body, reason) if part), line)


_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(text: str) -> int | None:
    """An Arabic number or a small Chinese one (十, 十五, 二十, 三十, 一百)."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current or None
