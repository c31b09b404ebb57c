"""Logging for an unattended service: errors findable by id, and no full phone, ID or account.

Every record passes a filter that masks phone, ID and account numbers, so a careless
log call cannot leak them (the rule is "never log a full number", not "remember to mask").
"""

from __future__ import annotations

import logging
import os
import re

_LONG_DIGITS = re.compile(r"(?<!\d)(\d{3})\d{4,}(\d{4})(?!\d)|(?<![\dA-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![\dA-Za-z])")


def mask_numbers(text: str) -> str:
    """138****5678 for phones; long ID/account numbers keep only their ends."""
    def repl(m: re.Match) -> str:
        if m.group(1):
            return f"{m.group(1)}****{m.group(2)}"
        return f"{m.group(3)}********{m.group(4)}"

    return _LONG_DIGITS.sub(repl, text)


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string is logged as is
            return True
        record.msg, record.args = mask_numbers(message), ()
        return True


def setup_logging(verbose: bool = False) -> None:
    level = logging.DEBUG if verbose else getattr(logging, os.environ.get("COMPLAINTS_LOG_LEVEL", "INFO"), logging.INFO)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("imapclient", "alembic", "rapidocr", "pdfminer", "matplotlib", "PIL", "mail.log", "asyncio", "pymap"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
