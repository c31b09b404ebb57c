"""Helpers for the digest tests: a context on a seeded store, and readers for the .docx, .xlsx and mail."""

from __future__ import annotations

import email
import email.policy
import io
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from complaints.context import Context, make_context
from complaints.digest.weeks import IsoWeek
from core.clock import FixedClock
from core.config import load_settings
from core.store.db import make_engine
from tests.digest.seed import at, seed
from tests.support.databases import migrated
from tests.support.env import write_config

WEEK = IsoWeek(2026, 13)
NOW = at("03-30 09:00")  # Monday after the week, after the 08:30 send time


def digest_context(tmp_path: Path, db_url: str, *, now: datetime = NOW, seeded: bool = True,
                   extra: str = "") -> Context:
    """The sample config (plus `extra` TOML) on `db_url` (no mail server needed), migrated, seeded,
    with a fixed clock."""
    path = write_config(tmp_path, imap_port=1, smtp_port=1, db_url=db_url, extra=extra)
    settings = load_settings(path)
    engine = make_engine(settings.database.url, settings.data_key())
    migrated(engine)
    if seeded:
        seed(engine)
    return make_context(settings, engine, FixedClock(now))


def docx_tables(data: bytes) -> dict[str, list[tuple[str, ...]]]:
    """Each table of the report by its first header cell: header row first, then the rows."""
    doc = Document(io.BytesIO(data))
    out = {}
    for table in doc.tables:
        rows = [tuple(c.text for c in r.cells) for r in table.rows]
        out[rows[0][0]] = rows
    return out


def docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def xlsx_sheets(data: bytes) -> dict[str, list[tuple]]:
    book = load_workbook(io.BytesIO(data))
    return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}


def parse_mail(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def decoded_parts(msg: EmailMessage) -> dict[str, list]:
    """Text of the text parts, bytes of the others, by content type."""
    out: dict[str, list] = {}
    for part in msg.walk():
        if part.is_multipart():
            continue
        out.setdefault(part.get_content_type(), []).append(part.get_content())
    return out
