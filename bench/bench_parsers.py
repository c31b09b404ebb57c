"""Measure how well and how fast the form readers read the generated acceptance forms.

Prints field-level precision and recall per source kind, the median parse time per form,
and the peak memory of parsing a 25 MB PDF. Each kind is one row of `SOURCES`: a name,
a function returning its items, and the parse function; other readers (scans, letters,
mail bodies) join the table by adding a row; a second table gives precision/recall per
field in each kind, and the new corpus of mail as a branch receives it (bench_inputs) is
reported after it. Run: `python -m bench.bench_parsers` (`-v` lists every disagreement).
"""

from __future__ import annotations

import statistics
import sys
import time
import tracemalloc
from bench.scoring import PrecisionRecall
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import html
from datetime import datetime, timezone

from bench import bench_inputs
from outbox.compose import compose_mail
from parsers.body_form import parse_body_form
from parsers.doc_legacy import parse_doc_form
from parsers.form_fields import FIELD_NAMES, LABELS
from parsers.html_text import html_to_text
from parsers.mail import parse_message
from parsers.docx_form import parse_docx_form
from parsers.pdf_form import parse_pdf_form
from tests.parsers.corpus import GENERATED, build_corpus, build_large_pdf, comparable


@dataclass(frozen=True)
class BenchItem:
    """One document to read and the fields a clerk reads from it."""

    name: str
    data: bytes
    expected: Mapping[str, str]


@dataclass(frozen=True)
class Source:
    """A kind of source: where its items come from and the function that reads one."""

    kind: str
    items: Callable[[], Sequence[BenchItem]]
    parse: Callable[[bytes, str], Mapping[str, str]]  # (data, filename) → field values
    compare_kind: str = ""  # how values compare (see corpus.comparable); default: kind


@dataclass
class Score(PrecisionRecall):
    """Field-level counts for one kind, and the time each item took."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    seconds: list[float] = field(default_factory=list)
    fields: dict[str, list[int]] = field(default_factory=dict)  # field name → [tp, fp, fn]


def corpus_items(kind: str) -> Callable[[], list[BenchItem]]:
    def load() -> list[BenchItem]:
        return [BenchItem(i.name, i.path.read_bytes(), i.expected)
                for i in build_corpus() if i.kind == kind]
    return load


_BODY_LABELS = {name: next(label for label, field in LABELS.items() if field == name) for name in FIELD_NAMES
                if name in LABELS.values()}


def mail_body_items() -> list[BenchItem]:
    """The docx corpus's forms as the call centre also sends them: an HTML table in the mail body."""
    items = []
    for item in build_corpus():
        if item.kind != "docx":
            continue
        rows = "".join(f"<tr><td>{_BODY_LABELS[k]}</td><td>{html.escape(v).replace(chr(10), '<br>')}</td></tr>"
                       for k, v in item.expected.items() if k in _BODY_LABELS)
        raw = compose_mail(from_address="csc@province.example", from_name="客服中心", to=["complaints@branch.example"],
                           subject="投诉受理单", text="见下表", html=f"<p>投诉受理单</p><table>{rows}</table>",
                           message_id=f"<{item.name}@bench>", loop_address="x@bench", date=datetime(2026, 11, 26, tzinfo=timezone.utc))
        items.append(BenchItem(item.name, raw, item.expected))
    return items


def _read_body(raw: bytes, name: str) -> Mapping[str, str]:
    msg = parse_message(raw)
    form = parse_body_form(html_to_text(msg.html) if msg.html else msg.text)
    return form.as_dict() if form else {}


def scan_items() -> list[BenchItem]:
    from tests.parsers.scans import cached_scans

    _, scans = cached_scans()
    return [BenchItem(s.path.name, s.path.read_bytes(), s.expected) for s in scans if s.kind == "form"]


def _read_scan(data: bytes, name: str) -> Mapping[str, str]:
    from parsers.scan_form import parse_scan_form

    return parse_scan_form(data, name, time_limit=120).as_dict()


SOURCES: list[Source] = [
    Source("docx", corpus_items("docx"), lambda d, n: parse_docx_form(d).as_dict()),
    Source("pdf", corpus_items("pdf"), lambda d, n: parse_pdf_form(d).as_dict()),
    Source("doc", corpus_items("doc"), lambda d, n: parse_doc_form(d).as_dict()),
    Source("body", mail_body_items, _read_body, "docx"),
    Source("scan", scan_items, _read_scan, "pdf"),
]


def score(source: Source, verbose: bool = False) -> Score:
    """Read every item of a source; count right, wrong and missed fields."""
    result = Score()
    kind = source.compare_kind or source.kind
    for item in source.items():
        started = time.perf_counter()
        got = source.parse(item.data, item.name)
        result.seconds.append(time.perf_counter() - started)
        for name in set(got) | set(item.expected):
            have = comparable(name, got.get(name), kind)
            want = comparable(name, item.expected.get(name), kind)
            counts = result.fields.setdefault(name, [0, 0, 0])
            if have is not None and have == want:
                result.tp += 1
                counts[0] += 1
                continue
            result.fp += have is not None
            result.fn += want is not None
            counts[1] += have is not None
            counts[2] += want is not None
            if verbose:
                print(f"  {item.name:32} {name:18} got {have!r} want {want!r}")
    return result


def large_pdf_peak(megabytes: int = 25) -> tuple[float, float, int] | None:
    """(seconds, peak MB of Python allocations, file MB) parsing a large PDF form; timed
    without tracemalloc, which slows pdfminer many times over, then traced once."""
    path = build_large_pdf(GENERATED, megabytes)
    if path is None:
        return None
    data = Path(path).read_bytes()
    started = time.perf_counter()
    parse_pdf_form(data)
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    parse_pdf_form(data)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak / (1 << 20), len(data) >> 20


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    print(f"{'kind':6} {'items':>5} {'fields':>6} {'precision':>9} {'recall':>7} "
          f"{'median ms':>9} {'max ms':>7}")
    scored: dict[str, Score] = {}
    for source in SOURCES:
        result = scored[source.kind] = score(source, verbose)
        if not result.seconds:
            print(f"{source.kind:6} {0:>5}  (no items: LibreOffice or a CJK font missing?)")
            continue
        print(f"{source.kind:6} {len(result.seconds):>5} {result.tp + result.fn:>6} "
              f"{result.precision:>9.3f} {result.recall:>7.3f} "
              f"{statistics.median(result.seconds) * 1000:>9.1f} "
              f"{max(result.seconds) * 1000:>7.1f}")
    print_fields(scored)
    large = large_pdf_peak()
    if large is not None:
        seconds, peak, size = large
        print(f"large PDF ({size} MB): parsed in {seconds:.2f} s, "
              f"peak Python memory {peak:.1f} MB (tracemalloc)")
    print("\n== new corpus (tests/inputs_corpus.py: mail as a branch receives it) ==")
    return bench_inputs.main(argv)


def print_fields(scored: Mapping[str, Score]) -> None:
    """Per field, precision/recall in each source kind (a dash where the kind has no such field)."""
    kinds = [k for k, s in scored.items() if s.seconds]
    names = sorted({n for k in kinds for n in scored[k].fields})
    print("\nper field, precision/recall by source kind:")
    print(f"{'field':22}" + "".join(f"{k:>14}" for k in kinds))
    for name in names:
        cells = []
        for kind in kinds:
            tp, fp, fn = scored[kind].fields.get(name, [0, 0, 0])
            cells.append(f"{tp / (tp + fp) if tp + fp else 1:6.1%}/{tp / (tp + fn) if tp + fn else 1:6.1%}"
                         if tp + fp + fn else "-")
        print(f"{name:22}" + "".join(f"{c:>14}" for c in cells))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
