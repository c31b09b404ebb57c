"""The reading order of a letter's files, from their names: scanners number the pages, phones stamp the time.

Pure: file names in, the order to read them in out. A scanner names the pages of one job
alike and numbers them (扫描_20261203_0001.jpg, SCAN0002.pdf, Scan 3.pdf, page2.jpg, p1.jpg,
第1页.jpg, 来信第一页.jpg, 来信（上）.jpg); a phone, or a scanner without a counter, stamps the
time (IMG_20261201_093512.jpg, 20261203093540.jpg, mmexport1764725712345.jpg); a browser or
Windows adds a copy number (scan.jpg, scan (1).jpg, scan-2.jpg). A clerk re-attaching the files
by hand attaches them in whatever order the folder listed them.

Files whose names are alike but for their numbers are one series. A series takes the places
its files hold among the attachments, in the order of their numbers, compared number by
number: a date or a device serial every file of the series shares decides nothing, the
number that differs decides. A file whose name is another's with a number added after it
(scan → scan (1), IMG_…_093512 → IMG_…_093512_1) comes after it. Files whose names carry no
common pattern (身份证.jpg, 来信.pdf) keep the order they were attached in, and so does a file
alone in its series and files whose numbers are the same (SCAN0001.pdf beside SCAN0001.jpg).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from parsers.letter_parts import chinese_number

_EXTENSION = re.compile(r"\.[0-9a-z]{1,5}$")
# a page counted in Chinese: 第一页, 之二, (三), 【四】 — read as its number
_CN_ORDINAL = re.compile(r"(?<=[第之(\[【])[〇零一二两三四五六七八九十]{1,3}(?=[页张份部面)\]】]|$)")
_UP_DOWN = {"上": "1", "中": "2", "下": "3"}  # 来信（上）, 来信（下）: the halves of one letter
_BRACKETED_HALF = re.compile(r"(?<=[(\[【])[上中下](?=[)\]】])")
_TOKENS = re.compile(r"\d+|\D+")
_BETWEEN_NUMBERS = " _-.()[]【】"  # what stands around the page, time or copy numbers closing a name
NAME_MAX = 255  # a file system's longest name: a longer one is cut, not read to its end


@dataclass(frozen=True)
class PageKey:
    """A file name as a page of a series: which series, and where in it."""

    series: str                # the name without its closing numbers, any other number as '#'
    numbers: tuple[int, ...]   # every number of the name, in the order they stand


def page_key(filename: str) -> PageKey:
    """The series a file's name belongs to and its numbers (full-width digits, Chinese page
    numbers and case count as their plain forms; the extension counts for nothing)."""
    stem = _EXTENSION.sub("", unicodedata.normalize("NFKC", filename[:NAME_MAX]).strip().casefold())
    stem = _CN_ORDINAL.sub(lambda m: str(chinese_number(m.group(0)) or m.group(0)), stem)
    tokens = _TOKENS.findall(_BRACKETED_HALF.sub(lambda m: _UP_DOWN[m.group(0)], stem))
    base = list(tokens)
    while base and (base[-1].isdigit() or not base[-1].strip(_BETWEEN_NUMBERS)):
        base.pop()  # the closing numbers: scan (1) → scan, 扫描_20261203_0002 → 扫描
    series = "".join("#" if t.isdigit() else t for t in base).strip(_BETWEEN_NUMBERS)
    return PageKey(series=series, numbers=tuple(int(t) for t in tokens if t.isdigit()))


def page_order(filenames: Sequence[str]) -> list[int]:
    """The indices of the files in reading order: each series in its places, by its numbers."""
    keys = [page_key(name) for name in filenames]
    order = list(range(len(filenames)))
    for series in dict.fromkeys(k.series for k in keys):
        places = [i for i, k in enumerate(keys) if k.series == series]
        for place, index in zip(places, sorted(places, key=lambda i: keys[i].numbers)):
            order[place] = index
    return order
