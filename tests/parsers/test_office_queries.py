"""The read-only mail commands as people write them, and the lines that are not commands."""

from __future__ import annotations

import pytest

from complaints.staff_commands import QUERY_GRAMMAR
from parsers.office_queries import Query, QueryError, parse_query


@pytest.mark.parametrize("text,subject,name,argument", [
    ("帮助", "", "help", ""),
    ("/help", "", "help", ""),
    ("  HELP。\n\n张三\n办公室", "", "help", ""),
    ("", "帮助", "help", ""),
    ("", "回复：在办", "open_cases", ""),
    ("在办清单\n\n-- \n工会 李四", "", "open_cases", ""),
    ("查询 TS-2026-000123", "", "lookup", "TS-2026-000123"),
    ("查询：ts-2026-123", "", "lookup", "TS-2026-000123"),
    ("TS-2026-000007", "", "lookup", "TS-2026-000007"),
    ("", "TS-2026-000007", "lookup", "TS-2026-000007"),
    ("统计 2026-11", "", "report", "2026-11"),
    ("统计　２０２６Ｑ４", "", "report", "2026Q4"),
    ("统计 2026", "", "report", "2026"),
    ("/report 2026-W49", "", "report", "2026-W49"),
])
def test_commands(text, subject, name, argument):
    found = parse_query(text, subject, QUERY_GRAMMAR)
    assert isinstance(found, Query) and (found.name, found.argument) == (name, argument)


@pytest.mark.parametrize("text,suggested", [
    ("在办请单", "在办清单"),
    ("查寻 TS-2026-000123", "查询 TS-2026-000123"),
    ("统计", "统计 2026-11"),
    ("统计 十一月", "统计 2026-11"),
    ("查询 123", "查询 TS-2026-000123"),
    ("/hlep", "帮助"),
    ("统记 2026-11", "统计 2026-11"),
])
def test_near_misses_name_the_closest_command(text, suggested):
    found = parse_query(text, None, QUERY_GRAMMAR)
    assert isinstance(found, QueryError) and suggested in found.message


@pytest.mark.parametrize("text", [
    "帮助客户办理了挂失业务，已当面致歉。",
    "您好，关于客户反映的问题我行已处理完毕，具体情况如下：",
    "在办理业务过程中客户情绪激动",
    "",
    "> 帮助\n",
])
def test_ordinary_text_is_not_a_command(text):
    assert parse_query(text, None, QUERY_GRAMMAR) is None
