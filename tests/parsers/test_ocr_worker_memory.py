"""The OCR pool's size and the memory its workers give back (issue 19).

What must hold: with `reading_workers = 0` the pool has one worker per core but no more than
the machine's available memory holds, and never none; an OCR worker, after each file, gives
the memory it freed back to the system (the detector's tensors, 150 MB and more a page, stayed
resident in every idle worker before), and its large blocks as soon as they are freed; a
worker imports the OCR alone, not the main module of the process that starts it; and its
onnxruntime sessions keep no CPU arena (with one, a worker's peak over the scan corpus was
638 MB against 403 MB) and compute on one thread.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import weakref
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from parsers import ocr
from parsers.reading_pool import SPARE_MB, WORKER_MB, default_size
from tests.parsers.scans import save_pages


@pytest.mark.parametrize("cores, available_mb, expected", [
    (2, 24_000, 2),  # plenty of memory: one per core
    (8, SPARE_MB + 3 * WORKER_MB + 10, 3),  # memory for three
    (4, SPARE_MB + WORKER_MB - 1, 1),  # not even one fits: still one, or scans are never read
    (1, 100_000, 1),
])
def test_the_default_pool_is_one_worker_per_core_as_far_as_memory_goes(cores, available_mb, expected):
    assert default_size(cores, available_mb) == expected


FREE_AFTER_USE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from parsers.ocr_memory import glibc, trim_heap

    def rss_mb():
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmRSS:")[1].split()[0]) / 1024

    libc = glibc()
    block = 4 << 20
    first = bytearray(block); del first  # glibc's default then keeps blocks of this size in its heap
    blocks = [bytearray(block) for _ in range(50)]
    pin = bytearray(64 << 10)  # something allocated after them, as the worker's answers are
    before = rss_mb()
    del blocks
    trim_heap(libc)  # what the worker does after each file
    print(round(before - rss_mb()))
""")


def test_a_worker_gives_the_memory_it_freed_back():
    """In a fresh process: 200 MB in 4 MB blocks, freed below a block still in use (untrimmed,
    glibc kept all 200 MB resident)."""
    freed = subprocess.run([sys.executable, "-c", FREE_AFTER_USE], capture_output=True, text=True, check=True,
                           timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert int(freed.stdout) >= 150, f"only {freed.stdout.strip()} MB of 200 MB freed went back to the system"


LARGE_BLOCKS = textwrap.dedent("""
    import sys
    from pathlib import Path
    from parsers.ocr_memory import glibc, map_large_blocks

    def rss_mb():
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmRSS:")[1].split()[0]) / 1024

    if sys.argv[1] == "tuned":
        map_large_blocks(glibc())  # what the worker does at its start
    first = bytearray(16 << 20); del first  # glibc's default then takes blocks up to 16 MB from its heap
    blocks = [bytearray(10 << 20) for _ in range(10)]
    pin = bytearray(64 << 10)  # something allocated after them, as the next tensor is
    before = rss_mb()
    del blocks  # no trim: what is given back while a page is still being read
    print(round(before - rss_mb()))
""")


@pytest.mark.parametrize("tuned, least, most", [("tuned", 90, 200), ("default", 0, 10)])
def test_a_worker_gives_large_blocks_back_as_soon_as_they_are_freed(tuned, least, most):
    """100 MB in 10 MB blocks freed below a block in use: the tuned worker gives them back at once
    (the detector's tensors fragmented the heap: a worker's peak over six A4 pages 510-584 MB, 426-436 tuned);
    glibc's default keeps them all (the comparison shows the test can fail)."""
    freed = subprocess.run([sys.executable, "-c", LARGE_BLOCKS, tuned], capture_output=True, text=True, check=True,
                           timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert least <= int(freed.stdout) <= most, f"{freed.stdout.strip()} MB of 100 MB freed went back ({tuned})"


MAIN_THAT_MARKS = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    Path(sys.argv[1], f"imported-by-{os.getpid()}").touch()  # every process that imports this main
    from parsers.ocr import OcrWorker

    if __name__ == "__main__":
        worker = OcrWorker(1)
        worker.kill()
""")


def test_a_worker_does_not_import_the_main_module_of_the_process_that_starts_it(tmp_path):
    """Under serve the main module is the whole application (a worker began at 287 MB with it,
    153 MB without)."""
    script = tmp_path / "main_that_marks.py"
    script.write_text(MAIN_THAT_MARKS, encoding="utf-8")
    root = str(Path(__file__).resolve().parents[2])
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, timeout=180, cwd=root,
                   env={**os.environ, "PYTHONPATH": root})
    assert len(list(tmp_path.glob("imported-by-*"))) == 1, "the worker imported the main module too"


SESSION_OPTIONS = textwrap.dedent("""
    import json
    from parsers.ocr import DEFAULT_THREADS, engine

    rapid = engine(DEFAULT_THREADS)  # what a worker builds at its start
    sessions = {"det": rapid.text_det.infer.session, "cls": rapid.text_cls.infer.session,
                "rec": rapid.text_rec.session.session}
    print(json.dumps({name: {"arena": s.get_session_options().enable_cpu_mem_arena,
                             "pattern": s.get_session_options().enable_mem_pattern,
                             "intra": s.get_session_options().intra_op_num_threads,
                             "inter": s.get_session_options().inter_op_num_threads,
                             "order": s.get_session_options().execution_order.name,
                             "providers": s.get_providers()}
                      for name, s in sessions.items()}))
""")


def test_a_worker_s_onnxruntime_sessions_keep_no_arena_and_compute_on_one_thread():
    """Each of the worker's three sessions (detector, direction classifier, recogniser) without
    onnxruntime's CPU arena — it would keep the detector's largest tensors for the worker's
    life — with its memory pattern (without it the detector's peak was higher: 449-450 against
    428-441 MB) and on one compute thread (the pool reads pages side by side in processes; two
    threads spin-wait, 2.9 s of CPU for a form against 1.6 s). rapidocr 1.4.4 sets these; a
    version that no longer does fails here. The detector runs its operators in priority order."""
    out = subprocess.run([sys.executable, "-c", SESSION_OPTIONS], capture_output=True, text=True, check=True,
                         timeout=120, cwd=Path(__file__).resolve().parents[2])
    sessions = json.loads(out.stdout.strip().splitlines()[-1])
    assert sorted(sessions) == ["cls", "det", "rec"]
    orders = {name: options.pop("order") for name, options in sessions.items()}
    for name, options in sessions.items():
        assert options == {"arena": False, "pattern": True, "intra": 1, "inter": 1,
                           "providers": ["CPUExecutionProvider"]}, name
    assert orders == {"det": "PRIORITY_BASED", "cls": "DEFAULT", "rec": "DEFAULT"}  # see the test below


DETECTOR_PEAKS = textwrap.dedent("""
    import json
    from pathlib import Path
    import numpy as np
    from onnxruntime import ExecutionOrder, InferenceSession
    from parsers.ocr import DEFAULT_THREADS, engine
    from parsers.ocr_memory import glibc, map_large_blocks, trim_heap

    def rise_mb(session, page):  # the run's peak above what was resident before it (VmHWM reset)
        trim_heap(glibc())
        before = int(Path("/proc/self/status").read_text().split("VmRSS:")[1].split()[0])
        Path("/proc/self/clear_refs").write_text("5")
        session.run(None, {session.get_inputs()[0].name: page})
        return (int(Path("/proc/self/status").read_text().split("VmHWM:")[1].split()[0]) - before) / 1024

    map_large_blocks(glibc())  # as a worker does at its start
    shipped = engine(DEFAULT_THREADS).text_det.infer.session
    options = shipped.get_session_options()
    options.execution_order = ExecutionOrder.DEFAULT
    default = InferenceSession(shipped._model_path, sess_options=options, providers=shipped.get_providers())
    page = np.random.default_rng(19).random((1, 3, 896, 1280), dtype=np.float32)  # an A4 page at DETECT_SIDE
    peaks = {"shipped": [], "default": []}
    for _ in range(4):
        peaks["shipped"].append(rise_mb(shipped, page))
        peaks["default"].append(rise_mb(default, page))
    # a session's first run sets up its memory plan and differs (the default order's was 154-174 MB
    # against 179-183 after it, which made the least of three runs fail the bound 1 time in 4)
    print(json.dumps({name: sorted(runs[1:])[1] for name, runs in peaks.items()}))
""")


BOUND_MB = 10  # the same order for both differs by a few MB; 20 failed at 160.6 against 178.6 (CI pre-check, 2026-12-05)


def test_the_detector_reads_a_page_in_less_memory_than_in_onnxruntime_s_default_order():
    """The detector's working memory over an A4 page at 1,280 × 896 px, the median of three runs
    after a first one, its VmHWM reset before each: in priority order its tensors are freed sooner (129-163 MB
    measured against 177-182 MB in the default order, same process, same input). The bound is
    BOUND_MB, under the smallest difference seen (18 MB); the same order for both fails it."""
    out = subprocess.run([sys.executable, "-c", DETECTOR_PEAKS], capture_output=True, text=True, check=True,
                         timeout=300, cwd=Path(__file__).resolve().parents[2])
    peaks = json.loads(out.stdout.strip().splitlines()[-1])
    assert peaks["shipped"] <= peaks["default"] - BOUND_MB, peaks


def test_a_worker_lets_go_of_each_decoded_page_once_it_is_read(monkeypatch):
    """A file's decoded pages are not all held while its last one is read (each 4-12 MB at
    200 dpi; letting go of the decoded and the reading-size page early lowered a worker's peak
    over the scan corpus 406 → 394 MB, the same text)."""
    seen: list[weakref.ref] = []
    alive_when_read: list[int] = []

    def read_page(image: np.ndarray) -> ocr.OcrPage:
        alive_when_read.append(sum(ref() is not None for ref in seen))
        seen.append(weakref.ref(image))
        return ocr.OcrPage(width=image.shape[1], height=image.shape[0], boxes=())

    monkeypatch.setattr(ocr, "ocr_page", read_page)
    pdf = save_pages([Image.new("L", (1240, 1754), 255) for _ in range(3)], "pdf", 150)
    pages = ocr.read_document(pdf, "three.pdf")
    assert len(pages) == 3
    assert alive_when_read == [0, 0, 0], "earlier pages were still held while a later one was read"


def test_the_heap_is_trimmed_before_each_detector_run(monkeypatch):
    """What decoding a page freed is given back before the detector's tensors are made (a
    worker's peak over the scan corpus 377 → 324 MB, medians of 3)."""
    calls: list[str] = []
    monkeypatch.setattr(ocr, "trim_heap", lambda libc: calls.append("trim"))
    rapid = ocr.engine()
    monkeypatch.setattr(rapid, "text_det", lambda small: (calls.append("detect"), (None, 0.0))[1])
    ocr._detect(np.zeros((1754, 1240, 3), dtype=np.uint8))
    assert calls == ["trim", "detect"]
