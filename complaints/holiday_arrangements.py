"""The State Council's holiday notice forwarded by the office: read, confirmed by command, taken.

The office forwards 国务院办公厅关于YYYY年部分节假日安排的通知 to the service. The service reads
it (`parsers.holiday_notice`), answers in the thread with the dates it read and asks the office
to confirm with `确认放假安排 YYYY`: a misread notice must not move every open case's deadline
unseen. The read notice waits in `service_state` (`holiday_notice_YYYY`); once confirmed it is
kept as `holiday_arrangement_YYYY` and every worker adds it to its working calendar at its
next pass (`learn`), after which `complaints.provisional_jobs` recomputes the open cases.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from complaints import notify
from complaints.classify import Classified
from complaints.context import Context
from core.store.models import Message, ServiceState
from core.store.state import set_state
from parsers.commands import Command
from parsers.holiday_notice import HolidayNotice, NoticeError, notice_text, parse_notice
from parsers.mail import ParsedMessage
from router.holidays import statutory_days_off

PENDING = "holiday_notice_{year}"
CONFIRMED = "holiday_arrangement_{year}"


def handle(session: Session, ctx: Context, row: Message, msg: ParsedMessage, found: Classified) -> str:
    """A forwarded notice (classified `holiday_notice`): read it, keep it, ask the office to confirm."""
    now = ctx.clock.now()
    notice = parse_notice(notice_text(msg))
    key = f"notice-{row.id}"
    if isinstance(notice, NoticeError):
        notify.thread_reply(session, ctx, None, msg, "未能读取节假日安排通知", [
            notice.message, "请转发通知全文（正文中含“一、元旦：……”至“七、国庆节：……”各条）后重试。"], now, key=key)
        return "holiday notice unreadable"
    if not ctx.calendar.is_provisional(notice.year):
        notify.thread_reply(session, ctx, None, msg, f"{notice.year} 年放假安排已在系统中", [
            f"系统的工作日历已经掌握 {notice.year} 年的放假安排（软件包、配置或此前确认的通知），无需确认。"],
            now, key=key)
        return f"holiday notice {notice.year} already known"
    set_state(session, PENDING.format(year=notice.year), json.dumps(_stored(notice, msg.from_address, now)))
    notify.thread_reply(session, ctx, None, msg, f"已读取 {notice.year} 年放假安排，请核对后确认",
                        _proposal(notice), now, key=key)
    return f"holiday notice {notice.year} read, awaiting confirmation"


def _stored(notice: HolidayNotice, sender: str | None, now: datetime) -> dict:
    return {"days_off": [d.isoformat() for d in notice.days_off],
            "workdays": [d.isoformat() for d in notice.workdays],
            "forwarded_by": sender or "", "read_at": now.isoformat()}


def _proposal(notice: HolidayNotice) -> list[str]:
    lines = [f"{item.names}：{_days_text(item.days_off)}放假" +
             (f"，{_days_text(item.workdays)}上班" if item.workdays else "") for item in notice.items]
    missing = sorted(statutory_days_off(notice.year) - set(notice.days_off))
    if missing:
        lines.append("注意：以下法定节假日不在通知的放假日期中，请核对是否转发了正确的通知："
                     + "、".join(f"{d.month}月{d.day}日" for d in missing))
    return lines + [f"核对无误后，请直接回复本邮件，正文写一行：确认放假安排 {notice.year}",
                    "确认后，未办结案件的暂定办理时限将按此安排重新计算，时限有变动的承办单位会收到一封简短通知。"]


def _days_text(days: tuple[date, ...]) -> str:
    """2月5日至12日、2月20日: consecutive days as one range."""
    runs: list[list[date]] = []
    for d in sorted(days):
        if runs and d - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(d)
        else:
            runs.append([d])
    def text(run: list[date]) -> str:
        first, last = run[0], run[-1]
        if first == last:
            return f"{first.month}月{first.day}日"
        end = f"{last.day}日" if last.month == first.month else f"{last.month}月{last.day}日"
        return f"{first.month}月{first.day}日至{end}"
    return "、".join(text(r) for r in runs)


def confirm(session: Session, cmd: Command, sender: str, now: datetime) -> tuple[bool, str]:
    """确认放假安排 YYYY: the read notice of that year becomes the confirmed arrangement."""
    year = int(cmd.args[0])
    pending = session.get(ServiceState, PENDING.format(year=year))
    if pending is None:
        if session.get(ServiceState, CONFIRMED.format(year=year)) is not None:
            return True, f"{year} 年放假安排此前已确认，无需重复确认"
        return False, (f"没有待确认的 {year} 年放假安排：请先将国务院办公厅关于{year}年部分节假日"
                       "安排的通知转发至本系统邮箱")
    data = {**json.loads(pending.value), "confirmed_by": sender, "confirmed_at": now.isoformat()}
    set_state(session, CONFIRMED.format(year=year), json.dumps(data))
    session.delete(pending)
    return True, (f"已确认 {year} 年放假安排（放假 {len(data['days_off'])} 天，调休上班 "
                  f"{len(data['workdays'])} 天）；未办结案件的暂定办理时限随即重新计算，时限有变动的承办单位会收到通知")


def learn(ctx: Context, now: datetime) -> str | None:
    """Add every confirmed arrangement the calendar does not know yet (each pass, each worker)."""
    with Session(ctx.engine) as session:
        rows = session.exec(select(ServiceState).where(ServiceState.key.like(CONFIRMED.format(year="%")))).all()
    learned = []
    for row in rows:
        year, data = int(row.key.rsplit("_", 1)[1]), json.loads(row.value)
        if ctx.calendar.add_arrangement(year, map(date.fromisoformat, data["days_off"]),
                                        map(date.fromisoformat, data["workdays"])):
            learned.append(str(year))
    return f"holiday arrangement(s) {', '.join(learned)} taken into the calendar" if learned else None
