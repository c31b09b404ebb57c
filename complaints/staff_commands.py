"""The one table of staff commands: each defined once — name, words, who may use it, argument reader,
handler, example and meaning. Everything else is derived from it.

The parsers get their words from here (`COMMANDS.reply_grammar`, `COMMANDS.query_grammar`), the
帮助 reply lists what the asker's role may use (`help_answer`), the rights check
(`refusal`) and the dispatch (`entry(name).handle`) read the same rows, and an unknown
command is answered with the nearest row's example. Adding a command is one row here and
its handler (a case command's in `complaints.case_commands`, a read-only one's in
`complaints.enquiries.answers`); tests/complaints/test_staff_commands.py holds that true.

Scopes: a `CASE` command is a line in a reply about a case (the handler gets the case); an
`ANY` command also works in a mail about no case (its handler gets `case=None`); a `QUERY`
is a read-only command, a mail of its own, answered to the asker's directory address.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Callable

from complaints import case_commands as acts
from complaints.digest.tables import Table
from complaints.enquiries import answers
from complaints.enquiries.answers import GUIDE_LINE, HOW_TO, Answer
from complaints.enquiries.readers import Reader
from complaints.senders import Role
from parsers import commands as arg
from parsers import office_queries as query_arg
from parsers.commands import Grammar, Verb
from parsers.office_queries import Audience


class Scope(StrEnum):
    CASE = "case"      # a line in a reply about a case
    ANY = "any"        # the same, and also in a mail about no case
    QUERY = "query"    # read-only: a mail of its own, answered to the directory's address


@dataclass(frozen=True)
class StaffCommand:
    """One staff command (the `Command` contract: it has a `name`)."""

    name: str
    words: tuple[str, ...]          # the Chinese verb first, then aliases and slash forms
    scope: Scope
    roles: frozenset[Audience]      # who may use it
    read: Callable                  # the pure argument reader (parsers.commands / parsers.office_queries)
    handle: Callable                # what it does (case_commands / enquiries.answers)
    example: str
    meaning: str

    @property
    def verb(self) -> Verb:
        return Verb(self.name, self.words, self.read, self.example, self.meaning)


OFFICE = frozenset({Audience.OFFICE})
PRESIDENT = frozenset({Audience.PRESIDENT})
EVERYONE = frozenset(Audience)
LEADERS_AND_OFFICE = frozenset({Audience.OFFICE, Audience.LEADER, Audience.PRESIDENT})
WHO_NAMES = {Audience.OFFICE: "工会经办人员", Audience.UNIT: "承办单位", Audience.LEADER: "行领导",
             Audience.PRESIDENT: "行长"}
SCOPE_TITLES = {
    Scope.QUERY: "查询类指令（发一封邮件到投诉邮箱，正文第一行或主题写指令）",
    Scope.CASE: "案件指令（回复案件邮件，每行一条）",
    Scope.ANY: "其他指令（回复相关邮件或直接发到投诉邮箱）",
}


def _help(session, ctx, query, reader: Reader, now) -> Answer:
    return COMMANDS.help_answer(reader)


S, C, A, Q = StaffCommand, Scope.CASE, Scope.ANY, Scope.QUERY
ROWS: tuple[StaffCommand, ...] = (
    S("help", ("帮助", "使用帮助", "help", "/help"), Q, EVERYONE, query_arg.bare, _help,
      "帮助", "回复您可以使用的全部指令及示例"),
    S("open_cases", ("在办清单", "在办", "/open"), Q, EVERYONE, query_arg.bare, answers.open_cases_answer,
      "在办清单", "回复在办案件清单（超时的在前），附 Excel 表"),
    S("lookup", ("查询", "/case"), Q, EVERYONE, query_arg.case_id, answers.lookup_answer,
      "查询 TS-2026-000123", "回复该案件的信息和处理记录（也可只写案件编号）"),
    S("report", ("统计", "/report"), Q, LEADERS_AND_OFFICE, query_arg.period, answers.report_answer,
      "统计 2026-11", "回复该期间的考核统计（月：2026-11，季度：2026Q4，年：2026，周：2026-W49），附 Word 和 Excel"),
    S("route", ("转办", "/route"), C, OFFICE, arg.single_unit, acts.route, "转办 三元支行", "转给另一单位办理"),
    S("lead", ("牵头", "/lead"), C, OFFICE, arg.single_unit, acts.lead, "牵头 三元支行", "指定牵头单位"),
    S("co", ("协办", "/co"), C, OFFICE, arg.units, acts.co, "协办 梅列支行 三元支行", "增加协办单位"),
    S("extend", ("延期", "/extend"), C, OFFICE, arg.extend_days, acts.extend_deadline,
      "延期 10天 原因：客户出差", "延长办理时限（须写原因）"),
    S("severity", (*arg.SEVERITY_WORDS, "/severity"), C, OFFICE, arg.severity, acts.change_severity,
      "较大问题（或：重大问题、一般）", "调整问题等级（一般、较大问题、重大问题），升级时报告行领导"),
    S("classify", ("分类", "更正分类", "/classify"), C, OFFICE, arg.classification, acts.reclassify,
      "分类 银行卡 定价收费", "更正业务类别和（或）投诉原因（来信的分类由系统判断，统计按更正后的计）"),
    S("satisfaction", ("满意度", "/satisfaction"), C, OFFICE, arg.satisfaction, acts.register_satisfaction,
      "满意度 基本满意", "登记客户满意度"),
    S("close", ("办结", "/close"), C, OFFICE, arg.no_argument, acts.close, "办结", "办结案件"),
    S("reopen", ("重开", "/reopen"), C, OFFICE, arg.no_argument, acts.reopen, "重开", "重新办理"),
    S("approve", ("批准", "/approve"), C, PRESIDENT, arg.no_argument, acts.approve_extension,
      "批准", "批准延期（行长本人回复延期审批邮件）"),
    S("meeting", ("会议", "/meeting"), C, OFFICE, arg.meeting, acts.meeting,
      "会议 2026-12-05 由三元支行行长上门致歉", "记录重大问题的会议研究决定并通知承办单位"),
    S("reply_customer", ("回复客户", "/reply"), C, OFFICE, arg.free_text, acts.reply_customer,
      "回复客户 您反映的问题已核实处理，网点已增开窗口", "以工会审定的文字书面答复客户"),
    S("approve_reply", ("同意回复", "/agree"), C, OFFICE, arg.no_argument, acts.approve_reply,
      "同意回复", "同意将系统拟好的客户答复（客户答复拟稿）发给客户"),
    S("resend", ("重发", "/resend"), C, OFFICE, arg.case_ref, acts.resend,
      "重发 TS-2026-000001", "重新发送本案未能发出的邮件（邮件服务器或地址修正后）"),
    S("holidays", ("确认放假安排", "/holidays"), A, OFFICE, arg.year, acts.holidays,
      "确认放假安排 2027", "确认转发的国务院放假安排"),
)
del S, C, A, Q


@dataclass(frozen=True)
class CommandTable:
    rows: tuple[StaffCommand, ...]

    @cached_property
    def reply_grammar(self) -> Grammar:
        """The commands written as lines in a reply (case commands and those about no case)."""
        return Grammar(tuple(r.verb for r in self.rows if r.scope != Scope.QUERY))

    @cached_property
    def query_grammar(self) -> Grammar:
        return Grammar(tuple(r.verb for r in self.rows if r.scope == Scope.QUERY))

    def entry(self, name: str) -> StaffCommand:
        return next(r for r in self.rows if r.name == name)

    def usable_by(self, who: Audience) -> tuple[StaffCommand, ...]:
        return tuple(r for r in self.rows if who in r.roles)

    def refusal(self, name: str, who: Audience | None, address: str) -> str | None:
        """None when `who` may use the command; else the ✗ text naming who may."""
        row = self.entry(name)
        if who in row.roles:
            return None
        names = "、".join(WHO_NAMES[w] for w in Audience if w in row.roles)
        usable = "、".join(r.example for r in self.usable_by(who)) if who is not None else ""
        return (f"{address} 无权使用指令“{row.words[0]}”，该指令仅限{names}使用"
                + (f"；您可以使用：{usable}" if usable and row.scope == Scope.QUERY else ""))

    def help_answer(self, reader: Reader) -> Answer:
        """帮助: every command the reader's role may use, by scope, one example each, and the guide."""
        usable = self.usable_by(reader.audience)
        tables = tuple(Table(SCOPE_TITLES[scope], ("指令", "示例", "说明"),
                             tuple((r.words[0], r.example, r.meaning) for r in usable if r.scope == scope))
                       for scope in Scope if any(r.scope == scope for r in usable))
        return Answer(True, f"可用指令（{reader.name}）", (*HOW_TO[reader.audience], GUIDE_LINE), tables)


COMMANDS = CommandTable(ROWS)
REPLY_GRAMMAR = COMMANDS.reply_grammar
QUERY_GRAMMAR = COMMANDS.query_grammar
SENDER_AUDIENCE = {Role.STAFF: Audience.OFFICE, Role.PRESIDENT: Audience.PRESIDENT}
"""Who a case's sender is, for the rights check: union staff and the president give case commands."""
