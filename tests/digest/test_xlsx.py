"""The spreadsheet as Excel reads it: typed cells, fitted widths, frozen header, borders, no formulas from user text."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from complaints.digest.figures import compute_figures
from complaints.digest.periods import Month
from complaints.digest import xlsx_report
from complaints.digest.render import render_digest
from tests.digest.helpers import NOW, digest_context

HOSTILE = {"TS-2026-000010": ("=HYPERLINK(\"http://evil.example\",\"点我\")", "+1+1"),
           "TS-2026-000011": ("-2+3", "@SUM(A1:A9)"),
           "TS-2026-000012": ("理财<b>&amp;</b>", " 前后有空格\t ")}   # markup and spaces come back as written


def _book(tmp_path, db_url=None):
    ctx = digest_context(tmp_path, db_url or f"sqlite:///{tmp_path / 'c.db'}")
    with ctx.engine.begin() as conn:
        for case_id, (category, cause) in HOSTILE.items():
            conn.execute(text('UPDATE "case" SET category = :c, cause = :r WHERE id = :i'),
                         {"c": category, "r": cause, "i": case_id})
    fig = compute_figures(ctx.engine, Month(2026, 3), directory=ctx.directory, calendar=ctx.calendar, now=NOW)
    return load_workbook(io.BytesIO(render_digest(fig, office_name="分行工会").xlsx))


def test_user_text_starting_like_a_formula_is_text(tmp_path):
    book = _book(tmp_path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula: {cell.value}"
    cases = book["案件明细"]
    rows = {r[0].value: r for r in cases.iter_rows(min_row=3)}
    for case_id, (category, cause) in HOSTILE.items():
        assert (rows[case_id][3].value, rows[case_id][4].value) == (category, cause)
        assert rows[case_id][3].data_type == "s"
        assert rows[case_id][3].quotePrefix == rows[case_id][3].value.startswith(("=", "+", "-", "@"))
        assert rows[case_id][7].is_date
    categories = [r[0].value for r in book["按业务类别"].iter_rows(min_row=3)]
    assert HOSTILE["TS-2026-000010"][0] in categories


def test_numbers_dates_widths_frozen_header_and_borders(tmp_path):
    book = _book(tmp_path)
    assert book.sheetnames[:3] == ["汇总", "各单位考核情况", "近五个月主要指标"] and book.sheetnames[-1] == "案件明细"
    units = book["各单位考核情况"]
    assert units["A1"].value == "客户投诉处理月度考核报告（2026年3月） 各单位考核情况" and units["A1"].font.b
    assert units["A2"].value == "排名" and units["A2"].font.b and units.freeze_panes == "A3"
    sanyuan = next(r for r in units.iter_rows(min_row=3) if r[1].value == "三元支行")
    assert isinstance(sanyuan[2].value, int) and sanyuan[8].number_format == "0.0%"
    assert 0 < sanyuan[8].value <= 1 and isinstance(sanyuan[15].value, float)
    assert sanyuan[1].border.left.style == "thin"
    # 五个汉字 (10 columns) plus padding; the width follows the longest text of the column
    assert units.column_dimensions["B"].width >= 12
    cases = book["案件明细"]
    first = next(cases.iter_rows(min_row=3))
    assert first[7].is_date and first[7].number_format == "yyyy-mm-dd hh:mm"
    assert all(c.border.left.style == "thin" for c in first), "every case row is bordered, however long the sheet"
    assert isinstance(first[13].value, int) and first[11].value in (None, "满意", "基本满意", "不满意")
    assert cases.max_row == 2 + sum(1 for _ in cases.iter_rows(min_row=3)) and cases.max_row > 3
    assert cases.column_dimensions["B"].width >= 2 * len("网络(总行客服中心)") - 2
    assert cases.freeze_panes == "A3"
