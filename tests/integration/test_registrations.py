"""Complaints registered by the branch's own people and comment-book praise, through the real servers, both DBs.

An outlet's own mailbox registering a walk-in complaint opens a walk_in case for that outlet;
one that names another unit goes to that unit; union staff noting a phone call open a case
routed by its content; praise in a comment book is recorded as praise and opens nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, select

from core.clock import BRANCH_ZONE
from complaints.comment_book_duty import load_day
from complaints.digest.figures import compute_figures
from complaints.digest.periods import Month
from complaints.digest.weeks import IsoWeek
from complaints.digest.tables import summary_lines
from complaints.sample_mail import complaint_mail
from core.store.models import Case, Message
from tests.integration.test_lifecycle_helpers import CLERK1, MEILIE, SANYUAN, parse, submit, text_of, with_subject
from tests.complaints.test_registrations import PHONE, WALK_IN
from tests.support.env import SERVICE, make_test_context

AT = datetime(2026, 12, 3, 10, 30, tzinfo=BRANCH_ZONE)
CARD = "card@branch.example"


def _cases(ctx) -> list[Case]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(Case).order_by(Case.id)).all())


def test_units_and_staff_register_complaints(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, complaint_mail(sender=SANYUAN, to=SERVICE, subject="客户上门投诉登记", body=WALK_IN), SANYUAN)
    other = "客户来电投诉：昨天在梅列支行取款时柜员态度冷淡，客户要求梅列支行道歉。电话13905987766。"
    submit(mail, ctx, complaint_mail(sender=SANYUAN, to=SERVICE, subject="代登记", body=other), SANYUAN)
    submit(mail, ctx, complaint_mail(sender=CLERK1, to=SERVICE, subject="电话投诉登记", body=PHONE), CLERK1)

    first, second, third = _cases(ctx)
    assert [c.channel for c in (first, second, third)] == ["walk_in"] * 3
    assert (first.unit, second.unit, third.unit) == ("SY", "ML", "CARD")
    assert first.source_address == SANYUAN and "存单挂失" in first.content
    assert with_subject(mail, SANYUAN, "客户投诉督办") and with_subject(mail, MEILIE, "客户投诉督办")
    assert with_subject(mail, CARD, "客户投诉督办")
    with Session(ctx.engine) as session:
        assert not session.exec(select(Message).where(Message.state == "quarantined")).all()


def test_comment_book_praise_is_recorded_and_opens_nothing(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    body = "1. 客户表扬大堂经理热情耐心，特此感谢。\n2. 客户反映叫号机经常坏，排队等了四十分钟，要求尽快修好。"
    submit(mail, ctx, complaint_mail(sender=CARD, to=SERVICE, subject="今日意见簿登记", body=body), CARD)

    [case] = _cases(ctx)
    assert case.channel == "comment_book" and case.unit == "CARD" and "叫号机" in case.content
    with Session(ctx.engine) as session:
        day = load_day(session, AT.date())
    assert day["replies"]["CARD"]["praise"] == ["客户表扬大堂经理热情耐心，特此感谢。"]
    [answer] = with_subject(mail, CARD, "Re:")
    assert "客户表扬 1 条" in text_of(answer) and "不作为投诉办理" in text_of(answer)
    assert parse(answer)["In-Reply-To"]
    praise = "1. 客户表扬柜员业务熟练。\n2. 客户感谢网点帮忙找回遗失的存折。"
    submit(mail, ctx, complaint_mail(sender=SANYUAN, to=SERVICE, subject="意见簿登记", body=praise), SANYUAN)
    assert len(_cases(ctx)) == 1  # praise opens nothing

    card, sanyuan = ctx.directory.unit_by_code("CARD").name, ctx.directory.unit_by_code("SY").name
    for period in (IsoWeek.containing(AT), Month.containing(AT)):  # the weekly digest and the period reports
        figures = compute_figures(ctx.engine, period, directory=ctx.directory, calendar=ctx.calendar, now=AT)
        assert figures.praise == 3 and figures.praise_units == ((sanyuan, 2), (card, 1))
        line = f"记录客户表扬 3 条（意见簿及单位报送，不计入投诉）：{sanyuan} 2 条、{card} 1 条。"
        assert any(text.endswith(line) for text in summary_lines(figures)), summary_lines(figures)
    later = compute_figures(ctx.engine, IsoWeek.containing(AT + timedelta(days=7)), directory=ctx.directory,
                            calendar=ctx.calendar, now=AT + timedelta(days=7))
    assert later.praise == 0 and later.praise_units == ()


def test_a_units_mail_telling_of_praise_is_recorded_as_its_praise(tmp_path, mail, db_url):
    """A 锦旗 an outlet reports from its own mailbox: that unit's praise, confirmed in its thread;
    no case, nothing quarantined, and not the outlet's comment-book answer for the day."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    body = "客户张阿姨今天送来锦旗和表扬信，感谢柜员李娜及时识破电信诈骗，帮她避免了六万元损失。"
    submit(mail, ctx, complaint_mail(sender=MEILIE, to=SERVICE, subject="客户赠送锦旗", body=body), MEILIE)

    assert _cases(ctx) == []
    with Session(ctx.engine) as session:
        day = load_day(session, AT.date())
        [row] = session.exec(select(Message)).all()
    [praise] = day["praise"]["ML"]
    assert praise.endswith(body) and "ML" not in day["replies"]  # 来源未验证 first: no server vouches here
    assert (row.state, row.kind) == ("processed", "praise")
    [answer] = with_subject(mail, MEILIE, "Re:")
    assert "客户表扬记录" in text_of(answer) and "不作为投诉办理" in text_of(answer)
    figures = compute_figures(ctx.engine, IsoWeek.containing(AT), directory=ctx.directory, calendar=ctx.calendar,
                              now=AT)
    assert figures.praise_units == ((ctx.directory.unit_by_code("ML").name, 1),)
