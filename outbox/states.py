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


def moved(state: str, to: OutboxState) -> dict[str, OutboxState]:
    """The column values for a change from `state` to `to`, checked: for UPDATE statements
    that change many rows at once (the sender's claim and its commit of accepted rows)."""
    if to not in MOVES[OutboxState(state)]:
        raise IllegalMove(f"outbound mail cannot go from {state} to {to}")
    return {"state": to}


def move(row: OutboundMail, to: OutboxState) -> None:
    """The one writer of `OutboundMail.state` for a loaded row (other columns are the caller's)."""
    row.state = moved(row.state, to)["state"]
