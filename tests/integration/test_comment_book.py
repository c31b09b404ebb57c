"""The daily comment-book duty over two days on real servers and both databases.

Friday 2026-10-09: every outlet is reminded at 16:30; 三元 replies 无, 梅列 reports two entries
(two cases routed to 梅列), 城关 stays silent, a look-alike address is not believed.
Saturday 10-10 is a make-up working day: at 09:00 the office hears that 城关 did not reply,
and the day's own reminders go out at 16:30; Monday 10-12 lists the outlets silent on Saturday.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from core.clock import BRANCH_ZONE
from core.store.models import Case
from tests.integration.test_lifecycle_helpers import (
    CHENGGUAN, MEILIE, SANYUAN, parse, reply_to, submit, text_of, with_subject,
)
from tests.support.env import OFFICE, make_test_context, run_until_idle

OUTLETS = (SANYUAN, MEILIE, CHENGGUAN)
ENTRIES = ("1. 客户王先生（电话13905980001）反映网点门口无障碍通道被电动车堵塞，轮椅无法进入。\n"
           "2. 客户留言：ATM机凭条打印不清楚，希望尽快更换色带。")


def _at(ctx, *args) -> None:
    ctx.clock.at = datetime(*args, tzinfo=BRANCH_ZONE)
    run_until_idle(ctx)


def _count(mail, user: str, words: str) -> int:
    subjects = [str(parse(m)["Subject"]) for m in mail.messages(user)]
    return sum(words in s and not s.startswith("Re:") for s in subjects)


def test_comment_book_duty_over_two_days(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=datetime(2026, 10, 9, 16, 0, tzinfo=BRANCH_ZONE))
    run_until_idle(ctx)
    assert not any(mail.messages(u) for u in OUTLETS), "not before 16:30"

    _at(ctx, 2026, 10, 9, 16, 40)
    reminders = {u: with_subject(mail, u, "意见簿")[0] for u in OUTLETS}
    assert "10月9日" in str(parse(reminders[SANYUAN])["Subject"]) and "无" in text_of(reminders[SANYUAN])
    assert not mail.messages("card@branch.example"), "departments keep no comment book"

    submit(mail, ctx, reply_to(reminders[SANYUAN], sender=SANYUAN, body="无"), SANYUAN)
    [ok] = with_subject(mail, SANYUAN, "Re:")
    assert "无新意见" in text_of(ok) and "意见簿检查已登记" in text_of(ok)

    submit(mail, ctx, reply_to(reminders[MEILIE], sender=MEILIE, body=f"今日意见簿有两条：\n{ENTRIES}"), MEILIE)
    with Session(ctx.engine) as session:
        opened = session.exec(select(Case).order_by(Case.id)).all()
    assert [(c.channel, c.unit, c.status) for c in opened] == [("comment_book", "ML", "routed")] * 2
    assert "无障碍通道" in opened[0].content and "色带" in opened[1].content
    assert opened[0].customer_phone == "13905980001" and opened[0].due_at is not None
    assert len(with_subject(mail, MEILIE, "客户投诉督办", count=2)) == 2
    confirm = with_subject(mail, MEILIE, "Re:")[0]
    assert opened[0].id in text_of(confirm) and opened[1].id in text_of(confirm)

    spoofer = "meilie@branch-example.com"
    submit(mail, ctx, reply_to(reminders[CHENGGUAN], sender=spoofer, body="无"), spoofer)
    assert "可能是仿冒" in text_of(with_subject(mail, OFFICE, "意见簿回复来自非授权地址")[0])

    _at(ctx, 2026, 10, 9, 17, 0)
    assert all(_count(mail, u, "【意见簿】") == 1 for u in OUTLETS), "one reminder a day"

    _at(ctx, 2026, 10, 10, 8, 50)
    assert not _count(mail, OFFICE, "未回复的网点")
    _at(ctx, 2026, 10, 10, 9, 10)
    [late] = with_subject(mail, OFFICE, "10月9日意见簿检查未回复的网点")
    assert "城关分理处" in text_of(late) and "三元支行" not in text_of(late) and "梅列支行" not in text_of(late)
    _at(ctx, 2026, 10, 10, 12, 0)
    assert _count(mail, OFFICE, "未回复的网点") == 1

    _at(ctx, 2026, 10, 10, 16, 40)
    assert all(_count(mail, u, "【意见簿】") == 2 for u in OUTLETS), "Saturday 10-10 is a working day"
    _at(ctx, 2026, 10, 11, 16, 40)
    assert all(_count(mail, u, "【意见簿】") == 2 for u in OUTLETS), "Sunday is not"
    _at(ctx, 2026, 10, 12, 9, 10)
    [saturday] = with_subject(mail, OFFICE, "10月10日意见簿检查未回复的网点")
    assert all(name in text_of(saturday) for name in ("三元支行", "梅列支行", "城关分理处"))
