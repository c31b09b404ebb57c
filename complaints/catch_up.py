"""The database is never behind what the service already sent: case numbers and Message-IDs go on.

After a restored (older) copy of the database, the case counter and the outbox are where the
copy left them, while the units hold mail about the cases opened since. Numbering again from
the copy's counter would give new cases the ids — and Message-IDs — of cases already out
there (and, after a crash, the sender would take the old case's copy in Sent for the new
one's receipt). Two places tell what was given out:

- the Sent folder, where the mail server files a receipt of every mail the service sent
  (`[smtp] receipt_address`): `catch_up` reads the Message-IDs of the receipts it has not
  looked at yet (a mark `sent_seen` = UIDVALIDITY:UID in `service_state`: a restored
  database has an older mark, so it looks at everything since its copy was taken), keeps
  those it signed, and raises each year's counter to the highest case number among them.
  When it raised one, or finds a case mail of the current epoch that the outbox does not
  know, the database is behind: the Message-ID epoch is replaced (`core/store/epoch.py`).
  `serve` and `run-once` run it before their first pass; `complaints restore` runs it too.
- incoming mail: a reply carries our signed Message-IDs in In-Reply-To/References;
  `note_thread` raises the counter to the case numbers they name (only signed ids count: a
  subject tag anyone can type would let a stranger push the numbering up).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

from complaints.cases import case_number, raise_case_numbers
from core.config import Settings
from core.errors import MailError
from core.imap import Mailbox, batched, connect
from core.message_ids import parse_message_id
from core.store.db import session_scope
from core.store.epoch import EPOCH_KEY, rotate_epoch
from core.store.models import OutboundMail, ServiceState
from core.store.state import set_state

log = logging.getLogger(__name__)

SENT_MARK = "sent_seen"
CHUNK = 500  # receipts fetched at a time (their headers only)
THREAD_IDS = 50  # the ids of a reply's thread looked at: References can be long, the newest are last


@dataclass
class CatchUp:
    looked_at: int = 0                                     # receipts read this time
    raised: dict[int, int] = field(default_factory=dict)   # year → the last number now
    unknown: int = 0                                       # current-epoch case mails the outbox does not know
    epoch: str | None = None                               # the new epoch, when replaced

    @property
    def behind(self) -> bool:
        return self.epoch is not None


def catch_up(settings: Settings, engine: Engine, box: Mailbox, *, restored: bool = False) -> CatchUp:
    """Read the Sent folder's new receipts; raise the counters and replace the epoch when the
    database is behind them (always after a restore: `restored`)."""
    folder = settings.smtp.sent_folder
    box.ensure_folders([folder])
    status = box.select(folder)
    last = _last_seen(engine, status.uidvalidity)
    uids = box.uids_after(last)
    keys = settings.keyring().every()
    report = CatchUp(looked_at=len(uids))
    highest: dict[int, int] = {}
    ours: dict[str, str] = {}  # Message-ID → epoch, case mails only
    for chunk in batched(uids, CHUNK):
        for mid in box.fetch_message_ids(chunk).values():
            parts = parse_message_id(mid, keys) if mid else None
            if parts is None or parts.case_id is None:
                continue
            year, number = case_number(parts.case_id)
            highest[year] = max(highest.get(year, 0), number)
            ours[mid] = parts.epoch
    with session_scope(engine) as session:
        epoch_row = session.get(ServiceState, EPOCH_KEY)
        current = epoch_row.value if epoch_row else None
        report.unknown = _unknown(session, [m for m, e in ours.items() if e and e == current])
        report.raised = raise_case_numbers(session, highest)
        if restored or report.raised or report.unknown:
            report.epoch = rotate_epoch(session)
        set_state(session, SENT_MARK, f"{status.uidvalidity}:{max(uids, default=last)}")
    if report.raised or report.unknown:
        log.warning("the database is behind the mail it sent (%s): case numbers go on from %s, new Message-ID epoch",
                    f"{report.unknown} mail(s) it does not know" if report.unknown else "higher case numbers in Sent",
                    ", ".join(f"TS-{y}-{n:06d}" for y, n in sorted(report.raised.items())) or "where they were")
    return report


def at_start(settings: Settings, engine: Engine) -> CatchUp | None:
    """`catch_up` on a connection of its own, before `serve` or `run-once` makes its context
    (which reads the epoch); with the mail server away it is left to the next start."""
    try:
        with connect(settings.imap) as box:
            return catch_up(settings, engine, box)
    except (MailError, OSError, SQLAlchemyError) as exc:  # the mail server or the database away, or
        # another worker starting at the same moment wrote the mark first: the next start looks again
        log.warning("could not read the %s folder to check the database is not behind (%s); checked at the next start",
                    settings.smtp.sent_folder, exc)
        return None


def note_thread(session: Session, settings: Settings, thread: Iterable[str]) -> dict[int, int]:
    """A mail in the thread of our mail about a case numbered past the counter (a database
    restored from an older copy): numbering goes on after it. Returns the years raised."""
    keys = settings.keyring().every()
    highest: dict[int, int] = {}
    for mid in [m for m in thread if m][-THREAD_IDS:]:
        parts = parse_message_id(mid, keys)
        if parts is not None and parts.case_id is not None:
            year, number = case_number(parts.case_id)
            highest[year] = max(highest.get(year, 0), number)
    raised = raise_case_numbers(session, highest) if highest else {}
    if raised:
        log.warning("a reply names case numbers past the counter: the database is behind; numbering goes on from %s",
                    ", ".join(f"TS-{y}-{n:06d}" for y, n in sorted(raised.items())))
    return raised


def _last_seen(engine: Engine, uidvalidity: int) -> int:
    with Session(engine) as session:
        row = session.get(ServiceState, SENT_MARK)
    validity, _, uid = (row.value if row else "").partition(":")
    return int(uid) if validity == str(uidvalidity) and uid.isdigit() else 0


def _unknown(session: Session, message_ids: Sequence[str]) -> int:
    """How many of these ids the outbox has no row for."""
    known: set[str] = set()
    for chunk in batched(list(message_ids), CHUNK):
        known.update(session.exec(select(OutboundMail.message_id).where(OutboundMail.message_id.in_(chunk))).all())
    return len(set(message_ids) - known)
