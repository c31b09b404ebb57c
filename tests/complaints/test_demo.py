"""`complaints demo` — the README's run command — carries sample mail end to end on the embedded servers."""

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str]:
    """One run of the demo for the tests of this file (its directory and what it printed): the
    run takes some 17 s and each test reads another part of the same output."""
    workdir = tmp_path_factory.mktemp("demo") / "demo"
    result = subprocess.run([sys.executable, "-m", "complaints.cli", "demo", "--dir", str(workdir)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return workdir, result.stdout


def test_demo_prints_routed_answered_and_closed_cases(demo):
    _, out = demo
    assert "4 case(s):" in out
    table = out.split("case(s):", 1)[1].split("where the mail went:", 1)[0]
    lines = {line.split()[0]: line for line in table.splitlines() if line.startswith("TS-")}
    assert len(lines) == 4
    assert any(" closed " in v for v in lines.values())
    assert sum(" routed " in v or " triage " in v for v in lines.values()) >= 2
    assert "sanyuan@branch.example" in out and "[TS-" in out
    assert "complaints --config" in out and "cases" in out
    assert "领导批示" in out and "请信用卡中心两日内核实年费扣收依据" in out, "a leader's 批示, passed to the unit"
    assert "申请重新分派" in out and "不属于我行办理范围" in out, "a unit's 'not ours' back to the office"
    assert "第二次督办" in out and "要求网点负责人当面说明" in out, "不满意 with its reason reopens the case"


def test_demo_ends_with_the_offices_open_cases_and_a_month_report(demo):
    workdir, out = demo
    open_list = out.split("the office's 在办清单", 1)[1]
    assert "在办清单（全部单位" in open_list and "在办案件 3 件" in open_list
    assert "客户投诉处理月度考核报告" in out and "本月新收投诉 4 件" in out
    assert (workdir / "reports").is_dir() and any((workdir / "reports").glob("digest-*.docx"))
