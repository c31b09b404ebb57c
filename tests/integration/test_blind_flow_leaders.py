"""Blind whole flows, the leaders' side (docs/使用说明.md 三): a 批示 written in reply to the 重大 report
is passed to the unit and never taken for its answer; the president approves an extension by
replying 批准; nobody else's 批准 counts.

Written from the guide alone, as the people would act; real Postfix/Dovecot, both databases.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from core.clock import BRANCH_ZONE, local
from tests.integration.blind_flow_kit import (
    CLERK1, CLERK2, CSC, CUSTOMER, PRESIDENT, SANYUAN, VP1, VP2, at, case_of, client_reply, event_kinds, find,
    flow_ctx, marks, new_mail, none_with, office_mail, open_case, routing_mail, send, subject, text_of,
)

AT = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)   # Thursday; 5 working days → 12-10 18:00
DUE = datetime(2026, 12, 10, 18, 0, tzinfo=BRANCH_ZONE)
INSTRUCTION = "请三元支行高度重视，主要负责人亲自与客户沟通，三日内将处理结果报工会。"


def _command(mail, ctx, case_id: str, body: str, sender: str = CLERK1) -> None:
    """A clerk steers the case: in reply to the office's mail about it, else written afresh with the tag."""
    thread = office_mail(mail, case_id)
    raw = (client_reply(thread, sender, body, style="outlook") if thread is not None
           else new_mail(sender, f"[{case_id}] 指令", body))
    send(mail, ctx, raw, sender)


def test_a_leaders_instruction_reaches_the_unit_and_is_not_its_answer(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx, customer_email=CUSTOMER)
    routing_mail(mail, SANYUAN, case.id)
    _command(mail, ctx, case.id, "重大 客户情绪激动，扬言向媒体反映")
    assert case_of(ctx, case.id).severity == "serious", event_kinds(ctx, case.id)
    report = find(mail, VP1, case.id)[-1]
    assert find(mail, PRESIDENT, case.id), "重大问题: the president is told too"
    assert "郑美玲" not in text_of(report) and "13959876543" not in text_of(report), "leaders read masked copies"

    at(ctx, 2026, 12, 3, 16, 0)
    units_before = len(mail.messages(SANYUAN))
    send(mail, ctx, client_reply(report, VP1, INSTRUCTION, style="iphone", signature="\n\n张明"), VP1)
    assert case_of(ctx, case.id).status == "routed", "a 批示 is not the unit's answer"
    assert len(mail.messages(SANYUAN)) > units_before
    assert find(mail, SANYUAN, "主要负责人亲自与客户沟通", case.id), "the unit gets the 批示"
    assert not [m for m in mail.messages(CLERK1) if "请回访客户" in subject(m)]
    none_with(mail, CUSTOMER, "主要负责人")
    none_with(mail, CSC, "主要负责人")

    at(ctx, 2026, 12, 10, 18, 30)
    assert find(mail, SANYUAN, "【督办】", case.id), "the deadline chase goes on after a 批示"


def _extension_asked(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    at(ctx, 2026, 12, 8, 10, 0)
    _command(mail, ctx, case.id, "延期 20天 原因：需调取监控录像并与客户当面核实")
    assert local(case_of(ctx, case.id).due_at) == DUE, "beyond the staff's limit: waits for the president"
    approval = find(mail, PRESIDENT, case.id, "延期")[-1]
    return ctx, case, approval


@pytest.mark.parametrize("style,body,signature", [
    ("outlook", "批准。", "\n\n王强"), ("iphone", "批准", ""), ("outlook", "批准", ""), ("iphone", "批准。", "")])
def test_the_president_approves_an_extension_by_replying(tmp_path, mail, db_url, style, body, signature):
    ctx, case, approval = _extension_asked(tmp_path, mail, db_url)
    at(ctx, 2026, 12, 8, 15, 0)
    send(mail, ctx, client_reply(approval, PRESIDENT, body, style=style, signature=signature), PRESIDENT)
    extended = local(case_of(ctx, case.id).due_at)
    assert extended > DUE, event_kinds(ctx, case.id)
    answer = find(mail, PRESIDENT, "✓", case.id)
    assert answer and all(m == "✓" for m, _ in marks(answer[-1])), marks(answer[-1])
    told = [m for m in mail.messages(SANYUAN) if case.id in subject(m) and "延" in subject(m) + text_of(m)]
    assert told, "the unit hears its new time limit"
    assert f"{extended.month}月{extended.day}日" in text_of(told[-1])

    at(ctx, 2026, 12, 10, 18, 30)
    assert not [m for m in mail.messages(SANYUAN) if "【督办】" in subject(m)], "no overdue chase on the old date"


def test_only_the_presidents_approval_counts(tmp_path, mail, db_url):
    ctx, case, approval = _extension_asked(tmp_path, mail, db_url)
    at(ctx, 2026, 12, 8, 15, 0)
    send(mail, ctx, new_mail(VP1, f"[{case.id}] 延期审批", "批准"), VP1)            # a vice president
    _command(mail, ctx, case.id, "批准", sender=CLERK2)                               # a clerk
    # the president forwards the approval mail to a vice president, who answers it
    fwd = client_reply(approval, VP2, "批准", style="iphone")
    send(mail, ctx, fwd, VP2)
    assert local(case_of(ctx, case.id).due_at) == DUE, event_kinds(ctx, case.id)
    refused = [m for m in mail.messages(CLERK2) if "✗" in text_of(m)]
    assert refused, "the clerk is told 批准 is the president's"
    assert [m for m in mail.messages(VP1) if "✗" in text_of(m)] or [
        m for m in mail.messages(VP1) if "未经" in text_of(m) + subject(m)], (
        f"the vice president is told: {event_kinds(ctx, case.id)} "
        f"{[subject(m) for m in mail.messages(VP1)]} {[subject(m) for m in mail.messages(SANYUAN)]}")

    send(mail, ctx, client_reply(approval, PRESIDENT, "批准", style="iphone"), PRESIDENT)
    assert local(case_of(ctx, case.id).due_at) > DUE


def test_the_president_writing_agreed_is_not_left_as_a_note_to_the_unit(tmp_path, mail, db_url):
    ctx, case, approval = _extension_asked(tmp_path, mail, db_url)
    at(ctx, 2026, 12, 8, 15, 0)
    before = len(mail.messages(PRESIDENT))
    send(mail, ctx, client_reply(approval, PRESIDENT, "同意", style="iphone"), PRESIDENT)
    approved = local(case_of(ctx, case.id).due_at) > DUE
    told = len(mail.messages(PRESIDENT)) > before
    assert approved or told, f"同意 neither approves nor is answered: {event_kinds(ctx, case.id)}"
