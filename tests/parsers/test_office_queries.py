"""The read-only mail commands as people write them, and the lines that are not commands."""

from __future__ import annotations

import pytest

from complaints.staff_commands import QUERY_GRAMMAR
from parsers.office_queries import Query, QueryError, heads_a_text, parse_query


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


@pytest.mark.parametrize("text, heads", [
    ("TS-2026-000001\n经核实，客户所述属实。支行已向客户当面致歉，客户表示谅解。", True),
    ("TS-2026-000001\n\n--\n三元支行 营业部\n刘晓东\n电话：0598-8221234", False),
    ("TS-2026-000001\n\n发自我的iPhone", False),
    ("查询 TS-2026-000001\n经核实，客户所述属实。支行已向客户当面致歉，客户表示谅解。", False),
])
def test_a_case_number_above_a_text_is_an_answer_not_a_query(text, heads):
    found = parse_query(text, None, QUERY_GRAMMAR)
    assert isinstance(found, Query) and heads_a_text(found, text) is heads


@pytest.mark.parametrize("text, name", [
    ("王科长好：\n在办清单\n谢谢", "open_cases"),
    ("您好！\n查询 TS-2026-000001", "lookup"),
    ("各位领导：\n统计 2026-11", "report"),
])
def test_a_greeting_line_above_the_command(text, name):
    found = parse_query(text, None, QUERY_GRAMMAR)
    assert isinstance(found, Query) and found.name == name, found


def test_a_greeting_above_a_sentence_is_no_command():
    assert not isinstance(parse_query("您好：\n帮助客户办理了挂失手续。", None, QUERY_GRAMMAR), Query)
