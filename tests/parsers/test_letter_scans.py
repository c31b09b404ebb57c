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
from tests.parsers.letters_heldout import LETTERS, HeldOutLetter, Truth, heldout_directory

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


# Letters written for this test alone (not in any benchmark set), each signed in a shape OCR
# finds hard: full-width digits with spaces, a landline with dashes, a date in words with 廿,
# a date with dots, the signature alone on a second page, a phone photo.
_OCR_SHAPED = (
    (HeldOutLetter("o_fullwidth_mobile_words_date", """城东支行的领导：
十二月十五日上午我去柜台取钱，排了一个小时的队，轮到我时柜员说系统维护要等明天，前面的人却都办了。
请给我一个解释。
外甥 邹明辉 手机 １５９ ０５９８ ２２３３
二〇二六年十二月廿一日""", Truth(complainant="邹明辉", phones=("15905982233",), dates=("2026-12-15", "2026-12-21"),
                     units=("CD",), complained=("CD",), signed="2026-12-21")), "flatbed"),
    (HeldOutLetter("o_landline_dotted_date", """我在燕西支行存了五万块定期，到期去取，柜员说利息算错了要等上面批，已经等了半个月。
希望尽快把利息算清楚。
退休职工 方淑华 电话：0598-6123456
2026.12.3""", Truth(complainant="方淑华", phones=("0598-6123456",), dates=("2026-12-03",), units=("YX",),
                    complained=("YX",), signed="2026-12-03")), "two_pages"),
    (HeldOutLetter("o_photo_spaced_mobile", """徐碧支行门口的取款机吞了我的卡，打了上面的电话没人接，第二天去柜台又说要等一周。
请尽快把卡还给我。
市民 范丽 138-5980-1122
二零二六年十二月二日""", Truth(complainant="范丽", phones=("13859801122",), dates=("2026-12-02",), units=("XB",),
                       complained=("XB",), signed="2026-12-02")), "phone"),
)


@pytest.mark.parametrize("letter, look", _OCR_SHAPED, ids=lambda v: getattr(v, "name", v))
def test_ocr_shaped_signatures_read_from_a_real_scan(letter, look):
    """Phone and signed date come out of the OCR text whatever spaces or look-alikes it put in."""
    rendered = render_heldout(letter, LOOKS.index(look))
    kind = {"pdf": "application/pdf", "jpg": "image/jpeg"}.get(rendered.filename.rsplit(".", 1)[1], "image/png")
    reading = read_scan(MailAttachment(rendered.filename, kind, rendered.data))
    fields = extract_letter(reading.text, heldout_directory())
    truth = letter.truth
    assert fields.complainant is not None and fields.complainant.value == truth.complainant, reading.text
    assert {p.value for p in fields.phones} == set(truth.phones), reading.text
    assert {d.value for d in fields.dates} == set(truth.dates), reading.text
    assert {u.code for u in fields.units if u.complained} == set(truth.complained), reading.text
    signed = letter_date(reading.text)
    assert (signed.date().isoformat() if signed else None) == truth.signed, reading.text
