"""The union office hears of a 督办 mail that cannot go out: once when it has waited too long,
once when it goes out after all.

A relay down over lunch is retried for days by the sender (`core.retry.DELIVERY`); the office
meanwhile must know that a unit has not received its case, and then that it has. What was
told is kept per outbound row in `service_state` (`outbox_waiting_<id>`), written with the
alert, so a pass at any time (a restart, `run-once --at`) tells each thing once.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from sqlmodel import Session, select

from complaints import notify
from complaints.context import Context
from core.clock import local
from core.store.db import session_scope
from core.store.models import OutboundMail, ServiceState
from core.store.state import set_state
from outbox.states import WAITING, OutboxState

ROUTING = "routing"  # the 督办 mail's kind (outbox.mails.routing_notice_mail)
KEY = "outbox_waiting_"
TOLD_WAITING, TOLD_SENT = "waiting", "sent"


def overdue_routing(session: Session, now: datetime, alert_after: timedelta) -> list[OutboundMail]:
    """督办 mails queued longer than `alert_after` ago and still not handed over (waiting or failed)."""
    return list(session.exec(
        select(OutboundMail).where(OutboundMail.kind == ROUTING,
                                   OutboundMail.state.in_((*WAITING, OutboxState.FAILED)),
                                   OutboundMail.created_at <= now - alert_after)
        .order_by(OutboundMail.id)).all())


def watch(ctx: Context) -> int:
    """Queue the alerts due now, one per case (its 督办 copies to the unit and to leaders
    together); returns how many."""
    now = ctx.clock.now()
    alert_after = timedelta(minutes=ctx.settings.smtp.waiting_alert_minutes)
    with Session(ctx.engine) as session:
        if not _may_tell(session, now, alert_after):
            return 0
    told = 0
    with session_scope(ctx.engine) as session:
        fresh: dict[str | None, list[OutboundMail]] = defaultdict(list)
        for row in overdue_routing(session, now, alert_after):
            if row.state != OutboxState.FAILED and session.get(ServiceState, f"{KEY}{row.id}") is None:
                fresh[row.case_id].append(row)  # a failed row: `notify.delivery_failed` told the office
        for rows in fresh.values():
            _waiting(session, ctx, rows, now)
            told += 1
        waited: dict[str | None, list[OutboundMail]] = defaultdict(list)
        for state in session.exec(select(ServiceState).where(ServiceState.key.startswith(KEY),
                                                             ServiceState.value == TOLD_WAITING)).all():
            row = session.get(OutboundMail, int(state.key.removeprefix(KEY)))
            if row is not None:
                waited[row.case_id].append(row)
        for rows in waited.values():
            if all(row.state == OutboxState.SENT for row in rows):
                _sent(session, ctx, rows, now)
                told += 1
    return told


def _may_tell(session: Session, now: datetime, alert_after: timedelta) -> bool:
    """Is there a 督办 mail waiting too long, or one the office was told of? Asked in a reading
    transaction first: serve's delivery runner watches after every batch it sends, and the
    writing transaction (on SQLite the one write lock) is needed only when one of them is there."""
    overdue = select(OutboundMail.id).where(OutboundMail.kind == ROUTING,
                                            OutboundMail.state.in_((*WAITING, OutboxState.FAILED)),
                                            OutboundMail.created_at <= now - alert_after)
    told_waiting = select(ServiceState.key).where(ServiceState.key.startswith(KEY), ServiceState.value == TOLD_WAITING)
    return (session.exec(overdue.limit(1)).first() is not None
            or session.exec(told_waiting.limit(1)).first() is not None)


def _waiting(session: Session, ctx: Context, rows: list[OutboundMail], now: datetime) -> None:
    first = rows[0]
    minutes = (now - min(row.created_at for row in rows)).total_seconds() / 60
    notify.office_alert(session, ctx, "督办邮件暂未发出", [
        f"案件 {first.case_id} 的督办邮件已等待约 {minutes:.0f} 分钟：邮件服务器暂时无法接收，收件人尚未收到。",
        f"系统会自动重试（最长 {ctx.settings.smtp.give_up_days:g} 天），发出后会另行通知，无需重新转办。",
        "如急需处理，请电话通知承办单位；并请 IT 人员检查邮件服务器（运行 `complaints doctor`，"
        "`complaints outbox` 可查看待发邮件）。"],
        {"案件编号": first.case_id or "-", "收件人": "、".join(a for row in rows for a in row.recipients),
         "排队时间": local(first.created_at).strftime("%Y-%m-%d %H:%M"),
         "尝试次数": str(max(row.attempts for row in rows)), "最近错误": first.last_error or "-"},
        key=f"waiting-{first.id}", now=now, case_id=first.case_id)
    for row in rows:
        set_state(session, f"{KEY}{row.id}", TOLD_WAITING)


def _sent(session: Session, ctx: Context, rows: list[OutboundMail], now: datetime) -> None:
    first = rows[0]
    notify.office_alert(session, ctx, "督办邮件已补发成功", [
        f"此前未能发出的案件 {first.case_id} 督办邮件已发出，收件人已收到，无需其他操作。"],
        {"案件编号": first.case_id or "-", "收件人": "、".join(a for row in rows for a in row.recipients),
         "发出时间": local(max(row.sent_at or now for row in rows)).strftime("%Y-%m-%d %H:%M")},
        key=f"sent-{first.id}", now=now, case_id=first.case_id)
    for row in rows:
        set_state(session, f"{KEY}{row.id}", TOLD_SENT)
