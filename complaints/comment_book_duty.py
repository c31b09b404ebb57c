"""The daily comment-book duty (第九条(四)) as a timed job: remind the outlets, report the silent ones.

On each working day at `comment_book.time` every outlet gets a reminder to check its
comment book and reply with the entries or 无; on the next working day at
`comment_book.report_by` the outlets that have not replied are listed to the union office.
Bookkeeping per duty day is one `service_state` row (`comment_book:YYYY-MM-DD`): who was
reminded, who replied (and with which cases and praise), whether the list went out — and the
praise units reported by mail that day outside the comment book (`praise`: code → texts),
kept apart from `replies` so that such a mail does not count as the day's comment-book answer. Due-based and
idempotent like every job: a pass after the time does what is due, once.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, select

from complaints import notify
from complaints.context import Context
from core.clock import local
from core.store.db import session_scope
from core.store.models import ServiceState

STATE_PREFIX = "comment_book:"


def duty_key(code: str, day: date) -> str:
    """The Message-ID key of one outlet's reminder for one day; replies in its thread name both."""
    return f"{code}-{day:%Y%m%d}"


def parse_duty_key(key: str) -> tuple[str, date] | None:
    code, _, stamp = key.rpartition("-")
    try:
        return code, datetime.strptime(stamp, "%Y%m%d").date()
    except ValueError:
        return None


def load_day(session: Session, day: date) -> dict[str, Any]:
    """The duty record of `day`, locked for update (empty when nothing happened that day)."""
    row = session.exec(select(ServiceState).where(ServiceState.key == STATE_PREFIX + day.isoformat())
                       .with_for_update()).first()
    return json.loads(row.value) if row else {"sent": [], "replies": {}, "reported": False}


def save_day(session: Session, day: date, state: dict[str, Any]) -> None:
    key = STATE_PREFIX + day.isoformat()
    row = session.get(ServiceState, key) or ServiceState(key=key, value="")
    row.value = json.dumps(state, ensure_ascii=False, sort_keys=True)
    session.add(row)


def record_praise(session: Session, day: date, code: str, text: str) -> None:
    """A customer's praise a unit reported by mail (a 锦旗, a 表扬信) on `day`: counted with the
    comment book's praise in the digest, without answering that day's comment-book reminder."""
    state = load_day(session, day)
    state.setdefault("praise", {}).setdefault(code, []).append(text)
    save_day(session, day, state)


def run(ctx: Context, now: datetime) -> str | None:
    """Remind today's outlets after `time`; list yesterday's silent outlets after `report_by`."""
    cfg = ctx.settings.comment_book
    if not cfg.enabled or not ctx.directory.outlets():
        return None
    today = local(now)
    if not ctx.calendar.is_working_day(today.date()):
        return None
    done = []
    if today.time() >= cfg.report_by:
        previous = ctx.calendar.add_working_days(today.date(), -1)
        done.append(_report_missing(ctx, previous, now))
    if today.time() >= cfg.time:
        done.append(_remind(ctx, today.date(), now))
    return "; ".join(d for d in done if d) or None


def _remind(ctx: Context, day: date, now: datetime) -> str | None:
    with session_scope(ctx.engine) as session:
        state = load_day(session, day)
        if state["sent"]:
            return None
        report_by = f"{ctx.settings.comment_book.report_by:%H:%M}"
        for unit in ctx.directory.outlets():
            notify.comment_book_reminder(session, ctx, unit.code, day_text=f"{day.month}月{day.day}日",
                                         key=duty_key(unit.code, day), report_by_text=report_by, now=now)
        state["sent"] = [u.code for u in ctx.directory.outlets()]
        save_day(session, day, state)
        return f"{len(state['sent'])} outlet(s) reminded for {day}"


def _report_missing(ctx: Context, day: date, now: datetime) -> str | None:
    with session_scope(ctx.engine) as session:
        state = load_day(session, day)
        if not state["sent"] or state["reported"]:
            return None
        missing = [code for code in state["sent"] if code not in state["replies"]]
        if missing:
            units = [ctx.directory.unit_by_code(code) for code in missing]
            notify.office_alert(session, ctx, f"{day.month}月{day.day}日意见簿检查未回复的网点", [
                f"以下 {len(missing)} 个网点未回复 {day.isoformat()} 的意见簿检查提醒（应回复意见内容或“无”）：",
                "、".join(u.name if u else code for u, code in zip(units, missing)),
                "请督促网点负责人补报；网点直接回复当日的提醒邮件即可补登。"],
                {(u.name if u else code): (u.email if u else "") for u, code in zip(units, missing)},
                key=f"cbook-late-{day:%Y%m%d}", now=now)
        state["reported"], state["missing"] = True, missing
        save_day(session, day, state)
        return f"{len(missing)} outlet(s) silent on {day}"
