"""Measure how well and how fast scans are read: fields, letter text, orientation, time.

Reads every generated scan (tests/parsers/scans.py): field precision and recall on the
acceptance forms (short fields exact, prose at ≥ 0.9 similarity), the share of letter
sentences found, pages turned upright correctly, the model load time, the median OCR time
per A4 page at 200 dpi and at 150 dpi (this process, no worker; wall time depends on what
else the cores are doing, CPU time counts all of onnxruntime's threads), and the worker's round
trip for one form. Run: `python -m bench.bench_ocr` (`-v` lists every disagreement).
"""

from __future__ import annotations

import difflib
import re
import statistics
import sys
import time
import unicodedata
from bench.scoring import PrecisionRecall
from collections.abc import Mapping
from dataclasses import dataclass, field

PROSE = frozenset({"content", "request"})


@dataclass
class Tally(PrecisionRecall):
    """Counts and timings over the corpus."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    sentences: int = 0
    sentences_found: int = 0
    pages: int = 0
    upright: int = 0
    seconds: dict[int, list[float]] = field(default_factory=dict)  # dpi → per-page seconds
    cpu: dict[int, list[float]] = field(default_factory=dict)  # dpi → per-page CPU seconds


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def same(name: str, got: str | None, want: str | None) -> bool:
    if got is None or want is None:
        return got == want
    if name in PROSE:
        return difflib.SequenceMatcher(None, squeeze(got), squeeze(want)).ratio() >= 0.9
    return got == want


def score_fields(tally: Tally, label: str, got: Mapping[str, str],
                 want: Mapping[str, str], verbose: bool) -> None:
    for name in sorted(set(got) | set(want)):
        if same(name, got.get(name), want.get(name)):
            tally.tp += 1
            continue
        tally.fp += name in got
        tally.fn += name in want
        if verbose:
            print(f"  {label:22} {name:18} got {got.get(name)!r} want {want.get(name)!r}")


def read_item(tally: Tally, item, verbose: bool) -> None:  # item: tests.parsers.scans.ScanItem
    from parsers.form_fields import fields_from_candidates
    from parsers.images import load_pages
    from parsers.ocr import ocr_page, page_text
    from parsers.scan_form import form_candidates

    pages = []
    for image in load_pages(item.path.read_bytes(), item.path.name):
        started, cpu = time.perf_counter(), time.process_time()
        pages.append(ocr_page(image))
        tally.seconds.setdefault(item.dpi, []).append(time.perf_counter() - started)
        tally.cpu.setdefault(item.dpi, []).append(time.process_time() - cpu)
    tally.pages += len(pages)
    tally.upright += sum(p.rotation == item.rotation for p in pages)
    if item.kind == "form":
        candidates = [c for p in pages for c in form_candidates(p.boxes)]
        got = fields_from_candidates(candidates, source_kind="scan").as_dict()
        score_fields(tally, item.path.name, got, item.expected, verbose)
        return
    text = squeeze("\n".join(page_text(p) for p in pages))
    for sentence in item.sentences:
        tally.sentences += 1
        tally.sentences_found += squeeze(sentence) in text
        if verbose and squeeze(sentence) not in text:
            print(f"  {item.path.name:22} missing sentence {sentence!r}")


def model_load_seconds() -> float:
    from parsers import ocr

    started = time.perf_counter()
    ocr.engine()
    return time.perf_counter() - started


def worker_round_trip(path) -> tuple[float, float]:
    """(worker start-up seconds, seconds for one form through parse_scan_form)."""
    from parsers.ocr import warm_up
    from parsers.scan_form import parse_scan_form

    started = time.perf_counter()
    warm_up()
    startup = time.perf_counter() - started
    started = time.perf_counter()
    parse_scan_form(path.read_bytes(), path.name)
    return startup, time.perf_counter() - started


def main(argv: list[str]) -> int:
    from tests.parsers.scans import cached_scans

    verbose = "-v" in argv
    _, items = cached_scans()
    load = model_load_seconds()
    tally = Tally()
    for item in items:
        read_item(tally, item, verbose)
    startup, round_trip = worker_round_trip(next(i for i in items if i.kind == "form").path)
    forms = sum(i.kind == "form" for i in items)
    print(f"scans: {forms} forms, {len(items) - forms} letters, {tally.pages} pages")
    print(f"form fields: precision {tally.precision:.3f} recall {tally.recall:.3f} "
          f"(tp {tally.tp} fp {tally.fp} fn {tally.fn})")
    print(f"letter sentences found: {tally.sentences_found}/{tally.sentences}")
    print(f"pages turned upright: {tally.upright}/{tally.pages}")
    print(f"model load: {load:.2f} s")
    for dpi, seconds in sorted(tally.seconds.items(), reverse=True):
        print(f"OCR per A4 page at {dpi} dpi: median {statistics.median(seconds):.2f} s, "
              f"max {max(seconds):.2f} s, median CPU {statistics.median(tally.cpu[dpi]):.2f} s "
              f"({len(seconds)} pages)")
    print(f"worker: start-up {startup:.2f} s, one form end to end {round_trip:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
