"""The case-status vocabulary: every status has one Chinese name, and no two share one."""

from core.statuses import STATUS_NAMES, CaseStatus, status_name


def test_every_status_has_its_own_chinese_name():
    assert set(STATUS_NAMES) == set(CaseStatus)
    assert len(set(STATUS_NAMES.values())) == len(CaseStatus)
    assert all(name and not name.isascii() for name in STATUS_NAMES.values())


def test_a_stored_status_reads_as_its_name_and_an_unknown_one_as_itself():
    assert status_name("routed") == "已转办"
    assert status_name("archived") == "archived"
