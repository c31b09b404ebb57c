"""Reminder, overdue 督办, escalation and the regulatory limit on the right working days across
2026's National Day (10-01..10-07 off, Saturday 10-10 a make-up working day), driven by the clock:
`complaints run-once --at` and a FixedClock, on real servers and both databases.
"""

from __future__ import annotations

from datetime import datetime

from complaints.sample_mail import complaint_mail
from core.clock import BRANCH_ZONE, local
from tests.integration.test_cli import cli
from tests.integration.test_lifecycle_helpers import (
    CLERK1, FORM, PRESIDENT, SANYUAN, VP1, case_of, csc_form_mail, docx_of, docx_text, kinds, only_case, parse, submit,
    text_of, with_subject,
)
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context, run_until_idle, vouched

RECEIVED = datetime(2026, 9, 29, 10, 0, tzinfo=BRANCH_ZONE)    # Tuesday before the holiday
NO_COMMENT_BOOK = "[comment_book]\nenabled = false\n"


def _at(ctx, *args) -> None:
    ctx.clock.at = datetime(*args, tzinfo=BRANCH_ZONE)
    run_until_idle(ctx)


def _subjects(mail, user: str) -> list[str]:
    return [str(parse(m)["Subject"]) for m in mail.messages(user)]


def test_reminder_overdue_and_escalation_across_national_day(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=RECEIVED, extra=NO_COMMENT_BOOK)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    # 5 working days after 9-29: 9-30, 10-08, 10-09, 10-10 (Saturday, 调休), 10-12
    assert local(case.due_at) == datetime(2026, 10, 12, 18, 0, tzinfo=BRANCH_ZONE)
    assert local(case.regulatory_due_at) == datetime(2026, 10, 14, 18, 0, tzinfo=BRANCH_ZONE)
    assert len(mail.messages(SANYUAN)) == 1

    _at(ctx, 2026, 10, 9, 18, 0)
    assert len(mail.messages(SANYUAN)) == 1, "no reminder before the working day ahead of the due day"

    out = cli(tmp_path / "complaints.toml", "run-once", "--at", "2026-10-10T09:30:00+08:00")
    assert "deadlines" in out.stdout
    [reminder] = with_subject(mail, SANYUAN, "办理时限提醒")
    assert f"[{case.id}]" in str(parse(reminder)["Subject"]) and "2026年10月12日 18:00" in text_of(reminder)
    _at(ctx, 2026, 10, 10, 11, 0)
    _at(ctx, 2026, 10, 11, 10, 0)
    _at(ctx, 2026, 10, 12, 17, 0)
    assert len(mail.messages(SANYUAN)) == 2 and kinds(ctx, case.id).count("reminded") == 1

    cli(tmp_path / "complaints.toml", "run-once", "--at", "2026-10-12T18:30:00+08:00")
    [notice] = with_subject(mail, SANYUAN, "【督办】")
    assert parse(notice)["To"] == SANYUAN and case.id in docx_text(docx_of(notice))
    assert with_subject(mail, VP1, "【督办】")
    assert case_of(ctx, case.id).overdue

    _at(ctx, 2026, 10, 14, 10, 0)
    assert not mail.messages(PRESIDENT), "two working days late: not yet the president's"
    _at(ctx, 2026, 10, 14, 18, 30)
    [regulatory] = with_subject(mail, PRESIDENT, "已超过监管时限")
    assert with_subject(mail, OFFICE, "已超过监管时限") and "15 天" in text_of(regulatory)
    _at(ctx, 2026, 10, 15, 8, 0)
    assert len(mail.messages(PRESIDENT)) == 1, "escalation waits for the start of business"
    _at(ctx, 2026, 10, 15, 9, 30)
    [escalation] = with_subject(mail, PRESIDENT, "【超时报告】")
    assert "3 个工作日" in str(parse(escalation)["Subject"])
    assert with_subject(mail, VP1, "【超时报告】") and with_subject(mail, OFFICE, "【超时报告】"), "a copy each"
    _at(ctx, 2026, 10, 16, 9, 30)
    assert len(mail.messages(PRESIDENT)) == 2 and len(mail.messages(SANYUAN)) == 3

    trail = kinds(ctx, case.id)
    assert [k for k in trail if k in ("reminded", "overdue", "regulatory_overdue", "escalated")] == [
        "reminded", "overdue", "regulatory_overdue", "escalated"]
    shown = cli(tmp_path / "complaints.toml", "--at", ctx.clock.now().isoformat(), "case", case.id).stdout
    for label in ("时限提醒", "超时督办", "超监管时限", "报告行长", "2026-10-10 09:30", "2026-10-15 09:30"):
        assert label in shown, label


def test_an_extension_moves_the_reminder_and_the_overdue_day(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=RECEIVED, extra=NO_COMMENT_BOOK)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    ctx.clock.at = datetime(2026, 10, 9, 10, 0, tzinfo=BRANCH_ZONE)
    submit(mail, ctx, vouched(complaint_mail(sender=CLERK1, to=SERVICE, subject=f"[{case.id}] 延期",
                                             body="延期 7天 原因：客户国庆后出差未归")), CLERK1)
    case = case_of(ctx, case.id)
    assert local(case.due_at) == datetime(2026, 10, 19, 18, 0, tzinfo=BRANCH_ZONE)
    assert local(case.regulatory_due_at) == datetime(2026, 10, 21, 18, 0, tzinfo=BRANCH_ZONE)

    _at(ctx, 2026, 10, 12, 18, 30)
    assert not [s for s in _subjects(mail, SANYUAN) if "督办】" in s or "提醒" in s]
    _at(ctx, 2026, 10, 16, 9, 30)
    assert len(with_subject(mail, SANYUAN, "办理时限提醒")) == 1
    _at(ctx, 2026, 10, 19, 18, 30)
    assert with_subject(mail, SANYUAN, "【督办】")
