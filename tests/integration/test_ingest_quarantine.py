"""Quarantine on the real servers and both databases: a bad mail never blocks the next one.

Parse errors, policy limits and a bug in a handler each keep the raw mail, move the server
copy to Quarantine, list it with its reason and an error id that finds the traceback in
the log, and reach the office in one summary mail an hour; `quarantine retry` after a fix
processes it and files the server copy in Processed.
"""

from __future__ import annotations

import email
import email.policy
import json
import logging
import traceback

from click.testing import CliRunner

from complaints import pipeline
from complaints.classify import Kind
from complaints.cli import main
from complaints.context import make_context
from complaints.handlers import new_case
from core.clock import FixedClock
from core.config import load_settings
from tests.ingest.helpers import (AT, CSC, OFFICE, SERVICE, append, cases, make_ctx, messages, plain_mail,
                                  wait_until, write_ingest_config)
from tests.support.env import run_until_idle

LIMITS = {"max_message_bytes": 1_000_000, "max_attachments": 3, "max_attachment_bytes": 200_000}


def _nested(depth: int) -> bytes:
    head = f"From: {CSC}\r\nTo: {SERVICE}\r\nSubject: 嵌套过深\r\nMessage-ID: <deep@province.example>\r\n"
    parts = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth))
    return (head + "MIME-Version: 1.0\r\n" + parts + "Content-Type: text/plain\r\n\r\nx\r\n").encode()


def _complaint(subject: str, **kwargs) -> bytes:
    return plain_mail(sender=CSC, subject=subject, body="客户反映三元支行柜员服务态度差，要求道歉。", **kwargs)


BAD = {
    "parse": lambda: _nested(40),
    "count": lambda: _complaint("附件太多", attachments=tuple((f"p{i}.txt", "text/plain", b"x") for i in range(5))),
    "bytes": lambda: _complaint("附件太大", attachments=(("big.bin", "application/octet-stream", b"\0" * 300_000),)),
    "size": lambda: _complaint("邮件太大", attachments=(("huge.bin", "application/octet-stream", b"\1" * 1_200_000),)),
    "bug": lambda: _complaint("触发程序错误 BUG"),
}


def _buggy(session, ctx, row, msg, found):
    if "BUG" in msg.subject:
        raise KeyError("a bug in the new-case handler")
    return new_case.handle(session, ctx, row, msg, found)


def _text(raw: bytes) -> str:
    return email.message_from_bytes(raw, policy=email.policy.default).get_body(("plain",)).get_content()


def _cli(config, *args) -> str:
    result = CliRunner().invoke(main, ["--config", str(config), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_quarantine_keeps_lists_summarises_and_retries(tmp_path, mail, db_url, monkeypatch, caplog):
    ctx = make_ctx(tmp_path, mail, db_url, limits=LIMITS)
    config = tmp_path / "complaints.toml"
    monkeypatch.setitem(pipeline.HANDLERS, Kind.COMPLAINT, _buggy)
    for build in BAD.values():
        append(mail, SERVICE, build())
    append(mail, SERVICE, _complaint("正常的投诉"))

    with caplog.at_level(logging.INFO):
        run_until_idle(ctx)

    [good] = cases(ctx.engine)
    assert good.status in ("routed", "triage"), "the mail after the bad ones is handled as if nothing happened"
    listed = json.loads(_cli(config, "quarantine", "--json"))
    assert len(listed) == len(BAD) and all(e["reason"] and e["error_id"] for e in listed)
    reasons = " | ".join(e["reason"] for e in listed)
    for limit in ("max_attachments", "max_attachment_bytes", "max_message_bytes"):
        assert limit in reasons
    assert "MIME" in reasons and "KeyError" in reasons
    [bug] = [e for e in listed if "BUG" in e["subject"]]
    [record] = [r for r in caplog.records if f"[{bug['error_id']}]" in r.getMessage()]
    assert "_buggy" in "".join(traceback.format_exception(*record.exc_info)), "the traceback is in the log"
    assert len(mail.messages(SERVICE, "Quarantine")) == len(BAD) and mail.messages(SERVICE) == []
    assert all(r.raw and r.sha256 for r in messages(ctx.engine))

    [summary] = wait_until(lambda: mail.messages(OFFICE), what="the quarantine summary")
    text = _text(summary)
    assert all(e["error_id"] in text for e in listed), "one mail lists every new entry"

    append(mail, SERVICE, plain_mail(sender="customer@customer.example", subject="广告"))
    run_until_idle(ctx)
    assert len(mail.messages(OFFICE)) == 1, "at most one summary an hour"
    ctx.clock.advance(minutes=61)
    run_until_idle(ctx)
    later = wait_until(lambda: mail.messages(OFFICE)[1:], what="the next hour's summary")
    assert len(later) == 1 and "customer@customer.example" in _text(later[0]) and bug["error_id"] not in _text(later[0])

    monkeypatch.setitem(pipeline.HANDLERS, Kind.COMPLAINT, new_case.handle)  # the fix
    assert "1 message(s) queued" in _cli(config, "quarantine", "retry", bug["error_id"])
    run_until_idle(ctx)
    assert len(cases(ctx.engine)) == 2
    processed = mail.messages(SERVICE, "Processed")
    assert any(b"BUG" in raw for raw in processed), "the retried mail's server copy ends in Processed"
    assert not any(b"BUG" in raw for raw in mail.messages(SERVICE, "Quarantine"))


def test_retry_all_after_raising_the_limits_refetches_the_oversize_mail(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url, limits=LIMITS)
    for name in ("parse", "count", "bytes", "size"):
        append(mail, SERVICE, BAD[name]())
    run_until_idle(ctx)
    [oversize] = [m for m in messages(ctx.engine) if m.kind == "oversize"]
    assert oversize.size > 1_200_000 and len(oversize.raw) < 2000, "only the header of an oversize mail is kept"

    config = write_ingest_config(tmp_path, mail, db_url, limits={"max_message_bytes": 5_000_000,
                                                                 "max_attachment_bytes": 5_000_000,
                                                                 "max_attachments": 10})
    assert "4 message(s) queued" in _cli(config, "quarantine", "retry", "--all")
    raised = make_context(load_settings(config), ctx.engine, FixedClock(AT))
    run_until_idle(raised)

    rows = {m.subject: m for m in messages(ctx.engine)}
    assert rows["邮件太大"].state == "processed" and len(rows["邮件太大"].raw) > 1_200_000
    [deep] = [m for m in messages(ctx.engine) if m.message_id == "<deep@province.example>"]
    assert deep.state == "quarantined", "a mail that is still bad stays in quarantine"
    assert len(cases(ctx.engine)) == 3
    assert len(mail.messages(SERVICE, "Processed")) == 3 and len(mail.messages(SERVICE, "Quarantine")) == 1
