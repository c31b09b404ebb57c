"""Blind whole flows, the unit's side (docs/使用说明.md 二): a unit answers its 督办 by replying from
its phone or Outlook, with the 督办单 filled in, with only "收到", twice, or "不属于我行办理"; and the
answers that must not count — a colleague's own mailbox, another unit's, a forged From.

Written as the people involved would act and what they would expect to find in their mailboxes,
from the guide alone; real Postfix/Dovecot, both databases.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from core.clock import BRANCH_ZONE, local
from tests.integration.blind_flow_kit import (
    CHENGGUAN, CLERK1, CLERK2, COLLEAGUE, CSC, CUSTOMER, MEILIE, OFFICE, OUTSIDER, SANYUAN, SIGNATURE, VP1, at,
    case_of, client_reply, counts, event_kinds, find, flow_ctx, marks, new_mail, none_with, open_case,
    routing_mail, send, subject, text_of,
)
from tests.integration.test_lifecycle_helpers import DOCX_TYPE, docx_of, filled_supervision_form

AT = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)   # Thursday; 5 working days → 12-10 18:00
RESULT = ("工会：\n经核实，客户于12月2日来我行办理大额取款，因当日现金备付不足请客户预约，大堂经理解释不到位。"
          "支行行长已于12月4日致电客户道歉，客户表示理解。已对大堂经理进行批评教育，并加强现金调拨管理。")
INTERNAL = "批评教育"   # a measure about staff: never for the customer's eyes


def test_a_unit_answers_from_its_phone_and_the_office_closes(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx, customer_email=CUSTOMER)
    routing = routing_mail(mail, SANYUAN, case.id)
    assert "郑美玲" in text_of(routing) and "13959876543" in text_of(routing), "the unit must be able to call"
    assert local(case_of(ctx, case.id).due_at) == datetime(2026, 12, 10, 18, 0, tzinfo=BRANCH_ZONE)
    assert find(mail, CUSTOMER, case.id, "已受理"), "the customer's receipt"

    assert find(mail, CSC, case.id), "the call centre hears the case number"
    for other in (MEILIE, CHENGGUAN):
        assert not mail.messages(other)

    at(ctx, 2026, 12, 4, 15, 20)
    send(mail, ctx, client_reply(routing, SANYUAN, RESULT, style="iphone", signature=SIGNATURE), SANYUAN)
    assert case_of(ctx, case.id).status == "answered", event_kinds(ctx, case.id)
    call = find(mail, CLERK1, "请回访客户", case.id)[-1]
    assert find(mail, CLERK2, "请回访客户", case.id)
    none_with(mail, CUSTOMER, INTERNAL)
    none_with(mail, CSC, INTERNAL)
    # the office approves the draft answer for the customer (客户答复拟稿 → 同意回复)
    [draft] = [m for m in find(mail, OFFICE, "客户答复拟稿", case.id) if "客户答复拟稿" in subject(m)]
    heard = len(mail.messages(CUSTOMER))
    send(mail, ctx, client_reply(draft, CLERK1, "同意回复", style="iphone"), CLERK1)
    assert len(mail.messages(CUSTOMER)) == heard + 1, "the approved answer reaches the customer, once"
    none_with(mail, CUSTOMER, INTERNAL)
    none_with(mail, CUSTOMER, "刘晓东")

    at(ctx, 2026, 12, 7, 9, 40)
    send(mail, ctx, client_reply(call, CLERK1, "满意度 满意\n办结", style="outlook"), CLERK1)
    answer = find(mail, CLERK1, "✓", case.id)[-1]
    got = marks(answer)
    assert len(got) == 2 and got[0][0] == "✓", got
    assert got[1][0] == "✓" or "已办结" in got[1][1], "办结 after 满意度: done, or said to be done already"

    assert case_of(ctx, case.id).status == "closed", event_kinds(ctx, case.id)
    assert find(mail, CUSTOMER, "办结"), "the customer hears it is done"
    none_with(mail, CUSTOMER, INTERNAL)
    assert len(find(mail, CSC, case.id, count=2)) >= 2, "the call centre gets the result"
    for other in (MEILIE, CHENGGUAN):
        assert not mail.messages(other)


@pytest.mark.parametrize("style,body", [("outlook", "您好，处理情况详见附件督办单。"), ("iphone", "")])
def test_the_unit_sends_back_the_filled_supervision_form(tmp_path, mail, db_url, style, body):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    routing = routing_mail(mail, SANYUAN, case.id)
    form = filled_supervision_form(docx_of(routing), result="已向客户当面致歉，客户表示谅解；已调整大额取款预约流程。",
                                   handler="刘晓东", handled_at="2026-12-04")
    at(ctx, 2026, 12, 4, 11, 0)
    reply = client_reply(routing, SANYUAN, body, style=style, signature=SIGNATURE if body else "",
                         attachments=(("督办单-三元支行.docx", DOCX_TYPE, form),))
    send(mail, ctx, reply, SANYUAN)
    assert case_of(ctx, case.id).status == "answered", event_kinds(ctx, case.id)
    call = find(mail, CLERK1, "请回访客户", case.id)[-1]
    assert "预约流程" in text_of(call), "the office reads what the unit wrote on the form"


def test_an_acknowledgement_is_not_an_answer_and_a_second_answer_is_kept(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    routing = routing_mail(mail, SANYUAN, case.id)
    before = len(mail.messages(SANYUAN))
    send(mail, ctx, client_reply(routing, SANYUAN, "收到，正在处理。", style="huawei"), SANYUAN)
    assert case_of(ctx, case.id).status == "routed", event_kinds(ctx, case.id)
    assert len(mail.messages(SANYUAN)) > before, "the guide: 系统会提示补充"
    assert not [m for m in mail.messages(CLERK1) if "请回访客户" in subject(m)]

    at(ctx, 2026, 12, 4, 16, 0)
    send(mail, ctx, client_reply(routing, SANYUAN, RESULT, style="outlook", signature=SIGNATURE), SANYUAN)
    assert case_of(ctx, case.id).status == "answered", event_kinds(ctx, case.id)
    at(ctx, 2026, 12, 7, 10, 0)
    more = "补充说明：客户于今日上午再次来电，对处理结果表示满意，并撤回投诉诉求。"
    send(mail, ctx, client_reply(routing, SANYUAN, more, style="iphone"), SANYUAN)
    assert case_of(ctx, case.id).status == "answered", event_kinds(ctx, case.id)
    seen = [m for u in (CLERK1, OFFICE) for m in mail.messages(u) if "再次来电" in text_of(m)]
    assert seen, f"the office sees the supplement: {event_kinds(ctx, case.id)} {counts(mail)}"
    calls = [m for m in mail.messages(CLERK1) if "请回访客户" in subject(m)]
    assert len(calls) <= 2, [subject(m) for m in mail.messages(CLERK1)]


def test_not_ours_goes_back_to_the_office_and_is_routed_again(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    routing = routing_mail(mail, SANYUAN, case.id)
    at(ctx, 2026, 12, 3, 14, 0)
    body = "您好！\n该客户反映的是梅列支行列东分理处的业务，不属于我行办理，请重新分派。"
    send(mail, ctx, client_reply(routing, SANYUAN, body, style="foxmail", signature=SIGNATURE), SANYUAN)
    returned = case_of(ctx, case.id)
    assert returned.status != "answered" and returned.unit != "SY", (returned.status, returned.unit)
    told = find(mail, OFFICE, case.id, "列东分理处")[-1]
    at(ctx, 2026, 12, 3, 15, 0)
    send(mail, ctx, client_reply(told, CLERK1, "转办 梅列支行", style="outlook"), CLERK1)
    assert case_of(ctx, case.id).unit == "ML"
    assert routing_mail(mail, MEILIE, case.id)
    assert "✓" in text_of(find(mail, CLERK1, case.id, "✓")[-1])
    assert not mail.messages(CHENGGUAN)
    moved = local(case_of(ctx, case.id).due_at)
    assert moved >= datetime(2026, 12, 10, 18, 0, tzinfo=BRANCH_ZONE)

    send(mail, ctx, new_mail(SANYUAN, f"查询 {case.id}", ""), SANYUAN)
    answer = [m for m in mail.messages(SANYUAN) if case.id in subject(m) + text_of(m)][-1]
    assert "郑美玲" not in text_of(answer), "三元支行 no longer handles the case"


def test_answers_from_the_wrong_mailbox_or_a_forged_from_count_for_nothing(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    routing = routing_mail(mail, SANYUAN, case.id)
    at(ctx, 2026, 12, 4, 10, 0)
    # a colleague reads the unit's mailbox and answers from her own
    send(mail, ctx, client_reply(routing, COLLEAGUE, RESULT, style="outlook"), COLLEAGUE)
    assert case_of(ctx, case.id).status == "routed", "only the unit's registered mailbox answers"
    # another unit, handed the 督办 mail by mistake, writes to the service
    wrong = new_mail(MEILIE, f"回复：{subject(routing)}", RESULT)
    send(mail, ctx, wrong, MEILIE)
    assert case_of(ctx, case.id).status == "routed", "梅列支行 does not answer 三元支行's case"
    # a forger outside: the unit's From, an outside envelope, our server says dmarc=fail
    send(mail, ctx, client_reply(routing, SANYUAN, RESULT, style="iphone"), OUTSIDER, verdict="dmarc=fail")
    send(mail, ctx, new_mail(CLERK1, f"[{case.id}] 办结", "办结"), OUTSIDER, verdict="dmarc=fail")
    assert case_of(ctx, case.id).status == "routed", event_kinds(ctx, case.id)
    assert not [m for m in mail.messages(CLERK1) if "请回访客户" in subject(m)]
    assert find(mail, OFFICE, "未经验证"), "the office hears of the forged mail"
    before = counts(mail)
    assert before[VP1] == 0 or all("郑美玲" not in text_of(m) for m in mail.messages(VP1))

    at(ctx, 2026, 12, 9, 9, 30)
    assert find(mail, SANYUAN, "办理时限提醒", case.id), "the chase goes on: the unit has not answered"
    send(mail, ctx, client_reply(routing, SANYUAN, RESULT, style="iphone"), SANYUAN)
    assert case_of(ctx, case.id).status == "answered"
