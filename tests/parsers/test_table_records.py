"""An outlet's visitor register, one visitor a row, read as one text a visitor (issue 12,
blind round two: two visitors in one table opened one case)."""

from __future__ import annotations

from parsers.html_text import table_records

HEAD = "<tr><th>序号</th><th>来访时间</th><th>客户姓名</th><th>联系电话</th><th>反映问题</th></tr>"


def test_each_row_of_a_column_header_table_is_a_record():
    html = (f"<div>工会：登记如下</div><table>{HEAD}"
            "<tr><td>1</td><td>2026-12-02 10:15</td><td>包志勇</td><td>13905984417</td><td>提前支取按活期计息</td></tr>"
            "<tr><td>2</td><td>2026-12-02 15:40</td><td>聂秀兰</td><td>15959823306</td><td>大堂经理态度生硬</td></tr>"
            "</table>")
    assert table_records(html) == [
        "序号: 1\n来访时间: 2026-12-02 10:15\n客户姓名: 包志勇\n联系电话: 13905984417\n反映问题: 提前支取按活期计息",
        "序号: 2\n来访时间: 2026-12-02 15:40\n客户姓名: 聂秀兰\n联系电话: 15959823306\n反映问题: 大堂经理态度生硬"]


def test_one_row_or_a_label_value_form_is_no_register():
    one = f"<table>{HEAD}<tr><td>1</td><td>2026-12-02</td><td>包志勇</td><td>139</td><td>x</td></tr></table>"
    form = "<table><tr><td>客户姓名</td><td>黄丽娟</td></tr><tr><td>联系电话</td><td>13905983321</td></tr></table>"
    assert table_records(one) == [] and table_records(form) == []
