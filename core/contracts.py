"""The house's extension points: the shape of each kind of component, before its instances.

Like Mailman's `IRule` / `IHandler`: every component has a `name` (what logs, explanations
and tests call it) and one job. Adding one is adding an instance to its table:

| contract             | its table                                                     |
|----------------------|---------------------------------------------------------------|
| `ClassificationRule` | `complaints/classify.py` `_RULES` — ordered: the first answer wins |
| `Handler`            | `complaints/pipeline.py` `HANDLERS`, `CHANNEL_HANDLERS`        |
| `RoutingRule`        | `router/rules.py` `UNIT_RULES` — ordered; every outcome recorded |
| `Command`            | the staff command table — one row per command                  |
| `SentFolder`         | what `outbox/sender.py` asks; the IMAP adapter `core.imap.ImapSentFolder` answers |

tests/core/test_contracts.py checks every instance of those tables against its shape.
On the ground floor, so every floor can name them; the method signatures name the stages'
types as strings (this module describes, it imports none of the tables it describes).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable



@runtime_checkable
class Handler(Protocol):
    """Does the work for one kind of mail, in the pipeline's transaction; returns a one-line
    outcome for the log. Raises `ComplaintsError` for what a person must look at (the mail
    is quarantined with that reason)."""

    name: str

    def __call__(self, session: "Session", ctx: "Context", row: "Message", msg: "ParsedMessage",
                 found: "Classified") -> str: ...


@runtime_checkable
class ClassificationRule(Protocol):
    """Says what kind of mail this is, with the reason a person reads, or None to let the
    next rule decide. Pure: case lookups come in through `cases`."""

    name: str

    def __call__(self, msg: "ParsedMessage", raw: bytes, settings: "Settings", cases: "CaseFinder",
                 *context: Any) -> "Classified | None": ...


@runtime_checkable
class RoutingRule(Protocol):
    """Proposes units for a complaint with a reason, or misses with one (recorded either way)."""

    name: str
    title: str       # what the rule looks at, in Chinese, for explanations
    explicit: bool   # the complaint itself names these units: they join a decision as co-units
    check: Callable[["Complaint", "Directory"], "RuleOutcome"]


@runtime_checkable
class Command(Protocol):
    """A staff command: its name, the words that call it, who may use it, what it does."""

    name: str
    words: tuple[str, ...]   # the Chinese verb first, then aliases and slash forms
    roles: Collection[Any]   # who may use it
    handle: Callable[..., Any]


@dataclass(frozen=True)
class Named:
    """A plain function given the name its table shows: a `Handler` or `ClassificationRule`."""

    name: str
    fn: Callable[..., Any]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.fn(*args, **kwargs)


@runtime_checkable
class SentFolder(Protocol):
    """The Sent folder as the sender sees it: is a copy of this mail there? Asked after a
    crash. The server files a copy (the *receipt*) of every mail it accepts; a row in doubt is
    sent again only when no receipt is found. The outbox never talks IMAP itself."""

    name: str  # the folder's name, for log lines and errors

    def holds(self, message_id: str) -> bool:
        """Is a copy with this Message-ID in the folder? Raises `TransientMailError` when the
        folder cannot be read (the sender must then not guess)."""
        ...
