"""Time the weekly digest or a period's 考核 report on a large PostgreSQL store: figures, rendering, peak memory.

    python -m bench.bench_digest [--cases N ...] [--period 2026-W13|2025-11|2025Q4|2025] [--reuse] [--url URL]

For each N (default 100,000 and 1,000,000) the database `complaints_bench` is emptied,
migrated, and filled by COPY with N synthetic cases over about four years (plus their
received/routed/answered/closed/reopened events), then a child process computes the
figures of the last week and renders the mail, .docx, .xlsx and charts, reporting wall
time and peak memory (tracemalloc for Python objects, ru_maxrss for the whole process).
Targets at 1,000,000 cases: the week's digest (the default period, 2026-W13) in ≤ 10 s and
the year's report (`--period 2025`: about 250,000 cases in the year, every one a row of the
spreadsheet's 案件明细) in ≤ 15 s, each ≤ 300 MB. Run it by hand; it is not part of the
test suite. `--repeat N` runs the measuring child N times and prints the medians (wall time,
CPU time of the measuring process, peak RSS); `--reuse` keeps the seeded database between runs;
`--no-trace` skips the tracemalloc pass, which only adds the Python-allocation peak.

Last measured (year report, 1,000,000 cases, medians of 3 alternating runs beside the code
before, load average 18-26 on 2 cores): total 40.3 s wall (was 120.5 s), CPU 10.1 s (was
25.7 s), peak RSS 261 MB (was 300 MB); at load 8-12, 31.6-39.6 s wall. README "Benchmarks" has more.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from datetime import datetime, timedelta, timezone

import psycopg
from sqlalchemy.engine import make_url

from complaints.digest.weeks import IsoWeek
from core.clock import BRANCH_ZONE
from core.channels import CHANNELS
from core.sealing import Sealer

BENCH_SEALER = Sealer(b"bench-data-key-of-at-least-32-bytes!")  # the bench's rows are sealed as the service's
DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/complaints_bench"
WEEK = IsoWeek(2026, 13)
NOW = datetime(2026, 3, 30, 9, 0, tzinfo=BRANCH_ZONE)
SPAN_DAYS = 4 * 365
UNITS = ("SY", "ML", "CG", "CARD", "PF", "ADMIN")
CATEGORIES = ("银行卡", "个人存款", "信用卡", "理财", "个人贷款", "外汇", "电子银行", "对公结算")
CAUSES = ("服务态度", "业务差错", "收费争议", "系统故障", "营销不当", "流程繁琐")
LEVELS = ("满意", "基本满意", "不满意")
CASE_COLUMNS = ("id", "status", "channel", "unit", "co_units", "category", "cause", "severity", "received_at",
                "due_at", "regulatory_due_at", "overdue", "customer_name", "customer_phone", "customer_id_number",
                "customer_account", "content", "request", "fields", "routing", "answered_at", "satisfaction",
                "closed_at", "reopen_count", "updated_at")
EVENT_COLUMNS = ("case_id", "at", "kind", "actor", "detail", "data")
CONTENT = "客户反映在网点办理业务时等候时间过长，柜员解释不清，要求网点说明原因、改进服务并给予答复。" * 2
_SEALED = {v: BENCH_SEALER.seal_text(v) for v in ("张晓明", "350403198001011234", "6222021234567890123", CONTENT,
                                                  "请尽快处理。", "{}", "")}
"""The constant values sealed once (the service seals each value with its own nonce; opening is the same)."""


def _dsn(url: str, dbname: str | None = None) -> str:
    u = make_url(url)
    return (f"host={u.host or '127.0.0.1'} port={u.port or 5432} user={u.username or 'postgres'} "
            f"dbname={dbname or u.database}" + (f" password={u.password}" if u.password else ""))


def reset_database(url: str) -> None:
    """Create the bench database if needed, empty it and bring it to the newest migration."""
    from core.store.db import make_engine, upgrade

    name = make_url(url).database
    with psycopg.connect(_dsn(url, "postgres"), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    with psycopg.connect(_dsn(url), autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    engine = make_engine(url, BENCH_SEALER)
    upgrade(engine)
    engine.dispose()


def _lifecycle(rng: random.Random, received: datetime, now: datetime) -> dict:
    """Answer, closure, satisfaction and reopen of one synthetic case, as far as `now` allows."""
    stuck = rng.random() < 0.0003  # the rare case nobody answers: the overdue list
    answered = None if stuck else received + timedelta(days=rng.lognormvariate(1.2, 0.7))
    closed = answered + timedelta(days=rng.uniform(0.5, 5)) if answered else None
    reopened = closed + timedelta(days=1) if closed and rng.random() < 0.02 else None
    if reopened:  # answered and closed again after the reopen: the row keeps the latest times
        answered, closed = reopened + timedelta(days=2), reopened + timedelta(days=4)
    answered = answered if answered and answered <= now else None
    closed = closed if closed and answered and closed <= now else None
    reopened = reopened if reopened and reopened <= now else None
    status = "closed" if closed else "answered" if answered else "reopened" if reopened else "routed"
    return {"answered": answered, "closed": closed, "reopened": reopened, "status": status}


def synthetic_cases(n: int, seed: int = 7):
    """(case row, event rows) for n cases received uniformly over SPAN_DAYS before NOW."""
    rng = random.Random(seed)
    now = NOW.astimezone(timezone.utc)
    start = now - timedelta(days=SPAN_DAYS)
    sequence: dict[int, int] = {}
    for received in sorted(start + timedelta(seconds=rng.uniform(0, SPAN_DAYS * 86400)) for _ in range(n)):
        year = received.astimezone(BRANCH_ZONE).year
        sequence[year] = sequence.get(year, 0) + 1
        case_id = f"TS-{year}-{sequence[year]:06d}"
        life = _lifecycle(rng, received, now)
        unit = rng.choice(UNITS) if rng.random() > 0.01 else None
        severity = "normal" if rng.random() < 0.95 else rng.choice(("major", "major", "major", "serious"))
        phone = f"139{rng.randrange(10**8):08d}"
        case = (case_id, life["status"], rng.choice(CHANNELS), unit, "[]", rng.choice(CATEGORIES),
                rng.choice(CAUSES), severity, received, received + timedelta(days=7),
                received + timedelta(days=15), False, _SEALED["张晓明"], BENCH_SEALER.seal_text(phone),
                _SEALED["350403198001011234"], _SEALED["6222021234567890123"], _SEALED[CONTENT], _SEALED["请尽快处理。"],
                _SEALED["{}"], "{}", life["answered"],
                rng.choice(LEVELS) if life["closed"] and rng.random() < 0.95 else None, life["closed"],
                1 if life["reopened"] else 0, life["closed"] or life["answered"] or received)
        blank = (_SEALED[""], _SEALED["{}"])
        events = [(case_id, received, "received", "bench", *blank), (case_id, received, "routed", "bench", *blank)]
        events += [(case_id, at, kind, "bench", *blank) for kind, at in
                   (("reopened", life["reopened"]), ("answered", life["answered"]), ("closed", life["closed"])) if at]
        yield case, events


def _copy_chunk(cur, cases: list, events: list) -> None:
    with cur.copy(f'COPY "case" ({", ".join(CASE_COLUMNS)}) FROM STDIN') as copy:
        for row in cases:
            copy.write_row(row)
    with cur.copy(f'COPY event ({", ".join(EVENT_COLUMNS)}) FROM STDIN') as copy:
        for row in events:
            copy.write_row(row)


def fill(url: str, n: int, chunk: int = 50_000) -> float:
    """COPY n synthetic cases and their events in chunks (one transaction); seconds taken, with ANALYZE."""
    started = time.perf_counter()
    with psycopg.connect(_dsn(url)) as conn, conn.cursor() as cur:
        cases, events = [], []
        for case, case_events in synthetic_cases(n):
            cases.append(case)
            events.extend(case_events)
            if len(cases) == chunk:
                _copy_chunk(cur, cases, events)
                cases, events = [], []
        _copy_chunk(cur, cases, events)
        conn.commit()
    with psycopg.connect(_dsn(url), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def _statement_timer(engine) -> list[tuple[float, str]]:
    """Record (seconds, first words) of every statement the engine runs."""
    from sqlalchemy import event

    timings: list[tuple[float, str]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany):
        conn.info["bench_started"] = time.perf_counter()

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn, cursor, statement, parameters, context, executemany):
        timings.append((time.perf_counter() - conn.info.pop("bench_started"), " ".join(statement.split())[:70]))

    return timings


def _digest(engine, directory, calendar, period):
    from complaints.digest.figures import compute_figures
    from complaints.digest.render import render_digest

    t0, c0 = time.perf_counter(), time.process_time()
    fig = compute_figures(engine, period, directory=directory, calendar=calendar, now=NOW)
    t1 = time.perf_counter()
    files = render_digest(fig, office_name="分行工会")
    _digest.cpu_s = time.process_time() - c0
    return fig, files, t1 - t0, time.perf_counter() - t1


def measure(url: str, period_text: str, trace: bool = True) -> dict:
    """Figures and rendering of the period on the filled database, in this (fresh) process.

    Timed once as the service runs it, then once more under tracemalloc (which slows
    Python down, so it is not timed) for the peak of Python allocations.
    """
    import complaints.digest.render  # noqa: F401  (imports are not the digest's cost)
    from core.config import load_directory
    from complaints.samples import SAMPLES
    from core.store.db import make_engine
    from router.calendar import WorkingCalendar

    from complaints.digest.periods import parse_period

    period = parse_period(period_text)
    directory, calendar = load_directory(SAMPLES / "units.toml"), WorkingCalendar()
    engine = make_engine(url, BENCH_SEALER)
    with engine.connect() as conn:  # connect and load the dialect outside the timing
        conn.exec_driver_sql("SELECT 1")
    timings = _statement_timer(engine)
    fig, files, figures_s, render_s = _digest(engine, directory, calendar, period)
    statements = list(timings)
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu_s = _digest.cpu_s
    peak = 0
    if trace:
        del fig, files
        tracemalloc.start()
        fig, files, _, _ = _digest(engine, directory, calendar, period)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {
        "figures_s": round(figures_s, 2), "render_s": round(render_s, 2), "total_s": round(figures_s + render_s, 2),
        "cpu_s": round(cpu_s, 2),
        "tracemalloc_peak_mb": round(peak / 2**20, 1),
        "maxrss_mb": round(maxrss / 1024, 1),
        "new": fig.headline.new, "closed": fig.headline.closed, "overdue": fig.headline.overdue,
        "week_cases": len(fig.cases), "docx_kb": len(files.docx) // 1024, "xlsx_kb": len(files.xlsx) // 1024,
        "statements": [(round(s, 3), text) for s, text in statements],
    }


def run(url: str, n: int, reuse: bool, verbose: bool, period: str = "2026-W13", repeat: int = 1,
        trace: bool = True) -> dict:
    fill_s = None
    if reuse:
        from core.store.db import make_engine, upgrade

        upgrade(make_engine(url, BENCH_SEALER))  # newer migrations (indexes) on the existing data
    else:
        reset_database(url)
        fill_s = round(fill(url, n), 1)
    runs = []
    for _ in range(repeat):
        child = subprocess.run([sys.executable, "-m", "bench.bench_digest", "--measure", "--url", url,
                                "--period", period, *(() if trace else ("--no-trace",))],
                               capture_output=True, text=True, check=True)
        runs.append(json.loads(child.stdout.strip().splitlines()[-1]))
    result = dict(runs[0])
    for key in ("figures_s", "render_s", "total_s", "cpu_s", "tracemalloc_peak_mb", "maxrss_mb"):
        result[key] = statistics.median(r[key] for r in runs)
    statements = result.pop("statements")
    print(f"{n:>9,} cases  fill {fill_s if fill_s is not None else '-'} s  figures {result['figures_s']} s  "
          f"render {result['render_s']} s  total {result['total_s']} s (cpu {result['cpu_s']} s)  "
          f"peak python {result['tracemalloc_peak_mb']} MB  maxrss {result['maxrss_mb']} MB  "
          f"(median of {repeat}; {period}: new {result['new']}, closed {result['closed']}, overdue {result['overdue']}, "
          f"{result['week_cases']} case rows)")
    if verbose:
        for seconds, text in sorted(statements, reverse=True)[:12]:
            print(f"    {seconds:7.3f} s  {text}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--reuse", action="store_true", help="measure the database as it is (no refill)")
    parser.add_argument("--period", default="2026-W13", help="the period to report: 2026-W13, 2025-11, 2025Q4, 2025")
    parser.add_argument("--repeat", type=int, default=1, help="measuring runs; the medians are printed")
    parser.add_argument("--no-trace", action="store_true",
                        help="skip the (slow) tracemalloc pass: wall time, CPU time and peak RSS only")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="show the slowest statements")
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.url, args.period, trace=not args.no_trace), ensure_ascii=False))
        return 0
    for n in args.cases:
        run(args.url, n, args.reuse, args.verbose, args.period, args.repeat, trace=not args.no_trace)
    return 0


if __name__ == "__main__":
    sys.exit(main())
