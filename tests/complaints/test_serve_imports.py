"""What `serve`'s own process imports (issue 19): the OCR engine, matplotlib and the OAuth2 clients stay out of it.

OCR runs in the reading pool's worker processes and the digest's charts in a child process
(complaints.digest.chart_process); serve's process only needs their clients. msal and authlib
(with requests, 8 MB) are imported when an account logs in with OAuth2 (core.oauth2_endpoints). Each of these
libraries costs it tens of MB from start to finish, so a top-level import that pulls one in
again fails here. Checked in a fresh interpreter: this test process has imported them all.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# what `complaints serve` imports before it runs (complaints/cli.py's serve command)
SERVE_MODULES = ("complaints.cli", "complaints.catch_up", "complaints.service", "parsers.reading_pool")
KEPT_OUT = ("matplotlib", "onnxruntime", "cv2", "rapidocr_onnxruntime", "msal", "authlib")


def modules_after_importing(names: tuple[str, ...]) -> set[str]:
    code = ("import importlib, json, sys\n"
            f"for name in {list(names)!r}: importlib.import_module(name)\n"
            "print(json.dumps(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=True)
    return set(json.loads(done.stdout))


def top_level(modules: set[str]) -> set[str]:
    return {name.partition(".")[0] for name in modules}


def test_serve_imports_neither_the_ocr_engine_nor_matplotlib():
    assert top_level(modules_after_importing(SERVE_MODULES)) & set(KEPT_OUT) == set()


def test_the_check_sees_matplotlib_where_the_charts_are_drawn():
    """The check can fail: the module the chart child runs does import matplotlib."""
    assert "matplotlib" in top_level(modules_after_importing(("complaints.digest.charts",)))
