"""Measure intake on mail shaped as a branch receives it (tests/inputs_corpus.py), per source kind.

Prints, for scan-to-email mails from six printer brands, forwards in seven client shapes
and HTML-only complaints: field precision/recall (customer name, phone, the unit the case
would go to, the forwarded original's sender) and seconds per mail; then decoded charset
samples that match what a mail client shows (target: 0 mojibake). Run:
`python -m bench.bench_inputs` (add `-v` to list every disagreement).
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from datetime import datetime
from statistics import median

from bench.bench_letters import Score
from core.clock import BRANCH_ZONE
from complaints.intake import read_complaint
from parsers.charsets import decode_bytes
from parsers.mail import parse_message
from router.decide import route
from tests.inputs_corpus import InputItem, charset_samples, forwards, html_only, scanner_mails
from tests.router.directory import branch_directory

FIELDS = ("customer_name", "customer_phone", "unit", "original_sender")
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)
CHANNEL = {"scan-to-email": "letter", "forward": "online", "html-only": "online"}


def found_values(item: InputItem, directory) -> dict[str, str | None]:
    intake = read_complaint(parse_message(item.raw), CHANNEL[item.kind], directory)
    decision = route(intake.complaint, directory, (), NOW)
    return {"customer_name": intake.customer_name, "customer_phone": intake.customer_phone,
            "unit": decision.unit if decision.status == "routed" else None,
            "original_sender": intake.original.get("sender")}


def score(expected: str | None, found: str | None) -> Score:
    if expected is None:
        return Score(fp=1) if found else Score()
    if found == expected:
        return Score(tp=1)
    return Score(fp=1 if found else 0, fn=1)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    directory = branch_directory()
    scores: dict[tuple[str, str], Score] = defaultdict(Score)
    seconds: dict[str, list[float]] = defaultdict(list)
    wrong_units = 0
    for item in scanner_mails() + forwards() + html_only():
        started = time.perf_counter()
        found = found_values(item, directory)
        seconds[item.kind].append(time.perf_counter() - started)
        for name in FIELDS:
            if name in item.expected or found.get(name):
                if name == "original_sender" and name not in item.expected:
                    continue
                s = score(item.expected.get(name), found.get(name))
                scores[(item.kind, name)] += s
                if verbose and (s.fp or s.fn):
                    print(f"  {item.kind}/{item.name} {name}: expected {item.expected.get(name)!r}, found {found.get(name)!r}")
        wrong_units += bool(found["unit"] and found["unit"] != item.expected.get("unit"))
    print(f"{'source kind':<15} {'field':<16} {'precision':>9} {'recall':>7}  (tp/fp/fn)")
    for (kind, name), s in sorted(scores.items()):
        print(f"{kind:<15} {name:<16} {s.precision:9.1%} {s.recall:7.1%}  ({s.tp}/{s.fp}/{s.fn})")
    for kind, times in seconds.items():
        print(f"{kind:<15} median {median(times):.2f} s per mail over {len(times)} mails")
    print(f"wrong unit (routed, but not to the unit the clerk would pick): {wrong_units}")
    samples = charset_samples()
    mojibake = [(name, decode_bytes(data, label)) for name, data, label, shown in samples
                if decode_bytes(data, label) != shown]
    print(f"charset samples decoded as a mail client shows them: {len(samples) - len(mojibake)}/{len(samples)}")
    for name, text in mojibake:
        print(f"  mojibake: {name}: {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
