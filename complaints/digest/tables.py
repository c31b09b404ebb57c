"""The digest's tables and sentences as display strings: what the mail text, HTML and .docx all show.

Computed once from `DigestFigures`, so the three formats cannot disagree on a number.
Pure: figures in, strings out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from complaints.clock import local
from complaints.digest.values import Breakdown, DigestFigures, Rate, WeekHeadline
from complaints.digest.weeks import IsoWeek

NONE = "—"
DEFINITIONS = (
    "口径说明：周次按北京时间周一0时至下周一0时计。按时答复率以本周到期或本周答复的案件为基数，"
    "答复时间不晚于办理时限为按时；监管时限内办结率以本周办结案件为基数；超时未答复指截至周末"
    "已过办理时限仍未答复（含重开后待重新答复）的案件，超时工作日计至周日。"
)


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def rate_text(rate: Rate) -> str:
    """`77.8%（7/9）`, or `—` when nothing was counted."""
    if rate.value is None:
        return NONE
    return f"{rate.value * 100:.1f}%（{rate.hits}/{rate.base}）"


def days_text(days: float | None) -> str:
    return NONE if days is None else f"{days:.1f}"


def moment_text(value: datetime | None) -> str:
    return local(value).strftime("%Y-%m-%d %H:%M") if value else ""


def period_text(week: IsoWeek) -> str:
    """`2026-W13（2026年3月23日至3月29日）`."""
    m, s = week.monday, week.sunday
    end = f"{s.month}月{s.day}日" if s.year == m.year else f"{s.year}年{s.month}月{s.day}日"
    return f"{week.label}（{m.year}年{m.month}月{m.day}日至{end}）"


def summary_lines(fig: DigestFigures) -> tuple[str, ...]:
    h, t, s = fig.headline, fig.answer_times, fig.satisfaction
    return (
        f"本周新收投诉 {h.new} 件，办结 {h.closed} 件；周末在办 {fig.open} 件，其中待单位答复 {fig.awaiting_answer} 件。",
        f"按时答复率 {rate_text(h.on_time)}；监管时限内办结率 {rate_text(fig.regulatory)}。",
        f"本周答复 {t.answered} 件，答复用时中位数 {days_text(t.median_days)} 天，90% 分位 {days_text(t.p90_days)} 天。",
        f"客户满意度（本周办结）：满意 {s.satisfied} 件，基本满意 {s.basically_satisfied} 件，"
        f"不满意 {s.dissatisfied} 件，未评价 {s.unrated} 件；本周重开 {fig.reopened} 件。",
        f"周末超时未答复 {h.overdue} 件；重大、严重投诉 {len(fig.major)} 件。",
    )


def _headline_row(h: WeekHeadline, current: bool) -> tuple[str, ...]:
    week = IsoWeek.parse(h.week)
    label = f"{h.week}（本周）" if current else h.week
    span = f"{week.monday:%m-%d}至{week.sunday:%m-%d}"
    return (label, span, str(h.new), str(h.closed), rate_text(h.on_time), str(h.overdue))


def headline_table(fig: DigestFigures) -> Table:
    last = len(fig.history) - 1
    return Table("近五周主要指标", ("周次", "日期", "新收", "办结", "按时答复率", "超时未答复"),
                 tuple(_headline_row(h, i == last) for i, h in enumerate(fig.history)))


def breakdown_table(b: Breakdown) -> Table:
    return Table(f"按{b.title}", (b.title, "新收", "办结", "周末在办"),
                 tuple((r.label, str(r.new), str(r.closed), str(r.open)) for r in b.rows))


def unit_table(fig: DigestFigures) -> Table:
    header = ("单位", "新收", "应答复", "按时答复", "按时答复率", "超时未答复", "满意", "基本满意", "不满意", "重开")
    rows = tuple(
        (u.unit_name, str(u.received), str(u.on_time.base), str(u.on_time.hits), rate_text(u.on_time),
         str(u.overdue), str(u.satisfaction.satisfied), str(u.satisfaction.basically_satisfied),
         str(u.satisfaction.dissatisfied), str(u.reopened))
        for u in fig.units
    )
    return Table("各单位考核情况", header, rows)


def overdue_table(fig: DigestFigures) -> Table:
    header = ("案件编号", "被投诉单位", "业务类别", "严重程度", "状态", "受理时间", "办理时限", "超时工作日")
    rows = tuple(
        (o.case_id, o.unit_name, o.category, o.severity_name, o.status_name, moment_text(o.received_at),
         moment_text(o.due_at), str(o.working_days_overdue))
        for o in fig.overdue
    )
    return Table("超时未答复案件", header, rows)


def answer_table(fig: DigestFigures) -> Table:
    t, s = fig.answer_times, fig.satisfaction
    rows = (
        ("本周答复件数", str(t.answered)),
        ("答复用时中位数（天）", days_text(t.median_days)),
        ("答复用时90%分位（天）", days_text(t.p90_days)),
        ("按时答复率", rate_text(fig.headline.on_time)),
        ("监管时限内办结率", rate_text(fig.regulatory)),
        ("满意", str(s.satisfied)),
        ("基本满意", str(s.basically_satisfied)),
        ("不满意", str(s.dissatisfied)),
        ("未评价", str(s.unrated)),
        ("本周重开", str(fig.reopened)),
    )
    return Table("时效与满意度", ("指标", "数值"), rows)


def breakdown_tables(fig: DigestFigures) -> tuple[Table, ...]:
    return tuple(breakdown_table(b) for b in fig.breakdowns)
