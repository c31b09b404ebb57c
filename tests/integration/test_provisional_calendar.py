"""暂定 deadlines on the real servers and both databases: a case received just before 春节 2027
(除夕 2027-02-05) is due on a provisional date the unit sees marked （暂定）; the office hears
once that 2027 is provisional; when the year's arrangement arrives in the config the case is
recomputed once and the unit gets one short notice; 延期 into the provisional year works.

2027 is made provisional explicitly (`as_provisional`), so the tests keep testing the derived
calendar when a newer chinesecalendar knows the year.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from datetime import datetime

from sqlmodel import Session, select

from complaints.context import Context
from complaints.sample_mail import complaint_mail
from core.clock import BRANCH_ZONE, local
from core.store.models import Event
from tests.integration.test_lifecycle_helpers import (
    CLERK1, FORM, SANYUAN, case_of, csc_form_mail, docx_of, docx_text, only_case, parse, reply_to, submit,
    text_of, with_subject,
)
from tests.integration.test_cli import cli
from tests.support.calendar import SLA_WITHOUT_EXTRA_HOLIDAYS
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context, run_until_idle, vouched

NO_COMMENT_BOOK = "[comment_book]\nenabled = false\n"
NOTICE_2027 = (Path(__file__).parents[1] / "parsers" / "notices" / "2027-stand-in.txt").read_text(encoding="utf-8")
# a stand-in for the State Council's 2027 notice: 元旦 Jan 1-3, 春节 Feb 5-12 off, Sun Jan 31 and Sat Feb 20 worked
OFFICIAL_2027 = SLA_WITHOUT_EXTRA_HOLIDAYS + """extra_holidays = ["2027-01-01", "2027-01-02", "2027-01-03",
  "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12"]
extra_workdays = ["2027-01-31", "2027-02-20"]
""" + NO_COMMENT_BOOK


def _at(*args) -> datetime:
    return datetime(*args, tzinfo=BRANCH_ZONE)


def provisional_2027(tmp_path, mail, db_url, at: datetime) -> Context:
    ctx = make_test_context(tmp_path, mail, db_url, at=at, extra=SLA_WITHOUT_EXTRA_HOLIDAYS + NO_COMMENT_BOOK)
    return replace(ctx, calendar=ctx.calendar.as_provisional([2027]))


def _recomputed(ctx: Context, case_id: str) -> list[Event]:
    """The case's events that record a recomputation of its provisional deadlines."""
    with Session(ctx.engine) as session:
        return [e for e in session.exec(select(Event).where(Event.case_id == case_id)).all()
                if str((e.data or {}).get("step", "")).startswith("calendar-")]


def _office_notices(mail) -> list[bytes]:
    return [m for m in mail.messages(OFFICE) if "节假日安排尚未公布" in str(parse(m)["Subject"])]


def test_a_case_on_the_eve_of_spring_festival_2027_is_provisional_until_the_arrangement_is_known(
        tmp_path, mail, db_url):
    ctx = provisional_2027(tmp_path, mail, db_url, _at(2027, 2, 4, 10))
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    # 除夕 Fri Feb 5 to 初三 Mon Feb 8 are statutory: Feb 9, 10, 11, 12, 15
    assert local(case.due_at) == _at(2027, 2, 15, 18) and case.fields["provisional_years"] == [2027]

    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    assert "并于 2027年2月15日 18:00（暂定） 前反馈" in text_of(routing)
    form = docx_text(docx_of(routing))
    assert "2027年2月15日 18:00（暂定）" in form and "2027年2月19日 18:00（暂定）" in form   # due, regulatory
    shown = cli(tmp_path / "complaints.toml", "case", case.id)
    assert "due 2027-02-15T18:00:00+08:00" in shown.stdout and "暂定 (provisional: 2027)" in shown.stdout
    assert json.loads(cli(tmp_path / "complaints.toml", "case", case.id, "--json").stdout)["provisional_years"] == [2027]
    [notice] = _office_notices(mail)
    assert "2027 年" in text_of(notice) and "（暂定）" in text_of(notice)

    ctx.clock.at = _at(2027, 2, 5, 10)
    run_until_idle(ctx)
    assert len(_office_notices(mail)) == 1, "the office is told once per year"

    # the arrangement becomes known: the operator lists it in [sla]; the service picks it up
    known = make_test_context(tmp_path, mail, db_url, at=_at(2027, 2, 8, 10), extra=OFFICIAL_2027)
    summaries = run_until_idle(known)
    assert any(f"{case.id} due moved" in job for s in summaries for job in s.jobs), summaries
    case = case_of(known, case.id)
    assert local(case.due_at) == _at(2027, 2, 19, 18) and "provisional_years" not in case.fields
    assert local(case.regulatory_due_at) == _at(2027, 2, 19, 18)
    [moved] = with_subject(mail, SANYUAN, "办理时限已按2027年放假安排确定")
    assert f"[{case.id}]" in str(parse(moved)["Subject"])
    assert "由 2027年2月15日 18:00（暂定） 调整为 2027年2月19日 18:00" in text_of(moved)
    assert "2027年2月19日 18:00（暂定）" not in text_of(moved)
    assert with_subject(mail, OFFICE, "办理时限已按2027年放假安排确定"), "the office gets a copy of its own"

    known.clock.at = _at(2027, 2, 12, 9, 30)   # the old reminder day: nothing, and nothing recomputed again
    summaries = run_until_idle(known)
    assert not any("due" in job for s in summaries for job in s.jobs)
    assert len(mail.messages(SANYUAN)) == 2
    known.clock.at = _at(2027, 2, 18, 9, 30)
    run_until_idle(known)
    [reminder] = with_subject(mail, SANYUAN, "办理时限提醒")
    assert "2027年2月19日 18:00" in text_of(reminder) and "暂定" not in text_of(reminder)
    assert len(_recomputed(known, case.id)) == 1
    assert json.loads(cli(tmp_path / "complaints.toml", "case", case.id, "--json").stdout)["provisional_years"] == []


def test_an_unchanged_due_date_is_confirmed_without_a_mail(tmp_path, mail, db_url):
    ctx = provisional_2027(tmp_path, mail, db_url, _at(2027, 3, 1, 10))   # Monday; nothing off until 清明
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    assert local(case.due_at) == _at(2027, 3, 8, 18) and case.fields["provisional_years"] == [2027]
    known = make_test_context(tmp_path, mail, db_url, at=_at(2027, 3, 2, 10), extra=OFFICIAL_2027)
    run_until_idle(known)
    case = case_of(known, case.id)
    assert local(case.due_at) == _at(2027, 3, 8, 18) and "provisional_years" not in case.fields
    assert len(mail.messages(SANYUAN)) == 1, "the unit hears only of a date that moved"
    assert len(_recomputed(known, case.id)) == 1


def test_an_extension_into_the_provisional_year(tmp_path, mail, db_url):
    ctx = provisional_2027(tmp_path, mail, db_url, _at(2026, 12, 21, 10))   # Monday
    submit(mail, ctx, csc_form_mail({**FORM, "accepted_at": "2026-12-21 10:00"}), CSC)
    case = only_case(ctx)
    assert local(case.due_at) == _at(2026, 12, 28, 18)
    assert case.fields["provisional_years"] == [2027]          # the regulatory limit reaches 2027
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    assert "2026年12月28日 18:00 前反馈" in text_of(routing)   # the due date itself is firm
    assert "2027年1月5日 18:00（暂定）" in text_of(routing)    # Dec 21 + 15 days

    ctx.clock.at = _at(2026, 12, 24, 10)
    submit(mail, ctx, vouched(complaint_mail(sender=CLERK1, to=SERVICE, subject=f"[{case.id}] 延期",
                                             body="延期 10天 原因：客户出差")), CLERK1)
    [answer] = with_subject(mail, CLERK1, f"[{case.id}]")
    assert "✓" in text_of(answer) and "办理时限 2027年1月7日 18:00（暂定）" in text_of(answer)
    case = case_of(ctx, case.id)
    assert local(case.due_at) == _at(2027, 1, 7, 18) and case.fields["regulatory_days"] == 25
    [changed] = with_subject(mail, SANYUAN, "办理时限已调整")
    assert "2027年1月7日 18:00（暂定）" in text_of(changed)


def test_the_office_forwards_the_state_councils_notice_and_confirms_it(tmp_path, mail, db_url):
    ctx = provisional_2027(tmp_path, mail, db_url, _at(2027, 2, 4, 10))
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    assert local(case.due_at) == _at(2027, 2, 15, 18)

    ctx.clock.at = _at(2027, 2, 4, 15)
    submit(mail, ctx, complaint_mail(sender=CLERK1, to=SERVICE, subject="转发：国务院办公厅关于2027年部分节假日安排的通知",
                                     body=NOTICE_2027), CLERK1)
    [proposal] = with_subject(mail, CLERK1, "部分节假日安排的通知")
    text = text_of(proposal)
    assert "春节：2月5日至12日放假，1月31日、2月20日上班" in text, text
    assert "确认放假安排 2027" in text and "注意" not in text
    assert local(case_of(ctx, case.id).due_at) == _at(2027, 2, 15, 18), "nothing moves before the office confirms"
    assert len(mail.messages(SANYUAN)) == 1

    ctx.clock.at = _at(2027, 2, 4, 16)
    submit(mail, ctx, reply_to(proposal, sender=CLERK1, body="确认放假安排 2027"), CLERK1)
    [answer] = with_subject(mail, CLERK1, "部分节假日安排的通知", count=2)[1:]
    assert "✓" in text_of(answer) and "已确认 2027 年放假安排" in text_of(answer), text_of(answer)
    case = case_of(ctx, case.id)
    assert local(case.due_at) == _at(2027, 2, 19, 18) and "provisional_years" not in case.fields
    [moved] = with_subject(mail, SANYUAN, "办理时限已按2027年放假安排确定")
    assert "由 2027年2月15日 18:00（暂定） 调整为 2027年2月19日 18:00" in text_of(moved)

    ctx.clock.at = _at(2027, 2, 5, 9)   # a second confirmation, written in the case's thread, changes nothing
    submit(mail, ctx, vouched(complaint_mail(sender=CLERK1, to=SERVICE, subject=f"[{case.id}] 指令",
                                             body="确认放假安排 2027")), CLERK1)
    [again] = with_subject(mail, CLERK1, f"[{case.id}]")
    assert "✓" in text_of(again) and "此前已确认" in text_of(again), text_of(again)
    assert len(mail.messages(SANYUAN)) == 2 and len(_recomputed(ctx, case.id)) == 1


def test_a_notice_that_cannot_be_read_is_answered_and_changes_nothing(tmp_path, mail, db_url):
    ctx = provisional_2027(tmp_path, mail, db_url, _at(2027, 2, 4, 10))
    broken = NOTICE_2027.replace("放假调休，共8天", "放假调休，共9天")
    submit(mail, ctx, complaint_mail(sender=CLERK1, to=SERVICE, subject="转发：国务院办公厅关于2027年部分节假日安排的通知",
                                     body=broken), CLERK1)
    [answer] = with_subject(mail, CLERK1, "部分节假日安排的通知")
    assert "共 9 天" in text_of(answer) and "春节" in text_of(answer)
    submit(mail, ctx, reply_to(answer, sender=CLERK1, body="确认放假安排 2027"), CLERK1)
    [refused] = with_subject(mail, CLERK1, "部分节假日安排的通知", count=2)[1:]
    assert "✗" in text_of(refused) and "没有待确认的 2027 年放假安排" in text_of(refused)
    assert ctx.calendar.is_provisional(2027)


def test_a_worker_that_learns_the_arrangement_late_recomputes_what_it_marked(tmp_path, mail, db_url):
    first = provisional_2027(tmp_path, mail, db_url, _at(2027, 2, 4, 10))
    second = provisional_2027(tmp_path, mail, db_url, _at(2027, 2, 4, 10))   # another worker, same database
    submit(mail, first, complaint_mail(sender=CLERK1, to=SERVICE, subject="转发：国务院办公厅关于2027年部分节假日安排的通知",
                                       body=NOTICE_2027), CLERK1)
    [proposal] = with_subject(mail, CLERK1, "部分节假日安排的通知")
    submit(mail, first, reply_to(proposal, sender=CLERK1, body="确认放假安排 2027"), CLERK1)
    assert not first.calendar.is_provisional(2027) and second.calendar.is_provisional(2027)

    # the second worker takes a complaint before its pass has learned the confirmed arrangement: it
    # marks the case 暂定, then learns, and looks at the open cases itself (the first already had)
    submit(mail, second, csc_form_mail(FORM), CSC)
    case = only_case(second)
    assert local(case.due_at) == _at(2027, 2, 19, 18) and "provisional_years" not in case.fields
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    assert "2027年2月15日 18:00（暂定）" in text_of(routing)
    [moved] = with_subject(mail, SANYUAN, "办理时限已按2027年放假安排确定")
    assert "调整为 2027年2月19日 18:00" in text_of(moved)
