"""A routing decision told in plain Chinese, for `complaints case ID`: why did this go to 梅列支行?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.config import Directory
from router.rules import RULE_TITLES
from core.severity import severity_name

if TYPE_CHECKING:
    from router.decide import Decision


def _unit_label(code: str, directory: Directory | None) -> str:
    unit = directory.unit_by_code(code) if directory else None
    return f"{unit.name}({unit.code})" if unit else code


def _result_line(decision: Decision, directory: Directory | None) -> str:
    if decision.status == "triage":
        return "分派结果：待工会人工分派（没有规则能确定被投诉单位）"
    line = f"分派结果：{_unit_label(decision.unit, directory)}"
    if decision.co_units:
        line += " 牵头；协办 " + "、".join(_unit_label(c, directory) for c in decision.co_units)
    return line


def _rule_lines(decision: Decision, directory: Directory | None) -> list[str]:
    lines = ["分派规则（按顺序，第一条命中的规则决定牵头单位）："]
    deciding = decision.decided_by
    for number, outcome in enumerate(decision.outcomes, 1):
        title = RULE_TITLES.get(outcome.name, outcome.name)
        if outcome.hit:
            units = "、".join(_unit_label(c, directory) for c in outcome.units)
            verdict = f"命中 → {units}" + ("（决定牵头单位）" if outcome.name == deciding else "")
        else:
            verdict = "未命中"
        lines.append(f"  {number}. {title}：{verdict}。{outcome.reason}")
    return lines


def _severity_lines(decision: Decision) -> list[str]:
    word = severity_name(decision.severity)
    if not decision.severity_reasons:
        return [f"问题等级：{word}（没有升级的理由）"]
    return [f"问题等级：{word}"] + [f"  - {reason}" for reason in decision.severity_reasons]


def _notify_lines(decision: Decision) -> list[str]:
    if not decision.notify:
        return ["即时报告：无"]
    return ["即时报告："] + [f"  - {r.name} <{r.email}>：{r.reason}" for r in decision.notify]


def _candidate_lines(decision: Decision) -> list[str]:
    if decision.status != "triage":
        return []
    if not decision.candidates:
        return ["候选单位：无（单位名录中没有相近的单位）"]
    return ["候选单位："] + [f"  - {c.name}({c.code}) 得分 {c.score:g}：{c.why}" for c in decision.candidates]


def explain_decision(decision: Decision, directory: Directory | None = None) -> str:
    """Lines for staff; unit codes are shown with names when the directory is given."""
    lines = [_result_line(decision, directory), *_rule_lines(decision, directory),
             *_candidate_lines(decision), *_severity_lines(decision), *_notify_lines(decision)]
    return "\n".join(lines)
