"""OCR's digit look-alikes are undone inside numbers and nowhere else.

The shapes are those RapidOCR returned for the rendered letters and forms of this test
suite (a letter O in a phone number, l for 1 at its start, S and B in a date), written here
with other digits; words that are made only of look-alike letters must stay words.
"""

import pytest

from parsers.ocr_digits import LOOKALIKES, digits_restored


@pytest.mark.parametrize("text, expected", [
    ("手机 l59 O598 2233", "手机 159 0598 2233"),      # l for 1 at the start, O for 0 inside
    ("电话1350598OO44", "电话13505980044"),               # glued to the label
    ("0598-6l2345B", "0598-6123458"),                      # l and B in a landline
    ("1 5 9 O 5 9 8 2 2 3 3", "1 5 9 0 5 9 8 2 2 3 3"),    # every digit spaced, a lone O between digits
    ("2O26年l2月2l日", "2026年12月21日"),                  # a date's short parts, kept by 年/月/日
    ("2O26.l2.O3", "2026.12.03"),
    ("Tel138O5982233", "Tel13805982233"),                 # the word before the number stays a word
    ("S9O-l234", "590-1234"),
    ("改成了五级台阶。ll月25\n日", "改成了五级台阶。11月25\n日"),  # a month read as letters only
    ("I月3日", "1月3日"),
])
def test_look_alikes_inside_a_number_become_digits(text, expected):
    assert digits_restored(text) == expected


@pytest.mark.parametrize("text", [
    "BOSS 1234",            # a word of look-alikes next to a number is still a word
    "SOS", "ID", "Bill 5月",
    "2026 is a year",       # "is" between a number and a word
    "iPhone 15", "B2B", "COVID-19", "3.5%",
    "编号AB1234",           # a real letter makes it a code
    "1l",                   # too few digits to be sure
    "O月",                  # no digit at all, and no 1 look-alike
    "lll月", "Bill月",      # three look-alikes, a word
])
def test_words_and_codes_are_left_alone(text):
    assert digits_restored(text) == text


def test_one_character_for_one():
    """Positions found in the restored text are positions in the text as read."""
    text = "投诉人 王 l38 OO12 3456，于2O26年l1月3日"
    restored = digits_restored(text)
    assert len(restored) == len(text)
    assert all(a == b or LOOKALIKES.get(a) == b for a, b in zip(text, restored))
