"""Measure letter extraction and classification against the hand-labelled letter corpus.

Prints field-level precision and recall (target ≥ 95 % overall), classification accuracy and
severity-signal precision/recall, and the time per letter. Run: `python -m bench.bench_letters`
(add `-v` to list every disagreement; `--scans` also renders the held-out set's scanned letters
and reads them with OCR, about 2 s a page).

The new corpus (tests/parsers/letters_heldout.py, written independently of the parsers) is
reported per part — TUNE (rules may be fitted on it) and SCORE (never looked at while
tuning, but looked at once its figure was reported) — then FRESH (tests/parsers/letters_fresh.py,
written and committed before the classifier read it; its cause figure is the one that counts) —
and per source kind (typed, scan).

`--cv` instead measures the learned cause weighting (parsers/cause_model.py) leave-one-set-out
over the blind sets FRESH … FRESH5 beside today's rules and the rules as they were before each
set was read (bench/cause_training.py; needs the `learn` extra, scikit-learn).
"""

from __future__ import annotations

import sys
import time
from bench.scoring import PrecisionRecall
from collections import Counter
from dataclasses import dataclass

from bench import cause_training, heldout_letters
from parsers.categories import classify
from parsers.letters import LetterFields, extract_letter
from parsers.severity_signals import severity_signals
from tests.parsers.letters_corpus import HELD_OUT, LETTERS, Expected, Letter, corpus_directory

FIELDS = ("complainant", "phones", "accounts", "id_numbers", "amounts", "dates", "units", "complained",
          "request", "email")


@dataclass(frozen=True)
class Score(PrecisionRecall):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def extracted_values(fields: LetterFields, name: str) -> set[str]:
    """The values of one field as a set of strings, comparable with the corpus."""
    if name == "units":
        return {u.code for u in fields.units}
    if name == "complained":
        return {u.code for u in fields.units if u.complained}
    value = getattr(fields, name)
    if value is None:
        return set()
    if isinstance(value, tuple):
        return {v.value for v in value}
    return {value.value}


def expected_values(expected: Expected, name: str) -> set[str]:
    value = getattr(expected, name)
    if value is None:
        return set()
    return set(value) if isinstance(value, tuple) else {value}


def compare(got: set[str], want: set[str]) -> Score:
    return Score(len(got & want), len(got - want), len(want - got))


def run(letters: tuple[Letter, ...], verbose: bool = False) -> dict[str, Score]:
    directory = corpus_directory()
    per_field = {name: Score() for name in FIELDS}
    per_field["signals"] = Score()
    right = Counter()
    started = time.perf_counter()
    for letter in letters:
        fields = extract_letter(letter.text, directory)
        for name in FIELDS:
            got, want = extracted_values(fields, name), expected_values(letter.expected, name)
            per_field[name] += compare(got, want)
            if verbose and got != want:
                print(f"  {letter.name:28} {name:12} got {sorted(got)} want {sorted(want)}")
        signals = {s.word for s in severity_signals(letter.text)}
        per_field["signals"] += compare(signals, set(letter.expected.signals))
        if verbose and signals != set(letter.expected.signals):
            print(f"  {letter.name:28} signals      got {sorted(signals)} want {sorted(letter.expected.signals)}")
        c = classify(letter.text)
        e = letter.expected
        right["business"] += c.business == e.business
        right["business_sub"] += (c.business, c.business_sub) == (e.business, e.business_sub)
        right["cause"] += c.cause == e.cause
        if verbose and (c.business, c.business_sub, c.cause) != (e.business, e.business_sub, e.cause):
            print(f"  {letter.name:28} classify     got {c.business}/{c.business_sub}/{c.cause} "
                  f"want {e.business}/{e.business_sub}/{e.cause}")
    elapsed = time.perf_counter() - started
    report(per_field, right, elapsed, len(letters))
    return per_field


def report(per_field: dict[str, Score], right: Counter, elapsed: float, n: int) -> None:
    print(f"{n} letters, {elapsed * 1000 / n:.2f} ms per letter (extract + classify + signals)")
    print(f"{'field':14}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>9}")
    for name, s in per_field.items():
        print(f"{name:14}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>11.1%}{s.recall:>9.1%}")
    total = sum((s for n, s in per_field.items() if n != "signals"), Score())
    print(f"{'letters total':14}{total.tp:>5}{total.fp:>5}{total.fn:>5}{total.precision:>11.1%}{total.recall:>9.1%}")
    for axis in ("business", "business_sub", "cause"):
        print(f"classification {axis:13} accuracy {right[axis] / n:.1%} ({right[axis]}/{n})")


if __name__ == "__main__":
    verbose = "-v" in sys.argv[1:]
    if "--cv" in sys.argv[1:]:  # the learned cause weighting, leave one blind set out (needs scikit-learn)
        cause_training.cross_validate(verbose)
        sys.exit(0)
    print("== corpus (the letters the rules were tuned on) ==")
    run(LETTERS, verbose)
    print("\n== held out (written after tuning, never fitted) ==")
    run(HELD_OUT, verbose)
    print("\n== new corpus: tests/parsers/letters_heldout.py ==")
    heldout_letters.main(verbose, scans="--scans" in sys.argv[1:])
