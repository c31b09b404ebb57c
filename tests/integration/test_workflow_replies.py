"""Who answers, on real servers and both databases: only the lead unit's reply is the result.

A leader's reply is a 批示 passed to the units; a co-unit's is a contribution passed to the
lead unit; a clerk's text is a note sent nowhere; a unit's "not ours" sends the case back to
the office for 转办 with the reason quoted. None of these is the result, none calls the customer.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from complaints.sample_mail import complaint_mail
from core.clock import BRANCH_ZONE
from tests.integration.test_lifecycle_helpers import (
    CHENGGUAN, CLERK1, FORM, MEILIE, SANYUAN, VP1, case_of, csc_form_mail, kinds, only_case, parse, reply_to,
    submit, text_of, with_subject,
)
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context, vouched

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)   # a Thursday


def _case_with_co_unit(tmp_path, mail, db_url):
    """A routed case led by 三元支行 with 城关分理处 as co-unit; the 督办 mail the co-unit got."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    submit(mail, ctx, vouched(complaint_mail(sender=CLERK1, to=SERVICE, subject=f"[{case.id}] 指令", body="协办 城关")),
           CLERK1)
    [routing] = with_subject(mail, CHENGGUAN, "客户投诉督办")
    return ctx, case_of(ctx, case.id), routing


def test_a_leaders_reply_is_an_instruction_passed_to_the_units_never_the_result(tmp_path, mail, db_url):
    ctx, case, routing = _case_with_co_unit(tmp_path, mail, db_url)
    leader_copy = with_subject(mail, VP1, "客户投诉督办", count=2)[-1]  # the leader's own copy (masked)
    assert "陈晓梅" not in text_of(leader_copy) and "13859012345" not in text_of(leader_copy)
    before = {user: len(mail.messages(user)) for user in (SANYUAN, CHENGGUAN, OFFICE)}
    ctx.clock.at = AT + timedelta(hours=2)
    submit(mail, ctx, reply_to(leader_copy, sender=VP1, body="请三元支行高度重视，今天内联系客户并当面致歉。"), VP1)

    after = case_of(ctx, case.id)
    assert after.status == "routed" and after.result_text is None and after.due_at == case.due_at
    assert kinds(ctx, case.id)[-1] == "instruction"
    for unit in (SANYUAN, CHENGGUAN):
        [forward] = with_subject(mail, unit, "领导批示")
        assert "今天内联系客户并当面致歉" in text_of(forward) and "张明副行长" in text_of(forward)
        assert f"[{case.id}]" in str(parse(forward)["Subject"]) and parse(forward)["References"]
        assert len(mail.messages(unit)) == before[unit] + 1
    assert with_subject(mail, OFFICE, "领导批示"), "the office gets a copy of its own"
    assert not mail.messages(CLERK1) or not with_subject_any(mail, CLERK1, "请回访客户")


def with_subject_any(mail, user: str, words: str) -> list[bytes]:
    return [m for m in mail.messages(user) if words in str(parse(m)["Subject"])]


def test_a_co_units_reply_is_its_contribution_passed_to_the_lead_unit(tmp_path, mail, db_url):
    ctx, case, routing = _case_with_co_unit(tmp_path, mail, db_url)
    submit(mail, ctx, reply_to(routing, sender=CHENGGUAN, body="我处已调取当日监控，柜员确有怠慢，已批评教育。"), CHENGGUAN)

    after = case_of(ctx, case.id)
    assert after.status == "routed" and after.result_text is None
    assert kinds(ctx, case.id)[-1] == "contribution"
    [forward] = with_subject(mail, SANYUAN, "协办单位反馈")
    assert "柜员确有怠慢" in text_of(forward) and "城关分理处" in text_of(forward)
    assert not with_subject_any(mail, CLERK1, "请回访客户"), "a contribution does not call the customer"

    [lead_routing] = with_subject(mail, SANYUAN, "客户投诉督办", count=2)[-1:]
    submit(mail, ctx, reply_to(lead_routing, sender=SANYUAN, body="已向客户当面致歉，并增开对私窗口。"), SANYUAN)
    assert case_of(ctx, case.id).status == "answered"
    assert case_of(ctx, case.id).result_text.startswith("已向客户当面致歉"), "the lead unit's reply is the result"
    call = with_subject(mail, CLERK1, "请回访客户")[0]
    [leaders] = with_subject(mail, VP1, "办理结果报告")     # cc'd on the 督办: owed the result
    assert "增开对私窗口" in text_of(leaders) and "协办单位城关分理处：" in text_of(leaders)

    submit(mail, ctx, reply_to(call, sender=CLERK1, body="满意度 满意"), CLERK1)
    [result] = with_subject(mail, CSC, "客户投诉受理单 CSC-")
    text = text_of(result)
    assert "处理情况：" in text and "增开对私窗口" in text.split("处理情况：", 1)[1].split("处理单位", 1)[0]
    assert "三元支行（牵头）" in text and "协办单位城关分理处意见" in text and "柜员确有怠慢" in text
    assert "柜员确有怠慢" not in text.split("处理情况：", 1)[1].split("处理单位", 1)[0], "beside the result, not in it"
    html = [p.get_content() for p in parse(result).walk() if p.get_content_type() == "text/html"][0]
    assert "协办单位城关分理处意见" in html and "柜员确有怠慢" in html


def test_a_clerks_text_is_a_note_sent_nowhere(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    counts = {user: len(mail.messages(user)) for user in (SANYUAN, VP1, OFFICE, CSC)}
    # the clerk answers from her own mailbox outside any mail of hers: the server vouches for her
    submit(mail, ctx, vouched(reply_to(routing, sender=CLERK1, body="已电话联系网点负责人，对方表示今天处理。")), CLERK1)

    after = case_of(ctx, case.id)
    assert after.status == "routed" and after.result_text is None
    assert kinds(ctx, case.id)[-1] == "note"
    assert {user: len(mail.messages(user)) for user in counts} == counts
    assert not mail.messages(CLERK1)


def test_a_units_not_ours_reply_returns_the_case_to_the_office_with_the_reason(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    reason = "经核实，客户所述网点为梅列支行营业部，非我行辖区，请重新分派。"
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body=reason), SANYUAN)

    after = case_of(ctx, case.id)
    assert after.status == "triage" and after.unit is None and after.due_at is None
    assert after.result_text is None and after.satisfaction is None
    assert kinds(ctx, case.id)[-2:] == ["reassignment_requested", "triage"]
    [request] = with_subject(mail, OFFICE, "申请重新分派")
    assert "非我行辖区" in text_of(request) and "三元支行" in text_of(request) and "转办" in text_of(request)
    [confirm] = with_subject(mail, SANYUAN, "Re:")
    assert "已转分行工会重新分派" in text_of(confirm)
    assert parse(confirm)["In-Reply-To"] is not None and f"[{case.id}]" in str(parse(confirm)["Subject"])
    assert not with_subject_any(mail, CLERK1, "请回访客户"), "the customer is not called"

    submit(mail, ctx, reply_to(request, sender=CLERK1, body="转办 梅列支行"), CLERK1)
    routed = case_of(ctx, case.id)
    assert routed.status == "routed" and routed.unit == "ML" and routed.due_at is not None
    assert with_subject(mail, MEILIE, "客户投诉督办")


def test_a_co_units_not_ours_takes_it_off_the_case(tmp_path, mail, db_url):
    ctx, case, routing = _case_with_co_unit(tmp_path, mail, db_url)
    submit(mail, ctx, reply_to(routing, sender=CHENGGUAN, body="此件与我处无关，请核实。"), CHENGGUAN)

    after = case_of(ctx, case.id)
    assert after.status == "routed" and after.unit == "SY" and after.co_units == []
    [request] = with_subject(mail, OFFICE, "申请重新分派")
    assert "与我处无关" in text_of(request) and "城关分理处" in text_of(request)
