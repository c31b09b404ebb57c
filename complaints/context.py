"""What every handler needs, built once at start and passed in: settings, calendar, clock."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from sqlalchemy.engine import Engine

from core.clock import Clock, local
from core.config import Directory, Settings
from core.store.epoch import current_epoch, stored_epoch
from router.calendar import WorkingCalendar

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Context:
    settings: Settings
    engine: Engine
    clock: Clock
    calendar: WorkingCalendar

    @property
    def directory(self) -> Directory:
        return self.settings.units

    @property
    def secret(self) -> bytes:
        return self.settings.keyring().current

    def today_year(self) -> int:
        return local(self.clock.now()).year


def make_context(settings: Settings, engine: Engine, clock: Clock) -> Context:
    """Raises ConfigError when the signing key or the data key is missing or short: nothing runs without them.
    The settings gain the database's Message-ID epoch (core/store/epoch.py): read once here,
    so a command that replaces it (restore, the catch-up) makes its context afterwards; a
    long-running process refreshes it each round (`with_current_epoch`)."""
    settings.keyring()
    settings.data_key()
    settings = settings.model_copy(update={"message_id_epoch": current_epoch(engine)})
    calendar = WorkingCalendar(settings.sla.extra_holidays, settings.sla.extra_workdays)
    return Context(settings=settings, engine=engine, clock=clock, calendar=calendar)


def with_current_epoch(ctx: Context) -> Context:
    """`ctx` itself, or a copy with the database's epoch when it was replaced since the
    context was made — by `complaints restore --force` under a running `serve`, or by another
    worker's start-up catch-up. Mail made with the old epoch after that would repeat
    Message-IDs the restored counter gives out again, so `serve` and its delivery thread call
    this at the start of each round: one primary-key read, and the new epoch is in force from
    the next round rather than the next start."""
    epoch = stored_epoch(ctx.engine)
    if epoch is None or epoch == ctx.settings.message_id_epoch:
        return ctx
    log.warning("the Message-ID epoch was replaced in the database (a restore or a catch-up): "
                "new mail uses the new one from this round on")
    return replace(ctx, settings=ctx.settings.model_copy(update={"message_id_epoch": epoch}))
