"""Three `complaints serve` processes on one PostgreSQL database, as on three machines, share
300 acceptance forms: every mail is processed once and every resulting mail sent once, the
weekly digest and the quarantine summary go out once, and a worker killed mid-run
(SIGKILL) loses nothing — a replacement started later takes over what it held.

PostgreSQL only: several workers need its row and advisory locks (SQLite serialises one
writer and is meant for one worker).
"""

from __future__ import annotations

import email
import email.policy
import os
import signal
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import Session, func, select

from complaints.digest.sending import STATE_KEY as DIGEST_STATE
from complaints.sample_mail import form_mail
from core.clock import BRANCH_ZONE
from core.store.db import session_scope
from core.store.state import set_state
from core.store.models import Case, Message, OutboundMail
from tests.ingest.helpers import CSC, OFFICE, SERVICE, make_ctx, plain_mail, wait_until
from tests.support.databases import reset_postgres

START = datetime(2026, 11, 30, 8, 31, tzinfo=BRANCH_ZONE)  # a Monday just after [digest] time: the digest is due
FORMS = 300
STRANGERS = 5  # mails from an unknown sender: quarantined, reported in the hourly summary
UNIT = "sanyuan@branch.example"


def _form(n: int) -> bytes:
    return form_mail({"acceptance_number": f"W3-{n:04d}", "customer_name": "陈晓梅", "phone": "13859012345",
                      "unit": "三元支行", "content": f"客户反映排队时间过长（第{n}件）。", "request": "要求道歉。"},
                     sender=CSC, to=SERVICE)


def _worker(tmp_path: Path, name: str, at: datetime) -> subprocess.Popen:
    log = (tmp_path / f"{name}.log").open("wb")
    return subprocess.Popen([sys.executable, "-m", "complaints.cli", "--config", str(tmp_path / "complaints.toml"),
                             "--at", at.isoformat(), "serve"], stdout=log, stderr=log, cwd=tmp_path,
                            env={**os.environ, "COMPLAINTS_LOG_FORMAT": "json"})


def _count(ctx, query) -> int:
    with Session(ctx.engine) as session:
        return session.exec(query).one()


def _ids(raws: list[bytes]) -> list[str]:
    return [email.message_from_bytes(r, policy=email.policy.default)["Message-ID"] for r in raws]


def test_three_workers_share_the_work_and_a_killed_one_loses_nothing(tmp_path, mail):
    ctx = make_ctx(tmp_path, mail, reset_postgres(), imap={"batch_size": 20},  # a busy CSC: 300 forms, 300 acks
                   limits={"auto_answers_per_address_per_day": FORMS})
    with session_scope(ctx.engine) as session:  # the service has run before: last week's digest is due
        set_state(session, DIGEST_STATE, "2026-W47")
    client = mail.imap(SERVICE)
    try:
        for n in range(FORMS):
            client.append("INBOX", _form(n))
        for n in range(STRANGERS):
            client.append("INBOX", plain_mail(sender=f"stranger{n}@elsewhere.example", subject=f"你好 {n}"))
    finally:
        client.logout()
    workers = [_worker(tmp_path, f"worker{i}", START) for i in range(3)]
    try:
        wait_until(lambda: _count(ctx, select(func.count()).select_from(Case)) >= FORMS // 3, timeout=300,
                   interval=0.2, what="a third of the cases")
        workers[0].send_signal(signal.SIGKILL)  # mid-run: its batch, its leases, its locks
        workers[0].wait(10)
        processed = select(func.count()).select_from(Message).where(Message.state != "pending")
        wait_until(lambda: _count(ctx, processed) == FORMS + STRANGERS, timeout=600, interval=0.5,
                   what="every mail processed by the two left")
        pending = select(func.count()).select_from(OutboundMail).where(OutboundMail.state == "pending")
        wait_until(lambda: _count(ctx, pending) == 0, timeout=300, interval=0.5, what="the outbox handed over")
    finally:
        for proc in workers:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in workers:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
    # What the killed worker was sending stays leased for 5 minutes; a worker started after
    # that looks each one up in Sent and sends only what never went out.
    later = START + timedelta(minutes=10)
    done = subprocess.run([sys.executable, "-m", "complaints.cli", "--config", str(tmp_path / "complaints.toml"),
                           "--at", later.isoformat(), "run-once"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    waiting = select(func.count()).select_from(OutboundMail).where(OutboundMail.state != "sent")
    assert _count(ctx, waiting) == 0
    mail.delivered()

    assert _count(ctx, select(func.count()).select_from(Case)) == FORMS, "one case per form"
    unit_mail, sources, office = mail.messages(UNIT), mail.messages(CSC), mail.messages(OFFICE)
    unit_subjects = Counter(str(email.message_from_bytes(r, policy=email.policy.default)["Subject"])[:20]
                            for r in unit_mail)
    assert len(set(_ids(unit_mail))) == len(unit_mail), "none twice"
    assert len(unit_mail) == FORMS, f"one 督办 mail per case: {unit_subjects.most_common(4)}"
    assert len(sources) == FORMS and len(set(_ids(sources))) == FORMS, "one acknowledgement per form, none twice"
    subjects = Counter(str(email.message_from_bytes(r, policy=email.policy.default)["Subject"]) for r in office)
    digests = [s for s in subjects if "新收" in s]
    summaries = [s for s in subjects if "隔离" in s]
    assert sum(subjects[s] for s in digests) == 1, f"the weekly digest once: {subjects}"
    assert sum(subjects[s] for s in summaries) == 1, f"the quarantine summary once an hour: {subjects}"
    assert len(set(_ids(office))) == len(office), "nothing sent twice to the office"
    logs = [(tmp_path / f"worker{i}.log").read_text(errors="replace") for i in (1, 2)]
    assert all('"event": "message_complaint"' in text for text in logs), "the surviving workers both did work"
