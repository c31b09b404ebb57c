"""What the customer receives, on real servers and both databases: never a unit's internal text
unless the office approved it (`回复客户 …` or `同意回复`); otherwise the neutral survey only."""

from __future__ import annotations

from datetime import datetime

from core.clock import BRANCH_ZONE
from tests.integration.test_lifecycle_helpers import (
    CLERK1, CUSTOMER, FORM, SANYUAN, case_of, csc_form_mail, kinds, only_case, reply_to, submit, text_of,
    with_subject,
)
from tests.support.env import CSC, make_test_context

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)
INTERNAL = "柜员李娜已按规定给予通报批评，扣发当月绩效。"


def test_the_customer_gets_only_what_the_office_approved(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM, customer_email=CUSTOMER), CSC)
    case = only_case(ctx)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body=f"已向客户致歉并增开窗口。{INTERNAL}"), SANYUAN)
    [survey] = with_subject(mail, CUSTOMER, "满意度回访")
    assert "李娜" not in text_of(survey) and "绩效" not in text_of(survey) and "增开窗口" not in text_of(survey)
    [call] = with_subject(mail, CLERK1, "请回访客户")
    assert "回复客户" in text_of(call) and "同意回复" in text_of(call)

    submit(mail, ctx, reply_to(call, sender=CLERK1, body="回复客户 您反映的排队问题已核实，网点已增开一个对私窗口，特此致歉。"),
           CLERK1)
    [answer] = with_subject(mail, CUSTOMER, "关于您反映问题的答复")
    assert "网点已增开一个对私窗口，特此致歉" in text_of(answer) and "李娜" not in text_of(answer)
    assert "分行工会" not in text_of(answer) and kinds(ctx, case.id)[-1] == "customer_replied"
    assert case_of(ctx, case.id).status == "answered", "a reply to the customer is not the verdict"

    submit(mail, ctx, reply_to(call, sender=CLERK1, body="同意回复"), CLERK1)
    second = with_subject(mail, CUSTOMER, "关于您反映问题的答复", count=2)
    assert any(INTERNAL in text_of(m) for m in second), "同意回复 sends the unit's text as the office approved it"


def test_no_email_no_written_answer(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="已向客户致歉。"), SANYUAN)
    [call] = with_subject(mail, CLERK1, "请回访客户")
    assert "回复客户" not in text_of(call)
    submit(mail, ctx, reply_to(call, sender=CLERK1, body="回复客户 已处理"), CLERK1)
    answer = with_subject(mail, CLERK1, "Re:")[-1]
    assert "✗" in text_of(answer) and "电话答复" in text_of(answer)
    assert "customer_replied" not in kinds(ctx, case.id)
