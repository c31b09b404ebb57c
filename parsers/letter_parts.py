"""Part markers in a subject: a long letter a source sends as several mails ("客户来信（1/2）").

Pure: a subject in, a `PartMarker` (or None) out. Recognised shapes, full- or half-width:
- a fraction in brackets — （1/2） [1/3] 【2／3】 (1 of 2) (Part 1 of 2) —, or in words —
  (第1封，共2封) 第二封/共三封 (共2封之1) 第1/2封 —: the part's number and the letter's total;
- an ordinal with no total — 之一 之二, 第一部分 第2部分, 第一封 (第2封), Part 2 —;
- 上 / 下 in brackets: part 1 and 2 of 2;
- a continuation with no number — （续） 续： 续上封： 接上封： 续前信 —: the part after the
  one before it.
Numbers are Arabic (any width) or Chinese numerals up to 九十九. A subject without a marker
gets None, and so does (1/1). The base subject is what is left once the marker is taken out;
`key` compares two bases whatever their widths, spacing and case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

MAX_PARTS = 50


class Family(StrEnum):
    """How a letter numbers its parts: parts of one letter share the family (and the total)."""

    FRACTION = "fraction"          # k of n: the total is known
    ORDINAL = "ordinal"            # the k-th, no total
    UP_DOWN = "up_down"            # 上 / 下
    CONTINUATION = "continuation"  # 续: the next one, unnumbered


@dataclass(frozen=True)
class PartMarker:
    """What a subject says about the part of a letter its mail carries."""

    base: str             # the subject without the marker, as written
    key: str              # the base for comparing: NFKC, no spaces or punctuation, lower case
    family: Family
    number: int | None    # 1-based; None for a continuation
    total: int | None     # None where the subject does not say
    marker: str           # the marker as written, e.g. "（1/2）"

    def same_letter_as(self, other: "PartMarker") -> bool:
        """Two parts that can be of one letter: one base, one way of numbering, one total."""
        return (self.key, self.family, self.total) == (other.key, other.family, other.total)


_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_NUM = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_OPEN, _CLOSE = r"[\(\[【〔<〈《]", r"[\)\]】〕>〉》]"
_SEP = r"\s*[,，、;；]?\s*"

_SHAPES: tuple[tuple[Family, re.Pattern[str]], ...] = (
    (Family.FRACTION, re.compile(rf"{_OPEN}\s*(?:part\s*)?(?P<n>{_NUM})\s*(?:/|of)\s*(?P<t>{_NUM})\s*{_CLOSE}",
                                 re.I)),
    (Family.FRACTION, re.compile(rf"{_OPEN}?\s*第\s*(?P<n>{_NUM})\s*(?:封|部分|份|页)?{_SEP}共\s*(?P<t>{_NUM})\s*"
                                 rf"(?:封|部分|份|页)\s*{_CLOSE}?")),
    (Family.FRACTION, re.compile(rf"{_OPEN}?\s*共\s*(?P<t>{_NUM})\s*(?:封|部分|份){_SEP}之\s*(?P<n>{_NUM})\s*"
                                 rf"{_CLOSE}?")),
    (Family.FRACTION, re.compile(rf"{_OPEN}?\s*第\s*(?P<n>{_NUM})\s*/\s*(?P<t>{_NUM})\s*(?:封|部分)\s*{_CLOSE}?")),
    (Family.FRACTION, re.compile(rf"\bpart\s*(?P<n>\d{{1,2}})\s*of\s*(?P<t>\d{{1,2}})\b", re.I)),
    (Family.ORDINAL, re.compile(rf"{_OPEN}?\s*之\s*(?P<n>{_NUM})\s*{_CLOSE}?\s*$")),
    (Family.ORDINAL, re.compile(rf"{_OPEN}?\s*第\s*(?P<n>{_NUM})\s*(?:部分|封|份)\s*{_CLOSE}?")),
    (Family.ORDINAL, re.compile(rf"{_OPEN}\s*part\s*(?P<n>\d{{1,2}})\s*{_CLOSE}|\bpart\s*(?P<n2>\d{{1,2}})\s*$",
                                re.I)),
    (Family.UP_DOWN, re.compile(rf"{_OPEN}\s*(?P<ud>[上下])\s*(?:篇|封)?\s*{_CLOSE}")),
    (Family.CONTINUATION, re.compile(rf"^\s*(?:续上封|接上封|续前信|续上信|续上一封|续)\s*[:：]\s*"
                                     rf"|{_OPEN}\s*(?:续|续上封|接上封|续完)\s*{_CLOSE}"
                                     rf"|[\s\-—_]+续\s*$")),
)


def chinese_number(text: str) -> int | None:
    """十二 → 12, 二十 → 20, 九十九 → 99, 7 → 7; None for anything else."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _CN_DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if "十" in ones or len(tens) > 1 or len(ones) > 1:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def part_marker(subject: str | None) -> PartMarker | None:
    """The part marker of a subject, or None when it names no part of a longer letter."""
    text = unicodedata.normalize("NFKC", subject or "")
    for family, pattern in _SHAPES:
        found = pattern.search(text)
        if found is None:
            continue
        marker = _marker(text, found, family)
        if marker is not None:
            return marker
    return None


def _marker(text: str, found: re.Match[str], family: Family) -> PartMarker | None:
    number, total = _numbers(found, family)
    if family != Family.CONTINUATION and not _plausible(number, total):
        return None
    base = _tidy(text[:found.start()] + " " + text[found.end():])
    if not base:
        return None
    return PartMarker(base=base, key=subject_key(base), family=family, number=number, total=total,
                      marker=found.group(0).strip())


def _numbers(found: re.Match[str], family: Family) -> tuple[int | None, int | None]:
    if family == Family.CONTINUATION:
        return None, None
    if family == Family.UP_DOWN:
        return (1 if found.group("ud") == "上" else 2), 2
    groups = found.groupdict()
    number = chinese_number(groups.get("n") or groups.get("n2") or "")
    total = chinese_number(groups["t"]) if groups.get("t") else None
    return number, total


def _plausible(number: int | None, total: int | None) -> bool:
    if number is None or not 1 <= number <= MAX_PARTS:
        return False
    return total is None or 2 <= total <= MAX_PARTS and number <= total


_EDGE = re.compile(r"^[\s\-—_:：,，;；.。、]+|[\s\-—_:：,，;；、]+$")


def _tidy(text: str) -> str:
    return _EDGE.sub("", re.sub(r"\s+", " ", text)).strip()


_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|回复|答复|转发)\s*[:：]\s*)+", re.I)
_NOISE = re.compile(r"[\s\W_]+")


def subject_key(subject: str) -> str:
    """A subject for comparing: NFKC, no reply/forward prefixes, no spaces or punctuation, lower case."""
    text = unicodedata.normalize("NFKC", subject)
    return _NOISE.sub("", _PREFIX.sub("", text)).lower()
