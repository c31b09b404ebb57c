"""Traditional characters read as their simplified forms, character for character.

A customer from Hong Kong, Macao or Taiwan (or one whose phone is set to traditional input)
writes 城關分理處 for 城关分理处 and 陳志遠 for 陈志远; the units directory, the surname table
and every reader's words are simplified. The readers see the simplified text; positions stay
those of the original (one character for one), so what they quote is what the customer wrote.

The conversion is OpenCC's t2s (opencc-python-reimplemented): its phrase table tells 乾隆 from
乾净 and 著作 from 显著, which no character table can. A text with no character OpenCC's
character table would change is returned as it is, without running the converter (most mail).
"""

from __future__ import annotations

from importlib.resources import files

from opencc import OpenCC

_T2S = OpenCC("t2s")


def _traditional_characters() -> frozenset[str]:
    """The characters OpenCC's traditional→simplified character table maps to another."""
    table = files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text(encoding="utf-8")
    return frozenset(key for key, _, values in (line.partition("\t") for line in table.splitlines())
                     if len(key) == 1 and values.split(" ")[0] != key)


_TRADITIONAL = _traditional_characters()


def simplified(text: str) -> str:
    """`text` in simplified characters, the same length: a phrase OpenCC would shorten or
    lengthen is converted character by character instead."""
    if _TRADITIONAL.isdisjoint(text):
        return text
    out = _T2S.convert(text)
    if len(out) == len(text):
        return out
    return "".join(one if len(one := _T2S.convert(char)) == 1 else char for char in text)
