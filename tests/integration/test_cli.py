"""The command line as operators use it: init, db upgrade, run-once, cases/case/quarantine JSON, doctor."""

from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from complaints.sample_mail import complaint_mail, form_mail
from tests.support.calendar import LAST_KNOWN_YEAR, SLA_WITHOUT_EXTRA_HOLIDAYS
from tests.support.env import CSC, SERVICE, with_receipt_address, write_config

CASE_KEYS = {"id", "status", "channel", "unit", "co_units", "category", "severity", "received_at", "due_at",
             "overdue", "acceptance_number", "customer_name", "customer_phone", "source_message_id"}


def cli(config: Path | None, *args: str, check: bool = True, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess:
    """Run the command line as an operator would; `env` adds variables (COMPLAINTS_NOW)."""
    cmd = [sys.executable, "-m", "complaints.cli"] + (["--config", str(config)] if config else []) + list(args)
    environment = {k: v for k, v in os.environ.items() if k != "COMPLAINTS_NOW"} | (env or {})
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=environment)
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


FORM = {"acceptance_number": "CSC-1", "customer_name": "陈晓梅", "phone": "13859012345", "unit": "三元支行",
        "content": "客户反映排队时间过长，柜员态度冷淡。", "request": "要求道歉。", "category": "人民币储蓄"}


def test_init_writes_commented_samples(tmp_path):
    out = cli(None, "init", str(tmp_path / "etc"))
    assert "complaints.toml" in out.stdout and "units.toml" in out.stdout
    text = (tmp_path / "etc" / "complaints.toml").read_text(encoding="utf-8")
    assert text.startswith("#") and "[imap]" in text and "password_env" in text
    again = cli(None, "init", str(tmp_path / "etc"), check=False)
    assert again.returncode != 0


def test_unmigrated_database_is_refused(tmp_path, db_url):
    config = write_config(tmp_path, imap_port=10143, smtp_port=10025, db_url=db_url)
    refused = cli(config, "cases", check=False)
    assert refused.returncode == 2
    assert "complaints db upgrade" in refused.stderr and "Traceback" not in refused.stderr
    cli(config, "db", "upgrade")
    cli(config, "db", "upgrade")  # idempotent
    assert cli(config, "cases").stdout.strip() == "no cases"


def test_run_once_and_json_reports(tmp_path, mail, db_url):
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    cli(config, "db", "upgrade")
    mail.send(form_mail(FORM, sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.send(complaint_mail(sender="stranger@customer.example", to=SERVICE, subject="hello", body="随便说说"),
              "stranger@customer.example", [SERVICE])
    mail.wait_for(SERVICE, 2)

    at = "2026-11-26T09:30:00+08:00"
    out = cli(config, "run-once", "--at", at)
    assert "fetched 2" in out.stdout

    # every read command reads on the clock the pass ran on: the global --at ...
    [case] = json.loads(cli(config, "--at", at, "cases", "--json").stdout)
    assert CASE_KEYS <= set(case)
    assert case["customer_name"] == "陈**" and case["customer_phone"] == "138****2345"
    assert case["unit"] == "SY" and case["status"] == "routed" and case["overdue"] is False
    revealed = json.loads(cli(config, "--at", at, "cases", "--json", "--reveal").stdout)[0]
    assert revealed["customer_phone"] == "13859012345"
    # ... or COMPLAINTS_NOW; weeks later the same case reads overdue
    late = json.loads(cli(config, "cases", "--json", env={"COMPLAINTS_NOW": "2026-12-28T09:30:00+08:00"}).stdout)
    assert late[0]["id"] == case["id"] and late[0]["overdue"] is True

    detail = json.loads(cli(config, "--at", at, "case", case["id"], "--json").stdout)
    assert [e["kind"] for e in detail["events"]] == ["received", "routed", "revealed"], "--reveal is audited"
    assert detail["events"][-1]["actor"] == getpass.getuser() and "--reveal" in detail["events"][-1]["detail"]
    assert {"at", "kind", "actor", "detail"} <= set(detail["events"][0])
    assert detail["customer_phone"] == "138****2345"
    cli(config, "--at", at, "case", case["id"], "--reveal")
    assert [e["kind"] for e in json.loads(cli(config, "--at", at, "case", case["id"], "--json").stdout)["events"]][-2:] \
        == ["revealed", "revealed"]
    text = cli(config, "--at", at, "case", case["id"]).stdout
    assert "timeline:" in text and "三元支行" in text

    [entry] = json.loads(cli(config, "quarantine", "--json").stdout)
    assert {"message_id", "received_at", "reason"} <= set(entry)
    assert "不是已配置的投诉来源" in entry["reason"]
    assert cli(config, "case", "TS-2026-999999", check=False).returncode == 1


def test_doctor_reports_each_part(tmp_path, mail, db_url):
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    cli(config, "db", "upgrade")
    ok = cli(config, "--at", "2026-11-26T08:00:00+08:00", "doctor")
    verdicts = {line.split()[1].rstrip(":"): line.split()[0] for line in ok.stdout.splitlines()}
    assert len(verdicts) == 9 and set(verdicts.values()) == {"ok", "warn"}, ok.stdout
    # the test servers are reached in plaintext on loopback: allowed, and said every time
    assert {k for k, v in verdicts.items() if v == "warn"} == {"imap", "smtp"}, ok.stdout
    assert ok.stdout.count('plaintext connection (security = "none")') == 2 and "NO TLS" in ok.stdout
    assert "no round recorded yet" in ok.stdout and "outbox: 0 sent, 0 waiting, 0 failed" in ok.stdout

    cli(config, "run-once", "--at", "2026-11-26T09:00:00+08:00")
    stale = cli(config, "doctor", "--at", "2026-11-28T09:00:00+08:00", check=False)  # that round was 2 days ago
    assert stale.returncode == 1
    assert any(line.startswith("FAIL") and "last good round 2026-11-26 09:00" in line
               for line in stale.stdout.splitlines()), stale.stdout
    cli(config, "run-once", "--at", "2026-11-28T09:00:00+08:00")
    assert "service: last good round" in cli(config, "doctor", "--at", "2026-11-28T09:01:00+08:00").stdout


def receipts_line(config: Path, wait: float) -> tuple[str, bool]:
    """The doctor's receipts line, run in-process so the test chooses how long it waits."""
    from complaints.cli import App
    from complaints.doctor import run_checks

    return next((line, ok) for line, ok in run_checks(App(str(config)), receipt_wait=wait)
                if line.startswith("receipts:"))


def test_doctor_probes_that_receipts_are_filed_in_sent(tmp_path, mail, db_url):
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    cli(config, "db", "upgrade")
    lines = cli(config, "doctor").stdout.splitlines()
    assert lines[4].split()[1] == "smtp:", lines
    assert lines[5].startswith("ok    receipts: complaints+Sent@branch.example filed in Sent in "), lines
    mail.delivered()
    assert mail.messages(SERVICE, "Sent") == [] and mail.messages(SERVICE) == []  # the probe is gone


def test_doctor_accepts_receipts_that_come_back_to_the_inbox(tmp_path, mail, db_url):
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    cli(config, "db", "upgrade")
    line, ok = receipts_line(with_receipt_address(config, SERVICE), wait=5)
    assert ok and "came back to INBOX" in line and "fetched once more" in line, line
    [probe] = mail.messages(SERVICE)  # left for the service to record and file as its own mail
    assert b"X-Loop: complaints@branch.example" in probe and b"Auto-Submitted: auto-generated" in probe


def test_doctor_fails_when_receipts_bounce_or_go_elsewhere(tmp_path, mail, db_url):
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    cli(config, "db", "upgrade")
    text = config.read_text(encoding="utf-8")

    started = time.monotonic()
    line, ok = receipts_line(with_receipt_address(config, "nobody@branch.example"), wait=5)
    assert not ok and time.monotonic() - started < 5, line  # Postfix accepts it, Dovecot's LMTP does not
    assert "bounced the probe" in line and "User doesn't exist" in line, line
    assert "send a mail twice" in line and "[smtp] receipt_address" in line, line

    config.write_text(text, encoding="utf-8")
    line, ok = receipts_line(with_receipt_address(config, "someone@elsewhere.example"), wait=5)
    assert not ok and "refused the probe: 550 5.7.1" in line and "[smtp] receipt_address" in line, line

    config.write_text(text, encoding="utf-8")
    line, ok = receipts_line(with_receipt_address(config, "clerk1@branch.example"), wait=1)
    assert not ok and "no copy of the probe in Sent or INBOX after 1 s" in line, line
    assert "send a mail twice" in line


def test_doctor_warns_weeks_ahead_of_a_provisional_year(tmp_path, mail, db_url):
    last_known = LAST_KNOWN_YEAR
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url,
                          extra=SLA_WITHOUT_EXTRA_HOLIDAYS)
    cli(config, "db", "upgrade")
    early = cli(config, "doctor", "--at", f"{last_known}-09-01T10:00:00+08:00")
    assert "ok    calendar: deadlines known" in early.stdout
    late = cli(config, "doctor", "--at", f"{last_known}-11-28T10:00:00+08:00")
    line = next(x for x in late.stdout.splitlines() if "calendar:" in x)
    assert line.startswith("warn  ") and f"{last_known + 1} provisional" in line and "暂定" in line, line
    assert late.returncode == 0, "a provisional year warns, it does not fail"

    bad = write_config(tmp_path / "bad", imap_port=mail.imap_port, smtp_port=1, db_url=db_url, password="wrong") \
        if (tmp_path / "bad").mkdir() is None else None
    result = cli(bad, "doctor", check=False)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[3].startswith("FAIL") and "refused the login" in lines[3]
    assert lines[4].startswith("FAIL") and "smtp" in lines[4]


def test_a_bad_at_is_one_line_naming_the_format(tmp_path):
    result = cli(None, "--at", "next tuesday", "cases", check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "'next tuesday' is not an ISO time such as 2026-11-26T09:30:00+08:00" in result.stderr
    env_result = cli(None, "cases", check=False, env={"COMPLAINTS_NOW": "31/12/2026"})
    assert env_result.returncode == 2 and "'31/12/2026' is not an ISO time" in env_result.stderr
