"""Test helpers for the whole service: a config on disk pointing at the real servers, a
context with a fixed clock, and `run_until_idle` to drive passes until nothing moves.
"""

from __future__ import annotations

import email
import email.utils
import shutil
import time
from datetime import date, datetime
from pathlib import Path

from complaints.context import Context, make_context
from complaints.samples import SAMPLES
from complaints.service import PassSummary, one_pass
from core.clock import FixedClock
from core.config import Settings, load_settings
from core.imap import connect
from core.store.db import make_engine
from tests.support.calendar import FIRST_UNKNOWN_YEAR
from tests.support.databases import migrated
from tests.support.keys import write_test_key
from tests.support.mailservers import MailServers, servers_from_environment

SERVICE = "complaints@branch.example"
OFFICE = "union@branch.example"
CSC = "csc@province.example"
AUTHSERV_ID = "mx.branch.example"   # the receiving server the tests' config trusts (see `vouched`)


def vouched(raw: bytes, verdict: str = "dmarc=pass") -> bytes:
    """`raw` as the receiving server hands it on after checking it: its Authentication-Results
    on top (the loopback Postfix checks nothing, so the tests add what a real MX would)."""
    domain = email.utils.parseaddr(str(email.message_from_bytes(raw)["From"]))[1].rpartition("@")[2]
    header = f"Authentication-Results: {AUTHSERV_ID}; spf=pass smtp.mailfrom={domain}; {verdict} header.from={domain}\r\n"
    return header.encode("ascii") + raw


def write_config(tmp_path: Path, *, imap_port: int, smtp_port: int, db_url: str, password: str = "secret",
                 extra: str = "") -> Path:
    """The sample config with the test servers' ports, the given database and `extra` TOML
    appended; a section named in `extra` replaces the sample's section of that name."""
    text = (SAMPLES / "complaints.toml").read_text(encoding="utf-8")
    text = text.replace('url = "sqlite:///complaints.db"', f'url = "{db_url}"')
    text = text.replace("port = 10143", f"port = {imap_port}").replace("port = 10025", f"port = {smtp_port}")
    text = text.replace('password = "secret"', f'password = "{password}"')
    text = text.replace("extra_holidays = []", f"extra_holidays = {stand_in_holidays()}")
    text = _without_office_schedule(text)
    text = text.replace('authserv_id = ""', f'authserv_id = "{AUTHSERV_ID}"')
    path = tmp_path / "complaints.toml"
    path.write_text(_without_sections(text, _section_names(extra)) + "\n" + extra, encoding="utf-8")
    shutil.copy(SAMPLES / "units.toml", tmp_path / "units.toml")
    write_test_key(tmp_path)
    return path


def _without_office_schedule(text: str) -> str:
    """The daily and weekly 在办清单 and the 考核 reports off: they would add mail to the office's
    and the units' boxes on whatever day a test runs. tests/integration/test_office_schedule.py
    turns them on with its own [digest] section."""
    for key in ("open_list", "unit_lists", "period_reports"):
        assert f"\n{key} = true" in text, key
        text = text.replace(f"\n{key} = true", f"\n{key} = false")
    return text


def with_receipt_address(config: Path, address: str) -> Path:
    """The config with `[smtp] receipt_address` set (the sample leaves it to its default)."""
    text = config.read_text(encoding="utf-8")
    assert "\n[smtp]\n" in text
    config.write_text(text.replace("\n[smtp]\n", f'\n[smtp]\nreceipt_address = "{address}"\n'), encoding="utf-8")
    return config


def stand_in_holidays() -> list[str]:
    """New Year's Day of each year from the first one chinesecalendar lacks to next year: test
    data standing in for the official schedules an operator lists in `sla.extra_holidays`, so
    that the tests' cases get firm (not 暂定) deadlines and the office is not told of a
    provisional year. (Provisional years are tested with a config that lacks them.)"""
    last = max(FIRST_UNKNOWN_YEAR, date.today().year + 1)
    return [f"{year}-01-01" for year in range(FIRST_UNKNOWN_YEAR, last + 1)]


def make_test_context(tmp_path: Path, mail, db_url: str, *, at: datetime, extra: str = "") -> Context:
    path = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url, extra=extra)
    settings: Settings = load_settings(path)
    engine = make_engine(settings.database.url, settings.data_key())
    migrated(engine)
    return make_context(settings, engine, FixedClock(at))


def run_until_idle(ctx: Context, *, max_passes: int = 10, settle_seconds: float = 0.3) -> list[PassSummary]:
    """Passes until one fetches, processes and sends nothing. Between passes the mail a pass
    handed to Postfix reaches Dovecot first (a DSN for it included): on the tests' own servers
    by waiting until Postfix has tried all of it (`MailServers.attempted`); on others (the TLS
    instance, a proxy's port) by sleeping `settle_seconds`."""
    postfix = _postfix_of(ctx)
    summaries = []
    with connect(ctx.settings.imap) as box:
        for _ in range(max_passes):
            s = one_pass(ctx, box)
            summaries.append(s)
            if s.idle():
                break
            if postfix is None:
                time.sleep(settle_seconds)
            else:
                postfix.attempted()
    return summaries


def _postfix_of(ctx: Context) -> MailServers | None:
    """The tests' mail servers when `ctx` sends through their Postfix, else None."""
    servers = servers_from_environment()
    smtp = ctx.settings.smtp
    return servers if smtp.host in ("127.0.0.1", "localhost") and smtp.port == servers.smtp_port else None


def _section_names(toml_text: str) -> set[str]:
    return {line.strip()[1:-1].strip() for line in toml_text.splitlines()
            if line.strip().startswith("[") and not line.strip().startswith("[[")}


def _without_sections(text: str, names: set[str]) -> str:
    """The sample's text without the named `[section]` blocks (header to the next header)."""
    out, skipping = [], False
    for line in text.splitlines():
        stripped = line.split("#", 1)[0].strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            skipping = stripped[1:-1].strip() in names
        if not skipping:
            out.append(line)
    return "\n".join(out) + "\n"
