"""CPU a routed .docx form case costs our process, without mail servers: robust on a busy machine.

Run: `python -m bench.bench_cpu` — prints `RESULT processing: X ms CPU a case` for the code in
the current directory. Options: `--cases N` (300), `--warmup N` (30, processed first and not
counted: imports, caches), `--profile FILE` (cProfile of the counted cases: top functions printed, pstats in FILE),
`--compare OLD_TREE --runs 3` (alternate fresh processes on OLD_TREE's code and on this tree's,
one after the other, and print each run, the medians and new/old; OLD_TREE is a worktree of
the code before, e.g. `git worktree add /tmp/old main`; the load average at each run is shown).

What is counted: `process_pending` (parse, classify, route, the 督办单, the outbox rows, each
mail's savepoint and the batch commits) over N bench form mails (`bench_pipeline.form_mails`:
distinct numbers and customers over three units) stored raw, as the fetcher stores them, in a
real SQLite file database; `time.process_time()` of this process around it. Sending is not
counted (bench_pipeline's runs count it). Process CPU time, not wall time: other jobs on the
cores slow it less, but a loaded machine still inflates it (cache, frequency), so compare only
runs alternated in the same time window.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlmodel import Session, func, select

from bench.bench_pipeline import AT, form_mails
from complaints.context import make_context
from complaints.pipeline import process_pending
from core.clock import FixedClock
from core.config import load_settings
from core.store.db import make_engine, session_scope, upgrade
from core.store.models import Case
from ingest.fetcher import store_raw
from tests.support.env import write_config

RESULT = "RESULT processing:"


def stored_context(workdir: Path, mails: list[bytes]):
    """A context on a fresh SQLite file holding `mails` as pending, as the fetcher leaves them."""
    path = write_config(workdir, imap_port=1, smtp_port=1, db_url=f"sqlite:///{workdir / 'cpu.db'}")
    settings = load_settings(path)
    engine = make_engine(settings.database.url, settings.data_key())
    upgrade(engine)
    ctx = make_context(settings, engine, FixedClock(AT))
    with session_scope(engine) as session:
        for uid, raw in enumerate(mails, 1):
            store_raw(session, raw, mailbox="INBOX", uidvalidity=1, uid=uid, now=AT)
    return ctx


def measure(cases: int, warmup: int, profile: str | None) -> float:
    """Seconds of CPU for `cases` mails, after `warmup` mails processed uncounted."""
    with tempfile.TemporaryDirectory() as tmp:
        ctx = stored_context(Path(tmp), form_mails(warmup + cases))
        process_pending(ctx, limit=warmup)
        profiler = cProfile.Profile() if profile else None
        started = time.process_time()
        if profiler:
            profiler.enable()
        report = process_pending(ctx, limit=cases)
        if profiler:
            profiler.disable()
        spent = time.process_time() - started
        with Session(ctx.engine) as session:
            routed = session.exec(select(func.count()).select_from(Case).where(Case.status == "routed")).one()
        if report.processed != cases or routed != warmup + cases:
            raise RuntimeError(f"{report.processed} processed, {routed} routed of {warmup + cases}")
    if profiler:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.dump_stats(profile)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(50)
        print(out.getvalue())
    return spent


def compare(old: Path, runs: int, cases: int, warmup: int) -> None:
    """Fresh processes alternating old/new, each importing its tree's code (this file runs in both)."""
    trees = {"old": old.resolve(), "new": Path.cwd().resolve()}
    figures: dict[str, list[float]] = {"old": [], "new": []}
    for run in range(runs):
        for label, tree in trees.items():
            load = os.getloadavg()[0]
            code = (f"import sys, runpy; sys.path.insert(0, {str(tree)!r}); sys.argv = ['bench_cpu', '--cases', "
                    f"'{cases}', '--warmup', '{warmup}']; runpy.run_path({__file__!r}, run_name='__main__')")
            out = subprocess.run([sys.executable, "-c", code], cwd=tree, capture_output=True, text=True, check=True)
            line = next(ln for ln in out.stdout.splitlines() if ln.startswith(RESULT))
            figures[label].append(float(line.split()[2]))
            print(f"run {run + 1} {label}: {figures[label][-1]:.2f} ms a case (load average {load:.1f})", flush=True)
    old_ms, new_ms = statistics.median(figures["old"]), statistics.median(figures["new"])
    print(f"RESULT medians of {runs}: old {old_ms:.2f} ms, new {new_ms:.2f} ms a case; new/old {new_ms / old_ms:.2f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--profile", metavar="FILE")
    parser.add_argument("--compare", metavar="OLD_TREE", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if args.compare:
        compare(args.compare, args.runs, args.cases, args.warmup)
        return
    spent = measure(args.cases, args.warmup, args.profile)
    print(f"{RESULT} {1000 * spent / args.cases:.2f} ms CPU a case over {args.cases} forms "
          f"(load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
