"""The period's case lines kept in a temporary file, not in memory: a year of a large branch is
hundreds of thousands of lines, and only the spreadsheet's 案件明细 reads them all, once, in order.

A `CaseSpool` behaves as the read-only sequence the renderers need: its length, iteration in
the order written (as often as wanted, each pass independent), and the first lines by a slice
(the widths are fitted on them). Lines are pickled in chunks of plain tuples and read back
with `os.pread`, so two readers never share a file position.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import fields

from complaints.digest.values import CaseLine

CHUNK_LINES = 5_000
HEAD_LINES = 2_000
_FIELDS = tuple(f.name for f in fields(CaseLine))


class CaseSpool:
    def __init__(self, lines: Iterable[CaseLine], *, head: int = HEAD_LINES) -> None:
        self._fill((tuple(getattr(line, name) for name in _FIELDS) for line in lines), head)

    @classmethod
    def of_rows(cls, rows: Iterable[tuple], *, head: int = HEAD_LINES) -> "CaseSpool":
        """A spool of plain tuples in CaseLine's field order (no object made per line)."""
        spool = cls.__new__(cls)
        spool._fill(rows, head)
        return spool

    def _fill(self, rows: Iterable[tuple], head: int) -> None:
        self._file = tempfile.TemporaryFile()
        self._chunks: list[tuple[int, int]] = []   # (offset, length) of each pickled chunk
        self._head: list[CaseLine] = []
        self._count = 0
        chunk: list[tuple] = []
        for row in rows:
            if self._count < head:
                self._head.append(CaseLine(*row))
            chunk.append(row)
            self._count += 1
            if len(chunk) == CHUNK_LINES:
                self._write(chunk)
                chunk = []
        if chunk:
            self._write(chunk)
        self._file.flush()

    def _write(self, chunk: list[tuple]) -> None:
        data = pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)
        self._chunks.append((self._file.tell(), len(data)))
        self._file.write(data)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[CaseLine]:
        for row in self.rows():
            yield CaseLine(*row)

    def rows(self) -> Iterator[tuple]:
        """The lines as plain tuples in CaseLine's field order (cheaper than the objects)."""
        fd = self._file.fileno()
        for offset, length in self._chunks:
            yield from pickle.loads(os.pread(fd, length, offset))

    def __getitem__(self, index: slice) -> tuple[CaseLine, ...]:
        """The first lines only (`spool[:n]`, n ≤ the head kept in memory)."""
        whole = self._count == len(self._head)
        if not isinstance(index, slice) or index.start not in (None, 0) or index.step not in (None, 1) or (
                not whole and (index.stop is None or index.stop > len(self._head))):
            raise IndexError("a CaseSpool gives only its first lines by a slice")
        return tuple(self._head[index])

    def __del__(self) -> None:
        self._file.close()
