"""A signing key for tests: written as `complaints init` writes it, or set on loaded settings."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from core.config import Settings
from core.keys import write_new_key_file
from core.sealing import Sealer, write_new_data_key_file

TEST_KEY = "test-signing-key-of-at-least-32-bytes!"
KEY_MADE = datetime(2026, 1, 1, tzinfo=timezone.utc)
TEST_DATA_KEY = b"test-data-key-of-at-least-32-bytes-long"
TEST_SEALER = Sealer(TEST_DATA_KEY)
"""For engines a test makes on a bare URL (`make_engine(url, TEST_SEALER)`)."""


def write_test_key(directory: Path) -> Path:
    """The signing key file and the data key file, as `complaints init` writes them."""
    data = directory / "complaints.datakey"
    if not data.exists():
        write_new_data_key_file(data)
    path = directory / "complaints.key"
    return path if path.exists() else write_new_key_file(path, KEY_MADE)


def with_test_key(settings: Settings, key: str = TEST_KEY) -> Settings:
    """The settings with an inline key instead of the sample's key file (for pure tests)."""
    security = settings.security.model_copy(update={"key_file": "", "thread_secret": key, "thread_secret_env": ""})
    return settings.model_copy(update={"security": security})
