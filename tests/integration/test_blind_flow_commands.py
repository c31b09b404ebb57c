"""Blind whole flows, the office's case commands (docs/使用说明.md 一.2) as a busy clerk types them in
reply to the case's mail: a word of acknowledgement before the commands, an IME's full-width space
or comma, no space between the verb and the number; each line answered ✓ or ✗, and the units
affected hear of it.

Real Postfix/Dovecot, both databases.
"""

from __future__ import annotations

from datetime import datetime

from core.clock import BRANCH_ZONE, local
from tests.integration.blind_flow_kit import (
    CHENGGUAN, CLERK1, MEILIE, SANYUAN, at, case_of, client_reply, event_kinds, find, flow_ctx, marks, new_mail,
    open_case, routing_mail, send, text_of,
)

AT = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)   # due 12-10 18:00
DUE = datetime(2026, 12, 10, 18, 0, tzinfo=BRANCH_ZONE)


def _thread(mail, ctx, case_id: str) -> bytes:
    """The mail a clerk answers: the office gets no mail of its own when a case is routed (the guide
    promises none), so the clerk looks the case up (查询) and answers in that thread."""
    send(mail, ctx, new_mail(CLERK1, "", f"查询 {case_id}"), CLERK1)
    return find(mail, CLERK1, case_id)[-1]


def _answer(mail, before: int) -> bytes:
    got = mail.messages(CLERK1)
    assert len(got) > before, "the clerk got no answer"
    return got[-1]


def test_commands_typed_loosely_are_understood_line_by_line(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    routing_mail(mail, SANYUAN, case.id)
    at(ctx, 2026, 12, 3, 14, 0)
    thread = _thread(mail, ctx, case.id)
    before = len(mail.messages(CLERK1))
    body = "协办\u3000城关\n延期10天，原因：客户出差在外地，下周回来"
    send(mail, ctx, client_reply(thread, CLERK1, body, style="outlook",
                                 signature="\n\n工会 李娜"), CLERK1)
    answer = _answer(mail, before)
    assert [m for m, _ in marks(answer)] == ["✓", "✓"], text_of(answer)
    now = case_of(ctx, case.id)
    assert now.co_units == ["CG"], now.co_units
    assert local(now.due_at) > DUE, event_kinds(ctx, case.id)
    assert routing_mail(mail, CHENGGUAN, case.id), "the co-unit gets its 督办"
    assert not mail.messages(MEILIE)


def test_a_greeting_line_does_not_stop_the_commands_below_it(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    at(ctx, 2026, 12, 3, 14, 0)
    thread = _thread(mail, ctx, case.id)
    before = len(mail.messages(CLERK1))
    body = "好的。\n转办  梅列支行。\n重大 客户已两次投诉"
    send(mail, ctx, client_reply(thread, CLERK1, body, style="iphone"), CLERK1)
    answer = _answer(mail, before)
    now = case_of(ctx, case.id)
    assert now.unit == "ML" and now.severity in ("major", "serious"), (now.unit, now.severity, text_of(answer))
    assert routing_mail(mail, MEILIE, case.id)
    assert [m for m, _ in marks(answer)].count("✓") == 2, text_of(answer)


def test_closing_before_the_units_answer_is_refused_with_the_reason(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    at(ctx, 2026, 12, 3, 14, 0)
    thread = _thread(mail, ctx, case.id)
    before = len(mail.messages(CLERK1))
    send(mail, ctx, client_reply(thread, CLERK1, "办结", style="iphone"), CLERK1)
    answer = _answer(mail, before)
    assert [m for m, _ in marks(answer)] == ["✗"], text_of(answer)
    assert case_of(ctx, case.id).status == "routed"
    # the same command written afresh from the clerk's own mailbox, with the tag in the subject
    before = len(mail.messages(CLERK1))
    send(mail, ctx, new_mail(CLERK1, f"[{case.id}]", "满意度 满意"), CLERK1)
    answer = _answer(mail, before)
    assert [m for m, _ in marks(answer)] == ["✗"], text_of(answer)
    assert case_of(ctx, case.id).status == "routed"


def test_satisfaction_and_closing_typed_with_punctuation(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    case = open_case(mail, ctx)
    routing = routing_mail(mail, SANYUAN, case.id)
    send(mail, ctx, client_reply(routing, SANYUAN, "经核实，已向客户当面致歉，客户表示谅解；已整改预约流程。",
                                 style="iphone"), SANYUAN)
    call = find(mail, CLERK1, "请回访客户", case.id)[-1]
    before = len(mail.messages(CLERK1))
    send(mail, ctx, client_reply(call, CLERK1, "满意度：满意\n办结。", style="outlook"), CLERK1)
    answer = _answer(mail, before)
    assert case_of(ctx, case.id).status == "closed", text_of(answer)
