from __future__ import annotations

import pytest

from core.message_ids import case_tag, make_message_id, new_epoch, parse_message_id, verify_message_id

SECRET = b"s3cret"


def _mid(**kw) -> str:
    args = dict(case_id="TS-2026-000001", kind="routing", key="SY", domain="branch.example", secret=SECRET)
    args.update(kw)
    return make_message_id(**args)


def test_same_inputs_give_the_same_id():
    assert _mid() == _mid()
    assert _mid().startswith("<TS-2026-000001.routing.SY.k")
    assert _mid().endswith("@branch.example>")


def test_each_input_changes_the_id():
    base = _mid()
    assert len({base, _mid(case_id="TS-2026-000002"), _mid(kind="triage"), _mid(key="ML"),
                _mid(secret=b"other")}) == 5


def test_verify_returns_the_case_id():
    assert verify_message_id(_mid(), SECRET) == "TS-2026-000001"
    assert verify_message_id(_mid()[1:-1], SECRET) == "TS-2026-000001"  # without <>


@pytest.mark.parametrize("tamper", [
    lambda m: m.replace("TS-2026-000001", "TS-2026-000002"),
    lambda m: m.replace(".routing.", ".triage."),
    lambda m: m.replace(".SY.", ".ML."),
    lambda m: m[:-len("@branch.example>") - 1] + ("0" if m[-len("@branch.example>") - 1] != "0" else "1")
    + "@branch.example>",
])
def test_altered_ids_fail(tamper):
    forged = tamper(_mid())
    assert forged != _mid()
    assert verify_message_id(forged, SECRET) is None


def test_forged_and_foreign_ids_fail():
    assert verify_message_id(_mid(), b"wrong key") is None
    assert verify_message_id("<TS-2026-000001.routing.SY.k0123456789abcdef@branch.example>", SECRET) is None
    assert verify_message_id("<CAF=abc123@mail.gmail.com>", SECRET) is None
    assert verify_message_id("", SECRET) is None
    assert verify_message_id("<no-at-sign>", SECRET) is None


def test_keys_with_any_characters_round_trip_and_stay_distinct():
    odd = ["a b", "a_b", "a.b", "2026-W41", "事件 17", "x@y"]
    ids = [_mid(key=k) for k in odd]
    assert len(set(ids)) == len(odd)
    for key, mid in zip(odd, ids):
        left = mid[1:mid.index("@")]
        assert all(c.isascii() and (c.isalnum() or c in ".-_") for c in left)
        assert ".." not in left
        parts = parse_message_id(mid, SECRET)
        assert parts is not None and parts.key == key and parts.kind == "routing"


def test_ids_without_a_case_verify_but_name_no_case():
    mid = make_message_id(case_id=None, kind="alert", key="bounce-1", domain="branch.example", secret=SECRET)
    assert mid.startswith("<alert.bounce-1.k")
    parts = parse_message_id(mid, SECRET)
    assert parts is not None and parts.case_id is None and parts.kind == "alert"
    assert verify_message_id(mid, SECRET) is None


@pytest.mark.parametrize("kw", [dict(case_id="2026-1"), dict(kind="Routing!"), dict(key=""),
                                dict(domain="bad domain")])
def test_bad_inputs_are_refused(kw):
    with pytest.raises(ValueError):
        _mid(**kw)


def test_case_tag():
    assert case_tag("TS-2026-000001") == "[TS-2026-000001]"


def test_the_epoch_is_part_of_the_id_and_signed():
    """Two databases (or one before and after a restore) never make the same id for the same mail."""
    first, second = _mid(epoch="a1b2c3d4"), _mid(epoch="zz99yy88")
    assert first != second and first.startswith("<TS-2026-000001.routing.SY.ea1b2c3d4.k")
    assert parse_message_id(first, SECRET).epoch == "a1b2c3d4"
    assert verify_message_id(first, SECRET) == "TS-2026-000001"
    forged = first.replace(".ea1b2c3d4.", ".ezz99yy88.")
    assert verify_message_id(forged, SECRET) is None, "the epoch cannot be swapped under a signature"


def test_ids_made_before_epochs_still_verify():
    old = _mid()
    assert parse_message_id(old, SECRET).epoch == ""
    assert verify_message_id(old, SECRET) == "TS-2026-000001"
    assert _mid(epoch="a1b2c3d4") != old


def test_an_epoch_must_have_its_form():
    with pytest.raises(ValueError):
        _mid(epoch="Not.An-Epoch")
    assert len({new_epoch() for _ in range(50)}) == 50
