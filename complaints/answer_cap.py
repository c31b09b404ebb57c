"""A cap on automatic answers per correspondent: a mail loop ends at N mails a day, not never.

An auto-responder that ignores RFC 3834 and is not recognised by the heuristics of
`parsers.kinds` answers every mail we send it, and some of our mails answer every mail it
sends (the request for a missing result, command confirmations, acknowledgements): 145
round trips in 150 s. Whatever the heuristics miss, at most `[limits]
auto_answers_per_address_per_day` answers go to one address in any 24 hours (40, as Znuny);
past that the answer is not sent and the union office is told once that day.
Routing mail (督办), deadline notices and office alerts are never capped: they are not
answers to a mail and a person needs them. Nor are acknowledgements: they go only to a
configured source (`[sources]`: the province's service centre, head office, the superior
bank), one for each case opened from its mail, and a busy service centre sends dozens of forms
a day — each must hear its case id. They do not count towards the cap either, so a thread
reply to that source (which a loop could repeat) is still capped at N a day.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlmodel import Session, select

from core.store.models import OutboundMail

log = logging.getLogger(__name__)

ANSWER_KINDS = ("reply",)
"""Outbound kinds counted and capped: thread replies and ✓/✗ (never acknowledgements, see above)."""

WINDOW = timedelta(hours=24)


def answers_sent(session: Session, address: str, now: datetime) -> int:
    """Answers queued to `address` in the 24 hours before `now` (any state: queued counts)."""
    address = address.strip().lower()
    rows = session.exec(select(OutboundMail.recipients).where(
        OutboundMail.kind.in_(ANSWER_KINDS), OutboundMail.created_at > now - WINDOW)).all()
    return sum(1 for recipients in rows if address in recipients)


def over_cap(session: Session, address: str, cap: int, now: datetime) -> bool:
    """True when one more answer to `address` would pass the cap."""
    return bool(address) and answers_sent(session, address, now) >= cap
