"""Blind whole flows, the IT operator's side (docs/使用说明.md 四, README's command table): Postfix
stops for an hour just when an overdue 督办 falls due — it goes out once when Postfix is back;
`complaints doctor`, `complaints quarantine`, `complaints backup` and `restore` run as a
terminal would run them.

Real Postfix/Dovecot (really stopped), both databases.
"""

from __future__ import annotations

import json
from datetime import datetime

from core.clock import BRANCH_ZONE
from tests.integration.blind_flow_kit import (
    CSC, OFFICE, SANYUAN, VP1, at, case_of, cases, find, flow_ctx, new_mail, open_case, send, subject,
)
from tests.integration.test_cli import cli
from tests.support.env import SERVICE, run_until_idle

AT = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)   # due 12-10 18:00


def _overdue_notices(mail, user: str, case_id: str) -> list[bytes]:
    return [m for m in mail.messages(user) if "【督办】" in subject(m) and case_id in subject(m)]


def test_an_hour_without_postfix_when_the_overdue_notice_is_due(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    at(ctx, 2026, 12, 10, 17, 45)
    mail.stop_postfix()
    try:
        for minute in (0, 15, 30, 45):                       # 18:00 … 18:45: the service keeps running
            ctx.clock.at = datetime(2026, 12, 10, 18, minute, tzinfo=BRANCH_ZONE)
            run_until_idle(ctx)
        assert case_of(ctx, case.id).overdue, "the case is overdue whether or not mail can go out"
        ctx.clock.at = datetime(2026, 12, 10, 18, 50, tzinfo=BRANCH_ZONE)
        run_until_idle(ctx)
    finally:
        mail.start_postfix()
    for minute in (0, 5):
        ctx.clock.at = datetime(2026, 12, 10, 19, minute, tzinfo=BRANCH_ZONE)
        run_until_idle(ctx)
    mail.delivered()
    assert len(_overdue_notices(mail, SANYUAN, case.id)) == 1, [subject(m) for m in mail.messages(SANYUAN)]
    assert len(_overdue_notices(mail, VP1, case.id)) == 1
    at(ctx, 2026, 12, 10, 20, 0)
    at(ctx, 2026, 12, 11, 9, 30)
    mail.delivered()
    assert len(_overdue_notices(mail, SANYUAN, case.id)) == 1, "nothing doubled after the outage"
    listing = cli(tmp_path / "complaints.toml", "--at", ctx.clock.now().isoformat(), "outbox").stdout
    assert "0 mail(s) waiting or failed" in listing, listing


def test_the_operator_checks_lists_quarantine_backs_up_and_restores(tmp_path, mail, db_url):
    config = tmp_path / "complaints.toml"
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    first = open_case(mail, ctx)
    now = ctx.clock.now().isoformat()

    doctor = cli(config, "--at", now, "doctor", check=False)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert not [ln for ln in doctor.stdout.splitlines() if ln.startswith("FAIL")], doctor.stdout

    program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200 + b"This program cannot be run in DOS mode"
    bad = new_mail(CSC, "客户投诉受理单 CSC-20261203-0099", "请处理附件中的受理单。",
                   attachments=(("投诉受理单.pdf", "application/pdf", program),))
    send(mail, ctx, bad, CSC, vouch=False)
    listed = cli(config, "--at", now, "quarantine")
    assert "投诉受理单" in listed.stdout or "CSC-20261203-0099" in listed.stdout, listed.stdout
    rows = json.loads(cli(config, "--at", now, "quarantine", "--json").stdout)
    assert len(rows) == 1, rows
    reason = json.dumps(rows[0], ensure_ascii=False)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in reason), "the reason is in words a clerk can act on"
    at(ctx, 2026, 12, 3, 10, 30)
    assert find(mail, OFFICE, "隔离"), "the office hears of the quarantined mail (待处理的隔离邮件)"

    backups = tmp_path / "backups"
    out = cli(config, "--at", now, "backup", str(backups))
    made = sorted(p.name for p in backups.iterdir())
    assert any(n.endswith(".key") for n in made) and any(n.endswith(".datakey") for n in made), made
    assert any(n.endswith((".db", ".dump")) for n in made), made
    assert all(oct(p.stat().st_mode & 0o777) == "0o600" for p in backups.iterdir() if p.suffix in (".key", ".datakey"))
    assert str(backups) in out.stdout

    at(ctx, 2026, 12, 3, 11, 15)
    second = open_case(mail, ctx, {"acceptance_number": "CSC-20261203-0050", "customer_name": "吴建平",
                                   "phone": "13600001111"})
    ctx.engine.dispose()
    restored = cli(config, "--at", "2026-12-03T11:30:00+08:00", "restore", str(backups), "--force", check=False)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    listed = json.loads(cli(config, "--at", "2026-12-03T11:30:00+08:00", "cases", "--json").stdout)
    assert [c["id"] for c in listed] == [first.id], listed

    ctx = flow_ctx(tmp_path, mail, db_url, datetime(2026, 12, 3, 11, 40, tzinfo=BRANCH_ZONE))  # serve restarted
    third = open_case(mail, ctx, {"acceptance_number": "CSC-20261203-0060", "customer_name": "许文",
                                  "phone": "13700002222"})
    assert third.id not in (first.id, second.id), "a case number given out before the restore is not reused"
    assert len([c for c in cases(ctx)]) == 2
    assert find(mail, SANYUAN, "客户投诉督办", third.id)
    run_until_idle(ctx)
    assert mail.messages(SERVICE, "Sent"), "receipts are filed"
