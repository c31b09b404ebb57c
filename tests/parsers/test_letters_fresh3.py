"""The blind letter set letters_fresh3 is well formed: its labels come from the vocabularies and
what it expects can be read in the letters. It runs no reader — the set measures one."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from parsers.categories import BUSINESS_TYPES, CAUSES
from tests.parsers.letters_fresh3 import FRESH3, FRESH3_OCR_LIKE, REQUESTS
from tests.parsers.letters_heldout import heldout_directory

DATE = re.compile(r"(\d{4}|-)-\d{2}-\d{2}")
MOBILE = re.compile(r"1[3-9]\d{9}")
LANDLINE = re.compile(r"0598-\d{7}")
BY_NAME = {letter.name: letter for letter in FRESH3}


def _flat(text: str) -> str:
    """The text with full-width forms folded and every space and line break removed, so that
    words OCR spaced out or wrapped still match."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


def test_thirty_letters_with_distinct_names() -> None:
    assert len(FRESH3) == 30
    assert len(BY_NAME) == 30
    assert set(FRESH3_OCR_LIKE) <= set(BY_NAME)


@pytest.mark.parametrize("letter", FRESH3, ids=lambda letter: letter.name)
def test_labels_come_from_the_vocabularies(letter) -> None:
    assert letter.truth.cause in CAUSES
    assert letter.truth.business in BUSINESS_TYPES


def test_every_cause_is_tried_at_least_twice() -> None:
    counts = Counter(letter.truth.cause for letter in FRESH3)
    assert {cause: counts[cause] for cause in CAUSES if counts[cause] < 2} == {}


@pytest.mark.parametrize("letter", FRESH3, ids=lambda letter: letter.name)
def test_units_are_exactly_those_the_letter_names(letter) -> None:
    flat = _flat(letter.text)
    named = {unit.code for unit in heldout_directory().unit
             if any(word in flat for word in (unit.name, *unit.aliases))}
    assert set(letter.truth.units) == named
    assert set(letter.truth.complained) <= set(letter.truth.units)
    assert bool(letter.truth.complained) == bool(letter.truth.units)


@pytest.mark.parametrize("letter", FRESH3, ids=lambda letter: letter.name)
def test_request_is_a_phrase_of_the_letter(letter) -> None:
    assert REQUESTS[letter.name] in letter.text


def test_every_letter_has_a_request() -> None:
    assert set(REQUESTS) == set(BY_NAME)


@pytest.mark.parametrize("letter", FRESH3, ids=lambda letter: letter.name)
def test_complainant_and_phones_occur_in_the_letter(letter) -> None:
    truth = letter.truth
    assert truth.complainant is not None and truth.complainant in _flat(letter.text)
    assert truth.phones
    for phone in truth.phones:
        assert MOBILE.fullmatch(phone) or LANDLINE.fullmatch(phone), phone
        assert phone.replace("-", "") in _digits(letter.text)


@pytest.mark.parametrize("letter", FRESH3, ids=lambda letter: letter.name)
def test_dates_are_iso_and_include_the_signature(letter) -> None:
    truth = letter.truth
    assert all(DATE.fullmatch(date) for date in truth.dates), truth.dates
    if truth.signed is not None:
        assert truth.signed in truth.dates


def test_every_business_type_is_tried() -> None:
    assert set(BUSINESS_TYPES) - {letter.truth.business for letter in FRESH3} == set()


def test_some_letters_name_no_unit_and_some_thank_a_unit_they_do_not_complain_about() -> None:
    assert any(not letter.truth.units for letter in FRESH3)
    assert any(set(letter.truth.units) - set(letter.truth.complained) for letter in FRESH3)


@pytest.mark.parametrize("name", FRESH3_OCR_LIKE)
def test_ocr_like_letters_break_their_lines(name) -> None:
    assert BY_NAME[name].text.count("\n") >= 10
