"""The router's input: what the parsers found in a complaint, and the earlier cases to compare.

Plain frozen values, so routing is a pure function of them. The parsers fill a
`Complaint`; the case store supplies `PriorCase` rows for repeat-complaint detection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Signal:
    """A severity signal in the text (same fields as parsers.severity_signals.SeveritySignal)."""

    kind: str   # what the word suggests, e.g. "media", "regulator", "litigation"
    word: str   # the words as found in the text
    level: str  # 'major' | 'serious'


@dataclass(frozen=True)
class Complaint:
    """One complaint as the router sees it. Any object with .kind/.word/.level is a signal."""

    channel: str                            # csc | walk_in | letter | comment_book | online | media | superior
    text: str                               # complaint content + request (for business-line keywords)
    unit_field: str | None = None           # the form's 被投诉单位 value, if any
    unit_mentions: tuple[str, ...] = ()     # unit codes named in the text, in order
    unit_doubt: str | None = None           # why the units named leave the unit open (parsers.letters.unit_doubt)
    business: str | None = None             # JR/T 0169 business type, e.g. "银行卡"
    business_sub: str | None = None         # e.g. "信用卡"
    urgency: str | None = None              # the form's 紧急程度 value
    signals: tuple[Signal, ...] = ()        # severity signals from the parsers
    source_address: str | None = None       # the sender of the message that brought it
    customer_phone: str | None = None
    acceptance_number: str | None = None


@dataclass(frozen=True)
class PriorCase:
    """An earlier case of the branch, enough to recognise the same customer complaining again."""

    case_id: str
    received_at: datetime
    customer_phone: str | None
    acceptance_number: str | None
