"""Blind whole flows, time limits (docs/使用说明.md 一.5, 二.1): a case across the 2027 Spring
Festival while the year's arrangement is unknown (the （暂定） limit, the reminder the working day
before, the overdue 督办 after), and a form that reached the branch days after it was taken (its
limit counts from the 受理时间, it gains no days).

The clock is passed like days going by; real Postfix/Dovecot, both databases.
"""

from __future__ import annotations

from datetime import datetime

from core.clock import BRANCH_ZONE, local
from tests.integration.blind_flow_kit import (
    CLERK1, OFFICE, SANYUAN, VP1, at, case_of, client_reply, event_kinds, find, flow_ctx, open_case, routing_mail,
    send, subject, text_of,
)
from tests.integration.test_lifecycle_helpers import docx_of, docx_text
from tests.support.calendar import FIRST_UNKNOWN_YEAR, SLA_WITHOUT_EXTRA_HOLIDAYS

SPRING = datetime(2027, 2, 2, 10, 0, tzinfo=BRANCH_ZONE)   # Tuesday; 除夕 is Friday 2-5, 初一 Saturday 2-6
# 5 working days skipping 除夕 (2-5) to 初三 (2-8) and the weekend: 2-3, 2-4, 2-9, 2-10, 2-11
SPRING_DUE = datetime(2027, 2, 11, 18, 0, tzinfo=BRANCH_ZONE)
PROVISIONAL = FIRST_UNKNOWN_YEAR <= 2027
ANSWER = "经核实，客户所述属实。支行已向客户当面致歉，客户表示谅解；已对大额取款预约流程进行整改。"


def _chases(mail, user: str, case_id: str) -> list[str]:
    return [subject(m) for m in mail.messages(user)
            if case_id in subject(m) and ("提醒" in subject(m) or "【督办】" in subject(m))]


def test_a_case_across_the_2027_spring_festival_with_a_provisional_calendar(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, SPRING, extra=SLA_WITHOUT_EXTRA_HOLIDAYS)
    case = open_case(mail, ctx, {"acceptance_number": "CSC-20270202-0007", "accepted_at": "2027-02-02 09:30"})
    assert local(case_of(ctx, case.id).due_at) == SPRING_DUE
    routing = routing_mail(mail, SANYUAN, case.id)
    shown = "2027年2月11日 18:00" + ("（暂定）" if PROVISIONAL else "")
    assert shown in text_of(routing), text_of(routing)
    assert shown in docx_text(docx_of(routing)), "the 督办单 shows the same limit"
    if PROVISIONAL:
        assert find(mail, OFFICE, "2027", "暂定"), "the office is told the year's limits are provisional"

    for day in ((2027, 2, 4, 18, 30), (2027, 2, 5, 9, 30), (2027, 2, 8, 9, 30), (2027, 2, 9, 9, 30)):
        at(ctx, *day)
        assert not _chases(mail, SANYUAN, case.id), f"nothing to chase on {day}"
    at(ctx, 2027, 2, 10, 9, 30)
    [reminder] = find(mail, SANYUAN, "办理时限提醒", case.id)
    assert shown in text_of(reminder)
    at(ctx, 2027, 2, 11, 17, 0)
    assert len(_chases(mail, SANYUAN, case.id)) == 1
    at(ctx, 2027, 2, 11, 18, 30)
    [overdue] = find(mail, SANYUAN, "【督办】", case.id)
    assert find(mail, VP1, "【督办】", case.id), "the supervising leader gets the overdue 督办 too"
    at(ctx, 2027, 2, 12, 9, 30)
    assert len(_chases(mail, SANYUAN, case.id)) == 2, "one reminder, one 督办: nothing doubled"
    # the unit answers the overdue 督办 itself, late
    send(mail, ctx, client_reply(overdue, SANYUAN, ANSWER, style="outlook"), SANYUAN)
    assert case_of(ctx, case.id).status == "answered", event_kinds(ctx, case.id)
    at(ctx, 2027, 2, 17, 9, 30)
    assert len(_chases(mail, SANYUAN, case.id)) == 2, "an answered case is chased no more"


def test_a_form_that_arrives_late_gains_no_days(tmp_path, mail, db_url):
    arrived = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)   # Thursday
    ctx = flow_ctx(tmp_path, mail, db_url, arrived)
    case = open_case(mail, ctx, {"acceptance_number": "CSC-20261130-0003", "accepted_at": "2026-11-30 09:10"})
    # from Monday 11-30: 12-01, 12-02, 12-03, 12-04, 12-07
    assert local(case_of(ctx, case.id).due_at) == datetime(2026, 12, 7, 18, 0, tzinfo=BRANCH_ZONE)
    routing = routing_mail(mail, SANYUAN, case.id)
    assert "2026年12月7日 18:00" in text_of(routing)
    assert "2026年11月30日" in docx_text(docx_of(routing)), "the 督办单 shows when the complaint was taken"

    at(ctx, 2026, 12, 4, 9, 30)
    [reminder] = find(mail, SANYUAN, "办理时限提醒", case.id)
    at(ctx, 2026, 12, 7, 18, 30)
    assert find(mail, SANYUAN, "【督办】", case.id)
    assert case_of(ctx, case.id).overdue
    # the unit answers the reminder it has at hand, not the 督办 mail
    send(mail, ctx, client_reply(reminder, SANYUAN, ANSWER, style="iphone"), SANYUAN)
    assert case_of(ctx, case.id).status == "answered", event_kinds(ctx, case.id)
    assert find(mail, CLERK1, "请回访客户", case.id)


def test_a_case_received_in_late_december_crossing_into_2027(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, datetime(2026, 12, 28, 10, 0, tzinfo=BRANCH_ZONE),
                   extra=SLA_WITHOUT_EXTRA_HOLIDAYS)
    case = open_case(mail, ctx, {"acceptance_number": "CSC-20261228-0011", "accepted_at": "2026-12-28 09:20"})
    # 12-29, 12-30, 12-31, (1-1 元旦, weekend), 1-4, 1-5
    due = local(case_of(ctx, case.id).due_at)
    assert due == datetime(2027, 1, 5, 18, 0, tzinfo=BRANCH_ZONE), due
    routing = routing_mail(mail, SANYUAN, case.id)
    assert ("2027年1月5日 18:00" + ("（暂定）" if PROVISIONAL else "")) in text_of(routing)
