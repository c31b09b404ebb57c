"""An outbound mail's states and the one function that changes them (like a case's workflow).

    pending ──claim──▶ sending ──250──▶ sent ──bounce──▶ failed ──重发──▶ pending
       ▲                  │  │                              ▲
       └──4xx, released───┘  └─no answer after DATA, or ────┤ 5xx, given up
                                 a crash (lease expired)    │
                                        ▼                   │
                                     in_doubt ──receipt─▶ sent
                                        └──no receipt: sent again (stays in_doubt meanwhile)

`in_doubt` is a state of its own, not a note: the server may hold the mail, so it is never
resent blindly — a sender that can read the Sent folder looks its receipt up first.
The column stays a string (`OutboundMail.state`); the code reads and writes `OutboxState`.

A pending row that an attempt put back says what it waits on in `OutboundMail.waiting_on`
(`WaitingOn`): the relay could not be reached at all, or this mail failed for now (a 4xx). The two wait
differently — the relay's return releases the first at once (`outbox/relay_return.py`, a
plain SQL condition), the second keeps its back-off — so the reason is a value of its own,
not a word in the sealed `last_error` text a person reads. `move` writes it with the state:
set only by a move back to pending, cleared by every other move.
"""

from __future__ import annotations

from enum import StrEnum

from core.store.models import OutboundMail


class OutboxState(StrEnum):
    PENDING = "pending"      # due at next_attempt_at
    SENDING = "sending"      # claimed by a sender until next_attempt_at (the lease)
    IN_DOUBT = "in_doubt"    # the hand-over may have happened: its receipt decides
    SENT = "sent"
    FAILED = "failed"        # permanently refused, bounced, or given up; the office was told


class WaitingOn(StrEnum):
    """What a pending row that an attempt put back waits on (None: not tried yet, or resent)."""

    RELAY = "relay"      # no SMTP session at all (refused, timed out, TLS): the relay's return
    BACKOFF = "backoff"  # a session, but this mail failed for now (a 4xx: a full mailbox,
    #                      greylisting; or the session broke before its data): its back-off


WAITING = (OutboxState.PENDING, OutboxState.SENDING, OutboxState.IN_DOUBT)
"""States of a mail not out yet (a sender may take it once next_attempt_at is due)."""

_S = OutboxState
MOVES: dict[OutboxState, frozenset[OutboxState]] = {
    _S.PENDING: frozenset({_S.SENDING, _S.FAILED}),  # failed: a late bounce of an earlier attempt
    _S.SENDING: frozenset({_S.SENT, _S.PENDING, _S.FAILED, _S.IN_DOUBT}),
    _S.IN_DOUBT: frozenset({_S.IN_DOUBT, _S.SENT, _S.PENDING, _S.FAILED}),
    _S.SENT: frozenset({_S.FAILED}),
    _S.FAILED: frozenset({_S.PENDING}),
}
"""Every allowed change of state; anything else is a bug, not a delivery outcome."""


class IllegalMove(ValueError):
    """A change of state the outbox does not make (a bug in the caller)."""


def moved(state: str, to: OutboxState, waiting_on: WaitingOn | None = None) -> dict[str, str | None]:
    """The column values for a change from `state` to `to`, checked: for UPDATE statements
    that change many rows at once (the sender's claim and its commit of accepted rows). A
    `waiting_on` goes only with a move to pending; any other move clears it."""
    if to not in MOVES[OutboxState(state)]:
        raise IllegalMove(f"outbound mail cannot go from {state} to {to}")
    if waiting_on is not None and to != OutboxState.PENDING:
        raise IllegalMove(f"waiting on {waiting_on} goes only with a move to pending, not to {to}")
    return {"state": to, "waiting_on": waiting_on}


def move(row: OutboundMail, to: OutboxState, waiting_on: WaitingOn | None = None) -> None:
    """The one writer of `OutboundMail.state` and `.waiting_on` for a loaded row (other columns
    are the caller's)."""
    values = moved(row.state, to, waiting_on)
    row.state, row.waiting_on = values["state"], values["waiting_on"]
