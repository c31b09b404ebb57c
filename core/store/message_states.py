"""A stored mail's states and the one function per column that changes them.

`state` — what the pipeline did with the mail:

    pending ──handled──▶ processed
       │  ▲
       │  └── retry (quarantine retry) ──┐
       └──a handler broke / too big──▶ quarantined ──retry, header only──▶ refetch ──raw loaded──▶ pending
       │                                    ▲                                  │
       │                                    └───────raw gone or still too big──┘
       └──a part of a longer letter──▶ held ──the set is whole, or waited long enough──▶ processed (or quarantined)

`held`: one mail of a letter sent as several ("客户来信（1/2）"), waiting for the other
parts (complaints/handlers/letter_parts.py); like `pending` its server copy stays in the inbox.

`server_state` — where its server copy is (`ingest/filing.py` files it once the mail is
handled): `inbox` waits to be filed, `moved` is filed (Processed or Quarantine), `gone`
could not be found on the server. A retried quarantined mail waits to be filed again.
The columns stay strings; the code reads and writes these enums.
"""

from __future__ import annotations

from enum import StrEnum

from core.store.models import Message


class MessageState(StrEnum):
    PENDING = "pending"
    PROCESSED = "processed"
    QUARANTINED = "quarantined"
    REFETCH = "refetch"      # only its header is stored: load the raw from the server first
    HELD = "held"            # a part of a longer letter, waiting for the rest of it


class ServerCopy(StrEnum):
    INBOX = "inbox"          # still to be filed
    MOVED = "moved"          # filed (Processed, or Quarantine)
    GONE = "gone"            # not found on the server when it was to be filed


_M, _C = MessageState, ServerCopy
STATE_MOVES: dict[MessageState, frozenset[MessageState]] = {
    _M.PENDING: frozenset({_M.PROCESSED, _M.QUARANTINED, _M.HELD}),
    _M.HELD: frozenset({_M.PROCESSED, _M.QUARANTINED}),
    _M.PROCESSED: frozenset(),
    _M.QUARANTINED: frozenset({_M.PENDING, _M.REFETCH}),
    _M.REFETCH: frozenset({_M.PENDING, _M.QUARANTINED}),
}
COPY_MOVES: dict[ServerCopy, frozenset[ServerCopy]] = {
    _C.INBOX: frozenset({_C.MOVED, _C.GONE}),
    _C.MOVED: frozenset({_C.INBOX}),  # a retried mail is filed again (Quarantine → Processed)
    _C.GONE: frozenset(),
}


class IllegalMove(ValueError):
    """A change of state the pipeline does not make (a bug in the caller)."""


def set_message_state(msg: Message, to: MessageState) -> None:
    """The one writer of `Message.state` once a row exists (its first state is given at insert)."""
    if to not in STATE_MOVES[MessageState(msg.state)]:
        raise IllegalMove(f"message {msg.id}: cannot go from {msg.state} to {to}")
    msg.state = to


def set_server_copy(msg: Message, to: ServerCopy) -> None:
    """The one writer of `Message.server_state` once a row exists."""
    if to not in COPY_MOVES[ServerCopy(msg.server_state)]:
        raise IllegalMove(f"message {msg.id}: its server copy cannot go from {msg.server_state} to {to}")
    msg.server_state = to
