"""The `complaints` command line: thin commands over the core, one line of error on a fault.

Configuration faults, an un-migrated database and mail-server faults are expected: they
print one line naming what to fix and exit non-zero, never a traceback.
"""

from __future__ import annotations

import getpass
import json
import sys
from datetime import datetime
from pathlib import Path

import click
from sqlalchemy.exc import SQLAlchemyError

from core.errors import ComplaintsError


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


class App:
    """Lazily loaded settings, engine and context for the commands that need them.

    `at` is the instant every command takes as "now" (the global `--at` or COMPLAINTS_NOW),
    so drills and tests read cases, deadlines and the digest on the clock they ran on.
    """

    def __init__(self, config_path: str | None, at: datetime | None = None, *, verbose: bool = False,
                 log_format: str | None = None):
        self.config_path = config_path
        self.at = at
        self.verbose, self.log_format = verbose, log_format
        self._settings = None

    @property
    def settings(self):
        """The config, read once; its `[logging] format` applies from then on unless
        `--log-format` / $COMPLAINTS_LOG_FORMAT chose."""
        from complaints.logs import LogFormat, setup_logging
        from core.config import load_settings

        if self._settings is None:
            self._settings = load_settings(self.config_path)
            if self.log_format is None and self._settings.logging.format != LogFormat.TEXT.value:
                setup_logging(self.verbose, LogFormat(self._settings.logging.format))
        return self._settings

    def engine(self, *, check: bool = True):
        from core.store.db import check_migrated, make_engine

        engine = make_engine(self.settings.database.url, self.settings.data_key())
        if check:
            check_migrated(engine)
        return engine

    def clock(self, at: str | datetime | None = None, *, running: bool = False):
        """A command's clock: a command's own `--at` first, then the global one, else real time.

        `running` (serve) gets a clock that starts at that instant and runs on.
        """
        from core.clock import FixedClock, ShiftedClock, SystemClock, parse_instant

        instant = parse_instant(at) if isinstance(at, str) else (at or self.at)
        if instant is None:
            return SystemClock()
        return ShiftedClock(instant) if running else FixedClock(instant)

    def context(self, at: str | datetime | None = None, *, running: bool = False):
        from complaints.context import make_context

        return make_context(self.settings, self.engine(), self.clock(at, running=running))


def _instant(click_ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """Validate an ISO time given to `--at` / COMPLAINTS_NOW."""
    from core.clock import parse_instant

    if not value:
        return None
    try:
        return parse_instant(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not an ISO time such as 2026-11-26T09:30:00+08:00") from None


@click.group()
@click.option("--config", "config_path", envvar="COMPLAINTS_CONFIG", default=None,
              help="Path to complaints.toml (default: ./complaints.toml or $COMPLAINTS_CONFIG).")
@click.option("--at", "at", envvar="COMPLAINTS_NOW", default=None, callback=_instant,
              help="Take this ISO time as now for every command ($COMPLAINTS_NOW; drills, tests). "
                   "`serve` starts its clock there and lets it run on.")
@click.option("-v", "--verbose", is_flag=True, help="Log debug detail to stderr.")
@click.option("--log-format", "log_format", envvar="COMPLAINTS_LOG_FORMAT", default=None,
              type=click.Choice(["text", "json"]),
              help="Log lines as text (default) or one JSON object per line ($COMPLAINTS_LOG_FORMAT, "
                   "else [logging] format).")
@click.pass_context
def main(click_ctx: click.Context, config_path: str | None, at: datetime | None, verbose: bool,
         log_format: str | None) -> None:
    """Customer-complaint handling over email for a bank branch."""
    from complaints.logs import LogFormat, setup_logging

    setup_logging(verbose, LogFormat(log_format or LogFormat.TEXT.value))
    click_ctx.obj = App(config_path, at, verbose=verbose, log_format=log_format)


def _guard(fn):
    """Turn the expected faults into one line and exit code 2 — a database fault too (named
    file or server, what is wrong, the fix; core/store/faults.py), never a traceback."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ComplaintsError as exc:
            _fail(str(exc))
        except SQLAlchemyError as exc:
            _fail(_database_fault(exc))

    return wrapper


def _database_fault(exc: BaseException) -> str:
    from core.store.faults import explain

    return str(explain(click.get_current_context().find_object(App).settings.database.url, exc))


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite existing files.")
def init(directory: Path, force: bool) -> None:
    """Write a commented sample complaints.toml and units.toml into DIRECTORY."""
    from core.clock import SystemClock
    from complaints.samples import write_samples

    for path in write_samples(directory, now=SystemClock().now(), force=force):
        click.echo(f"wrote {path}")


@main.group()
def key() -> None:
    """The signing key file (see README, security)."""


@key.command("new")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def key_new(path: Path) -> None:
    """Write a fresh random key into a new 0600 file (an existing file is never overwritten)."""
    from core.clock import SystemClock
    from core.keys import write_new_key_file

    try:
        write_new_key_file(path, SystemClock().now())
    except FileExistsError:
        _fail(f"{path} exists; a key is never overwritten (use `complaints key rotate {path}`)")
    click.echo(f"wrote {path}")


@key.command("new-data")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def key_new_data(path: Path) -> None:
    """Write a fresh random data key (seals customers' data in the database) into a new 0600 file."""
    from core.sealing import write_new_data_key_file

    try:
        write_new_data_key_file(path)
    except FileExistsError:
        _fail(f"{path} exists; a data key is never overwritten (the data sealed with it would be lost)")
    click.echo(f"wrote {path}: back it up with the database")


@key.command("rotate")
@click.argument("path", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--at", default=None, help="The rotation time (ISO), for drills and tests.")
def key_rotate(path: Path, at: str | None) -> None:
    """Put a new key on top of PATH; older keys keep verifying for [security] previous_key_days."""
    from core.clock import SystemClock
    from core.keys import rotate_key_file

    rotate_key_file(path, datetime.fromisoformat(at) if at else SystemClock().now())
    click.echo(f"rotated {path}: new mail is signed with the new key")


@main.group()
def db() -> None:
    """Database schema commands."""


@db.command("upgrade")
@click.pass_obj
@_guard
def db_upgrade(app: App) -> None:
    """Create or migrate the database schema to the newest version."""
    from core.store.db import upgrade

    engine = app.engine(check=False)
    upgrade(engine)
    click.echo(f"database {engine.url.render_as_string(hide_password=True)} is up to date")


@main.command("run-once")
@click.option("--at", default=None, callback=_instant, help="Pretend the time is this ISO time (as the global --at).")
@click.pass_obj
@_guard
def run_once_cmd(app: App, at: datetime | None) -> None:
    """One pass of every job: fetch, process, deliver, move, timed jobs."""
    from complaints.catch_up import at_start
    from complaints.service import run_once

    at_start(app.settings, app.engine())  # the database is not behind its Sent folder
    summary = run_once(app.context(at))
    click.echo(summary.line())


@main.command("backup")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.pass_obj
@_guard
def backup_cmd(app: App, directory: Path) -> None:
    """Copy the database (SQLite online backup / pg_dump) and the signing key into DIRECTORY."""
    from complaints.backup import backup

    made = backup(app.settings, directory, app.clock().now())
    click.echo(f"database: {made.database} ({made.database.stat().st_size} bytes)")
    click.echo(f"key: {made.key}" if made.key else "key: from the environment — keep it with this backup yourself")
    click.echo(f"data key: {made.data_key}" if made.data_key
               else "data key: from the environment — keep it with this backup yourself: without it the backup is unreadable")


@main.command("restore")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--force", is_flag=True, help="Restore although serve seems to have run in the last 5 minutes.")
@click.pass_obj
@_guard
def restore_cmd(app: App, source: Path, force: bool) -> None:
    """Put a `complaints backup` copy (FILE, or the newest in DIRECTORY) back; stop serve first."""
    from complaints.restore import restore

    done = restore(app.settings, source, app.clock().now(), force=force)
    click.echo(f"restored: {done.database}")
    click.echo(f"replaced database kept: {done.kept}")
    click.echo(f"key: {done.key}")
    if done.caught_up is None:
        click.echo("Sent folder not read (mail server unreachable): serve reads it when it starts; new Message-ID epoch set")
    else:
        raised = ", ".join(f"TS-{y}-{n:06d}" for y, n in sorted(done.caught_up.raised.items())) or "unchanged"
        click.echo(f"Sent folder: {done.caught_up.looked_at} receipts read; case numbers go on after: {raised}; "
                   "new Message-ID epoch set")


@main.command()
@click.pass_obj
@_guard
def serve(app: App) -> None:
    """Run unattended until SIGTERM/SIGINT."""
    from complaints.catch_up import at_start
    from complaints.service import Service

    at_start(app.settings, app.engine())  # the database is not behind its Sent folder
    service = Service(app.context(running=True))
    service.install_signal_handlers()
    service.run()


@main.command()
@click.option("--reveal", is_flag=True, help="Show customer names and phones unmasked.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--status", default=None, help="Only cases in this status.")
@click.option("--phone", default=None, help="Only the cases of the customer with this phone.")
@click.pass_obj
@_guard
def cases(app: App, reveal: bool, as_json: bool, status: str | None, phone: str | None) -> None:
    """List cases (PII masked unless --reveal)."""
    from complaints.reports import case_rows, format_case_table, record_reveal

    rows = case_rows(app.engine(), app.clock().now(), reveal=reveal, status=status, phone=phone)
    if reveal:
        record_reveal(app.engine(), [r["id"] for r in rows], getpass.getuser(), app.clock().now(), "cases")
    click.echo(json.dumps(rows, ensure_ascii=False, indent=2) if as_json else format_case_table(rows))


@main.group(invoke_without_command=True)
@click.pass_context
def outbox(click_ctx: click.Context) -> None:
    """Mail not handed over yet: waiting (with its next try) or failed (with the reason)."""
    if click_ctx.invoked_subcommand is not None:
        return
    _list_outbox(click_ctx.obj)


@_guard
def _list_outbox(app: App) -> None:
    from complaints.outbox_admin import line_text, unsent

    lines = unsent(app.engine())
    click.echo("id\tcase\tkind\tstate\trecipients\tattempts\tnext try\tlast error")
    for line in lines:
        click.echo(line_text(line))
    click.echo(f"{len(lines)} mail(s) waiting or failed")


@outbox.command("retry")
@click.argument("ids", nargs=-1, type=int)
@click.option("--all", "every", is_flag=True, help="Resend every failed mail.")
@click.pass_obj
@_guard
def outbox_retry(app: App, ids: tuple[int, ...], every: bool) -> None:
    """Resend failed mail (its same Message-ID): sent by the next pass of `serve` or `run-once`."""
    from complaints.outbox_admin import resend

    if every == bool(ids):
        _fail("give the ids of failed mails (see `complaints outbox`) or --all")
    done = resend(app.engine(), app.clock().now(), None if every else list(ids))
    missing = sorted(set(ids) - set(done))
    for row_id in done:
        click.echo(f"{row_id}: queued again")
    if missing:
        _fail(f"not failed (waiting, sent or unknown): {', '.join(map(str, missing))}", 1)
    if not done:
        click.echo("no failed mail")


@main.command()
@click.option("--dry-run", is_flag=True, help="Only list what would be erased (counts and case numbers).")
@click.pass_obj
@_guard
def purge(app: App, dry_run: bool) -> None:
    """Erase personal data and mails of cases closed longer than [retention] years ago; figures stay."""
    from complaints.retention import purge as run_purge, service_folders
    from core.imap import connect

    engine, now, cfg = app.engine(), app.clock().now(), app.settings.retention
    if dry_run:
        report = run_purge(engine, now, cfg, dry_run=True)
    else:
        with connect(app.settings.imap) as box:
            report = run_purge(engine, now, cfg, mailbox=box, folders=service_folders(app.settings))
    click.echo("\n".join(report.lines(dry_run)))


@main.command()
@click.argument("case_id")
@click.option("--reveal", is_flag=True, help="Show customer names and phones unmasked.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
@_guard
def case(app: App, case_id: str, reveal: bool, as_json: bool) -> None:
    """One case with its routing explanation and event timeline."""
    from complaints.reports import case_detail, format_case_detail, record_reveal

    detail = case_detail(app.engine(), case_id.upper(), app.clock().now(), reveal=reveal)
    if detail is None:
        _fail(f"no case {case_id}", 1)
    if reveal:
        record_reveal(app.engine(), [detail["id"]], getpass.getuser(), app.clock().now(), "case")
    click.echo(json.dumps(detail, ensure_ascii=False, indent=2) if as_json else format_case_detail(detail))


@main.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def quarantine(click_ctx: click.Context, as_json: bool) -> None:
    """List quarantined mail; `quarantine retry ID|--all` reprocesses after a fix."""
    if click_ctx.invoked_subcommand is not None:
        return
    from complaints.reports import format_quarantine, quarantine_rows

    app: App = click_ctx.obj
    try:
        rows = quarantine_rows(app.engine())
    except ComplaintsError as exc:
        _fail(str(exc))
    except SQLAlchemyError as exc:
        _fail(_database_fault(exc))
    click.echo(json.dumps(rows, ensure_ascii=False, indent=2) if as_json else format_quarantine(rows))


@quarantine.command("retry")
@click.argument("ids", nargs=-1)
@click.option("--all", "retry_all", is_flag=True)
@click.pass_obj
@_guard
def quarantine_retry(app: App, ids: tuple[str, ...], retry_all: bool) -> None:
    """Put quarantined mail back to be processed on the next pass (by id or error id)."""
    from complaints.reports import requeue

    if not ids and not retry_all:
        _fail("give message ids / error ids, or --all")
    count = requeue(app.engine(), list(ids), retry_all)
    click.echo(f"{count} message(s) queued again; they are processed on the next pass (`complaints run-once`)")


@main.command()
@click.option("--at", default=None, callback=_instant,
              help="Judge the calendar and the last round as of this ISO time (as the global --at).")
@click.pass_obj
def doctor(app: App, at: datetime | None) -> None:
    """Check config, IMAP login, SMTP, receipts (sends one probe), the database, the calendar
    and the service; one line each."""
    from complaints.doctor import Verdict, run_checks

    ok = True
    for line, passed in run_checks(app, at):
        verdict = Verdict.of(passed)
        click.echo(f"{verdict.value:<6}{line}")
        ok = ok and verdict is not Verdict.FAIL
    sys.exit(0 if ok else 1)


@main.command()
@click.option("--week", default=None, help="ISO week YYYY-Www (default: the last complete week).")
@click.option("--month", default=None, help="The month's 考核 report, YYYY-MM (e.g. 2026-11).")
@click.option("--quarter", default=None, help="The quarter's 考核 report, YYYYQn (e.g. 2026Q4).")
@click.option("--year", default=None, help="The year's 考核 report, YYYY.")
@click.option("--send", is_flag=True, help="Queue the digest mail to [digest] to; the next pass sends it.")
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Write the digest's HTML, text, .docx, .xlsx and charts into DIR.")
@click.option("--at", default=None, callback=_instant, help="Pretend the time is this ISO time (as the global --at).")
@click.pass_obj
@_guard
def digest(app: App, week: str | None, month: str | None, quarter: str | None, year: str | None, send: bool,
           out_dir: Path | None, at: datetime | None) -> None:
    """The weekly digest or a month/quarter/year 考核 report: print it, write it to files, or send it."""
    from complaints.digest.command import digest_command

    chosen = [(kind, text) for kind, text in
              (("week", week), ("month", month), ("quarter", quarter), ("year", year)) if text]
    if len(chosen) > 1:
        _fail("give only one of --week, --month, --quarter, --year")
    kind, text = chosen[0] if chosen else ("week", None)
    click.echo(digest_command(app.context(at), text, send, out_dir, kind=kind))


@main.command()
@click.option("--dir", "workdir", default="demo", type=click.Path(file_okay=False, path_type=Path),
              help="Where the demo keeps its database, mailboxes and config.")
@click.option("--keep-running", is_flag=True, help="Leave the demo mail servers running for a mail client.")
def demo(workdir: Path, keep_running: bool) -> None:
    """The embedded default: local mail servers + SQLite + sample mail, end to end."""
    from complaints.demo import run_demo

    try:
        run_demo(workdir, keep_running=keep_running, echo=click.echo)
    except ComplaintsError as exc:
        _fail(str(exc))


if __name__ == "__main__":  # pragma: no cover
    main()
