"""Text and its position on scanned pages, read by RapidOCR in a worker that can be killed.

One RapidOCR engine per process, loaded once (about half a second). Each page is read
upright whatever way it was scanned: sideways pages are found from the shape of the
detected text boxes, upside-down ones by a page-wide vote of the direction classifier,
and a small tilt is measured from the boxes and taken out of their coordinates, so boxes on
one printed line share one row. `ocr_document` and `ocr_text` decode and read untrusted
files in a separate process with a time limit: a pathological image raises `OcrTimeout`
and the worker is killed and replaced, it never stalls the service.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from statistics import median
from typing import Any

import numpy as np

from core.errors import ComplaintsError, ParseError
from parsers import readings
from parsers.images import load_pages
from parsers.ocr_memory import glibc, map_large_blocks, trim_heap
from parsers.ocr_sessions import in_priority_order

DETECT_SIDE = 1280  # the detector sees the page at most this large: 0.5 s instead of 1.5 s
DETECT_MIN_SIDE = 736  # and at least this large on its short side (RapidOCR's own default)
# The detector sees the whole reduced page at once. Reading it in bands of rows (less working
# memory: a worker's peak 549-575 → 280-306 MB) moved boxes near a band's edge by a few pixels,
# and a crop a few pixels off lost a line's last character ("当面道歉" → "当面道",
# tests/parsers/test_scan_form.py): the words come first, the memory second.
READ_SIDE = 2400  # pages are read at most this large (A4 at 200 dpi is 2339 px tall)
MIN_SCORE = 0.5
REC_MIN_WIDTH = 160
CROP_MARGIN = 0.15  # of a box's height, added above and below it before recognition
# onnxruntime threads per OCR process. One thread: 1.6 s of CPU for an A4 form here; two
# threads spin-wait and spend 2.9 s of CPU for it, and on a busy 2-core machine the page
# takes longer (median 4.2 s against 2.6 s with one thread, measured side by side).
DEFAULT_THREADS = 1
STARTUP_LIMIT = 120.0  # seconds for a fresh worker to import and load the model


class OcrTimeout(ParseError):
    """Reading a scan took longer than its time limit; the OCR worker was killed."""


@dataclass(frozen=True)
class TextBox:
    """One recognised run of text and its upright, deskewed bounding box in page pixels."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    score: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(frozen=True)
class OcrPage:
    """The boxes of one page, upright and deskewed, in the page's pixels.

    `rotation` is the quarter turn the scan had (degrees clockwise) and `skew` its tilt
    (degrees clockwise); both were undone before the boxes were measured.
    """

    width: int
    height: int
    boxes: tuple[TextBox, ...]
    rotation: int = 0
    skew: float = 0.0


_engine: Any = None
_engine_seconds = 0.0
# glibc (mallopt, malloc_trim), else None. The heap is trimmed before each detector run too: what
# decoding a page freed (PIL's, pdfium's and cv2's buffers) stayed resident beneath the detector's
# tensors; a worker's peak over the scan corpus 377 → 324 MB (medians of 3 beside the code before),
# CPU a page the same (1.083 → 1.060 s; a trim takes about 1 ms).
_libc = glibc()


def engine(threads: int = DEFAULT_THREADS) -> Any:
    """This process's RapidOCR engine, loaded on first use with `threads` compute threads."""
    global _engine, _engine_seconds
    if _engine is None:
        from rapidocr_onnxruntime import RapidOCR

        started = time.perf_counter()
        # Short crops are padded to the minimum width before recognition: 160 px instead
        # of 320 px halves the work on a form's many short cells, same text.
        # One line per recognition call: in a batch every crop is padded to the widest one's
        # width, and what the padding is decides whether a line's last character is read
        # ("当面道歉" came back "当面道" beside a long line, whole on its own).
        rapid = RapidOCR(rec_img_shape=[3, 48, REC_MIN_WIDTH], rec_batch_num=1,
                         det_limit_type="max", det_limit_side_len=100_000,
                         intra_op_num_threads=threads, inter_op_num_threads=1)
        rapid.text_det.infer.session = in_priority_order(rapid.text_det.infer.session)
        _engine = rapid
        _engine_seconds = time.perf_counter() - started
    return _engine


def ocr_boxes(image: np.ndarray) -> tuple[TextBox, ...]:
    """The text boxes of one page image (grey or BGR), in this process, no time limit."""
    return ocr_page(image).boxes


def ocr_page(image: np.ndarray) -> OcrPage:
    """One page read upright: quarter turns found and undone, tilt taken out of the boxes."""
    page = _reading_size(_as_bgr(image))
    del image  # the decoded page is not held while the detector runs (read_document lets go of it too)
    if min(page.shape[:2]) < 16:
        return OcrPage(width=page.shape[1], height=page.shape[0], boxes=())
    quads = _detect(page)
    rotation = 0
    if _sideways(quads):
        page = np.ascontiguousarray(np.rot90(page, k=-1))  # a quarter turn clockwise
        quads, rotation = _detect(page), 90
    if len(quads) == 0:
        return OcrPage(width=page.shape[1], height=page.shape[0], boxes=(), rotation=rotation)
    crops = engine().get_crop_img_list(page, list(_with_margin(quads, page.shape)))
    height, width = page.shape[:2]
    del page  # the crops are all recognition needs
    upside_down = _upside_down(crops)
    if upside_down:
        crops = [np.ascontiguousarray(np.rot90(c, k=2)) for c in crops]
        quads = _turn_half(quads, width, height)
        rotation += 180
    texts, _ = engine().text_rec(crops)
    skew = _skew_degrees(quads)
    boxes = _boxes(quads, texts, skew, width, height)
    return OcrPage(width=width, height=height, boxes=boxes,
                   rotation=(360 - rotation) % 360, skew=skew)


def _as_bgr(image: np.ndarray) -> np.ndarray:
    import cv2

    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return image


def _reading_size(page: np.ndarray) -> np.ndarray:
    import cv2

    scale = READ_SIDE / max(page.shape[:2])
    if scale >= 1:
        return page
    return cv2.resize(page, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def _detect(page: np.ndarray) -> np.ndarray:
    """Text quadrilaterals (N×4×2, clockwise from top-left) found on a reduced copy."""
    import cv2

    scale = min(1.0, DETECT_SIDE / max(page.shape[:2]))
    small = page if scale == 1 else cv2.resize(page, None, fx=scale, fy=scale,
                                               interpolation=cv2.INTER_AREA)
    if min(small.shape[:2]) < DETECT_MIN_SIDE:  # what RapidOCR did to a small page: enlarge it
        grow = DETECT_MIN_SIDE / min(small.shape[:2])
        small, scale = cv2.resize(small, None, fx=grow, fy=grow), scale * grow
    trim_heap(_libc)  # what decoding the page freed, given back before the detector's tensors are made
    quads, _ = engine().text_det(small)
    if quads is None or len(quads) == 0:
        return np.zeros((0, 4, 2), dtype=np.float32)
    quads = np.asarray(quads, dtype=np.float32) / scale
    order = np.lexsort((quads[:, 0, 0], quads[:, 0, 1]))
    return quads[order]


def _with_margin(quads: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """The quads grown above and below by CROP_MARGIN of their height, for cropping only.

    The detector runs on a reduced page and its boxes hug the ink, cutting into the tops and
    bottoms of characters; the recogniser then drops a line's last character now and then
    ("当面道歉" read as "当面道"). A little paper above and below gives it back; the boxes'
    geometry stays the detector's, so rows and columns are measured as before."""
    _, heights = _edges(quads)
    across = quads[:, 1] - quads[:, 0]
    across /= np.maximum(np.linalg.norm(across, axis=1), 1e-6)[:, None]
    down = np.stack([-across[:, 1], across[:, 0]], axis=1) * (CROP_MARGIN * heights)[:, None]
    grown = quads.copy()
    grown[:, :2] -= down[:, None]
    grown[:, 2:] += down[:, None]
    grown[..., 0] = np.clip(grown[..., 0], 0, shape[1] - 1)
    grown[..., 1] = np.clip(grown[..., 1], 0, shape[0] - 1)
    return grown


def _edges(quads: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    widths = np.linalg.norm(quads[:, 1] - quads[:, 0], axis=1)
    heights = np.linalg.norm(quads[:, 3] - quads[:, 0], axis=1)
    return widths, heights


def _sideways(quads: np.ndarray) -> bool:
    """True when most text boxes stand upright: the page was scanned a quarter turned."""
    if len(quads) == 0:
        return False
    widths, heights = _edges(quads)
    tall = int(np.sum(heights > 1.5 * widths))
    wide = int(np.sum(widths > 1.5 * heights))
    return tall > wide


def _upside_down(crops: list[np.ndarray]) -> bool:
    """The direction classifier's page-wide vote, weighted by its confidence."""
    _, votes, _ = engine().text_cls(crops)
    turned = sum(float(score) for label, score in votes if label == "180")
    upright = sum(float(score) for label, score in votes if label != "180")
    return turned > upright


def _turn_half(quads: np.ndarray, width: int, height: int) -> np.ndarray:
    """The quads as seen on the page turned 180°, still clockwise from top-left."""
    turned = np.empty_like(quads)
    turned[..., 0] = width - quads[..., 0]
    turned[..., 1] = height - quads[..., 1]
    return turned[:, [2, 3, 0, 1]]


def _skew_degrees(quads: np.ndarray) -> float:
    """The page's clockwise tilt: the slope of the top edges of wide text boxes.

    A median weighted by box width: a long line shows a small tilt, a short one rounds
    it to nothing.
    """
    widths, heights = _edges(quads)
    wide = widths > 2.5 * heights
    if not np.any(wide):
        return 0.0
    dx = quads[wide, 1, 0] - quads[wide, 0, 0]
    dy = quads[wide, 1, 1] - quads[wide, 0, 1]
    angles = np.degrees(np.arctan2(dy, dx))
    order = np.argsort(angles)
    weights = np.cumsum(widths[wide][order])
    return float(angles[order][np.searchsorted(weights, weights[-1] / 2)])


def _boxes(quads: np.ndarray, texts: list, skew: float, width: int,
           height: int) -> tuple[TextBox, ...]:
    """Recognised text with each quad turned back by the skew and boxed upright."""
    theta = math.radians(-skew)
    cos, sin = math.cos(theta), math.sin(theta)
    cx, cy = width / 2, height / 2
    boxes = []
    for quad, (text, score) in zip(quads, texts):
        text = text.strip()
        if not text or float(score) < MIN_SCORE:
            continue
        xs = cx + (quad[:, 0] - cx) * cos - (quad[:, 1] - cy) * sin
        ys = cy + (quad[:, 0] - cx) * sin + (quad[:, 1] - cy) * cos
        boxes.append(TextBox(text=text, x0=float(xs.min()), y0=float(ys.min()),
                             x1=float(xs.max()), y1=float(ys.max()), score=float(score)))
    return tuple(boxes)


def group_rows(boxes: tuple[TextBox, ...] | list[TextBox]) -> tuple[tuple[TextBox, ...], ...]:
    """Boxes grouped into printed lines by vertical overlap, top to bottom, left to right."""
    rows: list[list[TextBox]] = []
    for box in sorted(boxes, key=lambda b: b.cy):
        if rows:
            row = rows[-1]
            centre = median(b.cy for b in row)
            tall = min(box.height, median(b.height for b in row))
            if abs(box.cy - centre) < 0.5 * tall:
                row.append(box)
                continue
        rows.append([box])
    return tuple(tuple(sorted(row, key=lambda b: b.x0)) for row in rows)


def page_text(page: OcrPage) -> str:
    """A page's text: one line per row of boxes, boxes on a row separated by a space."""
    return "\n".join(" ".join(b.text for b in row) for row in group_rows(page.boxes))


# --- the worker process -------------------------------------------------------------------


def read_document(data: bytes, filename: str) -> tuple[OcrPage, ...]:
    """Decode and read every page in this process, no time limit (the worker's job)."""
    pages = list(load_pages(data, filename))  # each decoded page let go once read, not held to the end
    return tuple(ocr_page(pages.pop(0)) for _ in range(len(pages)))


def _serve(conn: Any, threads: int) -> None:
    """The worker's loop: load the model, say so, then answer (data, filename) requests."""
    libc = _libc
    map_large_blocks(libc)
    engine(threads)
    trim_heap(libc)  # the detector loaded twice (in_priority_order): 132 → 119 MB
    conn.send(("ready", _engine_seconds))
    while True:
        try:
            data, filename = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", read_document(data, filename)))
        except ComplaintsError as exc:
            conn.send(("error", exc))
        except Exception:  # a bug: the caller quarantines the message with this traceback
            conn.send(("bug", traceback.format_exc()))
        finally:
            del data
            trim_heap(libc)


def serve_fd(fd: int, threads: int) -> None:
    """The worker process's entry (WORKER_CODE): its end of the pipe is file descriptor `fd`."""
    _serve(Connection(fd), threads)


# A fresh interpreter that imports this module only. multiprocessing's spawn imports the
# parent's main module in the child first — under serve the whole application: a worker then
# began at 287 MB instead of 153 MB. It ends when its pipe closes (the parent is gone).
WORKER_CODE = "import sys; from parsers.ocr import serve_fd; serve_fd(int(sys.argv[1]), int(sys.argv[2]))"


class _Process:
    """The worker process, with the few methods of multiprocessing.Process the pool uses."""

    def __init__(self, popen: subprocess.Popen) -> None:
        self.popen, self.pid = popen, popen.pid

    @property
    def exitcode(self) -> int | None:
        return self.popen.poll()

    def is_alive(self) -> bool:
        return self.popen.poll() is None

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()

    def join(self, timeout: float) -> None:
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            pass


class OcrWorker:
    """One OCR process with its pipe; killed and forgotten when a request overruns."""

    def __init__(self, threads: int, *, root: str | None = None) -> None:
        self.threads = threads
        self.conn, child = multiprocessing.Pipe()
        # where this process found parsers.ocr, after `root`: a checkout a benchmark compares
        path = os.pathsep.join(p for p in [root, *sys.path] if p)
        self.process = _Process(subprocess.Popen(
            [sys.executable, "-c", WORKER_CODE, str(child.fileno()), str(threads)], pass_fds=[child.fileno()],
            stdin=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": path}, cwd=root))
        child.close()
        if not self.conn.poll(STARTUP_LIMIT):
            self.kill()
            raise OcrTimeout(f"the OCR worker did not start within {STARTUP_LIMIT:.0f} s")
        _, self.load_seconds = self._receive("OCR worker start")

    def ask(self, data: bytes, filename: str, time_limit: float) -> tuple[OcrPage, ...]:
        try:
            self.conn.send((data, filename))
            answered = self.conn.poll(time_limit)
        except BaseException:  # interrupted mid-request: its late answer must not be read
            self.kill()
            raise
        if not answered:
            self.kill()
            raise OcrTimeout(f"{filename}: OCR took longer than {time_limit:g} s; stopped")
        status, payload = self._receive(filename)
        if status == "error":
            raise payload
        if status == "bug":
            raise RuntimeError(f"OCR worker failed on {filename}:\n{payload}")
        return payload

    def _receive(self, what: str) -> tuple[str, Any]:
        try:
            return self.conn.recv()
        except (EOFError, OSError) as exc:
            self.kill()
            raise ParseError(f"{what}: the OCR worker died (exit code "
                             f"{self.process.exitcode}); the file may exhaust memory") from exc

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        try:  # the pool's close and the worker's own thread may both kill it
            self.conn.close()
        except OSError:
            pass


_worker: OcrWorker | None = None
_worker_lock = threading.Lock()
_worker_threads = DEFAULT_THREADS


def _live_worker() -> OcrWorker:
    global _worker
    if _worker is not None and (not _worker.process.is_alive() or
                                _worker.threads != _worker_threads):
        _worker.kill()
        _worker = None
    if _worker is None:
        _worker = OcrWorker(_worker_threads)
    return _worker


def warm_up(threads: int | None = None) -> float:
    """Starts the OCR worker now rather than on the first scan; returns model load seconds.

    `threads` (onnxruntime compute threads) replaces the worker if it differs.
    """
    global _worker_threads
    with _worker_lock:
        if threads is not None:
            _worker_threads = threads
        return _live_worker().load_seconds


def ocr_document(data: bytes, filename: str, *, time_limit: float = 30.0
                 ) -> tuple[OcrPage, ...]:
    """Every page of an image file or image-only PDF, read in the OCR worker.

    Raises OcrTimeout past `time_limit` seconds (the worker is replaced), HostileInput for
    decompression bombs and absurd sizes, ParseError for damaged files. Under `serve` the
    pages come from the reading pool, or ReadingPending while they are being read.
    """
    job = readings.Job(readings.OCR, data, filename, time_limit)
    return readings.read(job, lambda: _ocr_here(data, filename, time_limit))


def _ocr_here(data: bytes, filename: str, time_limit: float) -> tuple[OcrPage, ...]:
    """This process's own OCR worker reads the file now (run-once, the tools, tests)."""
    global _worker
    with _worker_lock:
        worker = _live_worker()
        try:
            return worker.ask(data, filename, time_limit)
        finally:
            if not worker.process.is_alive():
                _worker = None


def ocr_text(data: bytes, filename: str, *, time_limit: float = 30.0) -> str:
    """The text of a scan, lines rebuilt from box geometry, pages separated by a blank line."""
    pages = ocr_document(data, filename, time_limit=time_limit)
    return "\n\n".join(page_text(page) for page in pages)
