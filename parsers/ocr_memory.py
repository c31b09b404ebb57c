"""An OCR worker's memory: glibc's malloc tuned at its start, its heap trimmed after each file.

The OCR worker (parsers.ocr) reads one page at a time, and a page's detector tensors are tens of
MB each; left to glibc's defaults they stay in the worker's heap after the page is read. Only
ctypes here: serve imports parsers.ocr, and the OCR libraries load in the worker alone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

# glibc's malloc in the worker (mallopt's parameters, malloc.h). By default a freed large block
# raises the size from which blocks are mapped on their own, so the detector's tensors came from
# the heap and fragmented it: a worker's peak over six A4 pages 510-584 MB. Blocks from 8 MB up
# mapped alone, given back when freed: 426-436 MB, the same text. Fixing that threshold also fixes
# the heap's trim threshold at 128 kB, and trimming the heap's top on nearly every free faulted
# its pages in again and again (+25% CPU, as the 1 MB mapping tried before); from 64 MB it costs
# about 5% (6.17 against 5.86 s of CPU for five pages after a first one; the first page of a
# fresh worker about 30%). The worker trims the whole heap after each file anyway (trim_heap).
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
MMAP_FROM, TRIM_FROM = 8 << 20, 64 << 20


def glibc() -> Any:
    """The C library when it is glibc (mallopt, malloc_trim), else None: nothing to tune."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


def map_large_blocks(libc: Any) -> None:
    """Blocks from MMAP_FROM up are mapped alone and given back when freed; the heap's top is
    trimmed from TRIM_FROM (the worker's start, before the model is loaded)."""
    if libc is not None:
        libc.mallopt(M_MMAP_THRESHOLD, MMAP_FROM)
        libc.mallopt(M_TRIM_THRESHOLD, TRIM_FROM)


def trim_heap(libc: Any) -> None:
    """Give the heap's free pages back to the system (the worker, after each file).

    glibc keeps what is freed for reuse, and the detector's tensors then stayed resident in
    every idle worker: 396-423 MB after 6 A4 pages, 152-234 MB trimmed (detector in bands, since
    undone). Mapping every block from 1 MB up (mallopt) gave back as much but cost 50% more CPU."""
    if libc is not None:
        libc.malloc_trim(0)
