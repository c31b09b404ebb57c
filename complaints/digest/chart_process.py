"""The digest's charts drawn in a short-lived child process, so serve never loads matplotlib.

matplotlib with its font tables cost serve's own process about 25 MB from start to finish
(issue 19), all for three charts a week or an office's request for a report. A fresh
interpreter that imports `complaints.digest.charts` (and not the application) draws them and
exits, as the OCR workers read scans: the figures go to its stdin and the charts come back
on its stdout, pickled — our own code at both ends. The same figures still give the same
bytes.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from dataclasses import dataclass, replace
from typing import Any

from complaints.digest.values import DigestFigures

DRAW_LIMIT = 120.0  # seconds for the child to start, draw three charts and end (about 2 s)
CHILD_CODE = "from complaints.digest.charts import draw_piped; draw_piped()"


@dataclass(frozen=True)
class Chart:
    name: str       # "trend", "units", "categories": file suffix and content id
    title: str
    png: bytes


def drawn_charts(fig_data: DigestFigures) -> tuple[Chart, ...]:
    """The digest's charts for these figures, drawn by a child process.

    A ComplaintsError in the child (no CJK font) is raised here as it was raised there; a
    child that fails otherwise or overruns DRAW_LIMIT raises RuntimeError with its stderr."""
    path = os.pathsep.join(p for p in sys.path if p)  # where this process found complaints
    figures = pickle.dumps(replace(fig_data, cases=()))  # no chart shows single cases; their spool stays here
    try:
        done = subprocess.run([sys.executable, "-c", CHILD_CODE], input=figures,
                              capture_output=True, timeout=DRAW_LIMIT, env={**os.environ, "PYTHONPATH": path})
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"the digest's charts took longer than {DRAW_LIMIT:g} s; stopped") from exc
    status, payload = _answer(done)
    if status == "error":
        raise payload
    return payload


def _answer(done: subprocess.CompletedProcess) -> tuple[str, Any]:
    if done.returncode == 0 and done.stdout:
        return pickle.loads(done.stdout)
    stderr = done.stderr.decode("utf-8", "replace")[-4000:]
    raise RuntimeError(f"drawing the digest's charts failed (exit code {done.returncode}):\n{stderr}")
