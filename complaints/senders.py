"""Who wrote a mail about a case, as far as the case is concerned: its unit, a leader, staff, the customer...

Pure: the sender address, the case and the settings in, a `Sender` out. Only exact
addresses from the directory and the config count; an address that merely resembles one
(sanyuan@branch-example.com, sanyuan@branch.example.evil) is named as a look-alike so the
office can see an attempt to pass for the unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from core.config import Settings
from core.store.models import Case

LOOK_ALIKE_SCORE = 80


class Role(StrEnum):
    STAFF = "staff"                # 工会经办人员 (office.staff)
    OFFICE = "office"              # the union office's own address
    LEAD_UNIT = "lead_unit"        # the responsible (or lead) unit
    CO_UNIT = "co_unit"            # a co-unit (协办)
    UNIT_LEADER = "unit_leader"    # the supervising leader of the lead or a co-unit
    PRESIDENT = "president"
    OTHER_LEADER = "other_leader"  # a leader in the directory who does not supervise this case
    CUSTOMER = "customer"          # the customer's own e-mail address on the case
    OTHER_UNIT = "other_unit"      # a unit in the directory not on this case
    SOURCE = "source"              # a configured channel source (CSC, head office...)
    UNKNOWN = "unknown"


ANSWERING_ROLES = frozenset({Role.STAFF, Role.OFFICE, Role.LEAD_UNIT, Role.CO_UNIT})
LEADER_ROLES = frozenset({Role.UNIT_LEADER, Role.PRESIDENT, Role.OTHER_LEADER})
UNIT_ROLES = frozenset({Role.LEAD_UNIT, Role.CO_UNIT})


@dataclass(frozen=True)
class Sender:
    address: str
    role: Role
    name: str = ""
    look_alike_of: str | None = None

    @property
    def may_answer(self) -> bool:
        """May this sender write on the case as the unit or the office? (A leader's words are a 批示.)"""
        return self.role in ANSWERING_ROLES


def identify(address: str, case: Case | None, settings: Settings) -> Sender:
    """The sender's role on `case` (or in general when there is no case)."""
    address = (address or "").strip().lower()
    directory = settings.units
    if address in {s.lower() for s in settings.office.staff}:
        return Sender(address, Role.STAFF, "工会经办人员")
    if address == settings.office.address.lower():
        return Sender(address, Role.OFFICE, settings.office.name)
    role = _case_role(address, case, settings) if case is not None else None
    if role is not None:
        return role
    leader = directory.leader_by_email(address)
    if leader is not None:
        return Sender(address, Role.PRESIDENT if leader.role == "president" else Role.OTHER_LEADER, leader.name)
    unit = directory.unit_by_email(address)
    if unit is not None:
        return Sender(address, Role.OTHER_UNIT, unit.name)
    if settings.sources.channel_of(address):
        return Sender(address, Role.SOURCE)
    return Sender(address, Role.UNKNOWN, look_alike_of=look_alike(address, known_addresses(settings, case)))


def _case_role(address: str, case: Case, settings: Settings) -> Sender | None:
    directory = settings.units
    lead = directory.unit_by_code(case.unit) if case.unit else None
    if lead is not None and lead.email.lower() == address:
        return Sender(address, Role.LEAD_UNIT, lead.name)
    for code in case.co_units or []:
        unit = directory.unit_by_code(code)
        if unit is not None and unit.email.lower() == address:
            return Sender(address, Role.CO_UNIT, unit.name)
    for code in [case.unit, *(case.co_units or [])]:
        unit = directory.unit_by_code(code) if code else None
        leader = directory.leader_by_id(unit.leader) if unit else None
        if leader is not None and leader.email.lower() == address:
            return Sender(address, Role.UNIT_LEADER, leader.name)
    if case.customer_email and case.customer_email.strip().lower() == address:
        return Sender(address, Role.CUSTOMER, case.customer_name or "")
    return None


def known_addresses(settings: Settings, case: Case | None = None) -> list[str]:
    """Every address the branch trusts: units, leaders, staff, the office, the service itself."""
    directory = settings.units
    out = [u.email for u in directory.unit] + [x.email for x in directory.leader]
    out += [*settings.office.staff, settings.office.address, settings.service_address()]
    return list(dict.fromkeys(a.lower() for a in out if a))


def look_alike(address: str, known: list[str]) -> str | None:
    """The trusted address this one imitates: same mailbox on another domain, or nearly the same."""
    local, _, domain = address.lower().partition("@")
    best: tuple[float, str | None] = (0.0, None)
    for candidate in known:
        c_local, _, c_domain = candidate.partition("@")
        if candidate == address:
            return None
        score = fuzz.ratio(address, candidate)
        if c_local == local and _domains_resemble(domain, c_domain):
            score = max(score, 100.0)
        if score > best[0]:
            best = (score, candidate)
    return best[1] if best[0] >= LOOK_ALIKE_SCORE else None


def _domains_resemble(domain: str, trusted: str) -> bool:
    """branch-example.com, branch.example.evil, brahch.example: a domain dressed up as ours."""
    flat, flat_trusted = domain.replace("-", ".").split("."), trusted.replace("-", ".").split(".")
    if trusted in domain or set(flat_trusted) <= set(flat):
        return True
    return fuzz.ratio(domain, trusted) >= LOOK_ALIKE_SCORE
