"""The pipeline over stored mail: classify, hand to one handler, commit — or quarantine.

Like a Mailman runner: the loop owns the transaction and the failure policy, handlers own
the work. A mail that breaks a handler is never dropped and never blocks the next one: its
transaction is rolled back, the raw stays stored, and it is quarantined with a reason and
an error id that finds its traceback in the log.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy.exc import InterfaceError, OperationalError
from sqlmodel import Session, select

from complaints.context import Context
from complaints.errors import ComplaintsError
from complaints.handlers import commands, new_case, reply, signals
from complaints.store.db import is_postgres, session_scope
from complaints.store.models import Case, Message
from ingest.classify import CaseFinder, Classified, Kind, classify
from parsers.mail import ParsedMessage, parse_message

log = logging.getLogger(__name__)

Handler = Callable[[Session, Context, Message, ParsedMessage, Classified], str]

HANDLERS: dict[Kind, Handler] = {
    Kind.COMPLAINT: new_case.handle,
    Kind.REPLY: reply.handle,
    Kind.COMMAND: commands.handle,
    Kind.AUTO_REPLY: signals.ignore,
    Kind.LOOP: signals.ignore,
    Kind.BOUNCE: signals.bounce,
}


@dataclass
class PassReport:
    processed: int = 0
    quarantined: int = 0
    outcomes: list[str] = field(default_factory=list)


class _Finder(CaseFinder):
    def __init__(self, session: Session):
        self.session = session

    def exists(self, case_id: str) -> bool:
        return self.session.get(Case, case_id) is not None

    def by_thread(self, message_ids: list[str]) -> str | None:
        from complaints.cases import by_thread

        case = by_thread(self.session, message_ids)
        return case.id if case else None

    def by_acceptance_number(self, text: str) -> str | None:
        from complaints.cases import by_acceptance_text

        case = by_acceptance_text(self.session, text)
        return case.id if case else None


def process_pending(ctx: Context, *, limit: int = 1000, stop: Callable[[], bool] = lambda: False) -> PassReport:
    """Handle stored mail in arrival order, one transaction per mail."""
    report = PassReport()
    with Session(ctx.engine) as session:
        ids = session.exec(select(Message.id).where(Message.state == "pending").order_by(Message.id).limit(limit)).all()
    for message_pk in ids:
        if stop():
            break
        outcome = process_one(ctx, message_pk)
        if outcome is None:
            continue
        report.outcomes.append(outcome)
        if outcome.startswith("quarantined"):
            report.quarantined += 1
        else:
            report.processed += 1
    return report


def process_one(ctx: Context, message_pk: int) -> str | None:
    try:
        with session_scope(ctx.engine) as session:
            row = _lock(session, ctx, message_pk)
            if row is None:
                return None
            return _handle(session, ctx, row)
    except (OperationalError, InterfaceError):
        raise  # the database is away: not this mail's fault, the service retries the pass
    except Exception as exc:  # noqa: BLE001 - any other fault quarantines this mail only
        return quarantine(ctx, message_pk, exc)


def _lock(session: Session, ctx: Context, message_pk: int) -> Message | None:
    query = select(Message).where(Message.id == message_pk, Message.state == "pending")
    if is_postgres(ctx.engine):
        query = query.with_for_update(skip_locked=True)
    return session.exec(query).first()


def _handle(session: Session, ctx: Context, row: Message) -> str:
    limits = ctx.settings.limits
    msg = parse_message(row.raw, max_attachments=limits.max_attachments,
                        max_attachment_bytes=limits.max_attachment_bytes)
    found = classify(msg, row.raw, ctx.settings, _Finder(session))
    row.kind = str(found.kind)
    handler = HANDLERS.get(found.kind)
    if handler is None:
        raise Unhandled(found.reason)
    outcome = handler(session, ctx, row, msg, found)
    row.state, row.processed_at = "processed", ctx.clock.now()
    session.add(row)
    log.info("message %s (%s): %s", row.id, found.kind, outcome)
    return f"{found.kind}: {outcome}"


class Unhandled(ComplaintsError):
    """No handler takes this kind of mail (e.g. an unknown sender): a person must look."""


def quarantine(ctx: Context, message_pk: int, exc: BaseException) -> str:
    """Keep the mail, say why in words a person can act on, log the traceback under an id."""
    error_id = secrets.token_hex(4)
    if isinstance(exc, ComplaintsError):
        reason = exc.reason
        log.warning("message %s quarantined [%s]: %s", message_pk, error_id, reason, exc_info=exc)
    else:
        reason = f"处理时出现程序错误（{type(exc).__name__}），请把错误编号 {error_id} 交给 IT 人员"
        log.error("message %s failed [%s]", message_pk, error_id, exc_info=exc)
    with session_scope(ctx.engine) as session:
        row = session.get(Message, message_pk)
        row.state, row.quarantine_reason, row.error_id = "quarantined", reason, error_id
        row.processed_at, row.quarantine_notified = ctx.clock.now(), False
        session.add(row)
    return f"quarantined [{error_id}]: {reason}"
