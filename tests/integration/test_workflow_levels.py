"""The seed's three levels (一般 / 较大问题 / 重大问题), by command, on real servers and both databases.

Raising the level by command reaches exactly whom intake would have told at that level, with
the clerk's reason quoted; `重大` as a clerk types it reaches the president.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from core.clock import BRANCH_ZONE
from complaints.sample_mail import complaint_mail
from tests.integration.test_lifecycle_helpers import (
    CLERK1, FORM, PRESIDENT, VP1, case_of, csc_form_mail, only_case, parse, submit, text_of, with_subject,
)
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context, vouched

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)   # a Thursday
VP2 = "vp2@branch.example"
CARD_FORM = {**FORM, "acceptance_number": "CSC-20261126-0101", "category": "信用卡",
             "content": "客户反映在三元支行办理信用卡分期，柜员未说明手续费，扣费后拒不解释。",
             "request": "要求退还手续费。"}


def _command(mail, ctx, case_id: str, body: str) -> None:
    submit(mail, ctx, vouched(complaint_mail(sender=CLERK1, to=SERVICE, subject=f"[{case_id}] 指令", body=body)),
           CLERK1)


def test_a_clerks_zhongda_reaches_the_president_with_the_reason(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    assert case.severity == "normal"
    before_vp1 = len([m for m in mail.messages(VP1) if "客户投诉报告" in str(parse(m)["Subject"])])
    ctx.clock.at = AT + timedelta(hours=1)
    _command(mail, ctx, case.id, "重大 客户扬言向媒体反映")

    assert case_of(ctx, case.id).severity == "serious"
    for leader in (PRESIDENT, VP1):
        [report] = with_subject(mail, leader, "重大问题客户投诉报告")
        assert "客户扬言向媒体反映" in text_of(report) and "重大问题" in text_of(report)
        assert str(parse(report)["To"]) == leader
    assert before_vp1 == 0 and with_subject(mail, OFFICE, "重大问题客户投诉报告"), "the office gets its own copy"
    assert not [m for m in mail.messages(VP2) if "客户投诉报告" in str(parse(m)["Subject"])], \
        "the 信用卡 leader has nothing to do with a 储蓄 case"
    [answer] = with_subject(mail, CLERK1, f"[{case.id}]")
    assert "✓" in text_of(answer) and "王强行长" in text_of(answer) and "张明副行长" in text_of(answer)


def test_jiaoda_by_command_reaches_the_units_and_the_business_lines_leaders(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(CARD_FORM), CSC)
    case = only_case(ctx)
    assert case.severity == "normal" and case.unit == "SY", (case.severity, case.unit)
    _command(mail, ctx, case.id, "较大问题 原因：客户一周内第二次来电")

    assert case_of(ctx, case.id).severity == "major"
    unit_leader = ctx.directory.leader_by_id(ctx.directory.unit_by_code(case.unit).leader)
    for leader in {unit_leader.email, VP2}:
        [report] = with_subject(mail, leader, "较大问题客户投诉报告")
        assert "客户一周内第二次来电" in text_of(report)
    assert not [m for m in mail.messages(PRESIDENT) if "客户投诉报告" in str(parse(m)["Subject"])]
