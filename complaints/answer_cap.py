"""Caps on automatic answers per correspondent: a mail loop ends at N mails a day, not never,
and a forger cannot flood a real person's mailbox with ✗ notices.

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

A mail in a real person's name that does not prove its From (`complaints.authenticity`)
gets a ✗ at that person's own address, so a forgery does not go unseen. Anyone with plain
SMTP can send such mails by the hundred, so the same count of answers sent, over a shorter
window and of that kind alone, holds those notices to one per person per `[limits]
forged_notice_minutes` (an hour): the mails in between are counted, and the next notice says
how many there were. The office hears of every forged case mail anyway (the hourly summary).
Workers take turns on one person's notices (`core.store.locks.lock_correspondent`).
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timedelta

from sqlmodel import Session, select

from core.store.locks import lock_correspondent
from core.store.models import OutboundMail, ServiceState
from core.store.state import set_state

log = logging.getLogger(__name__)

FORGERY_NOTICE = "forgery"
"""Outbound kind of the ✗ to the person a mail claimed to come from but did not prove it did."""

ANSWER_KINDS = ("reply", FORGERY_NOTICE)
"""Outbound kinds counted and capped: thread replies and ✓/✗ (never acknowledgements, see above)."""

WINDOW = timedelta(hours=24)


def answers_sent(session: Session, address: str, now: datetime, *, kinds: tuple[str, ...] = ANSWER_KINDS,
                 window: timedelta = WINDOW) -> int:
    """Answers of `kinds` queued to `address` in the `window` before `now` (any state: queued counts)."""
    address = address.strip().lower()
    rows = session.exec(select(OutboundMail.recipients).where(
        OutboundMail.kind.in_(kinds), OutboundMail.created_at > now - window)).all()
    return sum(1 for recipients in rows if address in (r.lower() for r in recipients))


def over_cap(session: Session, address: str, cap: int, now: datetime) -> bool:
    """True when one more answer to `address` would pass the cap."""
    return bool(address) and answers_sent(session, address, now) >= cap


def forgery_notice_due(session: Session, address: str, every: timedelta, now: datetime) -> int | None:
    """Whether the person at `address` is told now of one more unproven mail in their name.

    None: they were told less than `every` ago, and this mail is counted for the next notice.
    Otherwise how many such mails were counted since the last notice (they are now told)."""
    lock_correspondent(session.connection(), address)
    key = _held_key(address)
    row = session.get(ServiceState, key)
    held = int(row.value) if row else 0
    if answers_sent(session, address, now, kinds=(FORGERY_NOTICE,), window=every):
        set_state(session, key, str(held + 1))
        log.info("forgery notice held back: one went to the same person less than %s ago", every)
        return None
    if held:
        set_state(session, key, "0")
    return held


def forgery_notice_lines(held: int, every: timedelta) -> list[str]:
    """What a forgery notice adds: the mails not told one by one, and how often it may come."""
    minutes = int(every.total_seconds() // 60)
    period = f"{minutes // 60} 小时" if minutes % 60 == 0 else f"{minutes} 分钟"
    lines = [f"此前另有 {held} 封以您的地址发出、同样未能验证的邮件，系统均未执行，也未逐封通知您。"] if held else []
    return [*lines, f"为免打扰，此类提醒每 {period}内最多发给您一封；其间的同类邮件同样不会执行，将在下一封提醒中说明数量。"]


def _held_key(address: str) -> str:
    """The service_state key counting the held notices of one address (a digest: no address in the key)."""
    return "forgery_held_" + hashlib.sha256(address.strip().lower().encode()).hexdigest()[:40]
