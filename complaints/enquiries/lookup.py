"""One case as a read-only 查询 shows it: its fields and its timeline, masked for the reader.

The office and the case's own units see the customer's name, phone and e-mail (they call
the customer back); a leader sees them masked. ID and account numbers are masked for
everyone, and so are phones, IDs and accounts inside free text for a masked reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from complaints.cases import events_of
from core.config import Directory
from complaints.digest.tables import moment_text
from complaints.enquiries.readers import Reader
from core.store.models import Case
from complaints.timeline import KIND_LABELS
from outbox.views import case_view, format_datetime_cn
from parsers.pii import mask_name, mask_text

DETAIL_CHARS = 200


@dataclass(frozen=True)
class CaseLookup:
    case_id: str
    fields: tuple[tuple[str, str], ...]
    timeline: tuple[tuple[str, str, str, str], ...]   # time, what, who, detail


def _masked(text: str, case: Case, reveal: bool) -> str:
    if reveal:
        return text
    if case.customer_name and case.customer_name.strip():
        text = text.replace(case.customer_name.strip(), mask_name(case.customer_name))
    return mask_text(text)


def _actor(actor: str, directory: Directory) -> str:
    """A unit's or leader's name for its address; the address itself otherwise."""
    unit = directory.unit_by_email(actor) if "@" in actor else None
    leader = directory.leader_by_email(actor) if "@" in actor else None
    return unit.name if unit else leader.name if leader else ("系统" if actor == "system" else actor)


def case_lookup(session: Session, case: Case, reader: Reader, directory: Directory) -> CaseLookup:
    view = case_view(case, directory, reveal_contact=reader.reveals_contact)
    fields = (
        ("案件编号", view.case_id), ("状态", view.status_name), ("投诉渠道", view.channel_name),
        ("被投诉单位", view.unit_name or "未分派"), ("协办单位", view.co_units_text or "无"),
        ("业务类别", view.category or "未分类"), ("投诉原因", case.cause or "未注明"),
        ("严重程度", view.severity_name), ("受理时间", view.received_at_text),
        ("办理时限", view.due_at_text or "未定"), ("监管时限", view.regulatory_due_at_text or "未定"),
        ("受理编号", view.acceptance_number or "无"),
        ("客户", " ".join(v for v in (view.customer_name, view.customer_phone, view.customer_email) if v) or "未留"),
        ("证件号码", view.customer_id_number or "无"), ("账号", view.customer_account or "无"),
        ("投诉内容", view.content or "无"), ("客户诉求", view.request or "无"),
        ("处理情况", _masked(case.result_text or "", case, reader.reveals_contact) or "尚未反馈"),
        ("答复时间", format_datetime_cn(case.answered_at) or "—"),
        ("客户满意度", case.satisfaction or "未评价"), ("办结时间", format_datetime_cn(case.closed_at) or "—"),
    )
    timeline = tuple(
        (moment_text(e.at), KIND_LABELS.get(e.kind, e.kind), _actor(e.actor or "", directory),
         _short(_masked(" / ".join(p.strip() for p in (e.detail or "").splitlines() if p.strip()), case,
                        reader.reveals_contact)))
        for e in events_of(session, case.id)
    )
    return CaseLookup(case.id, fields, timeline)


def _short(text: str) -> str:
    return text if len(text) <= DETAIL_CHARS else text[:DETAIL_CHARS] + "…"
