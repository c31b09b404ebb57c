"""Scan-to-email mails: the cover note is not the letter, scans are one letter in order, both texts kept.

The scans are rendered here (typed letters on A4, made to look scanned) and read by the
real OCR; the mails are shaped as printers and clerks send them.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from complaints.intake import read_complaint
from complaints.sample_mail import complaint_mail
from core.errors import HostileInput, ParseError
from parsers.mail import parse_message
from tests.parsers.scans import render_letter, save_pages, scanify
from tests.parsers.test_cover_note import SHARP_CN, XEROX
from tests.router.directory import branch_directory

PAGE_ONE = ("尊敬的分行领导：", [
    "我叫林秀兰，今年七十二岁，联系电话13960512345。",
    "2026年11月3日上午我到城关分理处取养老金，柜员说我的存折消磁了让我去别的网点。",
    "我腿脚不便，来回折腾了一个上午也没有办成。",
])
PAGE_TWO = ("", [
    "希望贵行对城关分理处的服务进行整改，并给我一个明确的答复。",
    "林秀兰 2026年11月5日",
])
SCANNER = "scan-3f@branch.example"


@pytest.fixture(scope="module")
def directory():
    return branch_directory()


def _pages(dpi: int = 150, seed: int = 7):
    first = render_letter(PAGE_ONE[0], PAGE_ONE[1], dpi)[0]
    second = render_letter(PAGE_TWO[0], PAGE_TWO[1], dpi)[0]
    return [scanify(first, seed=seed, skew=1.2, rotation=0), scanify(second, seed=seed + 1, skew=-0.8, rotation=0)]


@pytest.fixture(scope="module")
def two_page_pdf() -> bytes:
    return save_pages(_pages(), "pdf", 150)


@pytest.fixture(scope="module")
def two_jpegs() -> tuple[bytes, bytes]:
    first, second = _pages(seed=11)
    return save_pages([first], "jpeg", 150), save_pages([second], "jpeg", 150)


def _mail(body: str, files) -> bytes:
    return complaint_mail(sender=SCANNER, to="complaints@branch.example", subject="扫描文件", body=body,
                          attachments=tuple(files))


def test_a_printer_cover_note_is_not_the_letter(directory, two_page_pdf):
    msg = parse_message(_mail(SHARP_CN, [("SKM_C36026120309410.pdf", "application/pdf", two_page_pdf)]))
    intake = read_complaint(msg, "letter", directory)
    assert intake.source == "letter:SKM_C36026120309410.pdf"
    assert "设备名称" not in intake.content and "存折消磁" in intake.content
    assert "明确的答复" in intake.content  # page two read too
    assert intake.customer_name == "林秀兰" and intake.customer_phone == "13960512345"
    assert intake.complaint.unit_mentions == ("CG",)
    assert intake.originals == ("SKM_C36026120309410.pdf",)
    assert intake.texts["cover_note"].startswith("设备名称") and "存折" in intake.texts["scan"]


def test_several_images_are_one_letter_in_order(directory, two_jpegs):
    first, second = two_jpegs
    msg = parse_message(_mail(XEROX, [("scan0001.jpg", "image/jpeg", first), ("scan0002.jpg", "image/jpeg", second)]))
    intake = read_complaint(msg, "letter", directory)
    assert intake.content.index("存折") < intake.content.index("明确的答复")
    assert intake.originals == ("scan0001.jpg", "scan0002.jpg")


def test_pages_attached_out_of_order_are_read_in_the_order_their_names_number(directory, two_jpegs):
    first, second = two_jpegs
    msg = parse_message(_mail(XEROX, [("扫描_20261203_0002.jpg", "image/jpeg", second),
                                      ("扫描_20261203_0001.jpg", "image/jpeg", first)]))
    intake = read_complaint(msg, "letter", directory)
    assert intake.content.index("存折") < intake.content.index("明确的答复")
    assert intake.customer_name == "林秀兰"
    assert set(intake.originals) == {"扫描_20261203_0001.jpg", "扫描_20261203_0002.jpg"}


def test_a_letter_attached_as_pdf_and_again_as_images_is_read_once(directory, two_page_pdf, two_jpegs):
    """The MFP sent the job in both formats (separate scans of the sheets: OCR differs a little)."""
    first, second = two_jpegs
    files = [("SCAN0001.pdf", "application/pdf", two_page_pdf), ("SCAN0001.jpg", "image/jpeg", first),
             ("SCAN0002.jpg", "image/jpeg", second)]
    intake = read_complaint(parse_message(_mail("见附件", files)), "letter", directory)
    assert intake.content.count("腿脚不便") == 1 and intake.content.count("明确的答复") == 1, intake.content
    assert intake.originals == ("SCAN0001.pdf", "SCAN0001.jpg", "SCAN0002.jpg")


def test_a_complaint_body_and_its_scan_are_both_kept(directory, two_page_pdf):
    body = "客户林秀兰来电反映城关分理处以存折消磁为由拒绝为其办理取款，本人来信附后，请尽快处理。"
    msg = parse_message(_mail(body, [("来信.pdf", "application/pdf", two_page_pdf)]))
    intake = read_complaint(msg, "letter", directory)
    assert intake.texts["body"] == body and "腿脚不便" in intake.texts["scan"]
    assert intake.content.startswith(body) and "腿脚不便" in intake.content
    assert intake.source == "letter:body+来信.pdf"


def test_an_unreadable_first_scan_does_not_stop_the_second(directory, two_jpegs):
    first, _second = two_jpegs
    cut = first[: len(first) // 3]
    msg = parse_message(_mail("见附件", [("损坏.jpg", "image/jpeg", cut), ("scan0001.jpg", "image/jpeg", first)]))
    intake = read_complaint(msg, "letter", directory)
    assert "存折" in intake.content
    assert [name for name, _ in intake.unreadable] == ["损坏.jpg"]


def test_a_cover_note_with_nothing_readable_is_a_parse_error_naming_the_file(directory, two_jpegs):
    cut = two_jpegs[0][:200]
    msg = parse_message(_mail("客户来信扫描件，请处理", [("来信.jpg", "image/jpeg", cut)]))
    with pytest.raises(ParseError, match="来信.jpg"):
        read_complaint(msg, "letter", directory)


def test_a_readable_body_with_a_damaged_attachment_opens_with_a_note(directory):
    body = "我在三元支行办理业务时柜员态度恶劣，多次催促我快点签字，要求三元支行道歉。联系电话13905071234。"
    msg = parse_message(_mail(body, [("说明.docx", "application/vnd.openxmlformats-officedocument."
                                      "wordprocessingml.document", b"this is plain text, not a docx")]))
    intake = read_complaint(msg, "online", directory)
    assert intake.content == body and intake.unreadable[0][0] == "说明.docx"


def test_a_hostile_scan_still_stops_the_mail(directory):
    out = io.BytesIO()
    Image.new("L", (200, 200), 255).save(out, "PDF", resolution=1.0)  # a 200-inch poster page
    msg = parse_message(_mail("见附件", [("poster.pdf", "application/pdf", out.getvalue())]))
    with pytest.raises(HostileInput):
        read_complaint(msg, "letter", directory)


def test_a_request_wrapped_across_printed_lines_is_one_clean_sentence(directory):
    request = ("希望贵行对城关分理处那位不耐烦的柜员进行批评教育，并由网点负责人当面向我母亲赔礼道歉，"
               "同时把多收的手续费退还到她的存折上。")
    pages = render_letter("致分行领导：", ["我母亲周桂英今年七十五岁，电话13905066778，上周在城关分理处办理存折补登。", request,
                                      "周桂英之子 2026年11月28日"], 150)
    scan = save_pages([scanify(pages[0], seed=41, skew=0.6, rotation=0)], "pdf", 150)
    intake = read_complaint(parse_message(_mail("见附件", [("来信.pdf", "application/pdf", scan)])), "letter", directory)
    assert intake.request == request
