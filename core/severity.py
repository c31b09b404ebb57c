"""A case's severity levels and the words people read and write for them: one table.

The seed's words (第九条) 一般 / 较大问题 / 重大问题 are what every mail, form, report and the
digest show; the router decides the level (`router/severity.py`), staff change it by
command, the views only name it. The command parser reads a level from any of its words
in this table (the name, the synonyms, the code after `/severity`), so a level or synonym
added here is understood in a command without touching the parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    NORMAL = "normal"
    MAJOR = "major"        # 较大问题: the supervising leaders hear of it at once
    SERIOUS = "serious"    # 重大问题: the president too


@dataclass(frozen=True)
class SeverityWords:
    name: str                   # the seed's word: what mails, forms, reports and the digest show
    synonyms: tuple[str, ...]   # other words a clerk may write for the level in a command


SEVERITY_TABLE: dict[Severity, SeverityWords] = {
    Severity.NORMAL: SeverityWords("一般", synonyms=("一般问题",)),
    Severity.MAJOR: SeverityWords("较大问题", synonyms=("较大",)),
    Severity.SERIOUS: SeverityWords("重大问题", synonyms=("重大", "严重")),  # 重大 reaches the president
}
"""In the order of the levels (the enum's order is the order of gravity)."""

SEVERITY_NAMES: dict[Severity, str] = {level: words.name for level, words in SEVERITY_TABLE.items()}
"""The seed's word of each level."""

SEVERITY_WRITTEN: dict[str, Severity] = {
    word: level for level, words in SEVERITY_TABLE.items() for word in (str(level), words.name, *words.synonyms)}
"""Every word a clerk may write for a level (its code, its name, its synonyms) → the level."""

SEVERITY_CHOICES = "、".join(SEVERITY_NAMES.values())
"""`一般、较大问题、重大问题`, for messages that list the choices."""

LEVELS: tuple[Severity, ...] = tuple(Severity)
"""From least to most serious: `LEVELS.index` compares two levels."""


def severity_name(level: str | None) -> str:
    """The Chinese word for a level as people read it; an unknown code as it is."""
    try:
        return SEVERITY_NAMES[Severity(level)]
    except ValueError:
        return level or ""
