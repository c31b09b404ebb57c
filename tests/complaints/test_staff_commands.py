"""The one staff-command table: every row complete, everything else derived from it, no parallel list.

Adding a command must touch only `complaints/staff_commands.py` and its handler: a row added
here (with a handler defined in the test) is parsed, listed in 帮助 for its role, refused to
other roles, suggested for a near miss and dispatched — with no other change anywhere.
"""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

from complaints.enquiries.readers import Reader
from complaints.handlers.commands import without_case
from complaints.senders import Role, Sender
from complaints.staff_commands import COMMANDS, OFFICE, QUERY_GRAMMAR, REPLY_GRAMMAR, CommandTable, Scope, StaffCommand
from core.clock import BRANCH_ZONE
from parsers.commands import Command, CommandSyntaxError, no_argument, parse_commands
from parsers.office_queries import Audience, Query, QueryError, parse_query

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "ingest", "parsers", "router", "outbox", "complaints")
TABLE_MODULE = ROOT / "complaints" / "staff_commands.py"
NOW = datetime(2026, 8, 3, 9, 30, tzinfo=BRANCH_ZONE)
STAFF = Sender("clerk1@branch.example", Role.STAFF, "工会经办人员")
UNIT = Sender("sanyuan@branch.example", Role.LEAD_UNIT, "三元支行")


def reader(audience: Audience) -> Reader:
    return Reader(audience, "someone@branch.example", "某人", None, True)


def test_every_row_is_complete_and_each_word_belongs_to_one_command():
    names = [row.name for row in COMMANDS.rows]
    assert len(names) == len(set(names))
    words = [word.lower() for row in COMMANDS.rows for word in row.words]
    assert len(words) == len(set(words)), "a word starts one command only"
    for row in COMMANDS.rows:
        assert callable(row.handle) and callable(row.read), row.name
        assert row.roles and row.example and row.meaning and row.words, row.name
        assert any(w.startswith("/") for w in row.words), f"{row.name} has a slash form"
        assert not row.words[0].startswith("/"), f"{row.name}: the Chinese verb comes first"


def test_every_example_reads_as_its_own_command():
    for row in COMMANDS.rows:
        example = row.example.split("（")[0]
        if row.scope == Scope.QUERY:
            found = parse_query(example, None, QUERY_GRAMMAR)
            assert isinstance(found, Query) and found.name == row.name, (row.name, found)
        else:
            [found] = parse_commands(example, REPLY_GRAMMAR)
            assert isinstance(found, Command) and found.name == row.name, (row.name, found)


def test_help_lists_exactly_what_each_role_may_use():
    for audience in Audience:
        listed = {cells[0] for table in COMMANDS.help_answer(reader(audience)).tables for cells in table.rows}
        assert listed == {row.words[0] for row in COMMANDS.rows if audience in row.roles}, audience
    office_help = COMMANDS.help_answer(reader(Audience.OFFICE))
    assert any("使用说明" in line for line in office_help.lines)
    assert "批准" not in {cells[0] for table in office_help.tables for cells in table.rows}


def test_rights_come_from_the_table():
    assert COMMANDS.refusal("close", Audience.OFFICE, STAFF.address) is None
    assert "仅限工会经办人员" in COMMANDS.refusal("close", Audience.UNIT, UNIT.address)
    assert "仅限行长" in COMMANDS.refusal("approve", Audience.OFFICE, STAFF.address)
    assert COMMANDS.refusal("report", Audience.UNIT, UNIT.address) is not None
    assert COMMANDS.refusal("open_cases", Audience.UNIT, UNIT.address) is None


def test_unknown_commands_are_answered_with_the_nearest_row():
    [found] = parse_commands("/clos", REPLY_GRAMMAR)
    assert isinstance(found, CommandSyntaxError) and "办结" in found.message
    found = parse_query("在办请单", None, QUERY_GRAMMAR)
    assert isinstance(found, QueryError) and "在办清单" in found.message


def _ping(session, ctx, case, cmd, sender, row, now) -> str:
    return f"收到：{cmd.reason or '无附言'}"


def test_a_new_row_is_all_it_takes():
    row = StaffCommand("ping", ("打卡", "/ping"), Scope.ANY, OFFICE, no_argument, _ping, "打卡", "测试系统是否在线")
    table = CommandTable((*COMMANDS.rows, row))
    parsed = parse_commands("打卡 早上好\n/pong", table.reply_grammar)
    assert parsed[0] == Command("ping", (), "早上好", "打卡 早上好")
    assert isinstance(parsed[1], CommandSyntaxError) and "打卡" in parsed[1].message    # the nearest: /ping
    help_rows = {cells[0] for t in table.help_answer(reader(Audience.OFFICE)).tables for cells in t.rows}
    assert "打卡" in help_rows
    assert "打卡" not in {cells[0] for t in table.help_answer(reader(Audience.UNIT)).tables for cells in t.rows}
    assert without_case(None, None, parsed[:1], sender=STAFF, now=NOW, unproven=None, table=table) == [
        (True, "「打卡 早上好」：收到：早上好")]
    [(ok, text)] = without_case(None, None, parsed[:1], sender=UNIT, now=NOW, unproven=None, table=table)
    assert not ok and "仅限工会经办人员" in text
    assert parse_commands("打卡", COMMANDS.reply_grammar) == ()   # the shipped table does not know it


def _literal_strings(node: ast.AST) -> list[str]:
    items = node.keys if isinstance(node, ast.Dict) else node.elts
    return [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]


def test_no_other_module_lists_command_words():
    """A literal holding words of two or more commands outside the table is a parallel list (one
    command's own vocabulary, such as the severity levels its reader knows, is not)."""
    owner = {word.lower(): row.name for row in COMMANDS.rows for word in row.words}
    found = []
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if path == TABLE_MODULE:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)):
                    commands = {owner[s.lower()] for s in _literal_strings(node) if s.lower() in owner}
                    if len(commands) >= 2:
                        found.append((str(path.relative_to(ROOT)), node.lineno, sorted(commands)))
    assert found == []
