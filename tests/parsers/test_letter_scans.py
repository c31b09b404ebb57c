"""Letters of the held-out set as scans and phone photos, read the way a mail's attachment is.

A few real rendered documents only (OCR costs ~2 s a page here); the whole set is measured
by `python -m bench.bench_letters --scans`.
"""

from __future__ import annotations

import pytest

from parsers.attached_scans import read_scan, unwrap
from parsers.letters import extract_letter
from parsers.loose_dates import letter_date
from parsers.mail import MailAttachment
from tests.parsers.letter_scans import LOOKS, render_heldout
from tests.parsers.letters_heldout import LETTERS, heldout_directory

_BY_NAME = {letter.name: letter for letter in LETTERS}


@pytest.mark.parametrize("name, n", [
    ("t_daughter_for_mother", LOOKS.index("flatbed")),   # signed "女儿邱晓梅" / "二〇二六年十月二十二日"
    ("t_wealth_loss_promise", LOOKS.index("two_pages")),  # signature alone on page 2
    ("t_insurance_as_deposit", LOOKS.index("phone")),     # perspective, shading, JPEG
])
def test_a_scanned_letter_gives_the_fields_of_the_typed_one(name, n):
    letter = _BY_NAME[name]
    rendered = render_heldout(letter, n)
    assert rendered.look == LOOKS[n]
    kind = {"pdf": "application/pdf", "jpg": "image/jpeg"}.get(rendered.filename.rsplit(".", 1)[1], "image/png")
    reading = read_scan(MailAttachment(rendered.filename, kind, rendered.data))
    assert reading.error is None and reading.pages == rendered.pages
    fields = extract_letter(reading.text, heldout_directory())
    truth = letter.truth
    assert fields.complainant is not None and fields.complainant.value == truth.complainant
    assert {p.value for p in fields.phones} == set(truth.phones)
    assert {u.code for u in fields.units if u.complained} == set(truth.complained)
    signed = letter_date(reading.text)
    assert (signed.date().isoformat() if signed else None) == truth.signed


def test_a_last_page_of_short_lines_keeps_its_lines():
    """The signature page has no full line of its own: the document's longest line decides."""
    page = "陈美玉0598-3612345\n二〇二六年九月三十日"
    assert unwrap(page, longest=40) == page
    assert unwrap("这一行一直写到了右边的页边没有写完\n的网点。", longest=18) == "这一行一直写到了右边的页边没有写完的网点。"


def test_a_short_line_after_a_joined_paragraph_stays_its_own():
    """The last printed line of a paragraph decides, not the paragraph joined so far: a
    signature after a paragraph whose end mark OCR lost stays a line."""
    text = "我外婆九十岁了社保卡的钱取不出来支行非要\n她本人到柜台难道要抬过去吗\n外孙女施雨萱\n二〇二六年十一月九日"
    assert unwrap(text).split("\n")[1:] == ["外孙女施雨萱", "二〇二六年十一月九日"]
