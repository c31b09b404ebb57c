"""Each state column has one writer: the stored mail's (`core/store/message_states.py`) and
the outbound mail's (`outbox/states.py`), like the case's (`complaints/workflow.py`).

Read from the source with `ast`: outside those two modules no code assigns `.state`,
`.server_state` or `.waiting_on` (why a pending outbound mail waits, written with its state), and
no code passes a bare string as `state=` / `server_state=` / `waiting_on=` (a new row names its
first state with the enum). The transition tables are checked as well: every
state has its row, and "in doubt" is a state, not a note in `last_error`.
"""

from __future__ import annotations

import ast

import pytest

from core.store.message_states import (
    COPY_MOVES,
    STATE_MOVES,
    IllegalMove,
    MessageState,
    ServerCopy,
    set_message_state,
)
from core.store.models import Message, OutboundMail
from outbox.states import MOVES, WAITING, OutboxState, WaitingOn, move, moved
from outbox.states import IllegalMove as IllegalOutboxMove
from tests.support.import_graph import read_graph

WRITERS = {"core.store.message_states", "outbox.states"}
COLUMNS = {"state", "server_state", "waiting_on"}


def _writes(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Assign):
            targets = [t for target in node.targets for t in (target.elts if isinstance(target, ast.Tuple) else [target])]
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        found += [(node.lineno, f".{t.attr} =") for t in targets if isinstance(t, ast.Attribute) and t.attr in COLUMNS]
        if isinstance(node, ast.Call):
            found += [(node.lineno, f"{k.arg}={k.value.value!r}") for k in node.keywords
                      if k.arg in COLUMNS and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)]
    return found


def test_only_the_two_state_modules_write_a_state_column():
    graph = read_graph()
    writes = {m: _writes(ast.parse(path.read_text())) for m, path in graph.modules.items() if m not in WRITERS}
    assert {m: w for m, w in writes.items() if w} == {}


def test_the_check_sees_a_bare_write(tmp_path):
    code = "def f(row, OutboundMail):\n    row.state, row.x = 'sent', 1\n    return OutboundMail(state='pending')\n"
    assert _writes(ast.parse(code)) == [(2, ".state ="), (3, "state='pending'")]
    assert _writes(ast.parse("row.waiting_on = 'relay'\n")) == [(1, ".waiting_on =")]


def test_every_state_has_its_row_of_moves():
    assert set(MOVES) == set(OutboxState) and set(STATE_MOVES) == set(MessageState) and set(COPY_MOVES) == set(ServerCopy)
    assert OutboxState.IN_DOUBT in WAITING and OutboxState.SENT not in WAITING


def test_a_move_the_table_does_not_have_is_refused():
    row = OutboundMail(message_id="<x@y>", kind="ack", subject="", raw=b"", state=OutboxState.SENT,
                       next_attempt_at=None, created_at=None)
    move(row, OutboxState.FAILED)
    assert row.state == OutboxState.FAILED
    with pytest.raises(IllegalOutboxMove):  # failed → sent is no move of the outbox
        move(row, OutboxState.SENT)
    msg = Message(dedup_key="k", sha256="0", raw=b"", size=0, mailbox="INBOX", stored_at=None,
                  state=MessageState.PROCESSED)
    with pytest.raises(IllegalMove):  # a processed mail is not handled again
        set_message_state(msg, MessageState.PENDING)


def test_in_doubt_is_a_state_of_its_own_not_a_note():
    assert OutboxState("in_doubt") is OutboxState.IN_DOUBT
    assert OutboxState.IN_DOUBT in MOVES[OutboxState.SENDING] and OutboxState.SENT in MOVES[OutboxState.IN_DOUBT]


def test_a_deferral_goes_with_a_move_back_to_pending_and_every_other_move_clears_it():
    row = OutboundMail(message_id="<x@y>", kind="ack", subject="", raw=b"", state=OutboxState.SENDING,
                       next_attempt_at=None, created_at=None)
    move(row, OutboxState.PENDING, WaitingOn.RELAY)
    assert (row.state, row.waiting_on) == (OutboxState.PENDING, WaitingOn.RELAY)
    move(row, OutboxState.SENDING)
    assert (row.state, row.waiting_on) == (OutboxState.SENDING, None)
    assert moved(OutboxState.SENDING, OutboxState.SENT) == {"state": OutboxState.SENT, "waiting_on": None}
    with pytest.raises(IllegalOutboxMove):  # a sent or failed mail waits on nothing
        moved(OutboxState.SENDING, OutboxState.FAILED, WaitingOn.BACKOFF)
