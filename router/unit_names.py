"""Finding the directory's units in free text: exact names, names inside a longer string, fuzzy.

A unit is known by its name, its aliases and its code. Matching ignores spaces and
full-width/half-width differences. Used by the routing rules and for triage candidates.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from core.config import Directory, Unit

FIELD_FUZZY_CUTOFF = 60.0   # a form field this similar to a name is worth proposing
TEXT_FUZZY_CUTOFF = 75.0    # a name this similar to a stretch of the text is worth proposing
MIN_TEXT_TERM = 3           # shorter names are too common inside running text to fuzz
TEXT_WINDOW = 4000          # characters of text fuzzed at once (see _partial_ratio_in)


@dataclass(frozen=True)
class NameMatch:
    """A unit found in a string: which unit, by which spelling, where."""

    unit: Unit
    term: str
    position: int = 0
    score: float = 100.0


# every character str.split() splits on, deleted by str.translate: one pass over the text. Splitting
# and joining made a string per word, and on a long text of short words ("二 十\n" repeated) the time
# grew by 2.2-2.6× per doubling at 50k-200k characters (tests/parsers/test_linear_time.py flaked);
# translating is linear (1.95-1.99×), about twice as slow on such text, the same on a form's field.
# The last such character is U+3000 (the ideographic space): reading every code point at import
# took 55 ms, these 0.6 ms (tests/router/test_unit_names.py checks the two agree).
LAST_WHITESPACE = 0x3000
_WHITESPACE = dict.fromkeys(i for i in range(LAST_WHITESPACE + 1) if chr(i).isspace())


def normalize(text: str) -> str:
    """NFKC (full-width to half-width), no whitespace, lower-case latin."""
    return unicodedata.normalize("NFKC", text).translate(_WHITESPACE).lower()


def label(unit: Unit) -> str:
    """How a unit is shown to staff: 三元支行(SY)."""
    return f"{unit.name}({unit.code})"


def _terms(directory: Directory) -> list[tuple[str, str, Unit]]:
    """(normalized term, original spelling, unit) for every name and alias."""
    out = []
    for unit in directory.unit:
        for spelling in (unit.name, *unit.aliases):
            term = normalize(spelling)
            if term:
                out.append((term, spelling, unit))
    return out


def exact_unit(value: str, directory: Directory) -> NameMatch | None:
    """The unit whose name, alias or code is exactly `value`."""
    wanted = normalize(value)
    for term, spelling, unit in _terms(directory):
        if term == wanted:
            return NameMatch(unit, spelling)
    unit = directory.unit_by_code(wanted) if wanted else None
    return NameMatch(unit, unit.code) if unit else None


def units_in(text: str, directory: Directory) -> tuple[NameMatch, ...]:
    """Units whose name or alias occurs in `text`, longest spelling first, in order of position.

    A longer spelling claims its characters, so 三元区支行 is not also read as 三元.
    """
    haystack = normalize(text)
    claimed = [False] * len(haystack)
    found: dict[str, NameMatch] = {}
    for term, spelling, unit in sorted(_terms(directory), key=lambda t: -len(t[0])):
        start = haystack.find(term)
        while start >= 0:
            span = range(start, start + len(term))
            if not any(claimed[i] for i in span):
                for i in span:
                    claimed[i] = True
                if unit.code not in found or found[unit.code].position > start:
                    found[unit.code] = NameMatch(unit, spelling, start)
            start = haystack.find(term, start + 1)
    return tuple(sorted(found.values(), key=lambda m: m.position))


def similar_units(value: str, directory: Directory, *, in_text: bool = False) -> tuple[NameMatch, ...]:
    """Units whose name or alias resembles `value`, best first (one entry per unit).

    A form field is compared as a whole (WRatio); running text is searched for the
    closest stretch to each longer name (partial_ratio).
    """
    wanted = normalize(value)
    if not wanted:
        return ()
    best: dict[str, NameMatch] = {}
    for term, spelling, unit in _terms(directory):
        if in_text:
            if len(term) < MIN_TEXT_TERM:
                continue
            score, cutoff = _partial_ratio_in(term, wanted), TEXT_FUZZY_CUTOFF
        else:
            score, cutoff = fuzz.WRatio(wanted, term), FIELD_FUZZY_CUTOFF
        score = round(score, 1)
        if score >= cutoff and score > best.get(unit.code, NameMatch(unit, "", score=-1)).score:
            best[unit.code] = NameMatch(unit, spelling, score=score)
    return tuple(sorted(best.values(), key=lambda m: (-m.score, m.unit.code)))


def _partial_ratio_in(term: str, text: str) -> float:
    """`fuzz.partial_ratio(term, text)`, in linear time on a long text.

    partial_ratio grows faster than the text on long inputs; windows of TEXT_WINDOW
    characters overlapping by the term's length still contain every stretch the term can
    align with, so the best window is the same best stretch.
    """
    if len(text) <= TEXT_WINDOW:
        return fuzz.partial_ratio(term, text)
    step = TEXT_WINDOW - len(term)
    return max(fuzz.partial_ratio(term, text[i:i + TEXT_WINDOW])
               for i in range(0, max(1, len(text) - len(term) + 1), step))
