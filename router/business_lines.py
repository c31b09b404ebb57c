"""Which units a complaint's business belongs to, by the directory's business lines (Unit.lines).

Looked up in order: the form's business sub-type (业务小类), its business type (业务类别),
then line keywords in the complaint text; the first of these that names any unit decides
which units are in play. Shared by the business-line rule and triage candidates.

Two businesses of JR/T 0169 come from the complaint's cause (parsers.categories.CAUSE_BUSINESS):
债务催收 (how a debt is collected) and 个人金融信息 (how the customer's information is kept). They
say how the bank behaved, not which product, so a unit takes one only when its line is that
business itself (a collections desk); otherwise the product the complaint names decides — the
card whose debt is collected, the deposit whose balance was told — in the words clerks use for
products (FORM_SYNONYMS), and "个人金融" (personal banking) is no line of 个人金融信息.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.config import Directory, Unit
from parsers.categories import BUSINESS_TYPES, CAUSE_BUSINESS, FORM_SYNONYMS, form_business
from router.complaint import Complaint
from router.unit_names import normalize

SOURCE_WORDS = {"business_sub": "业务小类", "business": "业务类别", "product": "投诉内容中提到的产品",
                "text": "投诉内容中的业务关键词"}

CONDUCT_BUSINESSES = frozenset(b for b in CAUSE_BUSINESS.values() if b != "其他")

# Words that name a product in a complaint's text → (business, sub-type or None), longest first.
_PRODUCT_WORDS = sorted({**{b: (b, None) for b in BUSINESS_TYPES if b not in CONDUCT_BUSINESSES | {"其他"}},
                         **{w: v for w, v in FORM_SYNONYMS.items() if v[0] not in CONDUCT_BUSINESSES}}.items(),
                        key=lambda wv: -len(wv[0]))


@dataclass(frozen=True)
class LineMatch:
    """Units whose business lines match, and what matched: source is a key of SOURCE_WORDS."""

    source: str
    value: str
    units: tuple[Unit, ...]
    lines: tuple[str, ...]      # the matching line of each unit, same order as units


def _units_for_value(value: str, directory: Directory) -> LineMatch | None:
    wanted = normalize(value)
    units, lines = [], []
    for unit in directory.unit:
        line = next((x for x in unit.lines if normalize(x) and normalize(x) in wanted), None)
        if line is not None:
            units.append(unit)
            lines.append(line)
    return LineMatch("", value, tuple(units), tuple(lines)) if units else None


def _units_for_text(text: str, directory: Directory) -> LineMatch | None:
    haystack = normalize(text)
    units, lines = [], []
    for unit in directory.unit:
        found = [x for x in unit.lines if normalize(x) and normalize(x) in haystack]
        if found:
            units.append(unit)
            lines.append(max(found, key=len))
    return LineMatch("text", "、".join(dict.fromkeys(lines)), tuple(units), tuple(lines)) if units else None


def _units_for_conduct(value: str, directory: Directory) -> LineMatch | None:
    """The units whose line is the conduct business itself (债务催收, 个人金融信息), not a part of it."""
    pairs = [(u, x) for u in directory.unit for x in u.lines if normalize(x) == normalize(value)]
    return LineMatch("", value, tuple(u for u, _ in pairs), tuple(x for _, x in pairs)) if pairs else None


def products_named(text: str) -> list[tuple[str, str, str | None]]:
    """(word, business, sub-type) for each product the text names, left to right; a longer word
    covers the shorter ones inside it (信用卡 is no second 卡)."""
    taken = [False] * len(text)
    found: list[tuple[int, str, str, str | None]] = []
    for word, (business, sub) in _PRODUCT_WORDS:
        at = text.find(word)
        while at >= 0:
            if not any(taken[at:at + len(word)]):
                taken[at:at + len(word)] = [True] * len(word)
                found.append((at, word, business, sub))
            at = text.find(word, at + len(word))
    return [(word, business, sub) for _, word, business, sub in sorted(found)]


def _units_for_products(text: str, directory: Directory) -> LineMatch | None:
    """The units whose line is a product the text names: 信用卡 for a card's debt, 人民币储蓄 for
    a deposit ("存款") whose balance was told. A line reads as the form's 业务类别 would."""
    named = products_named(normalize(text))
    units, lines, words = [], [], []
    for unit in directory.unit:
        for line in unit.lines:
            product = form_business(line)
            hits = [w for w, business, sub in named if product is not None and business == product[0]
                    and (product[1] is None or sub == product[1])]
            if hits:
                units.append(unit)
                lines.append(line)
                words += hits
                break
    return LineMatch("product", "、".join(dict.fromkeys(words)), tuple(units), tuple(lines)) if units else None


def match_business_lines(complaint: Complaint, directory: Directory) -> LineMatch | None:
    """The first source (sub-type, type, product named, text) that matches any unit's line; None if none does."""
    conduct = (complaint.business or "").strip() in CONDUCT_BUSINESSES
    for source in ("business_sub", "business"):
        value = getattr(complaint, source)
        if value and value.strip():
            lookup = _units_for_conduct if source == "business" and conduct else _units_for_value
            found = lookup(value.strip(), directory)
            if found:
                return LineMatch(source, found.value, found.units, found.lines)
    if conduct:
        found = _units_for_products(complaint.text or "", directory)
        if found:
            return found
    return _units_for_text(complaint.text or "", directory)
