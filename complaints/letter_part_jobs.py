"""The timed job for letters sent in parts: a held set that waited long enough opens as it is.

A "k/n" set opens `[letters] part_wait_minutes` after its first part came (at once if it is
whole: two workers on PostgreSQL may each have held one part), a set that gives
no total (之一, 第二部分) `unnumbered_wait_minutes` after its last; the case notes the parts
that are missing, and so do the 督办 mail and the source's acknowledgement. Nothing is lost:
a "2/2" whose "1/2" never comes is a case too. A set that cannot be opened is quarantined,
mail by mail, like a mail that broke its handler.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy.exc import InterfaceError, OperationalError
from sqlmodel import Session

from complaints import pipeline
from complaints.context import Context
from complaints.handlers.letter_parts import held_sets, is_whole, open_parts
from complaints.letter_join import Part
from complaints.logs import fields
from core.config import LettersConfig
from core.store.db import session_scope
from core.store.models import Message
from parsers import readings

log = logging.getLogger(__name__)


def due_at(parts: list[Part], cfg: LettersConfig) -> datetime:
    """When a held set opens even if incomplete."""
    if any(p.marker.total for p in parts):
        return min(p.stored_at for p in parts) + timedelta(minutes=cfg.part_wait_minutes)
    return max(p.stored_at for p in parts) + timedelta(minutes=cfg.unnumbered_wait_minutes)


def open_waited(ctx: Context, now: datetime) -> str | None:
    """Open every held set whose wait is over, or that is whole (its parts were handled by two
    workers at once, neither seeing the other's); returns what was done, or None."""
    with session_scope(ctx.engine) as session:
        due = [s for s in held_sets(session, ctx) if is_whole(s) or due_at(s, ctx.settings.letters) <= now]
        outcomes = [_open(session, ctx, parts, now) for parts in due]
    return f"{len(outcomes)} letter(s) opened after waiting for their parts: {'; '.join(outcomes)}" if due else None


def _open(session: Session, ctx: Context, parts: list[Part], now: datetime) -> str:
    first = session.get(Message, parts[0].row_id)
    try:
        with session.begin_nested():
            outcome = open_parts(session, ctx, parts, pipeline.classified(session, ctx, first, parts[0].msg),
                                 first, now)
    except readings.ReadingPending as pending:  # serve's reading pool has the scans: next pass
        readings.active().hold(first.id, pending.jobs)
        return f"message {first.id} waits for its files to be read"
    except (OperationalError, InterfaceError):
        raise
    except Exception as exc:  # noqa: BLE001 - a set that breaks is kept for a person, never dropped
        return "; ".join(pipeline.quarantine(session, ctx, part.row_id, exc) for part in parts)
    log.info("held letter opened: %s", outcome, extra=fields("letter_parts_opened", message_id=first.id))
    return outcome
