"""Part markers in subjects (issue 12): a long letter sent as several mails, in the shapes sources type."""

from __future__ import annotations

import pytest

from parsers.letter_parts import Family, chinese_number, part_marker, subject_key

F, O, U, C = Family.FRACTION, Family.ORDINAL, Family.UP_DOWN, Family.CONTINUATION

MARKED = [  # subject, family, number, total, base
    ("客户来信（1/2）", F, 1, 2, "客户来信"),
    ("客户来信（2/2）", F, 2, 2, "客户来信"),
    ("客户来信(1/2)", F, 1, 2, "客户来信"),
    ("客户来信 (2/2)", F, 2, 2, "客户来信"),
    ("[1/3] 客户来信", F, 1, 3, "客户来信"),
    ("客户来信[3/3]", F, 3, 3, "客户来信"),
    ("【2／3】客户来信", F, 2, 3, "客户来信"),
    ("客户来信【１/３】", F, 1, 3, "客户来信"),
    ("客户来信〔2/2〕", F, 2, 2, "客户来信"),
    ("客户来信(第1封，共2封)", F, 1, 2, "客户来信"),
    ("客户来信（第2封,共2封）", F, 2, 2, "客户来信"),
    ("客户来信（第二封，共三封）", F, 2, 3, "客户来信"),
    ("客户来信 第1封 共3封", F, 1, 3, "客户来信"),
    ("客户来信（共3封之2）", F, 2, 3, "客户来信"),
    ("客户来信（第1/2封）", F, 1, 2, "客户来信"),
    ("客户来信（第一部分，共两部分）", F, 1, 2, "客户来信"),
    ("客户来信(十二/十五)", F, 12, 15, "客户来信"),
    ("客户来信 part 1 of 2", F, 1, 2, "客户来信"),
    ("客户来信 (Part 2/2)", F, 2, 2, "客户来信"),
    ("客户来信（1 of 3）", F, 1, 3, "客户来信"),
    ("客户来信之一", O, 1, None, "客户来信"),
    ("客户来信之二", O, 2, None, "客户来信"),
    ("客户来信（之三）", O, 3, None, "客户来信"),
    ("客户来信第二部分", O, 2, None, "客户来信"),
    ("客户来信（第一部分）", O, 1, None, "客户来信"),
    ("客户来信 第2部分", O, 2, None, "客户来信"),
    ("客户来信（第二封）", O, 2, None, "客户来信"),
    ("客户来信（上）", U, 1, 2, "客户来信"),
    ("客户来信（下）", U, 2, 2, "客户来信"),
    ("客户来信（续）", C, None, None, "客户来信"),
    ("客户来信 续", C, None, None, "客户来信"),
    ("客户来信-续", C, None, None, "客户来信"),
    ("续上封：客户来信", C, None, None, "客户来信"),
    ("续上封:客户来信", C, None, None, "客户来信"),
    ("续：客户来信", C, None, None, "客户来信"),
    ("接上封：客户来信", C, None, None, "客户来信"),
    ("续前信：关于三元支行的投诉", C, None, None, "关于三元支行的投诉"),
]


@pytest.mark.parametrize("subject,family,number,total,base", MARKED, ids=[m[0] for m in MARKED])
def test_a_marked_subject_names_its_part(subject, family, number, total, base):
    marker = part_marker(subject)
    assert marker is not None, subject
    assert (marker.family, marker.number, marker.total, marker.base) == (family, number, total, base)


UNMARKED = [
    "客户来信", "客户投诉转办", "关于手续费的投诉", "客户投诉续贷被拒", "连续三天ATM故障", "续存利率问题",
    "2024年1/2季度理财收益", "客户来信（1/1）", "客户来信（3/2）", "客户来信（0/2）", "客户来信(一)",
    "12/5 客户来电", "Re: 客户投诉", "", "（1/2）", "投诉：柜员服务态度（第一次）",
]


@pytest.mark.parametrize("subject", UNMARKED)
def test_a_subject_without_a_part_marker_is_left_alone(subject):
    assert part_marker(subject) is None


def test_the_widths_of_brackets_digits_and_spaces_do_not_make_two_letters():
    a, b = part_marker("客户来信（１／２）"), part_marker("客户来信 (2/2)")
    assert a.key == b.key and a.same_letter_as(b)


def test_two_letters_with_other_totals_or_numbering_are_not_one():
    one = part_marker("客户来信（1/2）")
    assert not one.same_letter_as(part_marker("客户来信（1/3）"))
    assert not one.same_letter_as(part_marker("客户来信之二"))
    assert not one.same_letter_as(part_marker("客户来信补充（2/2）"))


def test_a_forward_or_reply_prefix_is_not_part_of_the_base():
    assert part_marker("Fw: 客户来信（2/2）").key == part_marker("客户来信（1/2）").key
    assert subject_key("转发：客户来信") == subject_key("客户 来信")


@pytest.mark.parametrize("text,value", [("一", 1), ("两", 2), ("十", 10), ("十二", 12), ("二十", 20),
                                        ("九十九", 99), ("7", 7), ("12", 12)])
def test_chinese_numerals(text, value):
    assert chinese_number(text) == value


@pytest.mark.parametrize("text", ["", "十十", "一二", "百", "a"])
def test_what_is_no_number(text):
    assert chinese_number(text) is None
