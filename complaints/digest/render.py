"""Render one week's digest in every form: mail subject/text/HTML, .docx, .xlsx and the chart PNGs.

All of them come from the one `DigestFigures`, so the mail, the Word report and the
spreadsheet show the same numbers. Pure: figures in, strings and bytes out.
"""

from __future__ import annotations

from dataclasses import dataclass

from complaints.digest import tables
from complaints.digest.chart_process import Chart, drawn_charts
from complaints.digest.docx_report import digest_docx
from complaints.digest.periods import report_name
from complaints.digest.values import DigestFigures
from complaints.digest.xlsx_report import digest_xlsx
from outbox.render import render_mail
from outbox.supervision_form import DOCX_TYPE

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class ImageRef:
    name: str
    title: str
    src: str


def file_name(label: str, ext: str) -> str:
    """`digest-2026-W13.docx`."""
    return f"digest-{label}.{ext}"


def chart_file_name(label: str, chart: Chart) -> str:
    return f"digest-{label}-{chart.name}.png"


def content_id(label: str, chart: Chart) -> str:
    return f"{chart.name}.{label}@digest"


@dataclass(frozen=True)
class DigestFiles:
    label: str
    subject: str
    text: str
    html: str          # for the mail: images as cid: references
    html_file: str     # for --out: images as the PNG files beside it
    docx: bytes
    xlsx: bytes
    charts: tuple[Chart, ...]

    def file_name(self, ext: str) -> str:
        return file_name(self.label, ext)

    def chart_file_name(self, chart: Chart) -> str:
        return chart_file_name(self.label, chart)

    def content_id(self, chart: Chart) -> str:
        return content_id(self.label, chart)

    @property
    def attachments(self) -> list[tuple[str, str, bytes]]:
        return [(self.file_name("docx"), DOCX_TYPE, self.docx), (self.file_name("xlsx"), XLSX_TYPE, self.xlsx)]

    @property
    def inline_images(self) -> list[tuple[str, bytes]]:
        return [(self.content_id(c), c.png) for c in self.charts]

    def files(self) -> dict[str, bytes]:
        """Every file `--out` writes, by name."""
        out = {self.file_name("html"): self.html_file.encode("utf-8"),
               self.file_name("txt"): self.text.encode("utf-8"),
               self.file_name("docx"): self.docx, self.file_name("xlsx"): self.xlsx}
        out.update({self.chart_file_name(c): c.png for c in self.charts})
        return out


def _template_values(fig: DigestFigures, office_name: str, label: str) -> dict:
    headline = tables.headline_table(fig)
    others = (tables.answer_table(fig), tables.unit_table(fig), tables.overdue_table(fig),
              *tables.breakdown_tables(fig))
    return dict(
        office_name=office_name, period=tables.period_text(fig.period), headline=fig.headline,
        summary_lines=tables.summary_lines(fig), headline_table=headline, other_tables=others,
        tables=(headline, *others), major_lines=tuple(m.line for m in fig.major),
        attachment_names=(file_name(label, "docx"), file_name(label, "xlsx")),
        definitions=tables.definitions(fig.period), report_name=report_name(fig.period), generated_at=tables.moment_text(fig.generated_at),
    )


def render_digest(fig: DigestFigures, *, office_name: str, number_prefix: str = "工会投诉") -> DigestFiles:
    label = fig.period.label
    charts = drawn_charts(fig)
    values = _template_values(fig, office_name, label)
    for_mail = render_mail("digest", images=tuple(
        ImageRef(c.name, c.title, "cid:" + content_id(label, c)) for c in charts), **values)
    for_file = render_mail("digest", images=tuple(
        ImageRef(c.name, c.title, chart_file_name(label, c)) for c in charts), **values)
    return DigestFiles(
        label=label, subject=for_mail.subject, text=for_mail.text, html=for_mail.html,
        html_file=for_file.html, docx=digest_docx(fig, charts, office_name=office_name, number_prefix=number_prefix),
        xlsx=digest_xlsx(fig), charts=charts,
    )
