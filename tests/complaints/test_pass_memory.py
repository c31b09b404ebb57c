"""A pass's timed jobs hold memory for what is due, not for the whole database (issue 17 soak:
each fresh `serve` started higher as the cases grew, 186 → 257 MiB over 9,000 cases).

The deadline job looks at every open case each pass, and the provisional-calendar job once per
process; both loaded every open case whole, its sealed text decrypted. Here ten times the open
cases, none with anything due, must not take much more memory than one tenth of them."""

from __future__ import annotations

import tracemalloc
from datetime import timedelta

from sqlmodel import Session

from complaints import deadline_jobs, provisional_jobs
from core.store.models import Case, Event
from tests.digest.helpers import NOW, digest_context
from tests.support.databases import reset_postgres

LONG = "客户反映在网点办理业务时排队等候很久，柜员态度冷淡，未说明原因，要求网点说明原因并道歉。" * 40  # ~2 KB sealed


def _open_cases(ctx, count: int) -> None:
    """`count` cases routed just now, due in a week: no deadline step is due at NOW."""
    with Session(ctx.engine) as session:
        for i in range(count):
            case_id = f"TS-2031-{i + 1:06d}"
            session.add(Case(id=case_id, status="routed", channel="csc", unit="sanyuan", received_at=NOW,
                             due_at=NOW + timedelta(days=7), regulatory_due_at=NOW + timedelta(days=15),
                             customer_name="王先生", customer_phone=f"1390{i:07d}", content=LONG, request=LONG,
                             fields={"form": LONG}, updated_at=NOW))
            session.add(Event(case_id=case_id, at=NOW, kind="routed", actor="system", detail=LONG))
        session.commit()


def _peak(tmp_path, db_url, count: int) -> int:
    tmp_path.mkdir()
    ctx = digest_context(tmp_path, db_url if db_url.startswith("sqlite") else reset_postgres(), seeded=False)
    _open_cases(ctx, count)
    tracemalloc.start()
    try:
        assert deadline_jobs.run(ctx, NOW) is None
        assert provisional_jobs.recompute(ctx, NOW) is None
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        ctx.engine.dispose()


def test_the_timed_jobs_memory_does_not_grow_with_the_open_cases(tmp_path, db_url):
    n = deadline_jobs.CHUNK   # as many as one look takes: ten times as many take ten looks, not ten times the memory
    small = _peak(tmp_path / "small", db_url.replace("complaints.db", "small.db"), n)
    large = _peak(tmp_path / "large", db_url.replace("complaints.db", "large.db"), 10 * n)
    print(f"peak: {n} open cases {small / 2**20:.1f} MB, {10 * n}: {large / 2**20:.1f} MB")
    assert large < 2 * small, f"{n} open cases: {small / 2**20:.1f} MB, {10 * n}: {large / 2**20:.1f} MB"
