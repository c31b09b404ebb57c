"""COPYUID (RFC 4315) tells where a moved mail went; its UID sets are parsed exactly."""

from core.uidsets import CopyUid, expand, parse_copyuid


def test_expand_ranges_and_lists():
    assert expand("1,3:5,9") == [1, 3, 4, 5, 9]
    assert expand("7:5") == [5, 6, 7]


def test_copyuid_maps_source_to_target_in_order():
    found = parse_copyuid(b"1795893224 2:3,7 3:5")
    assert found == CopyUid(uidvalidity=1795893224, mapping={2: 3, 3: 4, 7: 5})


def test_copyuid_with_code_name_and_brackets():
    assert parse_copyuid("[COPYUID 5 1 10]").mapping == {1: 10}


def test_unreadable_copyuid_is_empty_not_an_error():
    assert parse_copyuid(None) == CopyUid()
    assert parse_copyuid(b"garbage") == CopyUid()
    assert parse_copyuid(b"5 1:3 10").mapping == {}
