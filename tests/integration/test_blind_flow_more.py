"""Blind whole flows, more of what people do: a unit writes its answer as a new mail with the case
number in the subject; the president answers the 超时报告 with a 批示; a customer replies to the
receipt with a question.

Written from the guide alone; real Postfix/Dovecot, both databases.
"""

from __future__ import annotations

from datetime import datetime

from core.clock import BRANCH_ZONE
from tests.integration.blind_flow_kit import (
    CLERK1, CSC, CUSTOMER, MEILIE, OFFICE, PRESIDENT, SANYUAN, VP1, at, case_of, client_reply, event_kinds, find,
    FORM, cases, flow_ctx, new_mail, open_case, send, subject, text_of,
)
from tests.integration.test_lifecycle_helpers import DOCX_TYPE, acceptance_form_docx

AT = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)   # due 12-10 18:00
WALK_IN = '[sources]\ncsc = ["csc@province.example"]\nwalk_in = ["union@branch.example"]\n'
ANSWER = "经核实，客户所述属实。支行已向客户当面致歉，客户表示谅解；已对大额取款预约流程进行整改。"


def test_a_unit_answers_in_a_new_mail_with_the_case_number(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    at(ctx, 2026, 12, 4, 10, 0)
    send(mail, ctx, new_mail(SANYUAN, f"[{case.id}] 处理情况反馈", ANSWER), SANYUAN)
    assert case_of(ctx, case.id).status == "answered", event_kinds(ctx, case.id)
    assert find(mail, CLERK1, "请回访客户", case.id)


def test_the_presidents_comment_on_an_overdue_report_is_not_an_answer(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    for day in ((2026, 12, 10, 18, 30), (2026, 12, 11, 9, 30), (2026, 12, 14, 9, 30), (2026, 12, 15, 9, 30)):
        at(ctx, *day)
    report = find(mail, PRESIDENT, "【超时报告】", case.id)[-1]
    assert "郑美玲" not in text_of(report)
    before = len(mail.messages(SANYUAN))
    send(mail, ctx, client_reply(report, PRESIDENT, "请支行主要负责人今天之内与客户见面沟通，明天上午报结果。",
                                 style="iphone"), PRESIDENT)
    assert case_of(ctx, case.id).status == "routed", event_kinds(ctx, case.id)
    assert len(mail.messages(SANYUAN)) > before and find(mail, SANYUAN, "今天之内与客户见面沟通")
    assert not mail.messages(MEILIE)


def test_a_customers_question_in_reply_to_the_receipt_reaches_the_office_only(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx, customer_email=CUSTOMER)
    [receipt] = [m for m in mail.messages(CUSTOMER) if case.id in subject(m)]
    at(ctx, 2026, 12, 4, 20, 0)
    units_before = len(mail.messages(SANYUAN))
    question = "你好，请问什么时候能处理完？我下周要出差，希望尽快给我回电话。"
    send(mail, ctx, client_reply(receipt, CUSTOMER, question, style="iphone"), CUSTOMER, vouch=False)
    assert case_of(ctx, case.id).status == "routed", event_kinds(ctx, case.id)
    seen = [m for u in (OFFICE, CLERK1) for m in mail.messages(u) if "下周要出差" in text_of(m)]
    assert seen, f"the office hears the customer: {event_kinds(ctx, case.id)}"
    assert not [m for m in mail.messages(CSC) if "下周要出差" in text_of(m)]
    assert len(mail.messages(SANYUAN)) >= units_before


def test_a_units_new_mail_naming_the_case_without_brackets_is_not_lost(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    at(ctx, 2026, 12, 4, 10, 0)
    before = len(mail.messages(SANYUAN))
    send(mail, ctx, new_mail(SANYUAN, f"{case.id}处理情况反馈", ANSWER), SANYUAN)
    answered = case_of(ctx, case.id).status == "answered"
    assert answered or len(mail.messages(SANYUAN)) > before, (
        f"neither taken as the answer nor the unit told: {event_kinds(ctx, case.id)}")


def test_a_units_answer_that_starts_with_the_case_number(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    at(ctx, 2026, 12, 4, 10, 0)
    send(mail, ctx, new_mail(SANYUAN, f"[{case.id}] 处理情况反馈", f"{case.id}\n{ANSWER}"), SANYUAN)
    assert case_of(ctx, case.id).status == "answered", event_kinds(ctx, case.id)


def test_the_office_registers_a_walk_in_complaint_with_the_form(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT, extra=WALK_IN)
    fields = {**FORM, "acceptance_number": "GH-20261203-01", "channel": "客户上门", "customer_name": "蔡志强",
              "phone": "13805981111", "unit": "梅列支行", "accepted_by": "工会 李娜",
              "content": "客户上门反映梅列支行柜员办理挂失时多收工本费二十元，要求退还。"}
    raw = new_mail(OFFICE, "客户上门投诉登记", "附件为客户上门投诉受理单，请登记。",
                   attachments=(("投诉受理单.docx", DOCX_TYPE, acceptance_form_docx(fields)),))
    send(mail, ctx, raw, OFFICE)
    [case] = [c for c in cases(ctx)]
    assert (case.unit, case.channel) == ("ML", "walk_in"), (case.unit, case.channel)
    assert find(mail, OFFICE, case.id), "the case number comes back to the office"
    assert find(mail, MEILIE, "客户投诉督办", case.id)
    assert not mail.messages(SANYUAN)


def test_the_unit_answers_the_prompt_to_complete_its_reply(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    [routing] = [m for m in mail.messages(SANYUAN) if "客户投诉督办" in subject(m)]
    send(mail, ctx, client_reply(routing, SANYUAN, "已收到，正在核实。", style="iphone"), SANYUAN)
    prompt = mail.messages(SANYUAN)[-1]
    assert prompt is not routing and case.id in subject(prompt)
    at(ctx, 2026, 12, 4, 16, 0)
    send(mail, ctx, client_reply(prompt, SANYUAN, ANSWER, style="outlook"), SANYUAN)
    assert case_of(ctx, case.id).status == "answered", event_kinds(ctx, case.id)


def test_the_unit_answers_the_leaders_instruction_mail(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    send(mail, ctx, new_mail(CLERK1, f"[{case.id}] 指令", "重大 客户情绪激动"), CLERK1)
    report = find(mail, VP1, case.id)[-1]
    send(mail, ctx, client_reply(report, VP1, "请尽快妥善处理，结果报我。", style="iphone"), VP1)
    instruction = find(mail, SANYUAN, "妥善处理", case.id)[-1]
    at(ctx, 2026, 12, 4, 16, 0)
    send(mail, ctx, client_reply(instruction, SANYUAN, ANSWER, style="outlook"), SANYUAN)
    assert case_of(ctx, case.id).status == "answered", event_kinds(ctx, case.id)
    assert find(mail, VP1, "致歉", case.id), "the leader gets the result he asked for"
