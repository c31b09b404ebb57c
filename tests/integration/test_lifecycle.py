"""A case's whole life on real Dovecot/Postfix and both databases: answered, satisfaction, back to CSC, closed.

Also: a reply that lost its tag, spoofed replies that change nothing, 不满意 reopening one level up.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, select

from complaints.reports import case_detail, format_case_detail
from complaints.sample_mail import complaint_mail
from core.clock import BRANCH_ZONE
from core.store.models import Case, OutboundMail
from parsers.documents import parse_form_document
from tests.integration.test_lifecycle_helpers import (
    CLERK1, CLERK2, CUSTOMER, FORM, PRESIDENT, SANYUAN, VP1, case_of, csc_form_mail, docx_of, docx_text,
    filled_supervision_form, kinds, only_case, parse, reply_to, submit, text_of, with_subject,
)
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context, run_until_idle, vouched

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)   # a Thursday


def test_csc_case_from_form_to_closed_with_the_completed_form_back_at_csc(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    source = csc_form_mail(FORM, customer_email=CUSTOMER, message_id="<csc-0001@province.example>")
    submit(mail, ctx, source, CSC)
    case = only_case(ctx)
    assert case.status == "routed" and case.unit == "SY" and case.customer_email == CUSTOMER
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")

    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="收到，正在处理。"), SANYUAN)
    assert case_of(ctx, case.id).status == "routed" and kinds(ctx, case.id)[-1] == "answer_incomplete"
    [request] = with_subject(mail, SANYUAN, "Re:")
    assert "请补充处理情况" in text_of(request) and "处理情况反馈" in text_of(request)
    assert parse(request)["In-Reply-To"] is not None and f"[{case.id}]" in str(parse(request)["Subject"])

    ctx.clock.at = AT + timedelta(days=1)
    form = filled_supervision_form(docx_of(routing), result="已致电客户致歉，并增开一个对私窗口。",
                                   handler="王五", handled_at="2026-11-27")
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="处理情况见附件督办单。",
                               attachments=((f"督办单-{case.id}.docx", "application/vnd.openxmlformats-"
                                             "officedocument.wordprocessingml.document", form),)), SANYUAN)
    case = case_of(ctx, case.id)
    assert case.status == "answered" and "增开一个对私窗口" in case.result_text
    assert case.handler == "王五" and case.fields["handled_at"] == "2026-11-27"
    [call] = with_subject(mail, CLERK1, "请回访客户")
    assert with_subject(mail, CLERK2, "请回访客户") and with_subject(mail, OFFICE, "请回访客户"), "a copy each"
    assert f"[{case.id}]" in str(parse(call)["Subject"])
    assert "13859012345" in text_of(call) and "增开一个对私窗口" in text_of(call) and "满意度 满意" in text_of(call)
    [survey] = with_subject(mail, CUSTOMER, "满意度回访")
    assert "增开一个对私窗口" not in text_of(survey) and "王五" not in text_of(survey), "the unit's text is internal"
    assert "13859012345" not in text_of(survey) and "分行工会" not in text_of(survey)

    ctx.clock.at = AT + timedelta(days=1, hours=2)
    submit(mail, ctx, reply_to(call, sender=CLERK1, body="满意度 满意\n已电话回访，客户表示认可。"), CLERK1)
    case = case_of(ctx, case.id)
    assert case.status == "closed" and case.satisfaction == "满意" and case.closed_at is not None
    [confirm] = with_subject(mail, CLERK1, "Re:")
    assert "✓" in text_of(confirm) and "办结" in text_of(confirm)

    [result] = with_subject(mail, CSC, "客户投诉受理单 CSC-20261126-0001")
    message = parse(result)
    assert message["In-Reply-To"] == "<csc-0001@province.example>"
    assert str(message["Subject"]).startswith(f"Re: [{case.id}]")
    returned = parse_form_document(docx_of(result), "form.docx")
    assert returned.get("acceptance_number") == FORM["acceptance_number"]
    assert "增开一个对私窗口" in returned.get("result") and returned.get("satisfaction") == "满意"
    assert returned.get("handler") == "王五" and returned.get("handled_at") == "2026年11月27日"
    assert "处理单位\n三元支行" in docx_text(docx_of(result)), "the form names the unit that answered"
    assert FORM["content"][:12] in docx_text(docx_of(result)), "the source's own form, not a new one"

    trail = kinds(ctx, case.id)
    for kind in ("received", "routed", "answered", "satisfaction_requested", "command", "satisfaction",
                 "result_reported", "closed"):
        assert kind in trail, kind
    last_report = len(trail) - 1 - trail[::-1].index("result_reported")   # the first: to the leader on the 督办
    assert trail.index("answered") < trail.index("satisfaction") < last_report < trail.index("closed")
    text = format_case_detail(case_detail(ctx.engine, case.id, ctx.clock.now()))
    assert "单位反馈" in text and "满意度" in text and "反馈来源" in text and "办结" in text


def test_a_reply_that_lost_its_tag_still_lands_by_thread_or_acceptance_number(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail({**FORM, "acceptance_number": "CSC-20261126-0002"}), CSC)
    submit(mail, ctx, csc_form_mail({**FORM, "acceptance_number": "CSC-20261126-0003",
                                     "content": "客户反映三元支行ATM吞卡后无人处理。"}), CSC)
    first, second = sorted(mail.messages(SANYUAN), key=lambda m: str(parse(m)["Subject"]))
    first_id = str(parse(first)["Subject"]).split("]")[0][1:]

    submit(mail, ctx, reply_to(first, sender=SANYUAN, subject="处理情况反馈", body="已向客户致歉，调整排班。"), SANYUAN)
    assert case_of(ctx, first_id).status == "answered"

    fresh = complaint_mail(sender=SANYUAN, to=SERVICE, subject="投诉处理情况",
                           body="关于受理编号 CSC-20261126-0003 的投诉：已为客户取回吞没的银行卡，并致歉。")
    submit(mail, ctx, vouched(fresh), SANYUAN)  # outside the thread: it acts because the server vouches
    with Session(ctx.engine) as session:
        other = session.exec(select(Case).where(Case.acceptance_number == "CSC-20261126-0003")).one()
    assert other.status == "answered" and "取回吞没的银行卡" in other.result_text
    assert second, "both cases were routed to the unit"


def test_spoofed_replies_change_nothing_and_the_office_is_told(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    before = kinds(ctx, case.id)

    for spoofer in ("sanyuan@branch-example.com", "sanyuan@branch.example.evil"):
        submit(mail, ctx, reply_to(routing, sender=spoofer, body="已处理完毕，客户满意。\n办结"), spoofer)

    after = case_of(ctx, case.id)
    assert after.status == "routed" and after.result_text is None and after.satisfaction is None
    assert kinds(ctx, case.id) == before + ["unverified_note", "unverified_note"]
    [first] = with_subject(mail, OFFICE, "未经验证")  # the first at once; the rest wait for the hour
    ctx.clock.at = AT + timedelta(hours=1)
    run_until_idle(ctx)
    alerts = with_subject(mail, OFFICE, "未经验证", count=2)
    bodies = "\n".join(text_of(a) for a in alerts)
    assert "sanyuan@branch-example.com" in text_of(first) and "sanyuan@branch.example.evil" not in text_of(first)
    assert "sanyuan@branch.example.evil" in bodies
    assert bodies.count("可能是仿冒") == 2 and SANYUAN in bodies
    assert not mail.messages(CLERK1), "no satisfaction call for a spoofed answer"
    with Session(ctx.engine) as session:
        recipients = [r for row in session.exec(select(OutboundMail)).all() for r in row.recipients]
    assert not [r for r in recipients if "evil" in r or "branch-example" in r], "nothing is sent to a spoofer"


def test_dissatisfied_customer_reopens_the_case_one_level_up(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM, customer_email=CUSTOMER), CSC)
    case = only_case(ctx)
    first_due = case.due_at
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    ctx.clock.at = AT + timedelta(days=2)
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="已向客户解释排队原因。"), SANYUAN)
    [survey] = with_subject(mail, CUSTOMER, "满意度回访")

    ctx.clock.at = AT + timedelta(days=4)   # Monday 30 November
    submit(mail, ctx, reply_to(survey, sender=CUSTOMER, body="不满意，网点没有给出任何说明。"), CUSTOMER)
    case = case_of(ctx, case.id)
    assert case.status == "routed" and case.satisfaction == "不满意" and case.reopen_count == 1
    assert case.due_at > first_due and case.result_text is None and case.fields["level"] == 1
    [reopen] = with_subject(mail, SANYUAN, "重新办理")
    assert parse(reopen)["To"] == SANYUAN and not [m for m in mail.messages(PRESIDENT) if "重新办理" in str(parse(m)["Subject"])]
    assert "不满意" in text_of(reopen) and "已向客户解释排队原因" in text_of(reopen)
    assert "网点没有给出任何说明" in text_of(reopen), "the customer's reason is quoted"
    form = docx_text(docx_of(reopen))
    assert case.id in form and "第二次督办" in form and "第二次督办" in str(parse(reopen)["Subject"])
    assert "前次处理情况：已向客户解释排队原因" in form and "客户意见：不满意，网点没有给出任何说明" in form
    assert with_subject(mail, VP1, "重新办理")
    trail = kinds(ctx, case.id)
    assert trail[-3:] == ["satisfaction", "reopened", "routed"]

    submit(mail, ctx, reply_to(reopen, sender=SANYUAN, body="网点负责人已上门致歉并说明原因。"), SANYUAN)
    call = with_subject(mail, CLERK1, "请回访客户", count=2)[-1]
    submit(mail, ctx, reply_to(call, sender=CLERK1, body="满意度 不满意 客户称负责人上门时仍未说明排队原因"), CLERK1)
    case = case_of(ctx, case.id)
    assert case.reopen_count == 2 and case.fields["level"] == 2 and case.status == "routed"
    [second] = with_subject(mail, PRESIDENT, "重新办理")
    assert second and with_subject(mail, VP1, "重新办理", count=2) and with_subject(mail, SANYUAN, "重新办理", count=2)
    assert "客户称负责人上门时仍未说明排队原因" in text_of(second) and "第三次督办" in text_of(second)
    form = docx_text(docx_of(second))
    assert "第三次督办" in form and "前次处理情况：网点负责人已上门致歉并说明原因" in form
    assert "客户意见：客户称负责人上门时仍未说明排队原因" in form
