"""A new complaint: read it, open the case, route it, and queue every mail it promises."""

from __future__ import annotations

import logging
from dataclasses import replace

from sqlmodel import Session

from complaints import cases
from complaints.context import Context
from complaints.intake import Intake, read_complaint
from complaints.opening import open_case
from complaints.routing import apply_decision
from complaints.workflow import EventKind, record
from core.store.models import Message
from ingest.classify import Classified
from parsers.mail import ParsedMessage
from router.decide import route

log = logging.getLogger(__name__)


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    now = ctx.clock.now()
    intake = registered_by(read_complaint(msg, found.channel or "online", ctx.directory), found.unit, ctx)
    earlier = cases.earlier_cases(session, intake.customer_phone, intake.acceptance_number,
                                  msg.from_address or None, now)
    if earlier.opened is not None:
        existing = earlier.opened
        row.case_id = existing.id
        record(session, existing, EventKind.DUPLICATE_RECEIVED, actor=msg.from_address or "?", at=now,
               detail=f"同一受理单（编号 {intake.acceptance_number}）再次收到，未重复分派", message=row)
        return f"duplicate of {existing.id}"
    case = open_case(session, ctx, row, msg, intake, now)
    decision = route(intake.complaint, ctx.directory, earlier.prior, now)
    apply_decision(session, ctx, case, decision, row, now)
    return f"{case.id} {case.status} {case.unit or ''}".strip()


def registered_by(intake: Intake, unit_code: str | None, ctx: Context) -> Intake:
    """A complaint a unit registered from its own mailbox is that unit's, unless its text
    names the unit complained about (a form's 被投诉单位, a unit the letter complains of)."""
    unit = ctx.directory.unit_by_code(unit_code) if unit_code else None
    if unit is None or intake.unit_field or intake.complaint.unit_mentions:
        return intake
    return replace(intake, unit_field=unit.name, complaint=replace(intake.complaint, unit_field=unit.name))
