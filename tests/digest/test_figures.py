"""The digest's figures for 2026-W13 on the seeded month, against numbers counted by hand from seed.SPECS.

Runs on SQLite and PostgreSQL (`db_url`): the same SQL must give the same figures on both,
including the percentile (percentile_cont on PostgreSQL, ORDER BY + OFFSET on SQLite).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from complaints.digest.figures import AnswerTimes, Rate, Satisfaction, compute_figures
from complaints.digest.weeks import IsoWeek
from core.store.db import session_scope
from core.store.models import Case
from tests.digest.helpers import NOW, WEEK, digest_context
from tests.digest.seed import at


def figures(ctx, week=WEEK):
    return compute_figures(ctx.engine, week, directory=ctx.directory, calendar=ctx.calendar, now=NOW)


@pytest.fixture
def fig(tmp_path, db_url):
    return figures(digest_context(tmp_path, db_url))


def test_headline_and_history(fig):
    # (week, new, closed, on time, on-time base, overdue at the week's end), counted by hand
    assert [(h.label, h.new, h.closed, h.on_time.hits, h.on_time.base, h.overdue) for h in fig.history] == [
        ("2026-W09", 4, 0, 0, 0, 0),
        ("2026-W10", 3, 1, 1, 4, 2),  # overdue: C21, C22
        ("2026-W11", 2, 2, 1, 4, 2),  # overdue: C21, C23 (C04 answered, not yet reopened)
        ("2026-W12", 5, 3, 2, 4, 3),  # overdue: C04 (reopened 17 March), C06, C21
        ("2026-W13", 9, 7, 7, 9, 4),  # overdue: C04, C08, C09, C21
    ]
    assert fig.history[0].on_time.value is None
    assert fig.headline.on_time.value == pytest.approx(7 / 9)


def test_week_totals(fig):
    assert fig.open == 12          # C04 C08 C09 C11 C12 C13 C14 C15 C17 C18 C20 C21
    assert fig.awaiting_answer == 10  # the open ones less C13 and C20 (answered)
    assert fig.regulatory == Rate(6, 7)  # C23 closed after its regulatory limit
    assert fig.answer_times == AnswerTimes(answered=7, median_days=4.5, p90_days=8.7)
    assert fig.satisfaction == Satisfaction(satisfied=2, basically_satisfied=3, dissatisfied=1, unrated=1)
    assert fig.reopened == 1       # C09 on 27 March (C04's reopen was in W12)


def test_breakdowns(fig):
    def rows(dimension):
        return [(r.label, r.new, r.closed, r.open) for r in fig.breakdown(dimension).rows]

    assert rows("channel") == [("省行客户服务中心", 2, 1, 2), ("客户上门", 1, 1, 2), ("客户信件", 1, 0, 2),
                               ("意见簿(箱)", 1, 1, 1), ("网络(总行客服中心)", 2, 2, 3), ("媒体", 1, 0, 1),
                               ("上级行转来", 1, 2, 1)]
    assert rows("unit") == [("三元支行", 3, 4, 3), ("梅列支行", 2, 2, 1), ("城关分理处", 0, 0, 3),
                            ("信用卡中心", 2, 1, 3), ("个人金融部", 1, 0, 1), ("未分派", 1, 0, 1)]
    assert sorted(rows("category")) == sorted([("银行卡", 3, 4, 2), ("个人存款", 2, 2, 3), ("信用卡", 2, 1, 4),
                                               ("理财", 1, 0, 2), ("未分类", 1, 0, 1)])
    assert rows("category")[-1][0] == "未分类"
    assert sorted(rows("cause")) == sorted([("服务态度", 2, 2, 2), ("业务差错", 2, 2, 4), ("收费争议", 2, 1, 3),
                                            ("系统故障", 2, 2, 2), ("未注明", 1, 0, 1)])
    assert rows("severity") == [("一般", 7, 6, 8), ("较大问题", 1, 1, 3), ("重大问题", 1, 0, 1)]


def test_overdue_cases_with_working_days_to_the_week_end(fig):
    # working days after the due date up to Sunday 29 March (no holidays in March 2026)
    assert [(o.case_id, o.unit_name, o.working_days_overdue) for o in fig.overdue] == [
        ("TS-2026-000021", "城关分理处", 17),
        ("TS-2026-000004", "信用卡中心", 12),
        ("TS-2026-000008", "城关分理处", 2),
        ("TS-2026-000009", "三元支行", 1),
    ]


def test_major_and_serious_cases_one_masked_line_each(fig):
    assert [m.case_id for m in fig.major] == ["TS-2026-000012", "TS-2026-000004", "TS-2026-000009",
                                              "TS-2026-000013"]
    serious = fig.major[0].line
    assert serious.startswith("【重大问题】TS-2026-000012｜信用卡中心｜媒体｜信用卡/收费争议｜已转办｜客户孙*")
    assert "13912340012" not in serious and "139****0012" in serious and "孙敏" not in serious


def test_unit_appraisal(fig):
    # unit, received, on-time base, on time, overdue, 满意, 基本满意, 不满意, reopened
    assert [(u.unit_name, u.received, u.on_time.base, u.on_time.hits, u.overdue,
             u.satisfaction.satisfied, u.satisfaction.basically_satisfied, u.satisfaction.dissatisfied,
             u.reopened) for u in fig.units] == [
        ("三元支行", 3, 3, 2, 1, 1, 2, 1, 1),
        ("梅列支行", 2, 2, 2, 0, 1, 1, 0, 0),
        ("城关分理处", 0, 2, 1, 2, 0, 0, 0, 0),
        ("信用卡中心", 2, 1, 1, 1, 0, 0, 0, 0),
        ("个人金融部", 1, 1, 1, 0, 0, 0, 0, 0),
        ("综合管理部", 0, 0, 0, 0, 0, 0, 0, 0),
        ("未分派", 1, 0, 0, 0, 0, 0, 0, 0),
    ]


def test_cases_of_the_week(fig):
    # received, due, answered or closed in W13, overdue at its end, or reopened in it; by receipt
    assert [c.case_id[-2:] for c in fig.cases] == [
        "21", "04", "23", "06", "07", "24", "08", "09", "20",
        "10", "11", "12", "13", "14", "15", "16", "17", "18"]
    flagged = {c.case_id[-2:]: (c.overdue_working_days, c.reopened) for c in fig.cases
               if c.overdue_working_days is not None or c.reopened}
    assert flagged == {"21": (17, 0), "04": (12, 0), "08": (2, 0), "09": (1, 1)}
    c23 = next(c for c in fig.cases if c.case_id == "TS-2026-000023")
    assert (c23.customer_name, c23.customer_phone) == ("欧阳**", "139****0023")


def test_week_boundaries_follow_branch_time(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url)
    # C19 (Mon 30 March 00:30, Sunday in UTC) is W14's; C20 (Sun 22 March 23:00) is W12's.
    w14 = figures(ctx, IsoWeek(2026, 14))
    assert w14.headline.new == 1 and [c.case_id for c in w14.cases if c.received_at >= at("03-30 00:00")] == [
        "TS-2026-000019"]
    assert "TS-2026-000019" not in [c.case_id for c in figures(ctx, WEEK).cases]


def test_percentiles_interpolate_between_ranks(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url, seeded=False)
    # four cases received Mon 13 April 00:30 (W16), answered after 5, 0.5, 2 and 1 days (all within W16):
    # sorted 0.5, 1, 2, 5 → median at rank 1.5 = 1.5; p90 at rank 2.7 = 2 + 0.7 * 3 = 4.1
    received = at("04-13 00:30")
    with session_scope(ctx.engine) as session:
        for n, days in enumerate((5, 0.5, 2, 1), start=1):
            session.add(Case(id=f"TS-2026-0001{n:02d}", status="answered", channel="csc", unit="SY",
                             received_at=received, due_at=at("04-20 18:00"),
                             answered_at=received + timedelta(days=days), updated_at=received))
    assert figures(ctx, IsoWeek(2026, 16)).answer_times == AnswerTimes(answered=4, median_days=1.5, p90_days=4.1)
    assert figures(ctx, IsoWeek(2026, 17)).answer_times == AnswerTimes(answered=0, median_days=None, p90_days=None)
