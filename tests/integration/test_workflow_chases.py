"""What the office owes and what leaders are promised, on real servers and both databases.

A case left unassigned chases the office after 1 working day, then its supervising leader;
an unrecorded satisfaction call chases the staff; leaders told of a case get its result when
it is answered and when it is closed; a 重大问题 case takes a meeting's decision to its unit;
acknowledgements go only to sources outside the branch.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from core.clock import BRANCH_ZONE
from complaints.sample_mail import complaint_mail
from tests.integration.test_lifecycle_helpers import (
    CLERK1, CUSTOMER, FORM, PRESIDENT, SANYUAN, VP1, case_of, csc_form_mail, kinds, only_case, parse, reply_to, submit, text_of,
    with_subject,
)
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context, run_until_idle, vouched

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)   # a Thursday
VP2 = "vp2@branch.example"                               # the office's supervising leader in the sample config
SCANNER = "scanner@branch.example"


def _subjects(mail, user: str, words: str) -> list[bytes]:
    return [m for m in mail.messages(user) if words in str(parse(m)["Subject"])]


def _command(mail, ctx, case_id: str, body: str) -> bytes:
    submit(mail, ctx, vouched(complaint_mail(sender=CLERK1, to=SERVICE, subject=f"[{case_id}] 指令", body=body)),
           CLERK1)
    return with_subject(mail, CLERK1, f"[{case_id}] 指令")[-1]


def _routed_case(tmp_path, mail, db_url):
    """A case from the province's centre, routed to 三元支行; its 督办 mail."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    return ctx, only_case(ctx), routing


def test_an_unassigned_case_chases_the_office_then_its_leader(tmp_path, mail, db_url):
    ctx, case, routing = _routed_case(tmp_path, mail, db_url)
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="该客户不属于我行辖区，请重新分派。"), SANYUAN)
    assert case_of(ctx, case.id).status == "triage"

    ctx.clock.at = datetime(2026, 11, 27, 17, 0, tzinfo=BRANCH_ZONE)   # Friday, before the office's deadline
    run_until_idle(ctx)
    assert not _subjects(mail, OFFICE, "待分派案件催办")
    ctx.clock.at = datetime(2026, 11, 27, 18, 30, tzinfo=BRANCH_ZONE)  # one working day gone
    run_until_idle(ctx)
    [chase] = with_subject(mail, OFFICE, "待分派案件催办")
    assert f"[{case.id}]" in str(parse(chase)["Subject"]) and "转办" in text_of(chase)
    assert not _subjects(mail, VP2, "待分派")

    ctx.clock.at = datetime(2026, 11, 30, 18, 30, tzinfo=BRANCH_ZONE)  # Monday: a second working day
    run_until_idle(ctx)
    [leader] = with_subject(mail, VP2, "待分派案件督办")
    assert "李华" in text_of(leader)
    run_until_idle(ctx)
    assert len(_subjects(mail, OFFICE, "待分派案件催办")) == 1 and len(_subjects(mail, VP2, "待分派")) == 1


def test_an_unrecorded_satisfaction_call_is_chased_then_escalated_to_the_offices_leader(tmp_path, mail, db_url):
    ctx, case, routing = _routed_case(tmp_path, mail, db_url)
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="已向客户致歉并增开窗口。"), SANYUAN)
    assert case_of(ctx, case.id).status == "answered"

    ctx.clock.at = datetime(2026, 11, 30, 17, 0, tzinfo=BRANCH_ZONE)   # Monday, within two working days
    run_until_idle(ctx)
    assert not _subjects(mail, CLERK1, "客户回访催办")
    ctx.clock.at = datetime(2026, 11, 30, 18, 30, tzinfo=BRANCH_ZONE)
    run_until_idle(ctx)
    [chase] = with_subject(mail, CLERK1, "客户回访催办")
    assert "满意度 满意" in text_of(chase) and f"[{case.id}]" in str(parse(chase)["Subject"])
    assert not _subjects(mail, VP2, "客户回访"), "the leader hears of it a working day after the chase"
    ctx.clock.at = datetime(2026, 12, 1, 18, 30, tzinfo=BRANCH_ZONE)
    run_until_idle(ctx)
    run_until_idle(ctx)
    assert len(_subjects(mail, CLERK1, "客户回访催办")) == 1
    [leader] = with_subject(mail, VP2, "客户回访督办")
    assert "李华" in text_of(leader) and "满意度 满意" in text_of(leader) and f"[{case.id}]" in str(parse(leader)["Subject"])
    assert with_subject(mail, CLERK1, "客户回访督办") and with_subject(mail, OFFICE, "客户回访督办")
    assert kinds(ctx, case.id).count("escalated") == 1


def test_leaders_told_of_a_case_get_its_result_when_answered_and_when_closed(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    _command(mail, ctx, case.id, "较大 客户一周内第二次投诉")
    [notice] = with_subject(mail, VP1, "较大问题客户投诉报告")
    assert "办理结果另行报告" in text_of(notice)
    routing = with_subject(mail, SANYUAN, "客户投诉督办")[0]

    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="已向客户当面致歉并增开对私窗口。"), SANYUAN)
    [report] = with_subject(mail, VP1, "办理结果报告")
    assert "增开对私窗口" in text_of(report) and with_subject(mail, OFFICE, "办理结果报告"), "the office gets its own copy"
    call = with_subject(mail, CLERK1, "请回访客户")[0]
    submit(mail, ctx, reply_to(call, sender=CLERK1, body="满意度 满意"), CLERK1)
    assert case_of(ctx, case.id).status == "closed"
    [closed] = with_subject(mail, VP1, "办结报告")
    assert "客户满意度：满意" in text_of(closed)
    assert not _subjects(mail, "president@branch.example", "报告"), "the president was never told of it"


def test_a_meeting_decision_on_a_major_case_goes_to_its_unit(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    refused = _command(mail, ctx, case.id, "会议 2026-11-27 决定：由支行行长上门致歉")
    assert "✗" in text_of(refused) and "重大问题" in text_of(refused)
    assert case_of(ctx, case.id).status == "routed" and "meeting" not in kinds(ctx, case.id)

    _command(mail, ctx, case.id, "重大 客户扬言向媒体反映")
    answer = _command(mail, ctx, case.id, "会议 2026-11-27 决定：由支行行长上门致歉并退还手续费")
    assert "✓" in text_of(answer) and "2026年11月27日" in text_of(answer)
    [decision] = with_subject(mail, SANYUAN, "会议研究决定")
    assert "由支行行长上门致歉并退还手续费" in text_of(decision) and "2026年11月27日" in text_of(decision)
    assert kinds(ctx, case.id).count("meeting") == 1


def test_acknowledgements_go_only_outside_the_branch(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    letter = complaint_mail(sender=SCANNER, to=SERVICE, subject="客户来信扫描件",
                            body="客户王先生来信反映：三元支行营业部柜员办理业务时态度恶劣，拒绝解释收费原因。"
                                 "要求支行道歉。联系电话 13900001111。")
    submit(mail, ctx, letter, SCANNER)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    assert not _subjects(mail, OFFICE, "投诉已受理"), "the office scanned the letter itself"
    assert not _subjects(mail, SCANNER, "投诉已受理")
    assert _subjects(mail, CSC, "投诉已受理"), "the province's centre is outside the branch"

    walk_in = ("客户上门投诉登记\n客户姓名：陈阿姨  电话 139-0598-1122  邮箱 customer@customer.example\n"
               "客户反映上周在本网点办理存单挂失，至今未收到新存单，要求尽快补办。\n登记人：柜员 刘婷")
    submit(mail, ctx, complaint_mail(sender=SANYUAN, to=SERVICE, subject="客户上门投诉登记", body=walk_in), SANYUAN)
    assert not _subjects(mail, SANYUAN, "受理"), "the outlet registered the case itself"
    [receipt] = with_subject(mail, CUSTOMER, "您反映的问题已受理")
    assert "刘婷" not in text_of(receipt) and "分行工会" not in text_of(receipt), "a neutral receipt, no staff"
    assert len(_subjects(mail, CUSTOMER, "受理")) == 1, "one receipt for the one case that gave the address"


def test_leaders_on_the_duban_and_at_escalation_get_the_result_when_answered_and_when_closed(tmp_path, mail, db_url):
    """An ordinary case: the unit's leader, cc'd on the 督办, and the president, told when the
    unit ran past its limit, are each owed the result ("办理结果另行报告") — answered and closed."""
    ctx, case, routing = _routed_case(tmp_path, mail, db_url)
    assert case.severity == "normal" and with_subject(mail, VP1, "客户投诉督办"), "the unit's leader is cc'd"
    ctx.clock.at = AT + timedelta(days=12)       # past the due date and three working days more
    run_until_idle(ctx)
    assert case_of(ctx, case.id).status == "routed" and "escalated" in kinds(ctx, case.id)
    assert [m for m in mail.messages(PRESIDENT) if case.id in str(parse(m)["Subject"])], "the president was told"
    assert not _subjects(mail, VP1, "办理结果报告") and not _subjects(mail, PRESIDENT, "办理结果报告")

    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="已向客户当面致歉并增开对私窗口。"), SANYUAN)
    for leader in (VP1, PRESIDENT):
        [report] = with_subject(mail, leader, "办理结果报告")
        assert "增开对私窗口" in text_of(report) and str(parse(report)["To"]) == leader
    assert not _subjects(mail, VP2, "办理结果报告"), "a leader never told of the case is owed nothing"
    call = with_subject(mail, CLERK1, "请回访客户")[0]
    submit(mail, ctx, reply_to(call, sender=CLERK1, body="满意度 基本满意"), CLERK1)
    assert case_of(ctx, case.id).status == "closed"
    for leader in (VP1, PRESIDENT):
        [closed] = with_subject(mail, leader, "办结报告")
        assert "客户满意度：基本满意" in text_of(closed)
    assert len(_subjects(mail, VP1, "办理结果报告")) == 1
