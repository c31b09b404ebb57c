"""`complaints digest [--week 2026-W49 | --month 2026-11 | --quarter 2026Q4 | --year 2026] [--send] [--out DIR]`.

Computes, shows, writes or sends the report of one period: the weekly digest (周报) or a
month's, quarter's or year's 考核 report — the same figures, tables and documents.

Without --send or --out the plain-text digest is returned for printing. --send queues the
mail in the outbox (the normal sender delivers it); only a period that has ended can be
sent, because its Message-ID would otherwise block the real report of that period.
"""

from __future__ import annotations

from pathlib import Path

from complaints.context import Context
from complaints.digest.figures import compute_figures
from complaints.digest.mail import digest_recipients, mail_from_files
from complaints.digest.periods import KINDS, Period, BadPeriod
from complaints.digest.render import DigestFiles, render_digest
from complaints.digest.sending import queue_digest
from core.clock import local


def write_files(files: DigestFiles, out_dir: Path) -> list[Path]:
    """digest-YYYY-Www.html/.txt/.docx/.xlsx and its chart PNGs in `out_dir` (created if missing)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files.files().items():
        path = out_dir / name
        path.write_bytes(data)
        written.append(path)
    return written


def target_period(kind: str, text: str | None, now) -> Period:
    """The period named by `text` in `kind`'s form, or the last complete one before `now`."""
    cls = KINDS[kind]
    return cls.parse(text) if text else cls.last_complete_before(now)


def digest_command(ctx: Context, week: str | None, send: bool, out_dir: Path | None, *, kind: str = "week") -> str:
    """Build the report of the period `week` names in `kind`'s form (default: the last complete one
    before now); what was done, as text."""
    now = ctx.clock.now()
    target = target_period(kind, week, now)
    if send and target.end > now:
        raise BadPeriod(f"{kind} {target.label} has not ended yet (it ends {local(target.end):%Y-%m-%d %H:%M}): "
                        f"only a complete {kind} can be sent; use --out to preview it")
    figures = compute_figures(ctx.engine, target, directory=ctx.directory, calendar=ctx.calendar, now=now)
    files = render_digest(figures, office_name=ctx.settings.office.name,
                          number_prefix=ctx.settings.digest.number_prefix)
    if not send and out_dir is None:
        return files.text
    lines = []
    if out_dir is not None:
        written = write_files(files, out_dir)
        lines.append(f"digest {target.label}: wrote {len(written)} files to {out_dir}")
        lines += [f"  {p.name}" for p in written]
    if send:
        mail = mail_from_files(files, ctx.settings, now)
        queued = queue_digest(ctx, mail, now)
        to = ", ".join(digest_recipients(ctx.settings))
        lines.append(f"digest {target.label}: {'queued for' if queued else 'already queued for'} {to} "
                     f"({mail.message_id})")
    return "\n".join(lines)
