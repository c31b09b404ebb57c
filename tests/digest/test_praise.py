"""Customers' praise in the digest: the comment books' and the units' own mail (锦旗, 表扬信), per unit, on both DBs."""

from __future__ import annotations

from datetime import date

from complaints.comment_book_duty import load_day, record_praise, save_day
from complaints.digest.figures import compute_figures
from complaints.digest.tables import summary_lines
from complaints.digest.weeks import IsoWeek
from core.store.db import session_scope
from tests.digest.helpers import NOW, WEEK, digest_context

THURSDAY = date(2026, 3, 26)  # in WEEK (2026-W13)


def test_praise_a_unit_mailed_is_counted_beside_the_comment_books(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url, seeded=False)
    with session_scope(ctx.engine) as session:
        day = load_day(session, THURSDAY)
        day["replies"]["SY"] = {"at": "", "cases": [], "praise": ["客户表扬柜员业务熟练。"]}
        save_day(session, THURSDAY, day)
        record_praise(session, THURSDAY, "ML", "客户赠送锦旗及表扬信，感谢柜员识破电信诈骗。")
        record_praise(session, THURSDAY, "SY", "客户来信感谢大堂经理。")
        record_praise(session, date(2026, 3, 30), "ML", "下周的表扬不算本周。")

    with session_scope(ctx.engine) as session:
        day = load_day(session, THURSDAY)
    assert "ML" not in day["replies"], "praise by mail is not the outlet's comment-book answer"
    fig = compute_figures(ctx.engine, WEEK, directory=ctx.directory, calendar=ctx.calendar, now=NOW)
    sanyuan, meilie = ctx.directory.unit_by_code("SY").name, ctx.directory.unit_by_code("ML").name
    assert fig.praise == 3 and fig.praise_units == ((sanyuan, 2), (meilie, 1))
    assert f"本周记录客户表扬 3 条（意见簿及单位报送，不计入投诉）：{sanyuan} 2 条、{meilie} 1 条。" in summary_lines(fig)
    later = compute_figures(ctx.engine, IsoWeek(2026, 14), directory=ctx.directory, calendar=ctx.calendar, now=NOW)
    assert later.praise_units == ((meilie, 1),)
