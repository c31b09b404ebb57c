"""How new mail is fetched: in UID order, in batches bounded by count and bytes.

Pure: UIDs and their sizes in, a plan out. The cursor advances batch by batch, so the plan
keeps UID order (a crash never skips a mail); a mail bigger than a batch's byte budget is
fetched on its own, and one over the message size limit is not fetched at all (only its
header is kept, as a quarantine record).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class Batch:
    uids: tuple[int, ...]
    oversize: bool = False  # one UID, over max_message_bytes: keep the header only


def plan(uids: list[int], sizes: dict[int, int], *, max_count: int, max_bytes: int,
         max_message_bytes: int) -> Iterator[Batch]:
    """Consecutive batches in UID order; each holds ≤ max_count mails and ≤ max_bytes (or one mail)."""
    current: list[int] = []
    total = 0
    for uid in sorted(uids):
        size = sizes.get(uid, 0)
        if size > max_message_bytes:
            if current:
                yield Batch(tuple(current))
                current, total = [], 0
            yield Batch((uid,), oversize=True)
            continue
        if current and (len(current) >= max_count or total + size > max_bytes):
            yield Batch(tuple(current))
            current, total = [], 0
        current.append(uid)
        total += size
    if current:
        yield Batch(tuple(current))
