"""Acceptance forms for the parser tests and bench: many layouts, known answers, hostile files.

`build_corpus(out_dir)` writes .docx forms in every layout senders use (python-docx),
their LibreOffice exports to .pdf and .doc (when `soffice` exists), and PDFs drawn
without ruling lines (reportlab, CJK font), with the fields a clerk would read from each
in `expected.json`. `build_hostile(out_dir)` writes files built to hurt a parser.
Output is cached under a hash of this file, so repeated runs are fast.
`python -m tests.parsers.corpus OUT` writes both sets to OUT.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

GENERATED = Path(__file__).resolve().parent.parent / "fixtures" / "generated" / "forms"

STANDARD_LABELS = {
    "acceptance_number": "受理编号", "accepted_at": "受理时间", "channel": "投诉渠道",
    "customer_name": "客户姓名", "phone": "联系电话", "id_number": "证件号码",
    "account": "账号", "unit": "被投诉单位", "category": "业务类别", "content": "投诉内容",
    "request": "客户诉求", "urgency": "紧急程度", "accepted_by": "受理人",
    "customer_email": "电子邮箱", "result": "处理情况", "handler": "处理人",
    "handled_at": "处理日期", "satisfaction": "客户满意度",
}
SYNONYM_LABELS = {
    "acceptance_number": "工单号", "accepted_at": "来电时间", "channel": "来源",
    "customer_name": "投诉人", "phone": "联系方式", "id_number": "身份证号",
    "account": "账(卡)号", "unit": "被投诉网点", "category": "业务种类",
    "content": "投诉事由", "request": "客户要求", "urgency": "重要程度",
    "accepted_by": "受理员", "customer_email": "邮箱", "result": "处理情况反馈",
    "handler": "经办人", "handled_at": "处理日期", "satisfaction": "满意度评价",
}
SYNONYM_LABELS_2 = {
    **SYNONYM_LABELS, "acceptance_number": "编号", "accepted_at": "受理日期",
    "customer_name": "客户名称", "phone": "手机", "account": "卡号", "unit": "涉及机构",
    "category": "投诉业务", "content": "问题描述", "result": "核实情况",
}
INTAKE = ("acceptance_number", "accepted_at", "channel", "customer_name", "phone",
          "id_number", "account", "customer_email", "unit", "category", "urgency",
          "accepted_by", "content", "request")
RETURN = ("result", "handler", "handled_at", "satisfaction")
MULTILINE = frozenset({"content", "request", "result"})


@dataclass(frozen=True)
class CorpusItem:
    """One generated form and the fields a clerk would read from it."""

    name: str
    kind: str  # docx | pdf | doc
    layout: str
    path: Path
    expected: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class HostileItem:
    """One file built to hurt a parser, the error it must raise and words of the reason."""

    name: str
    kind: str  # docx | pdf
    path: Path
    error: str  # "HostileInput" | "ParseError"
    reason_words: tuple[str, ...]


# ---------------------------------------------------------------- realistic records

SURNAMES = "张王李刘陈杨黄赵周吴林郑"
GIVEN = ["伟", "芳", "娜", "洋", "静", "磊", "敏", "强", "婷", "晓燕", "建华", "志明", "秀英"]
UNITS = ["三元支行", "梅列支行", "城关分理处", "信用卡中心", "列东支行", "永安支行营业部"]
CATEGORIES = ["个人存款", "信用卡", "个人贷款", "电子银行", "银行卡", "理财产品"]
CHANNELS = ["省行客户服务中心", "客户上门", "网络（总行客服中心）", "上级行转来"]
STAFF = ["林芳", "陈丽华", "黄志强", "吴婷婷"]
COMPLAINTS = [
    ["客户反映{date}在{unit}办理{cat}业务时排队等候近两个小时，",
     "仅开放一个对公窗口，大堂经理未作任何引导。",
     "客户认为网点服务效率低下，态度冷淡。"],
    ["客户称其尾号{tail}的银行卡于{date}被扣除年费180元，",
     "开卡时柜员未告知收费标准，多次致电客服未获答复。"],
    ["客户于{date}通过手机银行转账5000元，显示成功但对方未到账，",
     "到{unit}查询时工作人员推诿，要求客户自行联系对方银行。",
     "客户情绪激动，表示将向监管部门反映。"],
    ["客户反映在{unit}购买的理财产品到期后未按约定时间兑付，",
     "理财经理电话一直无人接听。"],
]
REQUESTS = [["要求网点说明情况并道歉", "今后增开窗口"], ["要求退还年费180元"],
            ["尽快查明资金去向", "三个工作日内给予答复"], ["要求按约定兑付本息并书面解释"]]
RESULTS = [["经核实，当日因系统升级导致办理缓慢，网点已向客户致歉。",
            "已调整弹性窗口排班。"],
           ["经核实情况属实，已为客户退还年费180元，并对相关柜员进行批评教育。"],
           ["已联系客户说明原因，客户表示理解。"]]
SATISFACTION = ["满意", "基本满意", "不满意"]


def _id_number(rng: random.Random) -> str:
    """An 18-character resident ID with a valid check character (sometimes X)."""
    body = f"3504{rng.randint(0, 99):02d}{rng.randint(1960, 2000)}{rng.randint(1, 12):02d}" \
           f"{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]
    return body + check


def make_record(n: int, returned: bool | None = None) -> dict[str, str]:
    """The n-th synthetic complaint, deterministic; returned forms carry a result."""
    rng = random.Random(1000 + n)
    unit = UNITS[n % len(UNITS)]
    cat = CATEGORIES[n % len(CATEGORIES)]
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    date = f"{month}月{day}日"
    account = rng.choice(["6222", "6217", "6259", "4367"]) + "".join(
        str(rng.randint(0, 9)) for _ in range(rng.choice([12, 14, 15])))
    lines = [s.format(date=date, unit=unit, cat=cat, tail=account[-4:])
             for s in COMPLAINTS[n % len(COMPLAINTS)]]
    record = {
        "acceptance_number": f"CSC2024{month:02d}{day:02d}{rng.randint(100, 999):04d}",
        "accepted_at": f"2024-{month:02d}-{day:02d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
        "channel": CHANNELS[n % len(CHANNELS)],
        "customer_name": SURNAMES[n % len(SURNAMES)] + GIVEN[(n * 5) % len(GIVEN)],
        "phone": f"1{rng.choice([38, 39, 58, 59, 86, 88])}{rng.randint(0, 99999999):08d}",
        "id_number": _id_number(rng),
        "account": account,
        "customer_email": f"kehu{rng.randint(100, 999)}@163.com",
        "unit": unit, "category": cat,
        "urgency": ["一般", "紧急", "一般", "重大"][n % 4],
        "accepted_by": STAFF[n % len(STAFF)],
        "content": "\n".join(lines),
        "request": "\n".join(REQUESTS[n % len(REQUESTS)]),
    }
    if returned or (returned is None and n % 3 == 2):
        record.update(result="\n".join(RESULTS[n % len(RESULTS)]), handler=STAFF[(n + 1) % 4],
                      handled_at=f"2024-{month:02d}-{min(day + 3, 28):02d}",
                      satisfaction=SATISFACTION[n % 3])
    return record


def spaced(label: str) -> str:
    """`客户姓名` as some templates print it: `客 户 姓 名`."""
    return " ".join(label)


# ---------------------------------------------------------------- docx layouts

def _new_document(title: str = "客户投诉受理单"):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(10.5)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "SimSun")
    if title:
        document.add_heading(title, level=1)
    return document


def _set_cell(cell, text: str) -> None:
    """Cell text with one paragraph per line (as Word writes multi-line cells)."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _table(document_or_cell, rows: int, cols: int):
    table = document_or_cell.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    return table


def _present(record: Mapping[str, str], names) -> list[str]:
    return [n for n in names if n in record]


def layout_two_column(record, labels=STANDARD_LABELS, label_text=lambda s: s):
    """label | value, one field a row."""
    document = _new_document()
    names = _present(record, INTAKE + RETURN)
    table = _table(document, len(names), 2)
    for row, name in zip(table.rows, names):
        _set_cell(row.cells[0], label_text(labels[name]))
        _set_cell(row.cells[1], record[name])
    return document, {n: record[n] for n in names}


def layout_four_column(record, labels=STANDARD_LABELS, tick_boxes=False):
    """label | value | label | value, prose fields in a value cell merged across the row."""
    document = _new_document()
    short = [n for n in _present(record, INTAKE + RETURN) if n not in MULTILINE]
    prose = _present(record, INTAKE + RETURN)
    prose = [n for n in prose if n in MULTILINE]
    rows = (len(short) + 1) // 2 + len(prose)
    table = _table(document, rows, 4)
    expected = {}
    for i, name in enumerate(short):
        cells = table.rows[i // 2].cells
        value = record[name]
        if tick_boxes and name == "satisfaction":
            value = "  ".join(("☑" if o == value else "□") + o for o in SATISFACTION)
        _set_cell(cells[(i % 2) * 2], labels[name])
        _set_cell(cells[(i % 2) * 2 + 1], value)
        expected[name] = record[name]
    for j, name in enumerate(prose):
        row = table.rows[(len(short) + 1) // 2 + j]
        _set_cell(row.cells[0], labels[name])
        merged = row.cells[1].merge(row.cells[3])
        _set_cell(merged, record[name])
        expected[name] = record[name]
    return document, expected


def layout_one_cell(record, colon="："):
    """Each cell holds `label：value`; prose fields fill a merged row, text under the label."""
    document = _new_document()
    short = [n for n in _present(record, INTAKE + RETURN) if n not in MULTILINE]
    prose = [n for n in _present(record, INTAKE + RETURN) if n in MULTILINE]
    table = _table(document, (len(short) + 1) // 2 + len(prose), 2)
    for i, name in enumerate(short):
        _set_cell(table.rows[i // 2].cells[i % 2], f"{STANDARD_LABELS[name]}{colon}{record[name]}")
    for j, name in enumerate(prose):
        row = table.rows[(len(short) + 1) // 2 + j]
        merged = row.cells[0].merge(row.cells[1])
        _set_cell(merged, f"{STANDARD_LABELS[name]}{colon}\n{record[name]}")
    return document, {n: record[n] for n in short + prose}


def layout_spaced(record):
    """Labels with spaces inside (`客 户 姓 名`), half-width colons, a spaced card number."""
    document, expected = layout_two_column(record, label_text=lambda s: spaced(s) + ":")
    table = document.tables[0]
    for row in table.rows:
        if row.cells[1].text == record["account"]:
            acct = record["account"]
            _set_cell(row.cells[1], " ".join(acct[i:i + 4] for i in range(0, len(acct), 4)))
    return document, expected


def layout_synonyms(record):
    """The synonyms other templates use, and tick boxes for satisfaction."""
    return layout_four_column(record, labels=SYNONYM_LABELS, tick_boxes=True)


def layout_merged(record):
    """A merged title row, merged section rows, and a vertically merged prose block."""
    document = _new_document(title="")
    names = _present(record, INTAKE + RETURN)
    short = [n for n in names if n not in MULTILINE]
    prose = [n for n in names if n in MULTILINE]
    table = _table(document, 2 + (len(short) + 1) // 2 + 2 * len(prose), 4)
    _set_cell(table.rows[0].cells[0].merge(table.rows[0].cells[3]), "客户投诉受理单")
    _set_cell(table.rows[1].cells[0].merge(table.rows[1].cells[3]), "一、客户信息")
    for i, name in enumerate(short):
        cells = table.rows[2 + i // 2].cells
        _set_cell(cells[(i % 2) * 2], STANDARD_LABELS[name])
        _set_cell(cells[(i % 2) * 2 + 1], record[name])
    base = 2 + (len(short) + 1) // 2
    for j, name in enumerate(prose):
        top, bottom = table.rows[base + 2 * j], table.rows[base + 2 * j + 1]
        label = top.cells[0].merge(bottom.cells[0])
        value = top.cells[1].merge(bottom.cells[3])
        _set_cell(label, STANDARD_LABELS[name])
        _set_cell(value, record[name])
    return document, {n: record[n] for n in short + prose}


def layout_nested(record):
    """Sections in an outer table, each holding a nested label | value table."""
    document = _new_document()
    sections = [("受理信息", ("acceptance_number", "accepted_at", "channel", "accepted_by")),
                ("客户信息", ("customer_name", "phone", "id_number", "account",
                              "customer_email")),
                ("投诉信息", ("unit", "category", "urgency", "content", "request")),
                ("处理反馈", RETURN)]
    sections = [(t, _present(record, ns)) for t, ns in sections if _present(record, ns)]
    outer = _table(document, len(sections), 2)
    expected = {}
    for row, (title, names) in zip(outer.rows, sections):
        _set_cell(row.cells[0], title)
        inner = _table(row.cells[1], len(names), 2)
        for inner_row, name in zip(inner.rows, names):
            _set_cell(inner_row.cells[0], STANDARD_LABELS[name])
            _set_cell(inner_row.cells[1], record[name])
            expected[name] = record[name]
    return document, expected


def layout_paragraphs(record):
    """No table: `label：value` paragraphs, two short fields a line; prose under its label."""
    document = _new_document(title="")
    document.add_paragraph(f"客户投诉受理单        编号：{record['acceptance_number']}")
    names = [n for n in _present(record, INTAKE + RETURN) if n != "acceptance_number"]
    short = [n for n in names if n not in MULTILINE]
    for i in range(0, len(short), 2):
        document.add_paragraph("        ".join(
            f"{STANDARD_LABELS[n]}：{record[n]}" for n in short[i:i + 2]))
    for name in (n for n in names if n in MULTILINE):
        document.add_paragraph(f"{STANDARD_LABELS[name]}：")
        for line in record[name].split("\n"):
            document.add_paragraph(line)
    return document, {n: record[n] for n in ["acceptance_number"] + short
                      + [n for n in names if n in MULTILINE]}


def layout_label_above(record):
    """Rows of labels with their values in the row below; prose in merged full-width rows."""
    document = _new_document()
    names = _present(record, INTAKE + RETURN)
    short = [n for n in names if n not in MULTILINE]
    prose = [n for n in names if n in MULTILINE]
    groups = [short[i:i + 3] for i in range(0, len(short), 3)]
    table = _table(document, 2 * len(groups) + 2 * len(prose), 3)
    for g, group in enumerate(groups):
        for c, name in enumerate(group):
            _set_cell(table.rows[2 * g].cells[c], SYNONYM_LABELS_2[name])
            _set_cell(table.rows[2 * g + 1].cells[c], record[name])
    base = 2 * len(groups)
    for j, name in enumerate(prose):
        head, body = table.rows[base + 2 * j], table.rows[base + 2 * j + 1]
        _set_cell(head.cells[0].merge(head.cells[2]), SYNONYM_LABELS_2[name])
        _set_cell(body.cells[0].merge(body.cells[2]), record[name])
    return document, {n: record[n] for n in short + prose}


def layout_header_number(record):
    """The acceptance number printed in the page header, the rest in a 2-column table."""
    document, expected = layout_two_column(
        {k: v for k, v in record.items() if k != "acceptance_number"})
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = f"受理编号：{record['acceptance_number']}"
    return document, {**expected, "acceptance_number": record["acceptance_number"]}


def layout_messy(record):
    """What real templates add: required marks, blanks, tick boxes, remarks, signatures."""
    document = _new_document()
    document.add_paragraph("填表说明：带*号的栏目为必填项。")
    channel_boxes = "  ".join(("☑" if c == record["channel"] else "□") + c for c in CHANNELS)
    rows = [
        ("*受理编号", record["acceptance_number"], "受理时间", record["accepted_at"]),
        ("投诉渠道", channel_boxes, "", ""),
        ("客　户　姓　名*", record["customer_name"], "性别", "女"),
        ("联系电话（必填）", f"{record['phone']}\n0598-8234567", "证件号码", record["id_number"]),
        ("账（卡）号", record["account"], "电子邮箱", ""),
        ("被投诉单位", record["unit"], "业务类别", record["category"]),
        ("投诉内容", record["content"], "", ""),
        ("客户诉求", record["request"], "", ""),
        ("备注", "客户要求回电时间为工作日下午", "", ""),
        ("受理人", record["accepted_by"], "受理人签字", ""),
    ]
    table = _table(document, len(rows), 4)
    for row, (l1, v1, l2, v2) in zip(table.rows, rows):
        if not l2:
            _set_cell(row.cells[0], l1)
            _set_cell(row.cells[1].merge(row.cells[3]), v1)
            continue
        for cell, text in zip(row.cells, (l1, v1, l2, v2)):
            _set_cell(cell, text)
    document.add_paragraph("此单一式两份，受理部门与被投诉单位各留存一份。")
    expected = {n: record[n] for n in ("acceptance_number", "accepted_at", "channel",
                                       "customer_name", "id_number", "account", "unit",
                                       "category", "content", "request", "accepted_by")}
    return document, {**expected, "phone": f"{record['phone']} 0598-8234567"}


DOCX_LAYOUTS: dict[str, Callable] = {
    "two_column": layout_two_column,
    "four_column": layout_four_column,
    "one_cell": layout_one_cell,
    "spaced": layout_spaced,
    "synonyms": layout_synonyms,
    "merged": layout_merged,
    "nested": layout_nested,
    "paragraphs": layout_paragraphs,
    "label_above": layout_label_above,
    "header_number": layout_header_number,
    "returned": lambda r: layout_four_column(r, labels=SYNONYM_LABELS_2, tick_boxes=True),
    "messy": layout_messy,
}
# Layouts LibreOffice exports to PDF (ruled tables) and to .doc; nested tables stay docx.
PDF_LAYOUTS = ("two_column", "four_column", "one_cell", "spaced", "synonyms", "merged",
               "paragraphs", "label_above", "returned", "messy")
DOC_LAYOUTS = ("two_column", "merged", "paragraphs", "returned")


# ---------------------------------------------------------------- PDFs without ruling lines

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)


def cjk_font() -> str | None:
    """Register a TrueType CJK font with reportlab; its name, or None if none is installed."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    found = list(FONT_CANDIDATES)
    for root in ("/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts")):
        for path in sorted(Path(root).rglob("*")) if Path(root).is_dir() else []:
            if path.suffix.lower() in (".ttf", ".ttc") and any(
                    k in path.name.lower() for k in ("wqy", "cjk", "hei", "song", "ming")):
                found.append(str(path))
    for path in found:
        if not Path(path).exists():
            continue
        try:
            pdfmetrics.registerFont(TTFont("FormCJK", path, subfontIndex=0))
            return "FormCJK"
        except Exception:  # CFF-outline OpenType (Noto CJK) is not usable by reportlab
            continue
    return None


def _canvas(font: str, record, *, encrypt: str | None = None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    pdf.setFont(font, 16)
    pdf.drawCentredString(A4[0] / 2, A4[1] - 60, "客户投诉受理单")
    pdf.setFont(font, 10.5)
    return pdf, buffer, A4[1] - 100


def drawn_columns(font: str, record) -> tuple[bytes, dict]:
    """Labels in a left column, values at a fixed x to their right; prose wraps under it."""
    pdf, buffer, y = _canvas(font, record)
    names = _present(record, INTAKE + RETURN)
    for name in names:
        pdf.drawString(60, y, STANDARD_LABELS[name])
        for line in record[name].split("\n"):
            pdf.drawString(160, y, line)
            y -= 16
        y -= 4
    pdf.save()
    return buffer.getvalue(), {n: record[n] for n in names}


def drawn_colon_pairs(font: str, record) -> tuple[bytes, dict]:
    """`label：value` twice a line; prose on the lines after its label, from the margin."""
    pdf, buffer, y = _canvas(font, record)
    pdf.drawRightString(540, y + 20, f"工单号：{record['acceptance_number']}")
    names = [n for n in _present(record, INTAKE + RETURN) if n != "acceptance_number"]
    short = [n for n in names if n not in MULTILINE]
    for i in range(0, len(short), 2):
        for col, name in enumerate(short[i:i + 2]):
            pdf.drawString(60 + 250 * col, y, f"{SYNONYM_LABELS[name]}：{record[name]}")
        y -= 20
    for name in (n for n in names if n in MULTILINE):
        lines = record[name].split("\n")
        pdf.drawString(60, y, f"{SYNONYM_LABELS[name]}：{lines[0]}")
        for line in lines[1:]:
            y -= 16
            pdf.drawString(60, y, line)
        y -= 24
    pdf.save()
    return buffer.getvalue(), {n: record[n] for n in ["acceptance_number"] + names}


def drawn_label_above(font: str, record) -> tuple[bytes, dict]:
    """Three labels a line with their values on the line below; prose under its label."""
    pdf, buffer, y = _canvas(font, record)
    names = _present(record, INTAKE + RETURN)
    short = [n for n in names if n not in MULTILINE]
    for i in range(0, len(short), 3):
        for col, name in enumerate(short[i:i + 3]):
            pdf.drawString(60 + 170 * col, y, spaced(STANDARD_LABELS[name]))
            pdf.drawString(60 + 170 * col, y - 15, record[name])
        y -= 40
    for name in (n for n in names if n in MULTILINE):
        pdf.drawString(60, y, STANDARD_LABELS[name])
        for line in record[name].split("\n"):
            y -= 15
            pdf.drawString(60, y, line)
        y -= 25
    pdf.save()
    return buffer.getvalue(), {n: record[n] for n in names}


def drawn_messy(font: str, record) -> tuple[bytes, dict]:
    """`label：` in a left column, values at a fixed x, blanks, a remark and a footer."""
    pdf, buffer, y = _canvas(font, record)
    names = ["acceptance_number", "accepted_at", "customer_name", "phone", "account", "unit",
             "customer_email", "content", "request", "accepted_by"]
    for name in names:
        value = "" if name == "customer_email" else record[name]
        pdf.drawString(60, y, STANDARD_LABELS[name] + "：")
        for line in value.split("\n"):
            pdf.drawString(160, y, line)
            y -= 18
        y -= 4
    pdf.drawString(60, y, "备注：")
    pdf.drawString(160, y, "客户要求下午回电")
    pdf.drawString(60, 80, "受理人签字：")
    pdf.drawString(300, 80, "此单一式两份")
    pdf.save()
    return buffer.getvalue(), {n: record[n] for n in names if n != "customer_email"}


DRAWN_LAYOUTS: dict[str, Callable] = {
    "drawn_columns": drawn_columns,
    "drawn_colon_pairs": drawn_colon_pairs,
    "drawn_label_above": drawn_label_above,
    "drawn_messy": drawn_messy,
}


# ---------------------------------------------------------------- hostile files

def _minimal_docx(document_xml: bytes | None = None, extra: Mapping[str, bytes] = {},
                  *, bomb_bytes: int = 0) -> bytes:
    """A real python-docx package, with its document part replaced or members added."""
    document = _new_document()
    document.add_paragraph("客户姓名：张伟")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml" and document_xml is not None:
                data = document_xml
            target.writestr(info.filename, data)
        for name, data in extra.items():
            target.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
        if bomb_bytes:
            with target.open("word/media/filler.xml", "w", force_zip64=True) as member:
                chunk = b" " * (1 << 20)
                for _ in range(bomb_bytes >> 20):
                    member.write(chunk)
    return out.getvalue()


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>"""
XXE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""


def _nested_zip() -> bytes:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("payload.txt", "x")
    return inner.getvalue()


def _flate_bomb_pdf(megabytes: int = 260, ascii85: bool = False) -> bytes:
    """A one-page PDF whose content stream inflates to `megabytes` MB of spaces."""
    import base64
    import zlib

    deflater = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    stream = b"".join(deflater.compress(chunk) for _ in range(megabytes)) + deflater.flush()
    filters = b"/FlateDecode"
    if ascii85:
        stream = base64.a85encode(stream, wrapcol=72) + b"~>"
        filters = b"[/ASCII85Decode /FlateDecode]"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(stream), filters) + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def hostile_files(font: str | None) -> dict[str, tuple[bytes, str, tuple[str, ...]]]:
    """name → (bytes, expected error type, words its reason must contain)."""
    utf16 = XXE.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    files = {
        "zip_bomb.docx": (_minimal_docx(bomb_bytes=64 << 20), "HostileInput", ("zip bomb",)),
        "billion_laughs.docx": (_minimal_docx(BILLION_LAUGHS), "HostileInput", ("DTD",)),
        "xxe.docx": (_minimal_docx(XXE), "HostileInput", ("entit",)),
        "xxe_utf16.docx": (_minimal_docx(utf16), "HostileInput", ("DTD",)),
        "traversal.docx": (_minimal_docx(extra={"../../evil.sh": b"rm -rf /"}),
                           "HostileInput", ("outside the package",)),
        "control_name.docx": (_minimal_docx(extra={"word/\x07bell.xml": b"<a/>"}),
                              "HostileInput", ("control characters",)),
        "nested_zip.docx": (_minimal_docx(extra={"word/media/inner.zip": _nested_zip()}),
                            "HostileInput", ("another archive",)),
        "nested_magic.docx": (_minimal_docx(extra={"word/media/image9.png": _nested_zip()}),
                              "HostileInput", ("another archive",)),
        "not_a_package.docx": (b"PK\x03\x04" + os.urandom(0) + b"\x00" * 200, "ParseError",
                               ("docx",)),
        "not_a_pdf.pdf": (b"hello, this is not a PDF at all", "ParseError", ("not a PDF",)),
        "flate_bomb.pdf": (_flate_bomb_pdf(), "HostileInput", ("decompression bomb",)),
        "a85_flate_bomb.pdf": (_flate_bomb_pdf(ascii85=True), "HostileInput",
                               ("decompression bomb",)),
    }
    if font is not None:
        record = make_record(0)
        plain, _ = drawn_columns(font, record)
        locked, _ = _encrypted_pdf(font, record)
        files["encrypted.pdf"] = (locked, "ParseError", ("password",))
        files["truncated.pdf"] = (plain[: len(plain) // 2], "ParseError", ("truncated",))
    return files


def _encrypted_pdf(font: str, record) -> tuple[bytes, dict]:
    from reportlab.lib import pdfencrypt

    encrypt = pdfencrypt.StandardEncryption("8866", ownerPassword="owner-8866")
    pdf, buffer, y = _canvas(font, record, encrypt=encrypt)
    pdf.drawString(60, y, f"客户姓名：{record['customer_name']}")
    pdf.save()
    return buffer.getvalue(), {}


# ---------------------------------------------------------------- building and caching

def _docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _generate_docx(root: Path) -> list[CorpusItem]:
    items = []
    for li, (layout, build) in enumerate(DOCX_LAYOUTS.items()):
        for k in range(3):
            n = li * 3 + k
            record = make_record(n, returned=True if layout == "returned" else None)
            document, expected = build(record)
            path = root / "docx" / f"{layout}_{n:02d}.docx"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_docx_bytes(document))
            items.append(CorpusItem(path.name, "docx", layout, path, expected))
    return items


def _generate_drawn(root: Path, font: str | None) -> list[CorpusItem]:
    if font is None:
        return []
    items = []
    for li, (layout, draw) in enumerate(DRAWN_LAYOUTS.items()):
        for k in range(3):
            n = 60 + li * 3 + k
            data, expected = draw(font, make_record(n))
            path = root / "pdf" / f"{layout}_{n:02d}.pdf"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            items.append(CorpusItem(path.name, "pdf", layout, path, expected))
    return items


def _generate_converted(root: Path, docx_items: list[CorpusItem]) -> list[CorpusItem]:
    """LibreOffice exports: .docx → .pdf, and .docx → .odt → .doc (the direct .doc filter
    drops python-docx tables). Nothing when LibreOffice is not installed."""
    if shutil.which("soffice") is None:
        return []
    from parsers.doc_legacy import convert_documents

    to_pdf = [i for i in docx_items if i.layout in PDF_LAYOUTS and int(i.path.stem[-2:]) % 3 < 2]
    to_doc = [i for i in docx_items if i.layout in DOC_LAYOUTS and int(i.path.stem[-2:]) % 3 == 0]
    pdfs = convert_documents([i.path for i in to_pdf], "pdf", root / "pdf")
    odts = convert_documents([i.path for i in to_doc], "odt", root / "odt")
    docs = convert_documents(odts, "doc", root / "doc")
    shutil.rmtree(root / "odt", ignore_errors=True)
    items = [CorpusItem(p.name, "pdf", i.layout, p, i.expected) for i, p in zip(to_pdf, pdfs)]
    items += [CorpusItem(p.name, "doc", i.layout, p, i.expected) for i, p in zip(to_doc, docs)]
    missing = [i.name for i in items if not i.path.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not convert {missing}")
    return items


def _generate_hostile(root: Path, font: str | None) -> list[HostileItem]:
    items = []
    for name, (data, error, words) in hostile_files(font).items():
        path = root / "hostile" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        items.append(HostileItem(name, path.suffix[1:], path, error, words))
    return items


def _cache_key(font: str | None) -> str:
    import docx
    import reportlab

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"{font}|{shutil.which('soffice')}|{reportlab.Version}|"
                  f"{getattr(docx, '__version__', '')}".encode())
    return digest.hexdigest()[:16]


def _ensure(out_dir: Path) -> Path:
    """The generated corpus directory for this generator version, built once."""
    font = cjk_font()
    root = Path(out_dir) / _cache_key(font)
    if (root / "expected.json").exists():
        return root
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
    try:
        forms = _generate_docx(scratch)
        forms += _generate_converted(scratch, forms) + _generate_drawn(scratch, font)
        hostile = _generate_hostile(scratch, font)
        _write_manifest(scratch / "hostile.json", hostile, scratch)
        _write_manifest(scratch / "expected.json", forms, scratch)
        os.rename(scratch, root)
    except OSError:
        if not (root / "expected.json").exists():
            raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # gone already when renamed
    return root


def _write_manifest(path: Path, items, root: Path) -> None:
    rows = [{**asdict(i), "path": str(i.path.relative_to(root))} for i in items]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


def build_corpus(out_dir: Path | str = GENERATED) -> list[CorpusItem]:
    """Every generated form with its expected fields (generated once per generator version)."""
    root = _ensure(Path(out_dir))
    rows = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    return [CorpusItem(**{**r, "path": root / r["path"]}) for r in rows]


def build_hostile(out_dir: Path | str = GENERATED) -> list[HostileItem]:
    """Files built to hurt a parser, each with the error and reason it must produce."""
    root = _ensure(Path(out_dir))
    rows = json.loads((root / "hostile.json").read_text(encoding="utf-8"))
    return [HostileItem(**{**r, "path": root / r["path"], "reason_words": tuple(r["reason_words"])})
            for r in rows]


def build_large_pdf(out_dir: Path | str = GENERATED, megabytes: int = 25) -> Path | None:
    """A form page followed by noisy image pages, about `megabytes` MB (None without a CJK
    font). Cached: built once per size."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    path = Path(out_dir) / f"large_{megabytes}mb.pdf"
    font = cjk_font()
    if font is None:
        return None
    if path.exists():
        return path
    pdf, buffer, y = _canvas(font, {})
    record = make_record(0)
    for name in ("customer_name", "phone", "unit"):
        pdf.drawString(60, y, f"{STANDARD_LABELS[name]}：{record[name]}")
        y -= 20
    rng = random.Random(7)
    side = 700  # incompressible grey noise: about side² bytes a page
    for _ in range((megabytes << 20) * 4 // (side * side * 5) + 1):  # ASCII85 adds 1/4
        pdf.showPage()
        noise = Image.frombytes("L", (side, side), rng.randbytes(side * side))
        pdf.drawImage(ImageReader(noise), 40, 100, width=500, height=500)
    pdf.save()
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(f".{os.getpid()}.tmp")
    scratch.write_bytes(buffer.getvalue())
    os.replace(scratch, path)
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else GENERATED
    forms, hostile = build_corpus(out), build_hostile(out)
    kinds = {k: sum(1 for i in forms if i.kind == k) for k in ("docx", "pdf", "doc")}
    print(f"{len(forms)} forms {kinds}, {len(hostile)} hostile files in {forms[0].path.parents[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))


def comparable(name: str, value: str | None, kind: str) -> str | None:
    """A value as compared with the expected one: PDF prose may wrap anywhere, so its line
    breaks and spaces do not count; everything else must match exactly."""
    if value is None or kind == "docx" or name not in MULTILINE:
        return value
    return "".join(value.split())
