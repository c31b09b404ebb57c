from __future__ import annotations

import io
import shutil
import subprocess

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from outbox.supervision_form import (
    TEMPLATE,
    TemplateMismatch,
    fill_docx_template,
    supervision_form_docx,
    supervision_form_filename,
    supervision_form_values,
)
from outbox.views import case_view
from parsers.docx_form import parse_docx_form
from templates.build_docx_templates import FEEDBACK_LABELS, build
from tests.outbox.conftest import NOW, make_case

FEEDBACK = {"处理情况": "10月10日已致电客户致歉，\n并调整了叫号流程。", "经办人": "陈晓", "联系电话": "0598-8231234",
            "处理日期": "2026年10月12日", "客户满意度": "满意"}
PLACEHOLDERS = ("case_id", "case_tag", "acceptance_number", "channel", "received_at", "customer_name",
                "customer_phone", "unit", "severity", "lead_unit", "co_units", "category", "due_at",
                "regulatory_due_at", "cc_leaders", "content", "request", "issuer", "issued_at", "round_title",
                "history")


def _form(directory, **case_overrides) -> bytes:
    case = make_case(co_units=["ML"], **case_overrides)
    view = case_view(case, directory, reveal_contact=True)
    return supervision_form_docx(view, issuer="分行工会", issued_at=NOW, cc_leaders=["张明副行长"])


def _text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def _feedback_table(document):
    return document.tables[-1]


def test_form_holds_what_the_unit_needs(directory):
    document = docx.Document(io.BytesIO(_form(directory)))
    text = _text(document)
    assert document.paragraphs[0].text == "内部资料　注意保密"
    assert document.paragraphs[1].text == "客户投诉处理情况督办单", "a first 督办单 carries no round mark"
    for expected in ("TS-2026-000001", "张三", "13812345678", "省行客户服务中心", "三元支行", "梅列支行",
                     "客户反映10月8日在三元支行办理挂失", "大堂经理态度生硬", "要求支行道歉并说明原因",
                     "2026年10月16日 18:00", "2026年10月24日 18:00", "2026年10月9日 09:30",
                     "分行工会", "张明副行长", "GD20261009001"):
        assert expected in text, expected
    assert "{{" not in text
    assert "350402199001011234" not in text and "6222021234567890123" not in text


def test_feedback_table_is_empty_with_exact_labels(directory):
    table = _feedback_table(docx.Document(io.BytesIO(_form(directory))))
    rows = [(row.cells[0].text, row.cells[1].text) for row in table.rows]
    assert rows[0] == ("案件编号", "TS-2026-000001")
    labels = ("处理情况", "经办人", "联系电话", "处理日期", "客户满意度", "承办单位负责人（签字）")
    assert rows[1:-1] == [(label, "") for label in labels] and FEEDBACK_LABELS == labels
    assert rows[-1][0] == rows[-1][1] == "承办单位（盖章）\n年　　月　　日", "one merged cell for the seal"


def test_a_reopened_cases_form_says_which_round_and_shows_the_objection(directory):
    fields = {"previous_result": "已向客户解释排队原因。", "objection": "网点没有给出任何说明。"}
    for count, mark in ((1, "第二次督办"), (2, "第三次督办"), (10, "第十一次督办")):
        document = docx.Document(io.BytesIO(_form(directory, reopen_count=count, fields=fields)))
        assert document.paragraphs[1].text == f"客户投诉处理情况督办单（{mark}）"
        cells = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
        assert cells["督办情况"].startswith(mark)
        assert "前次处理情况：已向客户解释排队原因。" in cells["督办情况"]
        assert "客户意见：网点没有给出任何说明。" in cells["督办情况"]
    first = docx.Document(io.BytesIO(_form(directory)))
    assert {row.cells[0].text: row.cells[1].text for row in first.tables[0].rows}["督办情况"] == "首次督办"


def test_the_form_reader_reads_a_returned_form(directory):
    blank = _form(directory)
    assert {"result", "handler", "handled_at", "satisfaction"}.isdisjoint(parse_docx_form(blank).fields)
    document = docx.Document(io.BytesIO(blank))
    for row in _feedback_table(document).rows:
        if row.cells[0].text in FEEDBACK:
            row.cells[1].text = FEEDBACK[row.cells[0].text]
    out = io.BytesIO()
    document.save(out)
    fields = parse_docx_form(out.getvalue())
    assert fields.get("result") == "10月10日已致电客户致歉，\n并调整了叫号流程。"
    assert fields.get("handler") == "陈晓"
    assert fields.get("handled_at") == "2026年10月12日"
    assert fields.get("satisfaction") == "满意"
    assert fields.get("customer_name") == "张三"


def test_chinese_font_is_set_in_the_document_styles(directory):
    document = docx.Document(io.BytesIO(_form(directory)))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rfonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == "宋体"
    normal = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal.get(qn("w:eastAsia")) == "宋体"


def test_blank_values_show_a_dash(directory):
    document = docx.Document(io.BytesIO(_form(directory, request="", category=None, acceptance_number=None)))
    cells = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cells["客户诉求"] == "—"
    assert cells["业务类别"] == "—"
    alone = supervision_form_values(case_view(make_case(co_units=[]), directory, reveal_contact=True),
                                    issuer="分行工会", issued_at=NOW, cc_leaders=[])
    assert alone["lead_unit"] == alone["co_units"] == alone["cc_leaders"] == "—", "one blank style"


def test_the_committed_template_matches_its_build_script(tmp_path):
    fresh = docx.Document(str(build(tmp_path / "supervision_form.docx")))
    committed = docx.Document(str(TEMPLATE))
    assert _text(fresh) == _text(committed)


def test_template_and_values_must_agree():
    template = TEMPLATE.read_bytes()
    with pytest.raises(TemplateMismatch):
        fill_docx_template(template, {"case_id": "TS-2026-000001"})
    values = dict.fromkeys(PLACEHOLDERS, "x")
    fill_docx_template(template, values)
    with pytest.raises(TemplateMismatch):
        fill_docx_template(template, values | {"unknown": "y"})


def test_control_characters_from_a_pasted_form_do_not_break_the_docx(directory):
    document = docx.Document(io.BytesIO(_form(directory, content="排队\x0b两小时\x00")))
    assert "排队两小时" in _text(document)


def test_markup_characters_tabs_breaks_and_edge_spaces_come_back_as_written(directory):
    content = 'A&B <客户> "引号"\t制表\n  两格缩进 &amp; ]]>'
    document = docx.Document(io.BytesIO(_form(directory, content=content)))
    cells = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cells["投诉内容"] == content


def test_a_value_emptied_by_its_control_characters_leaves_a_readable_form():
    values = dict.fromkeys(PLACEHOLDERS, "x")
    document = docx.Document(io.BytesIO(fill_docx_template(TEMPLATE.read_bytes(), values | {"content": "\x00\x0b"})))
    cells = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cells["投诉内容"] == "" and cells["客户诉求"] == "x"


def test_filename():
    assert supervision_form_filename("TS-2026-000001") == "督办单-TS-2026-000001.docx"


def test_libreoffice_renders_the_form_as_pdf_with_chinese(directory, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is needed for this test"
    source = tmp_path / "督办单-TS-2026-000001.docx"
    source.write_bytes(_form(directory))
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True, timeout=120, capture_output=True,
    )
    with pdfplumber.open(tmp_path / "督办单-TS-2026-000001.pdf") as pdf:
        assert len(pdf.pages) == 1
        text = "".join((page.extract_text() or "") for page in pdf.pages)
    compact = "".join(text.split())
    assert "客户投诉处理情况督办单" in compact
    assert "TS-2026-000001" in compact
    assert "张三" in compact
    assert "处理情况反馈" in compact
    assert "内部资料注意保密" in compact and "承办单位负责人（签字）" in compact and "盖章" in compact
