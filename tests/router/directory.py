"""A realistic units directory for tests: three outlets, three departments, two VPs, a president.

Reusable by any test that needs units and leaders (`branch_directory()`); built through the
same `Directory` schema that loads units.toml, so it is validated like the real one.
"""

from __future__ import annotations

from core.config import Directory

UNITS = (
    dict(code="SY", name="三元支行", aliases=["三元", "三元区支行"], kind="outlet",
         email="sanyuan@branch.example", leader="vp1"),
    dict(code="ML", name="梅列支行", kind="outlet", email="meilie@branch.example", leader="vp1"),
    dict(code="CG", name="城关分理处", kind="outlet", email="chengguan@branch.example", leader="vp2"),
    dict(code="CARD", name="信用卡中心", kind="department", lines=["信用卡"],
         email="card@branch.example", leader="vp2"),
    dict(code="PF", name="个人金融部", kind="department", lines=["人民币储蓄", "理财"],
         email="pf@branch.example", leader="vp1"),
    dict(code="ADMIN", name="综合管理部", aliases=["办公室"], kind="department",
         email="admin@branch.example", leader="vp2"),
)

LEADERS = (
    dict(id="vp1", name="张明", email="vp1@branch.example", role="vice_president", supervises=["个人金融"]),
    dict(id="vp2", name="李华", email="vp2@branch.example", role="vice_president",
         supervises=["银行卡", "信用卡"]),
    dict(id="pres", name="王强", email="president@branch.example", role="president"),
)


def branch_directory() -> Directory:
    """The test branch's directory (a fresh, validated value)."""
    return Directory.model_validate({"unit": [dict(u) for u in UNITS], "leader": [dict(x) for x in LEADERS]})
