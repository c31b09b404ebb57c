"""Logging for an unattended service: errors findable by id, and no full phone, ID, account
or mail address.

Every record passes a filter that masks phone, ID and account numbers and the local part of
mail addresses — in the message and in the structured fields — so a careless log call cannot
leak them (the rule is "never log a full number", not "remember to mask"). Two formats share
that filter: text lines for a terminal (the default) and, with `--log-format json` or
`[logging] format = "json"`, one JSON object per line for a log collector: time, level,
logger, event, message and, where the call gave them, case id, message id, error id and
counts (`log.info(..., extra=fields(event="pass", counts={...}))`).
"""

from __future__ import annotations

import json
import logging
import os
import re
from datetime import datetime, timezone
from enum import Enum

from parsers.pii import mask_personal_text

_LONG_DIGITS = re.compile(r"(?<!\d)(\d{3})\d{4,}(\d{4})(?!\d)|(?<![\dA-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![\dA-Za-z])")
_ADDRESS = re.compile(r"(?<![\w.%+-])([\w%+-])[\w.%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*\]")
FIELDS = ("event", "case_id", "message_id", "outbound_id", "error_id", "counts")  # the structured extras
NOISY = ("imapclient", "alembic", "rapidocr", "pdfminer", "matplotlib", "PIL", "mail.log", "asyncio", "pymap")


class LogFormat(str, Enum):
    TEXT = "text"
    JSON = "json"


def mask_numbers(text: str) -> str:
    """138****5678 for phones; long ID/account numbers keep only their ends."""
    def repl(m: re.Match) -> str:
        if m.group(1):
            return f"{m.group(1)}****{m.group(2)}"
        return f"{m.group(3)}********{m.group(4)}"

    return _LONG_DIGITS.sub(repl, text)


def mask_for_log(text: str) -> str:
    """Numbers as `mask_numbers`, `zhangsan@example.com` → `z***@example.com`, names with an
    honorific and street addresses as in mails to leaders, and the parameters SQLAlchemy
    quotes in an error (a row's customer name and phone) left out altogether."""
    text = _SQL_PARAMETERS.sub("[parameters: (隐去)]", text)
    return _ADDRESS.sub(r"\1***@\2", mask_numbers(mask_personal_text(text)))


def fields(event: str, *, case_id: str | None = None, message_id: int | str | None = None,
           outbound_id: int | None = None, error_id: str | None = None, counts: dict | None = None) -> dict:
    """The `extra=` of a log call: structured fields the JSON format shows as keys."""
    values = {"event": event, "case_id": case_id, "message_id": message_id, "outbound_id": outbound_id,
              "error_id": error_id, "counts": counts}
    return {name: value for name, value in values.items() if value is not None}


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string is logged as is
            return True
        record.msg, record.args = mask_for_log(message), ()
        for name in FIELDS:
            value = getattr(record, name, None)
            if isinstance(value, str):
                setattr(record, name, mask_for_log(value))
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line; the message is already masked by `MaskingFilter`."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": getattr(record, "event", None) or record.name.rsplit(".", 1)[-1],
            "message": record.getMessage(),
        }
        for name in FIELDS[1:]:
            value = getattr(record, name, None)
            if value is not None:
                entry[name] = value
        if record.exc_info:
            entry["traceback"] = mask_for_log(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """`time LEVEL logger: message`; a traceback is masked too (an exception's text may quote the mail)."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def formatException(self, ei) -> str:  # noqa: N802 - logging's interface
        return mask_for_log(super().formatException(ei))


def setup_logging(verbose: bool = False, log_format: LogFormat = LogFormat.TEXT) -> None:
    level = logging.DEBUG if verbose else getattr(logging, os.environ.get("COMPLAINTS_LOG_LEVEL", "INFO"), logging.INFO)
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if log_format is LogFormat.JSON else TextFormatter())
    handler.addFilter(MaskingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(logging.WARNING)
