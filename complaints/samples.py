"""`complaints init`: commented sample configuration an operator edits, not writes from scratch."""

from __future__ import annotations

from pathlib import Path

SAMPLES = Path(__file__).parent / "samples"
FILES = ("complaints.toml", "units.toml")


def write_samples(directory: Path, *, force: bool = False) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in FILES:
        target = directory / name
        if target.exists() and not force:
            raise FileExistsError(f"{target} exists; use --force to overwrite")
        target.write_text((SAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
        written.append(target)
    return written
