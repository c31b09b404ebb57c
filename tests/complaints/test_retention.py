"""Retention (第六条): personal data and mails of cases closed more than [retention] years ago
are erased by `purge`; the figures of a report on the old period do not change."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from sqlmodel import Session, select

from complaints.digest.figures import compute_figures
from complaints.retention import due_cases, purge
from core.config import RetentionConfig
from core.store.models import Case, Event
from tests.digest.helpers import NOW, WEEK, digest_context
from tests.digest.seed import customer_name
from tests.integration.test_cli import cli

PERSONAL = ("major", "cases")   # the lists a person reads: the complaint's words and masked names


def _figures(ctx):
    return compute_figures(ctx.engine, WEEK, directory=ctx.directory, calendar=ctx.calendar, now=NOW)


def _statistics(fig) -> dict:
    return {f.name: getattr(fig, f.name) for f in dataclasses.fields(fig) if f.name not in PERSONAL}


def _closed(ctx) -> dict[str, Case]:
    with Session(ctx.engine) as session:
        return {c.id: c for c in session.exec(select(Case).where(Case.closed_at.is_not(None))).all()}


def test_purge_erases_old_closed_cases_and_keeps_the_figures(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url)
    before, cfg = _figures(ctx), RetentionConfig()
    closed = _closed(ctx)
    assert len(closed) >= 5 and all(c.customer_name for c in closed.values())
    last_closure = max(c.closed_at for c in closed.values())
    first_closure = min(c.closed_at for c in closed.values())
    just_before = first_closure + timedelta(days=3 * 365)   # three years less a day for the earliest
    assert purge(ctx.engine, just_before, cfg).case_ids == (), "not a day early"

    later = last_closure + timedelta(days=3 * 366)
    dry = purge(ctx.engine, later, cfg, dry_run=True)
    assert sorted(dry.case_ids) == sorted(i for i, c in closed.items() if c.status == "closed")
    assert all(c.customer_name for c in _closed(ctx).values()), "a dry run changes nothing"
    lines = "\n".join(dry.lines(True))
    assert not [c.customer_name for c in closed.values() if c.customer_name in lines], "no personal data listed"

    done = purge(ctx.engine, later, cfg)
    assert done.case_ids == dry.case_ids
    after = _closed(ctx)
    for case_id in done.case_ids:
        c = after[case_id]
        assert (c.customer_name, c.customer_phone, c.customer_phone_hash, c.content, c.fields) == (None, None, None, "", {})
        assert (c.status, c.unit, c.category, c.closed_at) == (closed[case_id].status, closed[case_id].unit,
                                                                closed[case_id].category, closed[case_id].closed_at)
    assert [i for i, c in after.items() if c.customer_name] == [i for i, c in closed.items() if c.status != "closed"]
    with Session(ctx.engine) as session:
        purged = session.exec(select(Event.case_id).where(Event.kind == "purged")).all()
    assert sorted(purged) == sorted(done.case_ids)
    assert _statistics(_figures(ctx)) == _statistics(before), "the old period's figures are unchanged"
    assert len(_figures(ctx).cases) == len(before.cases) and len(_figures(ctx).major) == len(before.major)
    assert purge(ctx.engine, later, cfg).case_ids == (), "once"


def test_the_command_lists_what_would_go_without_personal_data(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url)
    later = max(c.closed_at for c in _closed(ctx).values()) + timedelta(days=3 * 366)
    with Session(ctx.engine) as session:
        due = due_cases(session, later, ctx.settings.retention)
    config = tmp_path / "complaints.toml"
    listed = cli(config, "--at", later.isoformat(), "purge", "--dry-run").stdout
    assert f"would erase: personal data of {len(due)} closed case(s)" in listed and all(i in listed for i in due)
    assert customer_name(1) not in listed
    assert all(c.customer_name for c in _closed(ctx).values()), "a dry run changes nothing"
