"""What `complaints cases`, `case` and `quarantine` show: rows as plain dicts, then text.

The JSON keys are a contract (docs/DESIGN.md §6). Personal data is masked unless the caller
asks to reveal it; ID and account numbers are never shown in full here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, or_, select

from complaints.authenticity import UNVERIFIED_SOURCE, UNVERIFIED_SOURCE_LABEL
from complaints.cases import events_of
from complaints.provisional import marked_years
from complaints.timeline import timeline_lines
from complaints.workflow import EventKind, record
from core.clock import local
from core.store.db import session_scope
from core.store.message_states import MessageState, ServerCopy, set_message_state, set_server_copy
from core.store.models import Case, Message
from core.store.sealed import phone_hash_for
from parsers.pii import mask_account, mask_id, mask_name, mask_personal_text, mask_phone


def _iso(dt: datetime | None) -> str | None:
    return local(dt).isoformat(timespec="seconds") if dt else None


def case_row(case: Case, now: datetime, *, reveal: bool) -> dict[str, Any]:
    overdue = bool(case.overdue or (case.due_at and case.status in ("routed", "reopened") and now > case.due_at))
    name, phone = case.customer_name, case.customer_phone
    return {
        "id": case.id,
        "status": case.status,
        "channel": case.channel,
        "unit": case.unit,
        "co_units": list(case.co_units or []),
        "category": case.category,
        "cause": case.cause,
        "severity": case.severity,
        "received_at": _iso(case.received_at),
        "due_at": _iso(case.due_at),
        "regulatory_due_at": _iso(case.regulatory_due_at),
        "provisional_years": marked_years(case),   # deadlines counted on derived holidays (暂定)
        "overdue": overdue,
        "acceptance_number": case.acceptance_number,
        "customer_name": name if reveal else (mask_name(name) if name else None),
        "customer_phone": phone if reveal else (mask_phone(phone) if phone else None),
        "customer_id_number": mask_id(case.customer_id_number) if case.customer_id_number else None,
        "customer_account": mask_account(case.customer_account) if case.customer_account else None,
        "source_message_id": case.source_message_id,
        "satisfaction": case.satisfaction,
        "source_unverified": (case.fields or {}).get(UNVERIFIED_SOURCE),
    }


def record_reveal(engine: Engine, case_ids: list[str], who: str, now: datetime, what: str) -> None:
    """Who saw which case's personal data unmasked, and when: an event on each case (审计)."""
    with session_scope(engine) as session:
        for case_id in case_ids:
            case = session.get(Case, case_id)
            if case is not None:
                record(session, case, EventKind.REVEALED, actor=who, at=now,
                       detail=f"{who} 查看了客户信息（{what} --reveal）")


def case_rows(engine: Engine, now: datetime, *, reveal: bool = False, status: str | None = None,
              phone: str | None = None) -> list[dict]:
    """The cases, oldest first; `phone` finds a customer's cases by the phone's keyed hash
    (the phone itself is sealed: core/store/sealed.py)."""
    with Session(engine) as session:
        query = select(Case).order_by(Case.received_at, Case.id)
        if status:
            query = query.where(Case.status == status)
        if phone:
            query = query.where(Case.customer_phone_hash == phone_hash_for(session, phone))
        return [case_row(c, now, reveal=reveal) for c in session.exec(query).all()]


def case_detail(engine: Engine, case_id: str, now: datetime, *, reveal: bool = False) -> dict | None:
    with Session(engine) as session:
        case = session.get(Case, case_id)
        if case is None:
            return None
        row = case_row(case, now, reveal=reveal)
        names = (case.customer_name or "",)
        row["content"] = case.content if reveal else mask_personal_text(case.content or "", names)
        row["request"] = case.request if reveal else mask_personal_text(case.request or "", names)
        row["result"] = case.result_text
        row["routing"] = case.routing
        row["events"] = [
            {"at": _iso(e.at), "kind": e.kind, "actor": e.actor, "detail": e.detail}
            for e in events_of(session, case_id)
        ]
        return row


def format_case_table(rows: list[dict]) -> str:
    if not rows:
        return "no cases"
    lines = [f"{'id':<16} {'status':<9} {'channel':<12} {'unit':<6} {'severity':<8} {'received':<17} {'due':<17} customer"]
    for r in rows:
        lines.append(
            f"{r['id']:<16} {r['status']:<9} {r['channel']:<12} {(r['unit'] or '-'):<6} {r['severity']:<8} "
            f"{(r['received_at'] or '')[:16]:<17} {(r['due_at'] or '-')[:16]:<17} "
            f"{r['customer_name'] or '-'} {r['customer_phone'] or ''}{'  OVERDUE' if r['overdue'] else ''}"
            f"{'  ' + UNVERIFIED_SOURCE_LABEL if r['source_unverified'] else ''}"
        )
    return "\n".join(lines)


def format_case_detail(d: dict) -> str:
    out = [
        f"{d['id']}  [{d['status']}]  channel {d['channel']}  severity {d['severity']}",
        f"unit: {d['unit'] or '-'}  co-units: {', '.join(d['co_units']) or '-'}  category: {d['category'] or '-'} / {d['cause'] or '-'}",
        f"received {d['received_at']}  due {d['due_at'] or '-'}  regulatory {d['regulatory_due_at'] or '-'}"
        + (f"  暂定 (provisional: {', '.join(map(str, d['provisional_years']))})" if d["provisional_years"] else "")
        + ("  OVERDUE" if d["overdue"] else ""),
        f"customer: {d['customer_name'] or '-'} {d['customer_phone'] or ''}  acceptance no. {d['acceptance_number'] or '-'}",
        *([f"{UNVERIFIED_SOURCE_LABEL}：{d['source_unverified']}"] if d.get("source_unverified") else []),
        "",
        "complaint:",
        *(f"  {line}" for line in (d["content"] or "").splitlines()),
    ]
    if d.get("result"):
        out += ["", "result:", *(f"  {line}" for line in d["result"].splitlines())]
    explanation = (d.get("routing") or {}).get("explanation")
    if explanation:
        out += ["", "why this routing:", *(f"  {line}" for line in explanation.splitlines())]
    out += ["", "timeline:", *timeline_lines(d["events"])]
    return "\n".join(out)


def quarantine_rows(engine: Engine) -> list[dict]:
    with Session(engine) as session:
        rows = session.exec(select(Message).where(Message.state == MessageState.QUARANTINED).order_by(Message.id)).all()
        return [
            {
                "id": m.id,
                "message_id": m.message_id,
                "received_at": _iso(m.stored_at),
                "from": m.sender,
                "subject": m.subject,
                "reason": m.quarantine_reason,
                "error_id": m.error_id,
                "kind": m.kind,
                "size": m.size,
            }
            for m in rows
        ]


def format_quarantine(rows: list[dict]) -> str:
    if not rows:
        return "quarantine is empty"
    lines = []
    for r in rows:
        lines.append(f"#{r['id']}  {r['received_at'][:16]}  from {r['from'] or '?'}  error {r['error_id'] or '-'}")
        lines.append(f"      subject: {r['subject'] or ''}")
        lines.append(f"      reason:  {r['reason']}")
    lines.append("retry after a fix: complaints quarantine retry ID (or --all)")
    return "\n".join(lines)


def requeue(engine: Engine, ids: list[str], retry_all: bool) -> int:
    """Mark quarantined mail to be processed again on the next pass, by row id or error id.

    An oversize mail (only its header is stored) is marked `refetch`: the next pass loads
    the full raw from the server if it now fits the limit. Once handled, the server copy is
    moved from the quarantine folder to the processed one.
    """
    with session_scope(engine) as session:
        query = select(Message).where(Message.state == MessageState.QUARANTINED)
        if not retry_all:
            numeric = [int(i) for i in ids if i.isdigit()]
            query = query.where(or_(Message.id.in_(numeric), Message.error_id.in_(ids)))
        rows = session.exec(query).all()
        for m in rows:
            set_message_state(m, MessageState.REFETCH if m.kind == "oversize" else MessageState.PENDING)
            m.quarantine_reason, m.error_id = None, None
            if m.server_state == ServerCopy.MOVED:
                set_server_copy(m, ServerCopy.INBOX)  # filed again (Quarantine → Processed) once handled
            session.add(m)
        return len(rows)
