"""Undo OCR's punctuation slips in Chinese prose read from a scan (a form's 投诉内容, 客户诉求).

The recogniser returns a straight quote for a curly one ("爱心窗口" read as “爱心窗口")
and a dash for 一 right after a number ("95588一直" read as 95588－直): the glyphs look alike and
the number before 一 pulls the reading towards a hyphen. A straight quote touching Chinese text
takes the direction the quotes before it leave open (the curly ones read right set it); a
single dash between a digit and a Chinese character is 一, since Chinese text never hyphenates a
number onto a word (a range is digit-dash-digit, an em dash comes doubled). Linear, one
character to one character.
"""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]")
_STRAIGHT = "\"＂"
_DASH_FOR_ONE = re.compile(r"(?<=\d)[-－—–ー‐](?=[\u3400-\u9fff])")


def prose_restored(text: str) -> str:
    """Chinese prose with straight double quotes turned the way they face and 一 put back for
    the dash OCR read after a number; text without Chinese passes unchanged."""
    if not _CJK.search(text):
        return text
    return _quotes_paired(_DASH_FOR_ONE.sub("一", text))


def _quotes_paired(text: str) -> str:
    out = list(text)
    inside = False
    for i, ch in enumerate(text):
        if ch == "“":
            inside = True
        elif ch == "”":
            inside = False
        elif ch in _STRAIGHT:
            near = text[i - 1:i] + text[i + 1:i + 2]
            if _CJK.search(near):
                out[i] = "”" if inside else "“"
            inside = not inside
    return "".join(out)
