"""`complaints init`: commented sample configuration an operator edits, not writes from scratch,
and a fresh random signing key and data key beside it (mode 0600)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from core.keys import write_new_key_file
from core.sealing import write_new_data_key_file

SAMPLES = Path(__file__).parent / "samples"
FILES = ("complaints.toml", "units.toml")
KEY_FILE = "complaints.key"
DATA_KEY_FILE = "complaints.datakey"


def write_samples(directory: Path, *, now: datetime, force: bool = False) -> list[Path]:
    """The two sample files, and the key files unless they are there already (a key is never
    overwritten, not even with --force: replies to mail signed with it would stop counting,
    and data sealed with the data key would be lost)."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in FILES:
        target = directory / name
        if target.exists() and not force:
            raise FileExistsError(f"{target} exists; use --force to overwrite")
        target.write_text((SAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
        written.append(target)
    if not (directory / KEY_FILE).exists():
        written.append(write_new_key_file(directory / KEY_FILE, now))
    if not (directory / DATA_KEY_FILE).exists():
        written.append(write_new_data_key_file(directory / DATA_KEY_FILE))
    return written
