"""The office's scheduled mail on real servers and both databases: the daily 在办清单 on working
days from its time, each unit's weekly list, the month's 考核 report — each once."""

from __future__ import annotations

from datetime import datetime

from core.clock import BRANCH_ZONE
from tests.integration.test_enquiries import SECOND
from tests.integration.test_lifecycle_helpers import (
    CHENGGUAN, FORM, MEILIE, SANYUAN, csc_form_mail, parse, submit, text_of, with_subject,
)
from tests.support.env import CSC, OFFICE, make_test_context, run_until_idle

SCHEDULE_ON = """
[digest]
weekday = "monday"
time = "09:00"
to = ["union@branch.example"]
open_list = true
open_list_time = "08:30"
unit_lists = true
unit_list_weekday = "monday"
period_reports = true
"""


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BRANCH_ZONE)


def _subjects(mail, user: str, words: str) -> list[str]:
    return [str(parse(m)["Subject"]) for m in mail.messages(user) if words in str(parse(m)["Subject"])]


def _tick(mail, ctx, when: str) -> None:
    ctx.clock.at = _at(when)
    run_until_idle(ctx)
    mail.delivered()


def test_daily_and_weekly_lists_and_the_month_report(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=_at("2026-08-02 20:00"), extra=SCHEDULE_ON)  # a Sunday
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    submit(mail, ctx, csc_form_mail(SECOND), CSC)
    mail.delivered()
    assert _subjects(mail, OFFICE, "在办清单") == [], "no list on a Sunday"

    _tick(mail, ctx, "2026-08-03 08:29")
    assert _subjects(mail, OFFICE, "在办清单") == [], "not before open_list_time"

    _tick(mail, ctx, "2026-08-03 08:31")
    [office_list] = with_subject(mail, OFFICE, "在办清单")
    assert "在办案件 2 件" in text_of(office_list) and "全部单位" in str(parse(office_list)["Subject"])
    [sanyuan_list] = with_subject(mail, SANYUAN, "在办清单")
    assert "在办案件 1 件" in text_of(sanyuan_list) and "城关分理处" not in text_of(sanyuan_list)
    assert with_subject(mail, CHENGGUAN, "在办清单")
    assert _subjects(mail, MEILIE, "在办清单") == [], "a unit with no open case gets no list"
    names = [p.get_filename() for p in parse(office_list).iter_attachments()]
    assert names == ["在办清单-20260803.xlsx"]

    _tick(mail, ctx, "2026-08-03 15:00")
    assert len(_subjects(mail, OFFICE, "在办清单")) == 1 and len(_subjects(mail, SANYUAN, "在办清单")) == 1

    _tick(mail, ctx, "2026-08-04 08:40")   # Tuesday: the office's daily list again, not the units' weekly one
    assert len(with_subject(mail, OFFICE, "在办清单", count=2)) == 2
    assert len(_subjects(mail, SANYUAN, "在办清单")) == 1

    _tick(mail, ctx, "2026-09-01 08:45")   # Tuesday after August: the month report waits for 09:00
    assert _subjects(mail, OFFICE, "月度考核报告") == []
    _tick(mail, ctx, "2026-09-01 09:05")
    [report] = with_subject(mail, OFFICE, "月度考核报告")
    assert "2026年8月" in str(parse(report)["Subject"]) and "本月新收投诉 2 件" in text_of(report)
    assert sorted(p.get_filename() for p in parse(report).iter_attachments()) == [
        "digest-2026-08.docx", "digest-2026-08.xlsx"]
    _tick(mail, ctx, "2026-09-02 09:05")
    assert len(_subjects(mail, OFFICE, "月度考核报告")) == 1, "once per month"
    assert _subjects(mail, OFFICE, "季度考核报告") == [] and _subjects(mail, OFFICE, "年度考核报告") == []
