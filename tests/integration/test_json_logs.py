"""`run-once` with JSON logs on the real mail servers: every stderr line one JSON object, the
events named with their case and message ids, and no phone or sender address in clear."""

from __future__ import annotations

import json

from complaints.sample_mail import complaint_mail, form_mail
from tests.integration.test_cli import FORM, cli
from tests.support.env import CSC, SERVICE, write_config

AT = "2026-11-26T09:30:00+08:00"


def _events(stderr: str) -> list[dict]:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines, "run-once logs what it did"
    return [json.loads(line) for line in lines]  # a line that is not JSON fails here


def test_run_once_logs_json_lines_without_personal_data(tmp_path, mail, db_url):
    config = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url,
                          extra='[logging]\nformat = "json"\n')
    cli(config, "db", "upgrade")
    mail.send(form_mail(FORM, sender=CSC, to=SERVICE), CSC, [SERVICE])
    stranger = "chen.xiaomei@customer.example"
    mail.send(complaint_mail(sender=stranger, to=SERVICE, subject="投诉", body=f"我的电话{FORM['phone']}，请回电"),
              stranger, [SERVICE])
    mail.wait_for(SERVICE, 2)
    done = cli(config, "run-once", "--at", AT)
    events = _events(done.stderr)
    by_event = {e["event"]: e for e in events}
    opened = by_event["message_complaint"]
    assert opened["case_id"].startswith("TS-2026-") and isinstance(opened["message_id"], int)
    quarantined = by_event["message_quarantined"]
    assert quarantined["error_id"] and quarantined["level"] == "warning"
    assert "c***@customer.example" in quarantined["message"]
    assert all({"time", "level", "logger", "event", "message"} <= set(e) for e in events)
    assert stranger not in done.stderr and FORM["phone"] not in done.stderr and FORM["customer_name"] not in done.stderr
