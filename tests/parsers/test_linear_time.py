"""Every parser takes linear time on hostile text: twice the input, at most 2.5 times the time.

Anyone can mail the service, so a text that makes one regular expression quadratic (a
200,000-character letter without spaces once took 117 s) would stall every mail behind it.
Each parser is fed each shape of tests/support/hostile.py at 100,000 and 200,000 characters.
Timing is made robust for a shared machine: each measurement repeats the call until it
lasts at least 20 ms, the best of two is kept (garbage collection off), small and large
runs alternate, and a failing ratio is measured up to three more times (best of five, five, nine) before the test
fails. A quadratic parser doubles to
four times the time, far beyond the noise. A parser that handles 200,000 characters in under
2 ms passes whatever its ratio: at that speed memory-cache effects decide the ratio, and no
mail waits behind it.
"""

from __future__ import annotations

import gc
import time
from typing import Callable

import pytest

from complaints import answers
from complaints.handlers import comment_book
from parsers import body_form, categories, charsets, commands, cover_note, declines, holiday_notice, html_text, kinds
from parsers import letters, loose_dates, mail_signature, ocr_digits, pii, replies
from parsers import severity_signals
from parsers.form_fields import labelled_spans
from parsers.mail import parse_message
from router import unit_names
from tests.router.directory import branch_directory
from tests.support.hostile import HTML_SHAPES, MAIL_SHAPES, TEXT_SHAPES
from complaints.staff_commands import REPLY_GRAMMAR

SIZE = 100_000
RATIO = 2.5
MIN_RUN = 0.02
FAST_ENOUGH = 0.002  # seconds per call on 200,000 characters: no stall, whatever the ratio

DIRECTORY = branch_directory()


TEXT_PARSERS: dict[str, Callable[[str], object]] = {
    "letters.extract_letter": lambda text: letters.extract_letter(text, DIRECTORY),
    "pii.scan": pii.scan,
    "pii.mask_text": pii.mask_text,
    "ocr_digits.digits_restored": ocr_digits.digits_restored,
    "loose_dates.letter_date": loose_dates.letter_date,
    "replies.extract_reply": replies.extract_reply,
    "replies.strip_forward_header": replies.strip_forward_header,
    "commands.parse_commands": lambda text: commands.parse_commands(text, REPLY_GRAMMAR),
    "categories.classify": lambda text: categories.classify(text, text[:200]),
    "severity_signals": severity_signals.severity_signals,
    "body_form.parse_body_form": body_form.parse_body_form,
    "html_text.is_html_source": html_text.is_html_source,
    "mail_signature.without_mail_signature": mail_signature.without_mail_signature,
    "form_fields.labelled_spans": labelled_spans,
    "kinds.case_ids_in": kinds.case_ids_in,
    "charsets.decode_header_value": charsets.decode_header_value,
    "charsets.decode_bytes": lambda text: charsets.decode_bytes(text.encode("utf-8"), None),
    "answers.answer_from_text": answers.answer_from_text,
    "answers.satisfaction_in": answers.satisfaction_in,
    "comment_book.split_entries": comment_book.split_entries,
    "cover_note.is_cover_note": cover_note.is_cover_note,
    "declines.decline_phrase": declines.decline_phrase,
    "holiday_notice.parse_notice": holiday_notice.parse_notice,
    "unit_names.units_in": lambda text: unit_names.units_in(text, DIRECTORY),
    "unit_names.similar_units": lambda text: unit_names.similar_units(text, DIRECTORY, in_text=True),
}


def _mail_path(raw: bytes) -> object:
    msg = parse_message(raw)
    return kinds.auto_reply_reason(msg), kinds.bounce_info(msg, raw), kinds.case_ids_in(msg.subject)


def _run(parse: Callable, value, repeats: int) -> float:
    """CPU time of this thread: another test process on the machine (scripts/test runs two)
    takes wall time from us, not CPU time, and the ratio is about the parser's work."""
    started = time.thread_time()
    for _ in range(repeats):
        parse(value)
    return time.thread_time() - started


def _ratio(parse: Callable, small, large, rounds: int) -> float:
    """Best large time over best small time; 0 when a call on the large input takes under
    FAST_ENOUGH (memory-cache effects then decide the ratio, and a parser that rescans
    200,000 characters takes far longer than that)."""
    once = _run(parse, small, 1)
    repeats = max(1, min(5000, int(MIN_RUN / max(once, 1e-6)) + 1))  # a fast call is timed over many
    best_small = best_large = float("inf")
    gc.collect()
    gc.disable()  # a collection triggered by the large input's allocations is no parser's time
    try:
        for _ in range(rounds):
            best_small = min(best_small, _run(parse, small, repeats))
            best_large = min(best_large, _run(parse, large, repeats))
    finally:
        gc.enable()
    if best_large / repeats < FAST_ENOUGH:
        return 0.0
    return best_large / best_small


def assert_linear(parse: Callable, shape: Callable[[int], object]) -> None:
    small, large = shape(SIZE), shape(2 * SIZE)
    ratios = []
    for rounds in (2, 5, 5, 9):  # a ratio over the bound is measured again: noise passes, quadratic does not
        ratios.append(_ratio(parse, small, large, rounds))
        if ratios[-1] <= RATIO:
            return
    # once more at twice the sizes: a step at a cache boundary measures over the bound between two
    # sizes only (router.unit_names.normalize did, 2.2-2.6× a doubling, until it stopped splitting
    # the text into words); a parser that rescans what it read measures near 4 at any size
    ratios.append(_ratio(parse, large, shape(4 * SIZE), 5))
    if ratios[-1] <= RATIO:
        return
    pytest.fail(f"doubling the input multiplied the time by {min(ratios):.2f} (bound {RATIO})")


@pytest.mark.parametrize("shape", TEXT_SHAPES, ids=str)
@pytest.mark.parametrize("parser", TEXT_PARSERS, ids=str)
def test_text_parsers_are_linear(parser, shape):
    assert_linear(TEXT_PARSERS[parser], TEXT_SHAPES[shape])


@pytest.mark.parametrize("shape", HTML_SHAPES, ids=str)
def test_html_to_text_is_linear(shape):
    assert_linear(html_text.html_to_text, HTML_SHAPES[shape])


@pytest.mark.parametrize("shape", HTML_SHAPES, ids=str)
def test_telling_html_source_is_linear(shape):
    assert_linear(html_text.is_html_source, HTML_SHAPES[shape])


@pytest.mark.parametrize("shape", MAIL_SHAPES, ids=str)
def test_reading_a_mail_is_linear_in_its_headers_and_body(shape):
    assert_linear(_mail_path, MAIL_SHAPES[shape])


def test_a_quadratic_parser_is_caught():
    """The measurement itself: a parser that rescans what it has read measures near 4 when its
    input doubles, over the bound. The median of three measurements is read: assert_linear lets a
    parser through on any one measurement under the bound (noise passes), and in a CI run beside
    another test process one of a quadratic parser's four once came under it (2026-12-05)."""
    def rescanning(text: str) -> int:
        return sum(text.count("x", 0, end) for end in range(0, len(text), 200))

    shape = TEXT_SHAPES["latin letters"]
    small, large = shape(SIZE), shape(2 * SIZE)
    ratios = sorted(_ratio(rescanning, small, large, 5) for _ in range(3))
    assert ratios[1] > RATIO, ratios
