"""How the OCR worker's onnxruntime sessions run, for memory (issue 19): rapidocr builds them, these adjust them.

rapidocr 1.4.4 builds its detector, direction classifier and recogniser sessions without
onnxruntime's CPU arena, with the memory pattern, one intra-op and one inter-op thread, and has
no setting for the execution order; parsers.ocr.engine applies what is here after it built them.
onnxruntime is imported inside, so only the OCR worker loads it (serve imports parsers.ocr too).
"""

from __future__ import annotations

from typing import Any


def in_priority_order(session: Any) -> Any:
    """The session again, its operators run in onnxruntime's priority order (rapidocr has no
    setting for it). In the default order the detector's large tensors are made earlier than
    needed and live longer: a run over a 1,280 × 896 page took 177-182 MB, in this order 129-163 MB,
    the same output bit for bit; a worker's peak over the scan corpus 392-400 → 351-353 MB.

    onnxruntime's allocator, tried and not kept (rapidocr builds all three sessions without the CPU
    arena, with the memory pattern). One detector run on an A4 letter (1,280 × 896 input), VmHWM
    above what was resident, a fresh process: as built, a shape's first run 105-114 MB (tensors
    allocated one by one while the pattern is traced), every later run 147 MB (the pattern's one
    block); the pattern off 109 / 139-155 MB with 0.42-0.69 s of system time a run against
    0.06-0.09 (each large tensor mapped and faulted in anew); the arena on with kSameAsRequested
    and shrunk after each run 125 MB later but 219 MB on a shape's first run (the arena splits as
    the pattern is traced); the arena without the pattern 203-224 MB; one shared arena with a
    160 MB first chunk 163 MB first, 144-154 later; malloc's heap for the tensors (mapped from 32 MB
    only) 246-334 MB. A worker over the scan corpus (one run each, load about 3; this code's peak
    357-381 MB from run to run): arena with shrinking 389 MB (kNextPowerOfTwo 391), without
    shrinking 504, arena without the pattern 442, the pattern off 367 MB at 1.74 against 0.94 s of
    CPU a page; graph optimisation BASIC 366, EXTENDED 374 MB (the detector; CPU +7-9%). The
    direction classifier's session is 2.5 MB: loaded with the others. Every variant's text identical.
    Nor the detector's input made C-contiguous (rapidocr hands on a transposed batch, which
    onnxruntime copies before the run): the detector's phase on two A4 pages 151-177 against
    172-183 MB, but a worker over the corpus 304 / 362 / 320 against 315 / 318 / 331 MB (3 runs
    alternating, load 12-15) — the copy is freed before the tensors peak."""
    from onnxruntime import ExecutionOrder, InferenceSession

    options = session.get_session_options()
    options.execution_order = ExecutionOrder.PRIORITY_BASED
    return InferenceSession(session._model_path, sess_options=options, providers=session.get_providers())
