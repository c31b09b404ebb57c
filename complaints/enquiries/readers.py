"""Who asked, as far as read-only commands care: the office (all cases), a unit (its own), a leader
(the units it supervises; the president: all) — and the directory's address the answer goes to.

The answer goes to the address as the directory or the config lists it, never to a Reply-To:
a mail with a forged sender gets its answer delivered to the real person, so the forger
learns nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.config import Settings
from core.store.models import Case
from parsers.office_queries import Audience


@dataclass(frozen=True)
class Reader:
    audience: Audience
    address: str                       # the directory's address: where the answer goes
    name: str
    units: frozenset[str] | None       # unit codes whose cases they see; None = every case
    reveals_contact: bool              # the customer's name, phone and e-mail in full

    @property
    def sees_all(self) -> bool:
        return self.units is None

    def may_see(self, case: Case) -> bool:
        return self.units is None or bool({case.unit, *(case.co_units or [])} & self.units)


def reader_for(address: str, settings: Settings) -> Reader | None:
    """The reader behind `address`, or None for anyone outside the directory."""
    address = (address or "").strip().lower()
    directory = settings.units
    staff = {s.lower(): s for s in settings.office.staff}
    if address in staff:
        return Reader(Audience.OFFICE, staff[address], "工会经办人员", None, True)
    if address == settings.office.address.lower():
        return Reader(Audience.OFFICE, settings.office.address, settings.office.name, None, True)
    unit = directory.unit_by_email(address)
    if unit is not None:
        return Reader(Audience.UNIT, unit.email, unit.name, frozenset({unit.code}), True)
    leader = directory.leader_by_email(address)
    if leader is not None:
        if leader.role == "president":
            return Reader(Audience.PRESIDENT, leader.email, leader.name, None, False)
        units = frozenset(u.code for u in directory.unit if u.leader == leader.id)
        return Reader(Audience.LEADER, leader.email, leader.name, units, False)
    return None
