"""Two branches on one server, as `complaints@.service` runs them: each its own config,
mailbox, office, units and PostgreSQL database, both `serve` processes side by side on the
same mail servers. No case, mail or digest of one reaches the other's people or database.
"""

from __future__ import annotations

import email
import email.policy
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, func, select

from complaints.digest.sending import STATE_KEY as DIGEST_STATE
from complaints.sample_mail import complaint_mail
from core.clock import BRANCH_ZONE
from core.config import load_settings
from core.store.db import make_engine, session_scope
from core.store.models import Case, Message, OutboundMail
from core.store.state import get_state, set_state
from tests.ingest.helpers import CSC, set_keys, wait_until
from tests.support.databases import PG_URL, migrated, reset_postgres
from tests.support.env import write_config

START = datetime(2026, 11, 30, 8, 31, tzinfo=BRANCH_ZONE)  # Monday after [digest] time: each branch's digest is due
BRANCHES = {  # branch: (service mailbox, office, the unit 三元支行's address, how many complaints)
    "甲": ("complaints@branch.example", "union@branch.example", "sanyuan@branch.example", 3),
    "乙": ("bench2@branch.example", "admin@branch.example", "bench3@branch.example", 2),
}


def _branch(root: Path, mail, name: str, db_url: str) -> Path:
    service, office, unit, _ = BRANCHES[name]
    directory = root / name
    directory.mkdir()
    config = write_config(directory, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    text = config.read_text(encoding="utf-8")
    text = set_keys(text, "imap", {"username": service})
    text = set_keys(text, "smtp", {"from_address": service})
    text = set_keys(text, "office", {"address": office, "staff": [office]})
    text = set_keys(text, "digest", {"to": [office]})
    config.write_text(text, encoding="utf-8")
    units = directory / "units.toml"
    units.write_text(units.read_text(encoding="utf-8").replace("sanyuan@branch.example", unit), encoding="utf-8")
    engine = make_engine(load_settings(config).database.url, load_settings(config).data_key())
    migrated(engine)
    with session_scope(engine) as session:  # both have run before: last week's digest is due in each
        set_state(session, DIGEST_STATE, "2026-W47")
    return config


def _parsed(raws: list[bytes]) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(r, policy=email.policy.default) for r in raws]


def _senders(messages) -> set[str]:
    return {m["From"].addresses[0].addr_spec for m in messages}


def test_two_branches_side_by_side_share_nothing(tmp_path, mail):
    configs = {"甲": _branch(tmp_path, mail, "甲", reset_postgres()),
               "乙": _branch(tmp_path, mail, "乙", reset_postgres(f"{PG_URL}_b"))}
    for name, (service, _, _, count) in BRANCHES.items():
        for n in range(1, count + 1):
            mail.send(complaint_mail(sender=CSC, to=service, subject=f"客户投诉 {name}{n}",
                                     body=f"客户反映三元支行柜员服务态度差（{name}{n}），要求道歉。"), CSC, [service])
    procs = [subprocess.Popen([sys.executable, "-m", "complaints.cli", "--config", str(config), "--at", START.isoformat(),
                               "serve"], stdout=subprocess.DEVNULL, stderr=(config.parent / "serve.log").open("wb"),
                              cwd=config.parent) for config in configs.values()]
    engines = {name: make_engine(load_settings(config).database.url, load_settings(config).data_key()) for name, config in configs.items()}

    def count(name: str, query) -> int:
        with Session(engines[name]) as session:
            return session.exec(query).one()

    def settled() -> bool:
        return all(count(name, select(func.count()).select_from(Case)) == BRANCHES[name][3]
                   and count(name, select(func.count()).select_from(OutboundMail).where(OutboundMail.state != "sent"))
                   == 0 and get_state(engines[name], DIGEST_STATE) == "2026-W48"  # the digest queued, all sent
                   for name in BRANCHES)

    try:
        wait_until(settled, timeout=180, interval=0.5, what="both branches' cases and mail")
        mail.delivered()
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            proc.wait(30)

    for name, (service, office, unit, expected) in BRANCHES.items():
        other = next(n for n in BRANCHES if n != name)
        with Session(engines[name]) as session:
            subjects = session.exec(select(Message.subject)).all()
        assert sorted(subjects) == [f"客户投诉 {name}{n}" for n in range(1, expected + 1)], "only its own mail"
        to_unit = _parsed(mail.messages(unit))
        assert len(to_unit) == expected and _senders(to_unit) == {service}
        assert all(name in str(m["Subject"]) and other not in str(m["Subject"]) for m in to_unit), \
            [str(m["Subject"]) for m in to_unit]
        to_office = _parsed(mail.messages(office))
        assert _senders(to_office) == {service}, "the office hears from its own branch only"
        digests = [m for m in to_office if "新收" in str(m["Subject"])]
        assert len(digests) == 1, [str(m["Subject"]) for m in to_office]
    acknowledgements = _parsed(mail.messages(CSC))
    for name, (service, _, _, expected) in BRANCHES.items():
        assert sum(1 for m in acknowledgements if m["From"].addresses[0].addr_spec == service) == expected
