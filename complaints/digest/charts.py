"""The digest's charts as PNG bytes: the five-week trend, cases by unit, cases by business category.

matplotlib with the Agg backend (no display) and a CJK font from fonts.py. Pure: figures
in, PNG bytes out; no timestamps or version strings in the file, so the same figures
give the same bytes. Imported only by the child process that draws them (`draw_piped`,
started by chart_process): the service itself never loads matplotlib.
"""

from __future__ import annotations

import io
import pickle
import sys

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402  (after the backend is chosen)
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from complaints.digest.chart_process import Chart  # noqa: E402
from complaints.digest.fonts import find_cjk_font  # noqa: E402
from complaints.digest.tables import history_text  # noqa: E402
from complaints.digest.values import DigestFigures  # noqa: E402
from core.errors import ComplaintsError  # noqa: E402

COLOURS = {"new": "#9b1c1c", "closed": "#2f6f9f", "overdue": "#e08a1e", "open": "#7f7f7f"}
SIZE = (8.0, 3.6)
DPI = 100


def _font(size: float = 10) -> FontProperties:
    return FontProperties(fname=str(find_cjk_font().path), size=size)


def _png(fig: Figure) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()


def _grouped_bars(ax, labels, series: list[tuple[str, str, list[int]]]) -> None:
    """Bars side by side for each label, each series in its colour, with its value on top."""
    width = 0.8 / len(series)
    font = _font(8)
    for i, (name, colour, values) in enumerate(series):
        xs = [x + (i - (len(series) - 1) / 2) * width for x in range(len(labels))]
        bars = ax.bar(xs, values, width, label=name, color=colour)
        for bar, value in zip(bars, values):
            ax.annotate(str(value), (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        ha="center", va="bottom", fontproperties=font)
    ax.set_xticks(range(len(labels)), labels, fontproperties=_font(9),
                  rotation=30 if len(labels) > 7 else 0, ha="right" if len(labels) > 7 else "center")
    ax.legend(prop=_font(9), frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.spines[["top", "right"]].set_visible(False)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.margins(y=0.15)


def trend_chart(fig_data: DigestFigures) -> Chart:
    """New, closed and overdue cases per week over five weeks, with the on-time rate under each week."""
    history = fig_data.history
    labels = [h.label + ("\n" + (f"按时率 {h.on_time.value * 100:.0f}%" if h.on_time.value is not None else "按时率 —"))
              for h in history]
    fig = Figure(figsize=SIZE)
    ax = fig.subplots()
    _grouped_bars(ax, labels, [("新收", COLOURS["new"], [h.new for h in history]),
                               ("办结", COLOURS["closed"], [h.closed for h in history]),
                               ("超时未答复", COLOURS["overdue"], [h.overdue for h in history])])
    title = f"{history_text(fig_data)}投诉趋势"
    ax.set_title(title, fontproperties=_font(12))
    fig.tight_layout()
    return Chart("trend", title, _png(fig))


def units_chart(fig_data: DigestFigures) -> Chart:
    units = fig_data.units
    fig = Figure(figsize=SIZE)
    ax = fig.subplots()
    _grouped_bars(ax, [u.unit_name for u in units],
                  [("新收", COLOURS["new"], [u.received for u in units]),
                   ("超时未答复", COLOURS["overdue"], [u.overdue for u in units])])
    title = f"{fig_data.period.label} 各单位新收与超时"
    ax.set_title(title, fontproperties=_font(12))
    fig.tight_layout()
    return Chart("units", title, _png(fig))


def categories_chart(fig_data: DigestFigures) -> Chart:
    rows = fig_data.breakdown("category").rows
    fig = Figure(figsize=SIZE)
    ax = fig.subplots()
    _grouped_bars(ax, [r.label for r in rows],
                  [("新收", COLOURS["new"], [r.new for r in rows]),
                   ("办结", COLOURS["closed"], [r.closed for r in rows]),
                   ("周末在办", COLOURS["open"], [r.open for r in rows])])
    title = f"{fig_data.period.label} 按业务类别"
    ax.set_title(title, fontproperties=_font(12))
    fig.tight_layout()
    return Chart("categories", title, _png(fig))


def all_charts(fig_data: DigestFigures) -> tuple[Chart, ...]:
    return (trend_chart(fig_data), units_chart(fig_data), categories_chart(fig_data))


def draw_piped() -> None:
    """The child process's entry (chart_process.CHILD_CODE): pickled figures on stdin, the
    answer pickled on stdout — ("ok", charts), or ("error", exc) for a ComplaintsError."""
    fig_data = pickle.loads(sys.stdin.buffer.read())
    try:
        answer: tuple = ("ok", all_charts(fig_data))
    except ComplaintsError as exc:
        answer = ("error", exc)
    sys.stdout.buffer.write(pickle.dumps(answer))
    sys.stdout.buffer.flush()
