"""Turn the digest queries' rows into the digest's values: names for codes, masks for people.

No arithmetic on cases happens here beyond one row at a time (a label, a mask, the
working days one listed case is overdue).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from complaints.digest import labels
from complaints.digest.queries import DIMENSIONS
from complaints.digest.values import (
    Breakdown, BreakdownRow, MajorCase, OverdueCase, Rate, Satisfaction, UnitAppraisal,
    WeekHeadline,
)
from complaints.digest.workdays import OverdueDays
from core.config import Directory
from outbox.views import short_text
from parsers.pii import mask_name, mask_phone, mask_text

MAJOR_SNIPPET_CHARS = 40


def rounded(days: float | None) -> float | None:
    return round(days, 2) if days is not None else None


def headline(label: str, span: str, row: dict[str, int]) -> WeekHeadline:
    return WeekHeadline(label=label, span=span, new=row["new"], closed=row["closed"],
                        on_time=Rate(row["on_time"], row["base"]), overdue=row["overdue"])


def breakdowns(rows: Iterable[tuple[str, str | None, int, int, int]], directory: Directory) -> tuple[Breakdown, ...]:
    by_dimension: dict[str, list[BreakdownRow]] = {d: [] for d in DIMENSIONS}
    for dimension, key, new, closed, open_ in rows:
        label = labels.key_label(dimension, key, directory)
        by_dimension[dimension].append(BreakdownRow(key, label, new, closed, open_))
    return tuple(
        Breakdown(d, labels.DIMENSION_TITLES[d],
                  tuple(sorted(rs, key=lambda r, d=d: labels.key_order(d, r.key, directory))))
        for d, rs in by_dimension.items()
    )


def units(rows: Iterable[dict], directory: Directory,
          p90: dict[str | None, float] | None = None) -> tuple[UnitAppraisal, ...]:
    """Every unit of the directory (a quiet period is worth showing too), then any other unit seen;
    each with its rank among them (see `rank_key`)."""
    seen = {r["unit"]: r for r in rows}
    p90 = p90 or {}
    codes = [u.code for u in directory.unit] + [c for c in seen if c not in {u.code for u in directory.unit}]
    out = []
    for code in sorted(codes, key=lambda c: labels.key_order("unit", c, directory)):
        r = seen.get(code, {})
        out.append(UnitAppraisal(
            unit=code, unit_name=labels.unit_label(code, directory), received=r.get("received", 0),
            on_time=Rate(r.get("on_time", 0), r.get("base", 0)), overdue=r.get("overdue", 0),
            satisfaction=Satisfaction(r.get("sat_0", 0), r.get("sat_1", 0), r.get("sat_2", 0),
                                      r.get("unrated", 0)),
            reopened=int(r.get("reopened", 0)),
            average_days=rounded(float(r["avg_days"]) if r.get("avg_days") is not None else None),
            p90_days=rounded(p90.get(code)),
            by_level=tuple(int(r.get(f"level_{i}", 0)) for i in range(len(labels.SEVERITY_ORDER))),
        ))
    ranked = sorted((u for u in out if u.unit and u.on_time.base), key=rank_key)
    ranks = {u.unit: place for place, u in enumerate(ranked, start=1)}
    return tuple(replace(u, rank=ranks.get(u.unit, 0)) for u in out)


def rank_key(unit: UnitAppraisal) -> tuple:
    """考核 order among the units that had cases to answer (the others are not ranked): higher
    on-time rate first, then fewer overdue, fewer dissatisfied, fewer reopened; the directory
    order breaks a tie."""
    return (-(unit.on_time.value or 0.0), unit.overdue, unit.satisfaction.dissatisfied, unit.reopened)


def overdue_case(row: dict, directory: Directory, overdue_days: OverdueDays) -> OverdueCase:
    return OverdueCase(
        case_id=row["id"], unit=row["unit"], unit_name=labels.unit_label(row["unit"], directory),
        category=row["category"] or labels.UNCATEGORISED, severity_name=labels.severity_label(row["severity"]),
        status_name=labels.status_label(row["status"]), received_at=row["received_at"], due_at=row["due_at"],
        working_days_overdue=overdue_days(row["due_at"]),
    )


def masked_snippet(text: str, customer_name: str | None) -> str:
    """The complaint's first words with phones, IDs, accounts and the customer's own name masked."""
    if customer_name and customer_name.strip():
        text = text.replace(customer_name.strip(), mask_name(customer_name))
    return short_text(mask_text(text), MAJOR_SNIPPET_CHARS)


def major_case(row: dict, directory: Directory) -> MajorCase:
    parts = [
        f"【{labels.severity_label(row['severity'])}】{row['id']}",
        labels.unit_label(row["unit"], directory),
        labels.channel_label(row["channel"]),
        f"{row['category'] or labels.UNCATEGORISED}/{row['cause'] or labels.NO_CAUSE}",
        labels.status_label(row["status"]),
    ]
    if row["customer_name"]:
        parts.append(f"客户{mask_name(row['customer_name'])}")
    snippet = masked_snippet(row["snippet"] or "", row["customer_name"])
    if snippet:
        parts.append(snippet)
    return MajorCase(case_id=row["id"], severity=row["severity"], line="｜".join(parts))


class CaseLines:
    """The period's case rows (`queries.case_rows`) as spool rows: plain tuples in CaseLine's field
    order. A year is a quarter of a million rows, so the names of the few channels, units, levels
    and statuses are looked up once each, and no CaseLine object is made per row."""

    def __init__(self, directory: Directory, overdue_days: OverdueDays) -> None:
        self.directory, self.overdue_days = directory, overdue_days
        self._channels: dict[str | None, str] = {}
        self._units: dict[str | None, str] = {}
        self._severities: dict[str | None, str] = {}
        self._statuses: dict[str | None, str] = {}

    def _name(self, known: dict, code: str | None, label) -> str:
        name = known.get(code)
        if name is None:
            name = known[code] = label(code)
        return name

    def __call__(self, row) -> tuple:
        (case_id, channel, unit, category, cause, severity, status, received_at, due_at, answered_at, closed_at,
         satisfaction, name, phone, overdue, reopened) = row
        return (
            case_id, self._name(self._channels, channel, labels.channel_label),
            self._name(self._units, unit, self._unit_label),
            category or labels.UNCATEGORISED, cause or labels.NO_CAUSE,
            self._name(self._severities, severity, labels.severity_label),
            self._name(self._statuses, status, labels.status_label),
            received_at, due_at, answered_at, closed_at, satisfaction or "",
            self.overdue_days(due_at) if overdue else None, int(reopened),
            mask_name(name) if name else "", mask_phone(phone) if phone else "",
        )

    def _unit_label(self, code: str | None) -> str:
        return labels.unit_label(code, self.directory)

