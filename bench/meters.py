"""What a benchmark run cost: CPU seconds (this process, the machine) and resident memory."""

from __future__ import annotations

import os
import resource
import threading
from pathlib import Path


class CpuMeter:
    """CPU seconds of this process (all threads) and of the whole machine since creation: on
    2 shared cores, whether the pipeline waits for its own Python or for the mail servers."""

    def __init__(self):
        self.own, self.machine = self._own(), self._machine()

    @staticmethod
    def _own() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    @staticmethod
    def _machine() -> float:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
        busy = sum(int(x) for i, x in enumerate(fields) if i not in (3, 4))  # all but idle, iowait
        return busy / os.sysconf("SC_CLK_TCK")

    def line(self, elapsed: float, n: int) -> str:
        own, machine = self._own() - self.own, self._machine() - self.machine
        return (f"CPU: this process {own:.1f} s = {1000 * own / n:.1f} ms per case (target ≤ 5), the machine "
                f"{machine:.1f} s of {elapsed * os.cpu_count():.1f} s ({os.cpu_count()} cores × wall)")


def rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class MemoryWatch:
    """Peak RSS of this process, of the given child processes, and of their sum, sampled every 0.1 s."""

    def __init__(self, children=lambda: []):
        self.children = children
        self.parent = self.workers = self.total = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> "MemoryWatch":
        self.start = rss_mb()  # what the benchmark itself holds (its mails, its scans) before the watch
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(5)

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            parent, workers = rss_mb(), sum(rss_mb(pid) for pid in self.children())
            self.parent, self.workers = max(self.parent, parent), max(self.workers, workers)
            self.total = max(self.total, parent + workers)

    def line(self) -> str:
        return (f"peak RSS: this process {self.parent:.0f} MB ({self.start:.0f} MB at the start), "
                f"OCR workers {self.workers:.0f} MB, "
                f"together {self.total:.0f} MB at most (target ≤ 400 MB)")
