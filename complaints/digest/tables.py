"""The digest's tables and sentences as display strings: what the mail text, HTML and .docx all show.

Computed once from `DigestFigures`, so the three formats cannot disagree on a number.
Pure: figures in, strings out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from complaints.digest.labels import SEVERITY_ORDER, severity_label
from complaints.digest.periods import Period, noun, period_title
from complaints.digest.values import Breakdown, DigestFigures, Rate, WeekHeadline
from core.clock import local
from core.satisfaction import SATISFACTION_LEVELS, UNRATED

NONE = "—"


def definitions(period: Period) -> str:
    """The report's 口径说明, in the period's own words."""
    n = noun(period)
    bounds = "周一0时至下周一0时" if n == "周" else f"{n}初0时至下{n}初0时"
    return (
        f"口径说明：统计期间按北京时间{bounds}计。按时答复率以本{n}到期或本{n}答复的案件为基数，"
        f"答复时间不晚于办理时限为按时；监管时限内办结率以本{n}办结案件为基数；超时未答复指截至{n}末"
        f"已过办理时限仍未答复（含重开后待重新答复）的案件，超时工作日计至{n}末最后一日。"
        "答复用时为受理至答复的自然日数；单位排名依次按按时答复率（高者在前）、超时未答复件数、"
        "不满意件数（少者在前）排列，期内无应答复案件的单位不排名。"
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


def period_text(period: Period) -> str:
    """`2026年第49周（11月30日—12月6日）`, `2026年11月`, `2026年第四季度`, `2026年`."""
    return period_title(period)


def summary_lines(fig: DigestFigures) -> tuple[str, ...]:
    h, t, s, n = fig.headline, fig.answer_times, fig.satisfaction, noun(fig.period)
    return (
        f"本{n}新收投诉 {h.new} 件，办结 {h.closed} 件；{n}末在办 {fig.open} 件，其中待单位答复 {fig.awaiting_answer} 件。",
        f"按时答复率 {rate_text(h.on_time)}；监管时限内办结率 {rate_text(fig.regulatory)}。",
        f"本{n}答复 {t.answered} 件，答复用时中位数 {days_text(t.median_days)} 天，90% 分位 {days_text(t.p90_days)} 天。",
        f"客户满意度（本{n}办结）：满意 {s.satisfied} 件，基本满意 {s.basically_satisfied} 件，"
        f"不满意 {s.dissatisfied} 件，未评价 {s.unrated} 件；本{n}重开 {fig.reopened} 件。",
        f"{n}末超时未答复 {h.overdue} 件；较大问题、重大问题投诉 {len(fig.major)} 件。",
    ) + ((f"本{n}记录客户表扬 {fig.praise} 条（意见簿及单位报送，不计入投诉）："
          + "、".join(f"{name} {n} 条" for name, n in fig.praise_units) + "。",) if fig.praise else ())


def _headline_row(h: WeekHeadline, current: str | None) -> tuple[str, ...]:
    label = f"{h.label}（{current}）" if current else h.label
    return (label, h.span, str(h.new), str(h.closed), rate_text(h.on_time), str(h.overdue))


def history_text(fig: DigestFigures) -> str:
    """近五周, 近五个月, 近五个季度, 近五年: the span of the history table and the trend chart."""
    count = "一二三四五六七八九十"[len(fig.history) - 1] if len(fig.history) <= 10 else str(len(fig.history))
    n = noun(fig.period)
    return f"近{count}{'个' if n in ('月', '季度') else ''}{n}"


def headline_table(fig: DigestFigures) -> Table:
    last, n = len(fig.history) - 1, noun(fig.period)
    return Table(f"{history_text(fig)}主要指标",
                 (f"{n}次" if n == "周" else "期间", "日期", "新收", "办结", "按时答复率", "超时未答复"),
                 tuple(_headline_row(h, f"本{n}" if i == last else None) for i, h in enumerate(fig.history)))


def breakdown_table(b: Breakdown, period: Period) -> Table:
    return Table(f"按{b.title}", (b.title, "新收", "办结", f"{noun(period)}末在办"),
                 tuple((r.label, str(r.new), str(r.closed), str(r.open)) for r in b.rows))


def unit_table(fig: DigestFigures) -> Table:
    levels = tuple(severity_label(level) for level in SEVERITY_ORDER)
    header = ("排名", "单位", "新收", *levels, "应答复", "按时答复", "按时答复率", "超时未答复", *SATISFACTION_LEVELS,
              UNRATED, "重开", "平均答复天数", "答复天数90%分位")
    rows = tuple(
        (str(u.rank) if u.rank else NONE, u.unit_name, str(u.received), *(str(n) for n in u.by_level), str(u.on_time.base),
         str(u.on_time.hits), rate_text(u.on_time), str(u.overdue), str(u.satisfaction.satisfied),
         str(u.satisfaction.basically_satisfied), str(u.satisfaction.dissatisfied), str(u.satisfaction.unrated),
         str(u.reopened), days_text(u.average_days), days_text(u.p90_days))
        for u in fig.units
    )
    return Table("各单位考核情况", header, rows)


def overdue_table(fig: DigestFigures) -> Table:
    header = ("案件编号", "被投诉单位", "业务类别", "问题等级", "状态", "受理时间", "办理时限", "超时工作日")
    rows = tuple(
        (o.case_id, o.unit_name, o.category, o.severity_name, o.status_name, moment_text(o.received_at),
         moment_text(o.due_at), str(o.working_days_overdue))
        for o in fig.overdue
    )
    return Table("超时未答复案件", header, rows)


def answer_table(fig: DigestFigures) -> Table:
    t, s = fig.answer_times, fig.satisfaction
    rows = (
        (f"本{noun(fig.period)}答复件数", str(t.answered)),
        ("答复用时中位数（天）", days_text(t.median_days)),
        ("答复用时90%分位（天）", days_text(t.p90_days)),
        ("按时答复率", rate_text(fig.headline.on_time)),
        ("监管时限内办结率", rate_text(fig.regulatory)),
        ("满意", str(s.satisfied)),
        ("基本满意", str(s.basically_satisfied)),
        ("不满意", str(s.dissatisfied)),
        ("未评价", str(s.unrated)),
        (f"本{noun(fig.period)}重开", str(fig.reopened)),
    )
    return Table("时效与满意度", ("指标", "数值"), rows)


def breakdown_tables(fig: DigestFigures) -> tuple[Table, ...]:
    return tuple(breakdown_table(b, fig.period) for b in fig.breakdowns)
