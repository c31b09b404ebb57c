"""The pipeline over stored mail: classify, hand to one handler, commit — or quarantine.

Like a Mailman runner: the loop owns the transaction and the failure policy, handlers own
the work. Mail is handled in batches, one transaction each, every mail in a savepoint of
its own. A mail that breaks a handler is never dropped and never blocks the next one: its
savepoint is rolled back, the raw stays stored, and it is quarantined (in the same
transaction) with a reason and an error id that finds its traceback in the log.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from typing import Callable

from sqlalchemy.exc import InterfaceError, OperationalError
from sqlmodel import Session, select

from complaints import holiday_arrangements
from complaints.authenticity import authenticate
from complaints.cases import by_acceptance_text, by_thread
from complaints.catch_up import note_thread
from complaints.classify import CaseFinder, Classified, CommandWords, Kind, classify
from complaints.context import Context
from complaints.handlers import comment_book, commands, enquiry, letter_parts, new_case, praise, reply, signals, unverified
from complaints.logs import fields
from complaints.mail_budget import mail_budget
from complaints.reasons import clerk_reason
from complaints.staff_commands import QUERY_GRAMMAR, REPLY_GRAMMAR
from core.channels import Channel
from core.contracts import Handler, Named
from core.errors import ComplaintsError, new_error_id
from core.store.db import is_postgres, session_scope
from core.store.message_states import MessageState, set_message_state
from core.store.models import Case, Message
from parsers import readings
from parsers.letter_parts import part_marker
from parsers.mail import ParsedMessage, parse_message, parsed_already

log = logging.getLogger(__name__)

HANDLERS: dict[Kind, Handler] = {  # each a `core.contracts.Handler`
    Kind.COMPLAINT: Named("new_case", new_case.handle),
    Kind.REPLY: Named("reply", reply.handle),
    Kind.COMMAND: Named("commands", commands.handle),
    Kind.HOLIDAY_NOTICE: Named("holiday_notice", holiday_arrangements.handle),
    Kind.QUERY: Named("enquiry", enquiry.handle),
    Kind.AUTO_REPLY: Named("ignore", signals.ignore),
    Kind.LOOP: Named("ignore", signals.ignore),
    Kind.BOUNCE: Named("bounce", signals.bounce),
    Kind.DELAY_NOTICE: Named("delay_notice", signals.delay_notice),
    Kind.UNVERIFIED: Named("unverified", unverified.handle),
    Kind.PRAISE: Named("praise", praise.handle),
}

WORDS = CommandWords(REPLY_GRAMMAR, QUERY_GRAMMAR)   # from the one command table
CHANNEL_HANDLERS: dict[str, Handler] = {
    Channel.COMMENT_BOOK: Named("comment_book", comment_book.handle),  # an outlet's daily report, not one complaint
}
"""Complaints whose channel has a handler of its own, chosen before `HANDLERS`."""
LETTER_PART: Handler = Named("letter_parts", letter_parts.handle)
"""A complaint whose subject marks one part of a longer letter ("客户来信（1/2）", "续上封：…")."""


def handler_for(found: Classified, msg: ParsedMessage) -> Handler | None:
    if found.kind == Kind.COMPLAINT and found.channel in CHANNEL_HANDLERS:
        return CHANNEL_HANDLERS[found.channel]
    if found.kind == Kind.COMPLAINT and part_marker(msg.subject) is not None:
        return LETTER_PART
    return HANDLERS.get(found.kind)


@dataclass
class PassReport:
    processed: int = 0
    quarantined: int = 0
    waiting: int = 0  # mails held for their scans to be read (serve's reading pool); still pending
    outcomes: list[str] = field(default_factory=list)


class _Finder(CaseFinder):
    def __init__(self, session: Session):
        self.session = session

    def exists(self, case_id: str) -> bool:
        return self.session.get(Case, case_id) is not None

    def by_thread(self, message_ids: list[str]) -> str | None:
        case = by_thread(self.session, message_ids)
        return case.id if case else None

    def by_acceptance_number(self, text: str) -> str | None:
        case = by_acceptance_text(self.session, text)
        return case.id if case else None


BATCH_MAILS = 50
BATCH_SECONDS = 0.3
"""A batch commits after 50 mails or once 0.3 s of work is done, whichever comes first.

One commit per mail cost as much as the work itself; a batch shares it. The bounds keep
what a batch holds short: on SQLite its write lock (the sender thread, the fetcher and
other workers wait for it), on PostgreSQL its rows and the year's case-number row, and
what a database failure undoes (the whole batch is handled again in the next pass).
"""


def process_pending(ctx: Context, *, limit: int = 1000, stop: Callable[[], bool] = lambda: False,
                    committed: Callable[[], None] = lambda: None) -> PassReport:
    """Handle stored mail in arrival order, batch by batch, each mail in a savepoint of its own.

    `stop` is asked before every mail; what is done by then is committed. `committed` is
    called after each batch's commit (serve wakes its delivery runner with it, so the
    batch's mails go out while the next batch is handled).
    """
    report = PassReport()
    while report.processed + report.quarantined < limit and not stop():
        taken = _process_batch(ctx, min(BATCH_MAILS, limit - report.processed - report.quarantined), stop, report)
        if not taken:
            break
        committed()
    return report


def _process_batch(ctx: Context, size: int, stop: Callable[[], bool], report: PassReport) -> int:
    """One transaction over up to `size` pending mails; returns how many were taken.

    A database failure (OperationalError, InterfaceError) propagates and rolls the whole
    batch back: its mails stay pending, and the outbox rows they wrote go with them.
    """
    deadline = time.monotonic() + BATCH_SECONDS
    with session_scope(ctx.engine) as session:
        taken = _take(session, ctx, size)
        new_case.remember_reused_message_ids(session, taken)
        for done, message_pk in enumerate(taken):
            if done and (stop() or time.monotonic() > deadline):
                return done  # the rest stay pending (and unlocked) for the next batch
            _record(report, process_one(session, ctx, message_pk))
        return len(taken)


def _record(report: PassReport, outcome: str) -> None:
    report.outcomes.append(outcome)
    if outcome == WAITING or outcome.startswith(letter_parts.HELD):
        report.waiting += 1
    elif outcome.startswith("quarantined"):
        report.quarantined += 1
    else:
        report.processed += 1


def _take(session: Session, ctx: Context, size: int) -> list[int]:
    """The batch's pending mails, oldest first. On PostgreSQL they are locked once, skipping
    rows another worker holds, so two workers never handle the same mail; on SQLite the
    session's write transaction (BEGIN IMMEDIATE) already excludes every other writer."""
    query = select(Message.id).where(Message.state == MessageState.PENDING).order_by(Message.id).limit(size)
    held = _held()
    if held:  # their scans are still being read: the mail behind them goes first
        query = query.where(Message.id.not_in(held))
    if is_postgres(ctx.engine):
        query = query.with_for_update(skip_locked=True)
    return list(session.exec(query).all())


WAITING = "waiting for its files to be read"


def _held() -> set[int]:
    """Mails this thread's reading pool is still reading files for (none without a pool)."""
    deferral = readings.active()
    return deferral.waiting() if deferral is not None else set()


def process_one(session: Session, ctx: Context, message_pk: int) -> str:
    """One taken mail in a savepoint: handled, or rolled back to the savepoint and quarantined.

    The mail's budget (`[limits] mail_seconds`) runs inside the savepoint, so a mail that
    overruns it is rolled back and quarantined like a mail that broke a handler. A mail
    whose scans (or .doc) `serve`'s reading pool has not read yet is rolled back too and
    stays pending, held until they are read (`parsers.readings`)."""
    try:
        with session.begin_nested(), mail_budget(ctx.settings.limits.mail_seconds):
            return _handle(session, ctx, session.get(Message, message_pk))
    except readings.ReadingPending as pending:
        readings.active().hold(message_pk, pending.jobs)
        log.info("message %s waits for %d file(s) to be read", message_pk, len(pending.jobs),
                 extra=fields("message_waiting", message_id=message_pk, counts={"files": len(pending.jobs)}))
        return WAITING
    except (OperationalError, InterfaceError):
        raise  # the database is away: not this mail's fault, the service retries the pass
    except Exception as exc:  # noqa: BLE001 - any other fault quarantines this mail only
        return quarantine(session, ctx, message_pk, exc)


def _handle(session: Session, ctx: Context, row: Message) -> str:
    limits = ctx.settings.limits
    msg = parse_message(row.raw, max_attachments=limits.max_attachments,
                        max_attachment_bytes=limits.max_attachment_bytes)
    note_thread(session, ctx.settings, [msg.in_reply_to or "", *msg.references])  # before a case is opened
    found = classified(session, ctx, row, msg)
    handler = handler_for(found, msg)
    if handler is None:
        raise Unhandled(found.reason)
    with parsed_already(row.raw, msg):  # the 督办 mail's original form comes from this mail
        outcome = handler(session, ctx, row, msg, found)
    if row.state == MessageState.HELD:  # a part of a letter waiting for the rest: still to be handled
        log.info("message %s held: %s", row.id, outcome, extra=fields("message_held", message_id=row.id))
        return outcome
    # set after the handler: a pending change to the row would make its queries flush first
    set_message_state(row, MessageState.PROCESSED)
    row.kind, row.processed_at = str(found.kind), ctx.clock.now()
    session.add(row)
    log.info("message %s (%s): %s", row.id, found.kind, outcome,
             extra=fields(f"message_{row.kind}", message_id=row.id, case_id=row.case_id))
    return f"{found.kind}: {outcome}"


def classified(session: Session, ctx: Context, row: Message, msg: ParsedMessage) -> Classified:
    """What kind of mail this is, its sender's proof checked."""
    return _authenticated(classify(msg, row.raw, ctx.settings, _Finder(session), WORDS), msg, row.raw, ctx)


def _authenticated(found: Classified, msg: ParsedMessage, raw: bytes, ctx: Context) -> Classified:
    """Acts on an existing case need a proven From, or they become `unverified` (changing
    nothing); a new complaint or praise is never refused, only marked 来源未验证 without proof."""
    if found.kind in (Kind.REPLY, Kind.COMMAND) and found.case_id:
        speaker = authenticate(raw, msg, found.case_id, ctx.settings, ctx.clock.now())
        return found if speaker.proven else replace(found, kind=Kind.UNVERIFIED, reason=speaker.why)
    if found.kind in (Kind.COMPLAINT, Kind.QUERY, Kind.COMMAND, Kind.PRAISE):  # new mail, or a command about no case
        speaker = authenticate(raw, msg, None, ctx.settings, ctx.clock.now())
        return found if speaker.proven else replace(found, source_unverified=speaker.why)
    return found


class Unhandled(ComplaintsError):
    """No handler takes this kind of mail (e.g. an unknown sender): a person must look."""


def quarantine(session: Session, ctx: Context, message_pk: int, exc: BaseException) -> str:
    """Keep the mail, say why in words a person can act on, log the traceback under an id.

    Written in the batch's transaction, after the mail's savepoint was rolled back."""
    error_id = new_error_id()
    if isinstance(exc, ComplaintsError):
        reason = clerk_reason(exc)
        log.warning("message %s quarantined [%s]: %s", message_pk, error_id, reason, exc_info=exc,
                    extra=fields("message_quarantined", message_id=message_pk, error_id=error_id))
    else:
        reason = f"处理时出现程序错误（{type(exc).__name__}），请把错误编号 {error_id} 交给 IT 人员"
        log.error("message %s failed [%s]", message_pk, error_id, exc_info=exc,
                  extra=fields("message_failed", message_id=message_pk, error_id=error_id))
    row = session.get(Message, message_pk)
    set_message_state(row, MessageState.QUARANTINED)
    row.quarantine_reason, row.error_id = reason, error_id
    row.processed_at, row.quarantine_notified = ctx.clock.now(), False
    new_case.note_reuse_on_quarantine(session, row, ctx.clock.now())
    session.add(row)
    return f"quarantined [{error_id}]: {reason}"
