"""Does one round's memory grow with the database? Peak RSS of a `run-once` at 0, 3,000 and 9,000 cases.

Run: `python -m bench.bench_memory --compare /work/main` (about 5 minutes; `--sizes 0,3000,9000`,
`--base N` real mails, `--runs N` per size, `--trace` each step's tracemalloc peak, `--compare
DIR` also runs another checkout's code on the same databases, alternating, `--keep DIR` keeps
the databases). Uses the mail servers of the
environment (COMPLAINTS_MAIL_*), SQLite.

Why: the soak (issue 17) saw each fresh `serve` start higher as the database grew (186 →
257 MiB) while PostgreSQL with a small database stayed flat. A pass must hold what is due,
not the whole database. The database is made as the soak makes it, but quickly: `--base`
real form and letter mails go through the real pipeline (cases routed, 督办 sent, raw mails
stored sealed), then their rows — cases, events, stored mails, outbox — are copied under
new ids until the database holds the size asked for. Each size is then measured in a fresh
child process: the start-up catch-up and one `run-once` round at a time just after the
cases came in (nothing is due), its peak RSS (VmHWM: ru_maxrss would count the parent's RSS,
which Linux carries over a fork and exec), and with `--trace` each step's and each timed
job's tracemalloc peak in one more. Prints, per size, the median peak RSS, and the ratio to
the empty database's.

Issue 17 figures (SQLite, 3 runs each, this vs main before the fix, alternating): see README
"Benchmarks".
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bench_pipeline import form_mails, make_ctx, preload, _passes_until_done
from bench.bench_soak import UNIT_NAMES
from complaints.sample_mail import complaint_mail
from tests.support.env import CSC, SERVICE
from tests.support.mailservers import _exclusive, servers_from_environment

ROUND_AT = "2026-11-26T10:30:00+08:00"  # half an hour after the cases came in: no deadline step is due


def base_mails(n: int) -> list[bytes]:
    """Half forms, half letters (the soak's mix without its hostile mails)."""
    forms = form_mails(n - n // 2)
    letters = [complaint_mail(sender=CSC, to=SERVICE, subject=f"客户投诉（第{i}件）", message_id=f"<mem-{i}@soak.example>",
                              body=f"客户王先生反映在{UNIT_NAMES[i % 3]}办理业务时等候两小时，柜员态度冷淡（第{i}件），"
                                   f"电话1390{i:07d}，要求道歉。")
               for i in range(n // 2)]
    return forms + letters


def copy_rows(db: Path, target: int) -> int:
    """Copy the real rows under new ids until `target` cases (each with its events, mails, outbox)."""
    con = sqlite3.connect(db)
    cases = [r[0] for r in con.execute("SELECT id FROM \"case\" ORDER BY id")]
    count = len(cases)
    if count == 0:
        return 0
    year = cases[0][3:7]
    last = max(int(c[-6:]) for c in cases)
    n = 0
    while count < target:
        for original in cases:
            if count >= target:
                break
            n += 1
            new = f"TS-{year}-{last + n:06d}"
            con.execute("CREATE TEMP TABLE IF NOT EXISTS idmap (old INTEGER, new INTEGER)")
            con.execute("DELETE FROM idmap")
            cols = _columns(con, "case", skip=("id",))
            con.execute(f"INSERT INTO \"case\" (id, {cols}) SELECT ?, {cols} FROM \"case\" WHERE id = ?", (new, original))
            mcols = _columns(con, "message", skip=("id", "dedup_key", "case_id"))
            for (mid,) in con.execute("SELECT id FROM message WHERE case_id = ?", (original,)).fetchall():
                cur = con.execute(f"INSERT INTO message (dedup_key, case_id, {mcols}) "
                                  f"SELECT dedup_key || '-copy{n}', ?, {mcols} FROM message WHERE id = ?", (new, mid))
                con.execute("INSERT INTO idmap VALUES (?, ?)", (mid, cur.lastrowid))
            ecols = _columns(con, "event", skip=("id", "case_id", "message_id"))
            con.execute(f"INSERT INTO event (case_id, message_id, {ecols}) SELECT ?, "
                        f"(SELECT new FROM idmap WHERE old = event.message_id), {ecols} FROM event WHERE case_id = ?",
                        (new, original))
            ocols = _columns(con, "outbound_mail", skip=("id", "case_id", "message_id"))
            con.execute(f"INSERT INTO outbound_mail (case_id, message_id, {ocols}) SELECT ?, "
                        f"message_id || '-copy{n}', {ocols} FROM outbound_mail WHERE case_id = ?", (new, original))
            count += 1
    con.execute("UPDATE case_sequence SET last = ? WHERE year = ?", (last + n, int(year)))
    con.commit()
    con.close()
    return count


def _columns(con: sqlite3.Connection, table: str, skip: tuple[str, ...]) -> str:
    return ", ".join(f'"{r[1]}"' for r in con.execute(f'PRAGMA table_info("{table}")') if r[1] not in skip)


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    out = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ("case", "event", "message", "outbound_mail")}
    con.close()
    return out


CHILD = """
import sys
sys.path[:0] = sys.argv[3:]   # --compare: that checkout's code
from complaints.cli import main
try:
    main(["--config", sys.argv[1], "--at", sys.argv[2], "run-once"], standalone_mode=False)
finally:
    hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")][0]
    print("peak_rss_mb", round(int(hwm.split()[1]) / 1024, 1), file=sys.stderr)
"""

# Each step of the round and each timed job with its own tracemalloc peak; the six largest.
TRACE = """
import dataclasses, sys, tracemalloc
tracemalloc.start()
from complaints import catch_up, cli, service, timed
peaks = {}
def traced(name, fn):
    def run(*a, **k):
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        out = fn(*a, **k)
        peaks[name] = tracemalloc.get_traced_memory()[1] - start
        return out
    return run
for step in ("fetch_new", "process_pending", "deliver", "settle"):
    setattr(service, step, traced(step, getattr(service, step)))
catch_up.catch_up = traced("catch_up", catch_up.catch_up)
timed.JOBS = tuple(dataclasses.replace(j, run=traced(j.name, j.run)) for j in timed.JOBS)
service.timed = timed
cli.main(["--config", sys.argv[1], "--at", sys.argv[2], "run-once"], standalone_mode=False)
for name, peak in sorted(peaks.items(), key=lambda kv: -kv[1])[:6]:
    print(f"  {name}: peak {peak / 2**20:.1f} MB above its start", file=sys.stderr)
"""


def measure(config: Path, trace: bool, code: str | None = None) -> float:
    """Peak RSS (MB) of a fresh `run-once` child (on the code of checkout `code`, else this one);
    with `trace`, each step's tracemalloc peak in one more."""
    proc = subprocess.run([sys.executable, "-c", CHILD, str(config), ROUND_AT, *([code] if code else [])],
                          capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(proc.stderr[-3000:])
    rss = float(proc.stderr.strip().splitlines()[-1].split()[-1])
    if trace:
        proc = subprocess.run([sys.executable, "-c", TRACE, str(config), ROUND_AT], capture_output=True, text=True)
        print("\n".join(line for line in proc.stderr.splitlines() if line.startswith("  ")) or proc.stderr[-3000:])
    return rss


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0,3000,9000")
    parser.add_argument("--base", type=int, default=40, help="real mails through the pipeline first (about half become cases)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--trace", action="store_true", help="also each step's tracemalloc peak (one more child per size)")
    parser.add_argument("--compare", default=None, help="also measure the code of this checkout (e.g. /work/main), "
                                                            "alternating with this one's, on the same databases")
    parser.add_argument("--keep", default=None, help="make the databases in this directory and keep them")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    servers = servers_from_environment()
    with _exclusive(Path(servers.state_dir) / "tests.lock"), tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or scratch
        figures = {}
        for size in sizes:
            workdir = Path(tmp) / f"n{size}"
            workdir.mkdir()
            servers.reset()
            ctx = make_ctx(workdir, servers, "sqlite")
            if size:
                preload(servers, base_mails(args.base))
                _passes_until_done(ctx)
                copy_rows(workdir / "bench.db", size)
            ctx.engine.dispose()
            rows = counts(workdir / "bench.db")
            config = workdir / "complaints.toml"
            runs = {"this": [], "compare": []}
            for i in range(args.runs):   # alternating, so load changes hit both alike
                runs["this"].append(measure(config, args.trace and i == 0))
                if args.compare:
                    runs["compare"].append(measure(config, False, args.compare))
            figures[size] = {k: statistics.median(v) for k, v in runs.items() if v}
            print(f"{size:>6} cases ({rows}): run-once peak RSS median over {args.runs} runs: "
                  + "  ".join(f"{k} {figures[size][k]:.1f} MB {v}" for k, v in runs.items() if v), flush=True)
        for key in figures[sizes[0]]:
            base = figures[sizes[0]][key]
            print(f"side by side ({key}): " + "  ".join(f"{s}: {m[key]:.1f} MB ({m[key] / base:.2f}x)"
                                                         for s, m in figures.items()))


if __name__ == "__main__":
    main()
