"""A database restored from an older copy, mid-scenario, on the real servers and both databases.

Case 1 is routed, the backup taken, cases 2 and 3 routed; then the older copy is restored
(`complaints restore`, or by hand as an operator might, with `serve`'s start-up check
catching it). The next case must be TS-…-000004, its mails must carry Message-IDs never
used before, and it must reach its unit exactly once — even when the sender crashed with
its mail claimed, so that recovery looks for a receipt in Sent, where the old case 2's
copies lie. Case 1's thread, from before the copy, still works.
"""

from __future__ import annotations

import email
import email.policy
import shutil
import subprocess
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

from complaints.context import make_context
from complaints.sample_mail import form_mail
from complaints.service import one_pass
from core.clock import BRANCH_ZONE, FixedClock
from core.config import load_settings
from core.imap import connect
from core.message_ids import parse_message_id
from core.store.db import make_engine
from core.store.models import Case, Message, OutboundMail
from outbox.states import OutboxState
from tests.integration.test_cli import cli
from tests.integration.test_delivery import form
from tests.integration.test_lifecycle_helpers import reply_to
from tests.support.env import CSC, SERVICE, write_config

UNIT = "sanyuan@branch.example"
T0 = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)


def _at(minutes: int) -> list[str]:
    return ["--at", (T0 + timedelta(minutes=minutes)).isoformat()]


def _inbox(mail, user: str) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(r, policy=email.policy.default) for r in mail.messages(user)]


def _submit(mail, config, n: int, minutes: int) -> None:
    before = len(mail.messages(SERVICE))
    mail.send(form_mail(form(n), sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, before + 1)
    cli(config, *_at(minutes), "run-once")
    mail.delivered()


def _restore_by_hand(db_url: str, copy, config) -> None:
    """What an operator might do instead of `complaints restore`: put the file back."""
    if db_url.startswith("sqlite"):
        target = make_url(db_url).database
        for suffix in ("-wal", "-shm"):
            subprocess.run(["rm", "-f", target + suffix], check=True)
        shutil.copyfile(copy, target)
    else:
        plain = make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
        subprocess.run(["pg_restore", "--clean", "--if-exists", "--no-owner", f"--dbname={plain}", str(copy)],
                       check=True, capture_output=True)


def _crash_mid_send(config, minutes: int, mail) -> None:
    """Form 4 is handled, and its mails claimed by a sender that dies before handing them over:
    rows `sending`, lease expired — the next sender takes them in doubt and looks for their
    receipts in Sent."""
    mail.send(form_mail(form(4), sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)
    settings = load_settings(config)
    dead = settings.smtp.model_copy(update={"port": 1})
    engine = make_engine(settings.database.url, settings.data_key())
    ctx = make_context(settings.model_copy(update={"smtp": dead}), engine, FixedClock(T0 + timedelta(minutes=minutes)))
    with connect(settings.imap) as box:
        one_pass(ctx, box)
    with Session(engine) as session:
        session.execute(update(OutboundMail).where(OutboundMail.state == OutboxState.PENDING)
                        .values(state=OutboxState.SENDING, next_attempt_at=ctx.clock.now()))
        session.commit()


def _scenario(tmp_path, mail, db_url, *, by_hand: bool):
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    cli(config, "db", "upgrade")
    _submit(mail, config, 1, 0)
    cli(config, *_at(10), "backup", str(tmp_path / "backups"))
    _submit(mail, config, 2, 20)
    _submit(mail, config, 3, 30)
    before = {m["Message-ID"]: m for m in _inbox(mail, UNIT)}
    assert len(before) == 3

    [copy] = [p for p in (tmp_path / "backups").iterdir() if p.suffix in (".db", ".dump")]
    if by_hand:
        _restore_by_hand(db_url, copy, config)
    else:
        out = cli(config, *_at(45), "restore", str(tmp_path / "backups")).stdout
        assert "TS-2026-000003" in out and "new Message-ID epoch" in out, out
    cli(config, *_at(46), "run-once")  # a start (by hand: its check finds the database behind)
    _crash_mid_send(config, 50, mail)
    cli(config, *_at(60), "run-once")  # the leases expired: recovery looks the receipts up
    mail.delivered()
    return config, before


def _check(tmp_path, mail, config, before):
    settings = load_settings(config)
    engine = make_engine(settings.database.url, settings.data_key())
    with Session(engine) as session:
        ids = sorted(session.exec(select(Case.id)).all())
        new_rows = session.exec(select(OutboundMail).where(OutboundMail.case_id == "TS-2026-000004")).all()
    assert ids == ["TS-2026-000001", "TS-2026-000004"], "numbering goes on after the highest case already sent"
    assert new_rows and all(r.state == "sent" for r in new_rows), [(r.state, r.last_error) for r in new_rows]

    inbox = _inbox(mail, UNIT)
    fourth = [m for m in inbox if "CSC-20261126-0004" in m.get_body(("plain",)).get_content()]
    assert len(fourth) == 1, "the new case reaches its unit exactly once"
    keys = load_settings(config).keyring().every()
    epochs_before = {parse_message_id(mid, keys).epoch for mid in before}
    new_id = fourth[0]["Message-ID"]
    assert new_id not in before and parse_message_id(new_id, keys).case_id == "TS-2026-000004"
    assert parse_message_id(new_id, keys).epoch not in epochs_before, "a fresh epoch"
    assert len(inbox) == len({m["Message-ID"] for m in inbox}) == 4, "nothing twice"

    [first] = [m for m in before.values() if "[TS-2026-000001]" in str(m["Subject"])]
    answer = reply_to(first.as_bytes(), sender=UNIT, subject="处理情况反馈", body="已向客户致歉，调整排班。")
    mail.send(answer, UNIT, [SERVICE])
    mail.wait_for(SERVICE, 1)
    cli(config, *_at(70), "run-once")
    with Session(engine) as session:
        [reply] = session.exec(select(Message).where(Message.message_id == email.message_from_bytes(answer)["Message-ID"])).all()
        assert reply.case_id == "TS-2026-000001", "an old case's thread still finds its case"
        assert session.get(Case, "TS-2026-000001").status == "answered"


def test_restore_command_mid_scenario_new_cases_arrive_once_with_fresh_ids(tmp_path, mail, db_url):
    config, before = _scenario(tmp_path, mail, db_url, by_hand=False)
    _check(tmp_path, mail, config, before)


def test_a_database_put_back_by_hand_is_caught_at_start(tmp_path, mail, db_url):
    config, before = _scenario(tmp_path, mail, db_url, by_hand=True)
    _check(tmp_path, mail, config, before)


def test_restore_refuses_while_serve_runs_and_checks_the_copy(tmp_path, mail, db_url):
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    cli(config, "db", "upgrade")
    cli(config, *_at(0), "run-once")
    cli(config, *_at(1), "backup", str(tmp_path / "backups"))
    running = cli(config, *_at(2), "restore", str(tmp_path / "backups"), check=False)
    assert running.returncode == 2 and "serve" in running.stderr and "Traceback" not in running.stderr
    (tmp_path / "other.key").write_text("2026-01-01T00:00:00+00:00 " + "ab" * 32 + "\n")
    (tmp_path / "other.key").chmod(0o600)
    [key] = (tmp_path / "backups").glob("*.key")
    shutil.copy(tmp_path / "other.key", key)
    wrong = cli(config, *_at(30), "restore", str(tmp_path / "backups"), check=False)
    assert wrong.returncode == 2 and "密钥" in wrong.stderr, wrong.stderr
