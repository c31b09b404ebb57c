"""SQLite write turns between the threads of one process: in the order asked, re-entrant."""

from __future__ import annotations

import threading
import time

from sqlmodel import select

from core.store.db import WriterTurns, make_engine, session_scope
from core.store.models import ServiceState
from tests.support.keys import TEST_SEALER


def _queued(turns: WriterTurns, count: int) -> None:
    deadline = time.monotonic() + 5
    while turns._next < count:  # tickets handed out so far
        assert time.monotonic() < deadline, "the waiting threads never asked"
        time.sleep(0.001)


def test_a_thread_that_asks_again_at_once_goes_behind_the_one_waiting():
    turns, order = WriterTurns(), []
    turns.__enter__()  # the pipeline's batch

    def runner():
        with turns:
            order.append("runner")

    waiting = threading.Thread(target=runner)
    waiting.start()
    _queued(turns, 2)
    turns.__exit__(None, None, None)
    with turns:  # the next batch, asked for at once
        order.append("pipeline")
    waiting.join(5)
    assert order == ["runner", "pipeline"]


def test_turns_are_granted_in_the_order_asked():
    turns, order = WriterTurns(), []
    turns.__enter__()
    threads = []
    for name in "abc":
        t = threading.Thread(target=lambda n=name: (turns.__enter__(), order.append(n), turns.__exit__(None, None, None)))
        t.start()
        threads.append(t)
        _queued(turns, len(threads) + 1)
    turns.__exit__(None, None, None)
    for t in threads:
        t.join(5)
    assert order == ["a", "b", "c"]


def test_nested_scopes_in_one_thread_do_not_wait_for_themselves(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}", TEST_SEALER)
    ServiceState.__table__.create(engine)
    with session_scope(engine) as outer:
        outer.add(ServiceState(key="a", value="1"))
        outer.commit()  # as the sender's retry does before recording a failure
        with session_scope(engine) as inner:
            inner.add(ServiceState(key="b", value="2"))
    with session_scope(engine) as check:
        assert set(check.exec(select(ServiceState.key)).all()) == {"a", "b"}
