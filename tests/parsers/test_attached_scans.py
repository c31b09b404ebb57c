"""Scans joined as one letter: each page once, told by its text; a form's pages are no part of it."""

from __future__ import annotations

from parsers.attached_scans import ScanReading, distinct_pages, letter_text
from parsers.form_fields import FormFields

PAGE = ("分行领导：\n我叫温秋生，电话13960541288。\n11月25日我在梅列支行办理转账，柜员把收款人的账号输错了一位，\n"
        "钱转到了别人账上，至今没有追回。\n请梅列支行尽快追回并赔偿损失。\n温秋生 2026年11月30日")
# the same sheet as OCR read it from the JPEG: other commas, a line joined, a space lost
SAME_FROM_JPEG = PAGE.replace("转账，", "转账,").replace("一位，\n", "一位,").replace("温秋生 2026", "温秋生2026")
NEXT_PAGE = "　　后来我又去了两次，每次都让我回去等，\n请领导督促尽快处理。\n　　　　温秋生\n　　　　2026年11月30日"


def _reading(name: str, *pages: str, form: FormFields | None = None) -> ScanReading:
    return ScanReading(name, pages=len(pages), text="\n\n".join(pages), page_texts=pages, form=form)


def test_the_same_page_attached_as_pdf_and_as_jpeg_is_read_once():
    text = letter_text((_reading("SCAN0001.pdf", PAGE), _reading("SCAN0001.jpg", SAME_FROM_JPEG)))
    assert text.count("输错了一位") == 1 and text == PAGE


def test_a_pdf_of_every_page_beside_the_pages_as_images_gives_each_page_once():
    text = letter_text((_reading("信.pdf", PAGE, NEXT_PAGE), _reading("p1.jpg", SAME_FROM_JPEG),
                        _reading("p2.jpg", NEXT_PAGE)))
    assert text == f"{PAGE}\n\n{NEXT_PAGE}"


def test_a_page_fed_twice_into_one_scan_is_read_once():
    assert letter_text((_reading("scan.pdf", PAGE, PAGE, NEXT_PAGE),)) == f"{PAGE}\n\n{NEXT_PAGE}"


def test_different_pages_and_blank_ones():
    assert distinct_pages([PAGE, "", "  \n", NEXT_PAGE]) == [PAGE, NEXT_PAGE]


def test_the_same_typed_letter_signed_by_another_customer_is_a_page_of_its_own():
    """A joint complaint: one typed text, each copy signed with its writer's own name and phone."""
    other = PAGE.replace("温秋生", "温春生").replace("13960541288", "13806921457")
    assert distinct_pages([PAGE, other]) == [PAGE, other]


def test_a_scanned_form_is_not_a_page_of_the_letter():
    form = FormFields(fields={}, source_kind="scan")
    assert letter_text((_reading("受理单.jpg", NEXT_PAGE, form=form), _reading("信.jpg", PAGE))) == PAGE
