"""A case's severity levels and the words people read for them: one table.

The seed's words (第九条) 一般 / 较大问题 / 重大问题 are what every mail, form, report and the
digest show; the router decides the level (`router/severity.py`), staff change it by
command (the words they may write are the command table's), the views only name it.
"""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    NORMAL = "normal"
    MAJOR = "major"        # 较大问题: the supervising leaders hear of it at once
    SERIOUS = "serious"    # 重大问题: the president too


SEVERITY_NAMES: dict[Severity, str] = {
    Severity.NORMAL: "一般", Severity.MAJOR: "较大问题", Severity.SERIOUS: "重大问题",
}
"""The seed's words, in the order of the levels (the enum's order is the order of gravity)."""

LEVELS: tuple[Severity, ...] = tuple(Severity)
"""From least to most serious: `LEVELS.index` compares two levels."""


def severity_name(level: str | None) -> str:
    """The Chinese word for a level as people read it; an unknown code as it is."""
    try:
        return SEVERITY_NAMES[Severity(level)]
    except ValueError:
        return level or ""
