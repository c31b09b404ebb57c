"""Undo OCR's digit look-alikes (O for 0, l for 1, S for 5, B for 8 …) inside runs of digits only.

An OCR engine reading a phone number or a date often returns a letter for a digit of the
same shape: "138 OO12 3456", "l3905981234", "2O26年l1月3日". Converting those letters
everywhere would turn words into numbers ("BOSS", "SOS", "ID"), so a letter is read as a
digit only where the text around it is a number: a run of letters and digits, split by at
most a few spaces or dashes, that holds enough real digits. `digits_restored` maps one
character to one character, so positions found in its result are positions in the input.
Linear: each character is looked at a bounded number of times, no regular expression
backtracks over a run.
"""

from __future__ import annotations

import re

# The letters (and the bar) an OCR engine returns for a digit of the same shape.
LOOKALIKES = {"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1", "i": "1",
              "Z": "2", "z": "2", "S": "5", "s": "5", "G": "6", "b": "6", "B": "8", "g": "9", "q": "9"}
_CHUNK = re.compile(r"[0-9A-Za-z|]+")  # one word or number, as OCR split it
_GAP = re.compile(r"[ \t\-.~_—–]{1,3}")  # what OCR puts inside a number: spaces, dashes, dots
_UNIT_AFTER = re.compile(r"[ \t]{0,2}[年月日曰号时点分]")  # "l1月", "2O26年": a date part, however short
MIN_DIGITS = 4  # a number needs this many real digits before its letters are read as digits


def digits_restored(text: str) -> str:
    """The text with look-alike letters inside digit runs turned into the digits they stand for."""
    chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(text)]
    if not any(c in LOOKALIKES for c in text) or not chunks:
        return text
    out = list(text)
    run: list[tuple[int, int]] = []
    for start, end in chunks:
        if run and _GAP.fullmatch(text, run[-1][1], start):
            run.append((start, end))
            continue
        _restore_run(text, run, out)
        run = [(start, end)]
    _restore_run(text, run, out)
    return "".join(out)


def _restore_run(text: str, run: list[tuple[int, int]], out: list[str]) -> None:
    """Turn the look-alikes of one run of chunks into digits when the run is a number."""
    if not run:
        return
    parts = [_digit_part(text, start, end) for start, end in run]
    counts = [_count_digits(text, a, b) for a, b in parts]
    digits = sum(counts)
    letters = sum(b - a for a, b in parts) - digits
    dated = _UNIT_AFTER.match(text, run[-1][1]) is not None and digits >= 1
    month = digits == 0 and _all_month(text, run)  # "ll月25日": every digit of the month read as a letter
    if not month and (digits == 0 or letters > digits or (digits < MIN_DIGITS and not dated)):
        return
    for n, (a, b) in enumerate(parts):
        if a == b:
            continue
        between = 0 < n < len(parts) - 1 and b - a <= 2 and counts[n - 1] and counts[n + 1]
        if counts[n] == 0 and not month and not between:
            continue  # a letter chunk alone is a digit only between two numbers: "138 O 0012"
        for i in range(a, b):
            out[i] = LOOKALIKES.get(text[i], text[i])


def _all_month(text: str, run: list[tuple[int, int]]) -> bool:
    """One or two look-alikes of 1 with 月 right after them: a month OCR read as "ll月" or "l月"."""
    start, end = run[0][0], run[-1][1]
    return len(run) == 1 and end - start <= 2 and all(text[i] in "lI|" for i in range(start, end)) \
        and text.startswith("月", end)


def _count_digits(text: str, start: int, end: int) -> int:
    return sum(1 for i in range(start, end) if text[i].isdigit())


def _digit_part(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of a chunk that may be a number: everything when it holds only digits and
    look-alikes, else from its first to its last real digit, widened over look-alikes only
    up to a real letter ("Tel138O…" keeps "Tel"; "l38O…" is all number)."""
    first = next((i for i in range(start, end) if text[i].isdigit()), None)
    if first is None:
        return (start, end) if all(text[i] in LOOKALIKES for i in range(start, end)) else (start, start)
    last = max(i for i in range(first, end) if text[i].isdigit()) + 1
    if any(not text[i].isdigit() and text[i] not in LOOKALIKES for i in range(first, last)):
        return (start, start)  # a real letter inside the digits: a code, not a number
    a = first
    while a > start and text[a - 1] in LOOKALIKES:
        a -= 1
    if a > start:  # a real letter before: the look-alikes next to it belong to the word
        a = first
    b = last
    while b < end and text[b] in LOOKALIKES:
        b += 1
    if b < end:
        b = last
    return a, b
