"""What each read-only command answers (在办清单, 查询, 统计): lines, tables, a case's fields and timeline, attachments.

Pure apart from reading the database: the one command table (`complaints.staff_commands`)
says which words reach which function and who may use it; the mail handler
(`complaints.handlers.enquiry`) decides where the reply goes and queues it. What a reader
may not see is refused with a ✗ that does not say whether the case exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from complaints.context import Context
from complaints.digest.figures import compute_figures
from complaints.digest.periods import BadPeriod, parse_period, period_title, report_name
from complaints.digest.render import XLSX_TYPE, render_digest
from complaints.digest import tables
from complaints.digest.tables import Table
from complaints.enquiries.lookup import case_lookup
from complaints.enquiries.open_cases import open_cases, open_cases_table, open_cases_xlsx
from complaints.enquiries.readers import Reader
from core.store.models import Case
from parsers.office_queries import Audience, Query

GUIDE = "docs/使用说明.md"
GUIDE_LINE = f"详细说明见《使用说明》（{GUIDE}，可向工会或IT人员索取）。"
HOW_TO = {
    Audience.UNIT: ("答复案件：直接回复系统发来的督办邮件，写明核实情况、处理结果和与客户沟通情况，"
                    "也可把填好的督办单作为附件回复；不属于本单位的，回复督办邮件说明“非我单位”及原因，由工会改派。",),
    Audience.LEADER: ("批示：直接回复系统发来的重大问题通知邮件，写下意见即可，意见会转给办理单位并记入处理记录。",),
    Audience.PRESIDENT: ("批示：直接回复系统发来的重大问题通知邮件，写下意见即可，意见会转给办理单位并记入处理记录。",
                         "批准延期：回复延期审批邮件，写“批准”。"),
    Audience.OFFICE: ("案件指令写在对案件邮件的回复里（主题保留 [TS-年份-编号]），每行一条。",
                      "客户上门投诉：把受理单（Word、PDF 或扫描件）作为附件，从已配置的来源地址发到投诉邮箱即可登记。"),
}


@dataclass(frozen=True)
class Answer:
    ok: bool
    title: str
    lines: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    timeline: tuple[tuple[str, str, str, str], ...] = ()
    attachments: tuple[tuple[str, str, bytes], ...] = field(default=())


def _scope_name(reader: Reader, ctx: Context) -> str:
    if reader.sees_all:
        return "全部单位"
    names = [u.name for u in ctx.directory.unit if u.code in (reader.units or ())]
    return "、".join(names) or "无分管单位"


def open_cases_answer(session, ctx: Context, query, reader: Reader, now) -> Answer:
    rows = open_cases(session, reader, ctx.directory, ctx.calendar, now)
    overdue = sum(r.overdue for r in rows)
    title = f"在办清单（{_scope_name(reader, ctx)}，截至{tables.moment_text(now)}）"
    lines = (f"在办案件 {len(rows)} 件，其中超时 {overdue} 件。" if rows else "目前没有在办案件。",)
    stamp = f"{now:%Y%m%d-%H%M}"
    return Answer(True, title, lines, (open_cases_table(rows, "在办案件"),),
                  attachments=((f"在办清单-{stamp}.xlsx", XLSX_TYPE, open_cases_xlsx(rows, title)),))


def lookup_answer(session: Session, ctx: Context, query: Query, reader: Reader, now) -> Answer:
    case = session.get(Case, query.argument)
    if case is None or not reader.may_see(case):
        return Answer(False, f"查询 {query.argument}", (f"✗ 未找到案件 {query.argument}，或该案件不属于您可查看的范围。"
                                                        "请核对案件编号（如 TS-2026-000123）。",))
    found = case_lookup(session, case, reader, ctx.directory)
    return Answer(True, f"案件 {case.id}", fields=found.fields, timeline=found.timeline)


def report_answer(session, ctx: Context, query: Query, reader: Reader, now) -> Answer:
    try:
        period = parse_period(query.argument)
    except BadPeriod:
        return Answer(False, "统计", (f"✗ “{query.argument}”不是有效的期间。请写：月 2026-11，季度 2026Q4，年 2026，周 2026-W49。",))
    if period.end > now:
        last = type(period).last_complete_before(now)
        return Answer(False, "统计", (f"✗ {period_title(period)}尚未结束，结束后才能统计。"
                                      f"可统计已结束的期间，例如：统计 {last.label}",))
    figures = compute_figures(ctx.engine, period, directory=ctx.directory, calendar=ctx.calendar, now=now)
    files = render_digest(figures, office_name=ctx.settings.office.name,
                          number_prefix=ctx.settings.digest.number_prefix)
    return Answer(True, f"{report_name(period)}（{period_title(period)}）", tables.summary_lines(figures),
                  (tables.unit_table(figures), tables.headline_table(figures), *tables.breakdown_tables(figures)),
                  attachments=tuple(files.attachments))
