"""Realistic values for the outbox tests: a small directory, settings, and a case builder."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.clock import BRANCH_ZONE
from core.config import Directory, Leader, OfficeConfig, SecurityConfig, Settings, Unit
from core.store.models import Case
from tests.support.keys import TEST_KEY

NOW = datetime(2026, 10, 9, 10, 0, tzinfo=BRANCH_ZONE)


@pytest.fixture
def directory() -> Directory:
    return Directory(
        unit=[
            Unit(code="SY", name="三元支行", aliases=["三元"], kind="outlet",
                 email="sanyuan@branch.example", leader="vp1", lines=["个人金融"]),
            Unit(code="ML", name="梅列支行", kind="outlet", email="meilie@branch.example", leader="vp2"),
            Unit(code="GRJR", name="个人金融部", kind="department", email="grjr@branch.example",
                 leader="vp1"),
        ],
        leader=[
            Leader(id="vp1", name="张明", email="vp1@branch.example", role="vice_president"),
            Leader(id="vp2", name="李华", email="vp2@branch.example", role="vice_president"),
            Leader(id="p1", name="王强", email="president@branch.example", role="president"),
        ],
    )


@pytest.fixture
def settings(directory: Directory) -> Settings:
    return Settings(
        office=OfficeConfig(name="分行工会", address="union@branch.example",
                            staff=["clerk1@branch.example"]),
        security=SecurityConfig(thread_secret=TEST_KEY, thread_secret_env=""),
        units=directory,
    )


@pytest.fixture
def now() -> datetime:
    return NOW


def make_case(**overrides) -> Case:
    """A routed csc case to 三元支行 with every field a real one would have."""
    values = dict(
        id="TS-2026-000001", status="routed", channel="csc", unit="SY", co_units=[],
        category="个人金融", severity="normal",
        received_at=datetime(2026, 10, 9, 9, 30, tzinfo=BRANCH_ZONE),
        due_at=datetime(2026, 10, 16, 18, 0, tzinfo=BRANCH_ZONE),
        regulatory_due_at=datetime(2026, 10, 24, 18, 0, tzinfo=BRANCH_ZONE),
        acceptance_number="GD20261009001", customer_name="张三", customer_phone="13812345678",
        customer_id_number="350402199001011234", customer_account="6222021234567890123",
        customer_email="zhangsan@example.com",
        content="客户反映10月8日在三元支行办理挂失，排队两个小时无人引导，\n大堂经理态度生硬。",
        request="要求支行道歉并说明原因",
        source_address="csc@province.example", source_message_id="<form-1@province.example>",
        updated_at=NOW,
    )
    values.update(overrides)
    return Case(**values)
