"""Every reason a parser gives is read by a clerk in Chinese, with what to do; the parser's words stay as 技术信息."""

from __future__ import annotations

import io
import re
from email.message import EmailMessage

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from core.errors import ComplaintsError, HostileInput, ParseError, PolicyLimitExceeded
from complaints.reasons import _BY_TYPE, CLERK_REASONS, SOURCE_REQUEST, clerk_reason, source_request, source_requests
from parsers.documents import parse_form_document
from parsers.images import load_pages
from parsers.mail import parse_message
from parsers.xlsx_form import SeveralComplaints

CJK = re.compile(r"[\u4e00-\u9fff]")


def _many_attachments(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@b.example", "c@d.example", "附件"
    msg.set_content("见附件")
    for i in range(n):
        msg.add_attachment(b"x", maintype="text", subtype="plain", filename=f"{i}.txt")
    return msg.as_bytes()


def _nested(depth: int) -> bytes:
    parts = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth))
    return ("From: a@b.example\r\nSubject: x\r\nMIME-Version: 1.0\r\n" + parts + "Content-Type: text/plain\r\n\r\nx\r\n").encode()


def _exe_as_pdf() -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "csc@province.example", "c@d.example", "投诉材料"
    msg.set_content("客户投诉三元支行，详见附件发票。")
    exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00"
    msg.add_attachment(exe + b"This program cannot be run in DOS mode.", maintype="application", subtype="pdf",
                       filename="发票.pdf")
    return msg.as_bytes()


def _locked_pdf() -> bytes:
    """A statement a bank app exports with an open password."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, encrypt="880613")
    page.drawString(60, 780, "2026-11-18 50000.00")
    page.showPage()
    page.save()
    return out.getvalue()


def _raise(error: ComplaintsError):
    raise error


def _raised(action) -> ComplaintsError:
    with pytest.raises(ComplaintsError) as caught:
        action()
    return caught.value


CASES = {
    "too many attachments": (lambda: parse_message(_many_attachments(3), max_attachments=2), "附件超过 2 个"),
    "nesting": (lambda: parse_message(_nested(40)), "疑为恶意邮件"),
    "not an image": (lambda: load_pages(b"GIF89a not really", "x.gif"), "不是可识别的图片"),
    "a .txt named .docx": (lambda: parse_form_document(b"just text", "说明.docx"), "Word 文件已损坏"),
    "a .txt named .xlsx": (lambda: parse_form_document(b"just text", "工单.xlsx"), "Excel 文件已损坏"),
    "several complaints in one sheet": (lambda: _raise(SeveralComplaints("the spreadsheet lists 3 complaints (rows) under one header row")),
                                        "列有 3 件投诉"),
    "damaged PDF": (lambda: parse_form_document(b"%PDF-1.4\n1 0 obj <<>>", "a.pdf"), "PDF"),
    "a program named .pdf": (lambda: parse_message(_exe_as_pdf()), "附件「发票.pdf」实为可执行程序"),
    "a PDF with a password, read for text": (lambda: parse_form_document(_locked_pdf(), "明细.pdf"), "设有打开密码"),
    "a PDF with a password, rendered": (lambda: load_pages(_locked_pdf(), "明细.pdf"), "设有打开密码"),
}


@pytest.mark.parametrize("name", CASES)
def test_parser_reasons_read_in_chinese(name):
    action, words = CASES[name]
    reason = clerk_reason(_raised(action))
    said = reason.split("（技术信息")[0]  # what a clerk reads first: Chinese
    assert len(CJK.findall(said)) > len(re.findall(r"[A-Za-z]", said)), reason
    assert words in reason and "技术信息" in reason


def test_a_chinese_reason_is_kept_and_unknown_ones_say_what_they_are():
    assert clerk_reason(ParseError("无法读取投诉内容：邮件正文为空")) == "无法读取投诉内容：邮件正文为空"
    assert clerk_reason(HostileInput("something new")).startswith("文件或邮件结构异常，疑为恶意构造")
    assert clerk_reason(clerk_reason(ParseError("damaged image header (x)"))) .count("技术信息") == 1


def _reads_chinese(text: str) -> bool:
    """Chinese carries the sentence: more CJK characters than Latin letters, config keys aside."""
    plain = re.sub(r"\[[a-z_]+\]|[a-z_]+_[a-z_]+|\{[a-z]+\}|JPG|PNG|TIFF|PDF|IT|dpi|\.[a-z]+", "", text)
    return len(CJK.findall(plain)) > 2 * len(re.findall(r"[A-Za-z]", plain))


@pytest.mark.parametrize("row", range(len(CLERK_REASONS) + len(_BY_TYPE)))
def test_every_text_in_the_reason_table_reads_in_chinese(row):
    """The whole table, not a sample: a row added in English fails here."""
    texts = [row.clerk for row in CLERK_REASONS] + [text for _, text in _BY_TYPE]
    assert _reads_chinese(texts[row]), texts[row]


@pytest.mark.parametrize("row", [r for r in CLERK_REASONS if r.source])
def test_every_request_to_a_source_reads_in_chinese(row):
    assert _reads_chinese(row.source), row.source


@pytest.mark.parametrize("error_type", [HostileInput, PolicyLimitExceeded, ParseError, ComplaintsError])
def test_an_english_reason_of_any_type_reaches_the_clerk_in_chinese(error_type):
    reason = clerk_reason(error_type("some new english message nobody mapped"))
    assert _reads_chinese(reason.split("（技术信息")[0]) and reason.endswith("nobody mapped）")


@pytest.mark.parametrize("read", [lambda d: parse_form_document(d, "明细.pdf"), lambda d: load_pages(d, "明细.pdf")])
def test_a_source_is_asked_for_a_copy_without_the_password(read):
    """Whichever reader met the password, the source hears that it is the password, not damage."""
    asked = source_request(clerk_reason(_raised(lambda: read(_locked_pdf()))))
    assert "设有打开密码" in asked and "不设密码" in asked


def test_a_file_failing_for_another_reason_is_asked_for_again_in_general_words():
    assert source_request(clerk_reason(ParseError("damaged image header (x)"))) == SOURCE_REQUEST
    assert source_request("附件格式不支持") == SOURCE_REQUEST
    assert source_request(clerk_reason(ParseError("legacy .doc: LibreOffice could not convert it (damaged or "
                                                  "password-protected?); ask for a .docx"))) == SOURCE_REQUEST


def test_the_files_asked_the_same_are_named_together():
    locked = clerk_reason(ParseError("PDF is password-protected (encrypted): ask the sender for an unprotected copy"))
    damaged = clerk_reason(ParseError("damaged image header (x)"))
    asked = source_requests([{"file": "明细.pdf", "reason": locked}, {"file": "照片.jpg", "reason": damaged},
                             {"file": "流水.pdf", "reason": locked}])
    assert [names for names, _ in asked] == ["「明细.pdf」、「流水.pdf」", "「照片.jpg」"]
    assert asked[1][1] == SOURCE_REQUEST and source_requests([]) == []


def test_a_sheet_of_several_complaints_asks_the_source_for_one_per_work_order():
    reason = clerk_reason(SeveralComplaints("the spreadsheet lists 2 complaints (rows) under one header row"))
    assert "请工会逐件登记" in reason
    assert "每件投诉单独发送一份工单" in source_request(reason)
