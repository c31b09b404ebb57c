"""The routing decision: which unit leads, who helps, how serious, who is told — and why.

`route()` runs the rule table (router.rules), takes the first rule that hits as the lead
unit's source, adds the other units the complaint names explicitly as co-units, rates
severity, and lists whom to notify. When no rule is sure the decision is `triage`, with
candidates for the union to choose from: an expected outcome, a value, not an exception.
The decision is stored as JSON on the case and explained in Chinese to staff.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from core.config import Directory
from router.candidates import Candidate, triage_candidates
from router.complaint import Complaint, PriorCase
from router.explain import explain_decision
from router.rules import UNIT_RULES, RuleOutcome, UnitRule, evaluate
from router.severity import Recipient, notify_list, severity

JSON_VERSION = 1

__all__ = ["Candidate", "Decision", "Recipient", "RuleOutcome", "route"]


@dataclass(frozen=True)
class Decision:
    status: Literal["routed", "triage"]
    unit: str | None                      # the lead (or only) unit's code; None in triage
    co_units: tuple[str, ...]
    severity: str                         # normal | major | serious
    severity_reasons: tuple[str, ...]
    notify: tuple[Recipient, ...]
    outcomes: tuple[RuleOutcome, ...]     # every rule, in table order
    candidates: tuple[Candidate, ...]     # only in triage

    @property
    def decided_by(self) -> str | None:
        """The name of the rule that chose the lead unit."""
        return next((o.name for o in self.outcomes if o.hit), None) if self.status == "routed" else None

    def explain(self, directory: Directory | None = None) -> str:
        """Plain Chinese lines: the result, each rule hit or missed and why, severity, notices."""
        return explain_decision(self, directory)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict for the case's `routing` column."""
        return {
            "version": JSON_VERSION,
            "status": self.status,
            "unit": self.unit,
            "co_units": list(self.co_units),
            "severity": self.severity,
            "severity_reasons": list(self.severity_reasons),
            "notify": [vars(r).copy() for r in self.notify],
            "outcomes": [{**vars(o), "units": list(o.units)} for o in self.outcomes],
            "candidates": [vars(c).copy() for c in self.candidates],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Decision:
        """The decision stored by `to_json` (raises ValueError for an unknown version)."""
        if data.get("version", JSON_VERSION) != JSON_VERSION:
            raise ValueError(f"routing JSON version {data.get('version')!r} is not {JSON_VERSION}")
        return cls(
            status=data["status"],
            unit=data["unit"],
            co_units=tuple(data["co_units"]),
            severity=data["severity"],
            severity_reasons=tuple(data["severity_reasons"]),
            notify=tuple(Recipient(**r) for r in data["notify"]),
            outcomes=tuple(RuleOutcome(**{**o, "units": tuple(o["units"])}) for o in data["outcomes"]),
            candidates=tuple(Candidate(**c) for c in data["candidates"]),
        )


def choose_units(outcomes: Sequence[RuleOutcome], rules: Sequence[UnitRule] = UNIT_RULES,
                 ) -> tuple[str | None, tuple[str, ...]]:
    """(lead, co-units): the first hit leads; its other units and explicitly named ones help."""
    explicit = {r.name for r in rules if r.explicit}
    first = next((o for o in outcomes if o.hit and o.units), None)
    if first is None:
        return None, ()
    lead = first.units[0]
    co = list(first.units[1:])
    for o in outcomes:
        if o is not first and o.hit and o.name in explicit:
            co += o.units
    return lead, tuple(c for c in dict.fromkeys(co) if c != lead)


def route(complaint: Complaint, directory: Directory, prior_cases: Sequence[PriorCase],
          now: datetime) -> Decision:
    """Decide the unit(s), severity and notices for a complaint; pure."""
    outcomes = evaluate(complaint, directory)
    lead, co_units = choose_units(outcomes)
    level, reasons = severity(complaint, prior_cases, now)
    return Decision(
        status="routed" if lead else "triage",
        unit=lead,
        co_units=co_units,
        severity=level,
        severity_reasons=reasons,
        notify=notify_list(level, lead, complaint.business, complaint, directory),
        outcomes=outcomes,
        candidates=() if lead else triage_candidates(complaint, directory),
    )

