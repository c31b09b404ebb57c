"""The seed's three levels (一般 / 较大问题 / 重大问题), by command, on real servers and both databases.

Raising the level by command reaches exactly whom intake would have told at that level, with
the clerk's reason quoted; `重大` as a clerk types it reaches the president.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, select

from core.clock import BRANCH_ZONE
from core.store.models import Case
from complaints.sample_mail import complaint_mail
from tests.integration.test_lifecycle_helpers import (
    CLERK1, FORM, PRESIDENT, VP1, case_of, csc_form_mail, only_case, parse, submit, text_of, with_subject,
)
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context, vouched
from tests.support.mailservers import accounts

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)   # a Thursday
LEVELS_ORDER = ("normal", "major", "serious")
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


def all_cases(ctx) -> list[Case]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(Case)).all())


def _told(mail, case_id: str, words: str) -> set[str]:
    """Every mailbox holding a mail of this case whose subject has `words` (once Postfix has
    tried all it was handed: nothing more is on its way)."""
    mail.attempted()
    return {user for user in accounts() for m in mail.messages(user)
            if case_id in str(parse(m)["Subject"]) and words in str(parse(m)["Subject"])}


def _case(mail, ctx, number: str, phone: str, content: str) -> str:
    before = {c.id for c in all_cases(ctx)}
    submit(mail, ctx, csc_form_mail({**FORM, "acceptance_number": number, "phone": phone, "content": content}), CSC)
    [new] = [c for c in all_cases(ctx) if c.id not in before]
    return new.id


def test_a_level_raised_by_command_tells_exactly_whom_intake_tells_at_that_level(tmp_path, mail, db_url):
    """The same unit and business line, one case raised by a clerk, one read at that level by
    intake: the same mailboxes get the level's report, and the command's carries the reason."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    for level, word, signal in (("major", "较大问题", "客户称已委托律师准备起诉。"),
                                ("serious", "重大问题", "客户称已联系记者准备曝光。")):
        n = LEVELS_ORDER.index(level)
        raised = _case(mail, ctx, f"CSC-20261126-02{n}1", f"1385901{n}001", "客户反映三元支行柜员办理存款时态度冷淡。")
        reason = f"客户第{n + 2}次来电，情绪激动"
        _command(mail, ctx, raised, f"{word} {reason}")
        read = _case(mail, ctx, f"CSC-20261126-02{n}2", f"1385901{n}002", f"客户反映三元支行柜员态度冷淡，{signal}")
        assert case_of(ctx, raised).severity == level and case_of(ctx, read).severity == level
        title = f"{word}客户投诉报告"
        by_command, by_intake = _told(mail, raised, title), _told(mail, read, title)
        assert by_command and by_command == by_intake, (level, by_command, by_intake)
        assert (PRESIDENT in by_command) == (level == "serious"), by_command
        for user in by_command - {OFFICE}:
            [report] = [m for m in mail.messages(user) if raised in str(parse(m)["Subject"])
                        and title in str(parse(m)["Subject"])]
            assert reason in text_of(report)
