"""The period's case lines on disk: the same lines back, in order, as often as asked, the first ones by a slice."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from complaints.digest.spool import CaseSpool
from complaints.digest.values import CaseLine

AT = datetime(2025, 3, 1, 1, 2, tzinfo=timezone.utc)


def line(n: int) -> CaseLine:
    return CaseLine(f"TS-2025-{n:06d}", "网点", "三元支行", "理财", "服务态度", "一般", "已办结", AT, None, AT, AT,
                    "满意" if n % 2 else "", n % 3 or None, n % 2, "张*", "139****0001")


def test_lines_come_back_as_written_in_chunks_and_passes():
    written = [line(n) for n in range(12_345)]
    spool = CaseSpool(iter(written), head=100)
    assert len(spool) == len(written)
    assert list(spool) == written and list(spool) == written      # two passes, same lines
    first, second = iter(spool), iter(spool)
    assert next(first) == written[0] and next(second) == written[0] and next(first) == written[1]
    assert spool[:100] == tuple(written[:100])
    with pytest.raises(IndexError):
        spool[:101]   # beyond the lines kept in memory


def test_a_short_period_is_all_in_memory_too():
    spool = CaseSpool(line(n) for n in range(3))
    assert spool[:2000] == tuple(line(n) for n in range(3)) and len(CaseSpool(iter(()))) == 0
