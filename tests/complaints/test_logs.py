"""Log lines, as text or JSON: the same masking of phones, ID numbers, accounts and mail
addresses in both, and JSON that a collector can read field by field."""

from __future__ import annotations

import io
import json
import logging

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from complaints.cli import App
from complaints.logs import JsonFormatter, LogFormat, MaskingFilter, TextFormatter, fields, mask_for_log, setup_logging
from complaints.samples import write_samples
from tests.support.keys import KEY_MADE

PII = ("客户 张三 手机13812345678 身份证350102199001011234 卡号6222021234567890123 "
       "邮箱 zhangsan.li@customer.example")
MASKED = ("13812345678", "350102199001011234", "6222021234567890123", "zhangsan.li@")


@pytest.fixture(params=[LogFormat.TEXT, LogFormat.JSON])
def captured(request):
    """setup_logging's handler, writing to a buffer; restored afterwards."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    setup_logging(log_format=request.param)
    buffer = io.StringIO()
    root.handlers[0].setStream(buffer)
    yield request.param, buffer
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])


def test_personal_numbers_and_addresses_are_masked_in_both_formats(captured):
    log_format, buffer = captured
    log = logging.getLogger("complaints.test")
    log.warning("message %s quarantined: %s", 7, PII, extra=fields("message_quarantined", message_id=7,
                                                                     case_id="TS-2026-000001"))
    try:
        raise ValueError(PII)
    except ValueError:
        log.exception("failed on %s", "13912345678")
    out = buffer.getvalue()
    assert not any(raw in out for raw in MASKED + ("13912345678",)), out
    assert "138****5678" in out and "z***@customer.example" in out and "139****5678" in out
    if log_format is LogFormat.JSON:
        first, second = (json.loads(line) for line in out.splitlines() if line.startswith("{"))
        assert first["event"] == "message_quarantined" and first["message_id"] == 7
        assert first["case_id"] == "TS-2026-000001" and first["level"] == "warning"
        assert first["message"].startswith("message 7 quarantined: 客户 张三 手机138****5678")
        assert first["time"].endswith("+00:00")
        assert second["event"] == "test" and "ValueError" in second["traceback"]
        assert "13812345678" not in second["traceback"]
    else:
        assert "WARNING complaints.test: message 7 quarantined" in out


def test_json_lines_are_one_object_each_even_for_multiline_messages():
    record = logging.LogRecord("complaints.service", logging.INFO, __file__, 1, "pass:\n%s", ("第二行",), None)
    record.__dict__.update(fields("pass", counts={"fetched": 3, "processed": 2}))
    MaskingFilter().filter(record)
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["counts"] == {"fetched": 3, "processed": 2} and entry["message"] == "pass:\n第二行"


@pytest.mark.parametrize("text, expected", [
    ("来自 csc@province.example 的邮件", "来自 c***@province.example 的邮件"),
    ("Message-ID <abc.123@branch.example>", "Message-ID <a***@branch.example>"),
    ("电话 13812345678", "电话 138****5678"),
    ("案件 TS-2026-000123", "案件 TS-2026-000123"),
    ("no address @ here", "no address @ here"),
])
def test_mask_for_log(text, expected):
    assert mask_for_log(text) == expected


@pytest.mark.parametrize("flag, expected", [(None, JsonFormatter), ("text", TextFormatter)])
def test_the_configs_format_applies_unless_the_command_line_chose(tmp_path, flag, expected):
    write_samples(tmp_path, now=KEY_MADE)
    config = tmp_path / "complaints.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('format = "text"', 'format = "json"'),
                      encoding="utf-8")
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        setup_logging(log_format=LogFormat(flag or "text"))
        assert App(str(config), log_format=flag).settings.logging.format == "json"
        assert type(root.handlers[0].formatter) is expected
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])


def test_a_database_error_in_the_log_quotes_no_row_values():
    """SQLAlchemy quotes the statement's parameters in its error text: the row's customer is
    left out, and names with an honorific or a street address in any line are masked."""
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE c (name TEXT UNIQUE, phone TEXT)"))
        conn.execute(text("INSERT INTO c VALUES ('陈晓梅', '13859012345')"))
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO c VALUES (:n, :p)"), {"n": "陈晓梅", "p": "13859012345"})
    except IntegrityError as exc:
        line = mask_for_log(str(exc))
    assert "[parameters: (隐去)]" in line and "陈晓梅" not in line and "13859012345" not in line
    assert mask_for_log("周女士住和平路12号来电") == "*女士住和[地址]来电"
