"""The customer's satisfaction levels: one table, stored as the words themselves.

满意 / 基本满意 close a case, 不满意 reopens it; a closed case without a verdict counts as
未评价 in reports. The column `case.satisfaction` holds the word (what the clerk wrote).
"""

from __future__ import annotations

from enum import StrEnum


class Satisfaction(StrEnum):
    SATISFIED = "满意"
    BASICALLY_SATISFIED = "基本满意"
    DISSATISFIED = "不满意"


SATISFACTION_LEVELS: tuple[str, ...] = tuple(map(str, Satisfaction))
"""The words a clerk may write after 满意度, best first (as the digest's columns run)."""

UNRATED = "未评价"
"""What reports call a closed case whose verdict was never recorded."""

SATISFACTION_CHOICES = "、".join(SATISFACTION_LEVELS)
"""`满意、基本满意、不满意`, for messages that list the choices."""
