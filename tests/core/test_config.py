"""The configuration contract: sample files load, bad keys give one line naming file, key and expectation."""

from __future__ import annotations

import stat
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from complaints.doctor import key_line
from complaints.samples import write_samples
from core.config import load_settings
from core.errors import ConfigError
from core.keys import KEY_RECHECK_SECONDS, rotate_key_file
from tests.support.keys import KEY_MADE


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    write_samples(tmp_path, now=KEY_MADE)
    return tmp_path


def test_sample_loads_with_every_contract_key(config_dir, monkeypatch):
    monkeypatch.setenv("COMPLAINTS_IMAP_PASSWORD", "from-env")
    s = load_settings(config_dir / "complaints.toml")
    assert s.imap.secret() == "from-env"
    assert s.sources.channel_of("CSC@province.example") == "csc"
    assert s.units.unit_by_code("sy").name == "三元支行"
    assert s.units.leader_by_id("vp1").email == "vp1@branch.example"
    assert s.sla.handle_working_days == 5 and s.digest.time.hour == 8
    assert s.database.url == f"sqlite:///{config_dir / 'complaints.db'}"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("old, new, expected", [
    ("port = 10143", 'port = "imap"', "key 'imap.port' is wrong"),
    ('security = "none"                         # tls (default, port 993)', 'security = "plain"    #', "key 'imap.security' is wrong"),
    ('address = "union@branch.example"', "", "key 'office.address' is missing"),
    ("poll_seconds = 60", "poll_seconds = 60\npoll_secs = 5", "key 'imap.poll_secs' is not a known key"),
    ('weekday = "monday"', 'weekday = "mon"', "key 'digest.weekday' is wrong"),
])
def test_bad_key_is_named(config_dir, old, new, expected):
    _edit(config_dir / "complaints.toml", old, new)
    with pytest.raises(ConfigError) as err:
        load_settings(config_dir / "complaints.toml")
    assert str(err.value).startswith(str(config_dir / "complaints.toml"))
    assert expected in str(err.value)


def test_bad_units_file_is_named(config_dir):
    _edit(config_dir / "units.toml", 'kind = "outlet"', 'kind = "branch"')
    with pytest.raises(ConfigError, match=r"units.toml: key 'unit.0.kind' is wrong"):
        load_settings(config_dir / "complaints.toml")


def test_broken_toml_and_missing_file(config_dir):
    (config_dir / "complaints.toml").write_text("[imap\nport = 1", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(config_dir / "complaints.toml")
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(config_dir / "nope.toml")


def test_cli_prints_one_line_not_a_traceback(config_dir):
    _edit(config_dir / "complaints.toml", "port = 10143", 'port = "imap"')
    result = subprocess.run([sys.executable, "-m", "complaints.cli", "--config", str(config_dir / "complaints.toml"),
                             "cases"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "key 'imap.port' is wrong" in result.stderr and "Traceback" not in result.stderr


def test_init_writes_a_private_random_key_and_never_overwrites_it(tmp_path):
    first = write_samples(tmp_path / "a", now=KEY_MADE)
    key = tmp_path / "a" / "complaints.key"
    assert key in first and stat.S_IMODE(key.stat().st_mode) == 0o600
    other = tmp_path / "b"
    write_samples(other, now=KEY_MADE)
    assert load_settings(tmp_path / "a" / "complaints.toml").keyring().current != \
        load_settings(other / "complaints.toml").keyring().current
    before = key.read_bytes()
    write_samples(tmp_path / "a", now=KEY_MADE, force=True)
    assert key.read_bytes() == before


@pytest.mark.parametrize("damage, expected", [
    (lambda key: key.unlink(), "key file not found"),
    (lambda key: key.write_text("2026-01-01T00:00:00+00:00 " + "ab" * 31 + "\n"), "at least 32"),
    (lambda key: key.chmod(0o644), "may be read by others"),
    (lambda key: key.write_text("# only a comment\n"), "holds no key"),
])
def test_service_and_doctor_refuse_a_missing_short_or_open_key(config_dir, monkeypatch, damage, expected):
    monkeypatch.delenv("COMPLAINTS_THREAD_SECRET", raising=False)
    damage(config_dir / "complaints.key")
    settings = load_settings(config_dir / "complaints.toml")
    with pytest.raises(ConfigError, match=expected):
        settings.keyring()
    line, ok = key_line(settings)
    assert not ok and line.startswith("key: ") and expected in line


def test_no_public_default_key(config_dir, monkeypatch):
    monkeypatch.delenv("COMPLAINTS_THREAD_SECRET", raising=False)
    _edit(config_dir / "complaints.toml", 'key_file = "complaints.key"', 'key_file = ""')
    with pytest.raises(ConfigError, match="no signing key"):
        load_settings(config_dir / "complaints.toml").keyring()
    monkeypatch.setenv("COMPLAINTS_THREAD_SECRET", "too short")
    with pytest.raises(ConfigError, match="at least 32"):
        load_settings(config_dir / "complaints.toml").keyring()


def test_a_rotated_out_key_verifies_for_previous_key_days_then_stops(config_dir, monkeypatch):
    monkeypatch.delenv("COMPLAINTS_THREAD_SECRET", raising=False)
    path = config_dir / "complaints.key"
    old = load_settings(config_dir / "complaints.toml").keyring().current
    rotated = datetime(2026, 6, 1, tzinfo=timezone.utc)
    rotate_key_file(path, rotated)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    keyring = load_settings(config_dir / "complaints.toml").keyring()
    assert keyring.current != old and keyring.every()[1] == old
    assert old in keyring.valid_at(rotated + timedelta(days=29))
    assert old not in keyring.valid_at(rotated + timedelta(days=30))


def test_a_running_service_takes_a_rotated_key_within_the_recheck_time(config_dir, monkeypatch):
    """The settings of a running process read the key file once and look at it again only
    after KEY_RECHECK_SECONDS (a routed case asks for the keyring five times): a rotation
    under `serve` is still taken, by the settings and the copies made of them."""
    monkeypatch.delenv("COMPLAINTS_THREAD_SECRET", raising=False)
    settings = load_settings(config_dir / "complaints.toml")
    copy = settings.model_copy(update={"message_id_epoch": "e1"})  # what make_context hands on
    old = settings.keyring().current
    rotate_key_file(config_dir / "complaints.key", datetime(2026, 6, 1, tzinfo=timezone.utc))
    time.sleep(KEY_RECHECK_SECONDS + 0.1)
    assert settings.keyring().current == copy.keyring().current != old
    assert settings.keyring().every()[1] == old


def test_key_file_in_systemds_credential_directory_or_beside_the_config(config_dir, monkeypatch, tmp_path):
    monkeypatch.delenv("COMPLAINTS_THREAD_SECRET", raising=False)
    beside = load_settings(config_dir / "complaints.toml").keyring().current
    _edit(config_dir / "complaints.toml", 'key_file = "complaints.key"',
          'key_file = "${CREDENTIALS_DIRECTORY}/complaints.key"')
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    assert load_settings(config_dir / "complaints.toml").keyring().current == beside, "outside systemd"
    credentials = tmp_path / "credentials"
    write_samples(credentials, now=KEY_MADE)  # LoadCredential= copies the key here, readable by the service alone
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    handed_over = load_settings(config_dir / "complaints.toml").keyring().current
    assert handed_over == load_settings(credentials / "complaints.toml").keyring().current != beside


@pytest.mark.parametrize("listen, accepted", [("", True), ("127.0.0.1:9810", True), ("[::1]:9810", True),
                                              ("localhost:9810", True), ("0.0.0.0:9810", False),
                                              ("10.1.2.3:9810", False), ("127.0.0.1", False),
                                              ("127.0.0.1:99999", False)])
def test_the_health_endpoint_listens_on_loopback_only(config_dir, listen, accepted):
    path = config_dir / "complaints.toml"
    _edit(path, 'listen = ""', f'listen = "{listen}"')
    if accepted:
        address = load_settings(path).health.address()
        assert address is None if not listen else address[1] == 9810
    else:
        with pytest.raises(ConfigError, match="key 'health.listen' is wrong.*loopback"):
            load_settings(path)
