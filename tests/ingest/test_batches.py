"""The fetch plan keeps UID order (the cursor never skips a mail) and bounds memory per fetch."""

from ingest.batches import Batch, plan

MB = 1024 * 1024


def _plan(sizes, *, count=100, budget=8 * MB, limit=25 * MB):
    return list(plan(list(sizes), sizes, max_count=count, max_bytes=budget, max_message_bytes=limit))


def test_small_mail_is_batched_by_count():
    sizes = {uid: 2000 for uid in range(1, 251)}
    batches = _plan(sizes)
    assert [len(b.uids) for b in batches] == [100, 100, 50]
    assert [u for b in batches for u in b.uids] == list(range(1, 251))


def test_batches_are_bounded_by_bytes_and_a_large_mail_is_fetched_alone():
    sizes = {1: 3 * MB, 2: 3 * MB, 3: 3 * MB, 4: 20 * MB, 5: 1000}
    batches = _plan(sizes)
    assert batches == [Batch((1, 2)), Batch((3,)), Batch((4,)), Batch((5,))]
    for b in batches:
        assert len(b.uids) == 1 or sum(sizes[u] for u in b.uids) <= 8 * MB


def test_oversize_mail_is_its_own_header_only_batch_in_uid_order():
    sizes = {1: 1000, 2: 30 * MB, 3: 1000}
    assert _plan(sizes) == [Batch((1,)), Batch((2,), oversize=True), Batch((3,))]


def test_unsorted_input_comes_out_in_uid_order():
    sizes = {9: 10, 3: 10, 5: 10}
    assert [u for b in _plan(sizes, count=2) for u in b.uids] == [3, 5, 9]
