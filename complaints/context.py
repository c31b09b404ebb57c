"""What every handler needs, built once at start and passed in: settings, calendar, clock."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from core.clock import Clock, local
from core.config import Directory, Settings
from core.store.epoch import current_epoch
from router.calendar import WorkingCalendar


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
    so a command that replaces it (restore, the catch-up) makes its context afterwards."""
    settings.keyring()
    settings.data_key()
    settings = settings.model_copy(update={"message_id_epoch": current_epoch(engine)})
    calendar = WorkingCalendar(settings.sla.extra_holidays, settings.sla.extra_workdays)
    return Context(settings=settings, engine=engine, clock=clock, calendar=calendar)
