"""The daily calendar check: the union office hears, weeks ahead and then weekly, that next
year's holidays are missing — on the real servers, because the warning is a mail."""

from __future__ import annotations

import email
import email.policy
from datetime import date, datetime, time, timedelta

from complaints.clock import BRANCH_ZONE
from tests.support.calendar import LAST_KNOWN_YEAR, SLA_WITHOUT_EXTRA_HOLIDAYS
from tests.support.env import OFFICE, make_test_context, run_until_idle

MONDAY = datetime.combine(date(LAST_KNOWN_YEAR, 11, 24) - timedelta(days=date(LAST_KNOWN_YEAR, 11, 24).weekday()),
                          time(9, 0), tzinfo=BRANCH_ZONE)  # within 45 days of the unknown year's limits


def test_office_is_warned_weekly_until_next_years_holidays_are_listed(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=MONDAY,
                            extra=SLA_WITHOUT_EXTRA_HOLIDAYS)
    summaries = run_until_idle(ctx)
    assert any(f"calendar gap for {LAST_KNOWN_YEAR + 1}" in job for s in summaries for job in s.jobs)
    mail.wait_for(OFFICE, 1)

    ctx.clock.advance(hours=5)  # later the same day: checked already
    assert not any("calendar" in job for s in run_until_idle(ctx) for job in s.jobs)
    ctx.clock.advance(days=1)  # Tuesday: checked again, but this week's warning went out
    run_until_idle(ctx)
    ctx.clock.advance(days=7)  # a week on: reminded again
    run_until_idle(ctx)
    mail.wait_for(OFFICE, 3)  # the two warnings and the weekly digest
    texts = [t for t in map(_text, mail.messages(OFFICE)) if "工作日历缺少" in t]
    assert len(texts) == 2
    assert all(f"{LAST_KNOWN_YEAR + 1} 年的法定节假日" in t and "extra_holidays" in t for t in texts)


def test_no_warning_when_the_config_lists_next_year(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=MONDAY)
    summaries = run_until_idle(ctx)
    assert not any("calendar" in job for s in summaries for job in s.jobs)
    assert not [t for t in map(_text, mail.messages(OFFICE)) if "工作日历缺少" in t]


def _text(raw: bytes) -> str:
    return email.message_from_bytes(raw, policy=email.policy.default).get_body(("plain",)).get_content()
