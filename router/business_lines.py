"""Which units a complaint's business belongs to, by the directory's business lines (Unit.lines).

Looked up in order: the form's business sub-type (业务小类), its business type (业务类别),
then line keywords in the complaint text; the first of these that names any unit decides
which units are in play. Shared by the business-line rule and triage candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.config import Directory, Unit
from router.complaint import Complaint
from router.unit_names import normalize

SOURCE_WORDS = {"business_sub": "业务小类", "business": "业务类别", "text": "投诉内容中的业务关键词"}


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


def match_business_lines(complaint: Complaint, directory: Directory) -> LineMatch | None:
    """The first source (sub-type, type, text) that matches any unit's line; None if none does."""
    for source in ("business_sub", "business"):
        value = getattr(complaint, source)
        if value and value.strip():
            found = _units_for_value(value.strip(), directory)
            if found:
                return LineMatch(source, found.value, found.units, found.lines)
    return _units_for_text(complaint.text or "", directory)
