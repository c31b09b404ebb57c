"""The systemd units in deploy/ are what `systemd-analyze verify` accepts, without one warning.

`verify` checks that ExecStart's program exists, so the units are verified as installed at
this checkout (its .venv) instead of /opt/complaints: everything else is the shipped text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
INSTALLED = "/opt/complaints/.venv/bin/complaints"


def _verify(tmp_path: Path, name: str, text: str, unit_name: str | None = None) -> str:
    """`systemd-analyze verify` on the unit; its whole output (an accepted unit prints nothing)."""
    program = Path(sys.executable).parent / "complaints"
    assert program.exists(), "the console script the unit starts"
    path = tmp_path / (unit_name or name)
    path.write_text(text.replace(INSTALLED, str(program)))
    done = subprocess.run(["systemd-analyze", "verify", "--man=no", str(path)],
                          capture_output=True, text=True, timeout=120)
    return f"rc={done.returncode} {done.stdout}{done.stderr}".strip()


@pytest.mark.parametrize("name, instance", [("complaints.service", None),
                                            ("complaints@.service", "complaints@sanyuan.service")])
def test_units_verify_cleanly(tmp_path, name, instance):
    text = (DEPLOY / name).read_text()
    assert INSTALLED in text
    assert _verify(tmp_path, name, text, instance) == "rc=0"


def test_verify_would_catch_a_misspelt_directive(tmp_path):
    text = (DEPLOY / "complaints.service").read_text().replace("NoNewPrivileges=", "NoNewPrivilege=")
    assert "Unknown key 'NoNewPrivilege'" in _verify(tmp_path, "complaints.service", text)


@pytest.mark.parametrize("name", ["complaints.service", "complaints@.service"])
def test_units_run_as_a_notify_service_with_watchdog_and_hardening(name):
    lines = {line.split("=", 1)[0]: line.split("=", 1)[1]
             for line in (DEPLOY / name).read_text().splitlines() if "=" in line and not line.startswith("#")}
    assert lines["Type"] == "notify" and lines["WatchdogSec"] and lines["Restart"] == "on-failure"
    assert lines["User"] == "complaints" and lines["NoNewPrivileges"] == "yes"
    assert lines["ProtectSystem"] == "strict" and lines["PrivateTmp"] == "yes"
    assert lines["ReadWritePaths"].startswith("/var/lib/complaints")
    assert lines["LoadCredential"].startswith("complaints.key:") and lines["EnvironmentFile"]
    if "@" in name:
        assert all("%i" in lines[key] for key in ("ExecStart", "ReadWritePaths", "StateDirectory", "LoadCredential",
                                                  "EnvironmentFile")), "each branch has its own everything"
