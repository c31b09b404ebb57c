"""The read-only mail commands as people write them, and the lines that are not commands."""

from __future__ import annotations

import pytest

from parsers.office_queries import Query, QueryError, QueryName, parse_query


@pytest.mark.parametrize("text,subject,name,argument", [
    ("帮助", "", QueryName.HELP, ""),
    ("/help", "", QueryName.HELP, ""),
    ("  HELP。\n\n张三\n办公室", "", QueryName.HELP, ""),
    ("", "帮助", QueryName.HELP, ""),
    ("", "回复：在办", QueryName.OPEN_CASES, ""),
    ("在办清单\n\n-- \n工会 李四", "", QueryName.OPEN_CASES, ""),
    ("查询 TS-2026-000123", "", QueryName.LOOKUP, "TS-2026-000123"),
    ("查询：ts-2026-123", "", QueryName.LOOKUP, "TS-2026-000123"),
    ("TS-2026-000007", "", QueryName.LOOKUP, "TS-2026-000007"),
    ("", "TS-2026-000007", QueryName.LOOKUP, "TS-2026-000007"),
    ("统计 2026-11", "", QueryName.REPORT, "2026-11"),
    ("统计　２０２６Ｑ４", "", QueryName.REPORT, "2026Q4"),
    ("统计 2026", "", QueryName.REPORT, "2026"),
    ("/report 2026-W49", "", QueryName.REPORT, "2026-W49"),
])
def test_commands(text, subject, name, argument):
    found = parse_query(text, subject)
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
    found = parse_query(text)
    assert isinstance(found, QueryError) and suggested in found.message


@pytest.mark.parametrize("text", [
    "帮助客户办理了挂失业务，已当面致歉。",
    "您好，关于客户反映的问题我行已处理完毕，具体情况如下：",
    "在办理业务过程中客户情绪激动",
    "",
    "> 帮助\n",
])
def test_ordinary_text_is_not_a_command(text):
    assert parse_query(text) is None


def test_every_case_command_has_an_example_and_a_meaning_for_help():
    from parsers.commands import case_command_help

    rows = case_command_help()
    assert ("转办", "转办 三元支行", "转给另一单位办理") in rows
    assert all(word and example and meaning for word, example, meaning in rows), rows
