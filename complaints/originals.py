"""The scanned letter or form a case was read from, kept with the case and sent with it.

The case records which stored mail and which of its files were read (`fields["originals"]`);
the bytes stay where ingest stored them, in the raw mail, and are taken out again when a
mail to the unit must carry them (the 督办 mail, a re-routing). A letter sent as several
mails has its originals in several stored mails: each file is then recorded with its mail
(`{"parts": [{"message", "file", "name"}]}`, `name` being what the unit's copy calls it).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlmodel import Session

from core.store.models import Case, Message
from parsers.mail import parse_message

Source = tuple[int, str]
"""Where a file of a joined letter is: (stored mail's id, the file's name in that mail)."""


def record_originals(case: Case, message: Message, filenames: tuple[str, ...],
                     sources: Mapping[str, Source] | None = None) -> None:
    """Notes on the case which files of which stored mail are its originals; `sources` says,
    for a letter joined from several mails, which mail each file came from."""
    if not filenames:
        return
    if sources is None:
        case.fields = {**case.fields, "originals": {"message": message.id, "files": list(filenames)}}
        return
    parts = [{"message": sources[name][0], "file": sources[name][1], "name": name} for name in filenames]
    case.fields = {**case.fields, "originals": {"parts": parts}}


def add_originals(case: Case, message: Message, filenames: tuple[str, ...]) -> None:
    """A late part's files join the case's originals (a later 督办 mail carries them too)."""
    if not filenames:
        return
    parts = [*_entries(case), *({"message": message.id, "file": name, "name": name} for name in filenames)]
    case.fields = {**case.fields, "originals": {"parts": parts}}


def _entries(case: Case) -> list[dict]:
    kept = (case.fields or {}).get("originals") or {}
    if "parts" in kept:
        return list(kept["parts"])
    if kept.get("message") is None:
        return []
    return [{"message": kept["message"], "file": name, "name": name} for name in kept.get("files") or []]


def original_files(session: Session, case: Case) -> list[tuple[str, str, bytes]]:
    """(name, content type, bytes) of the case's originals, in the order they were attached."""
    found: list[tuple[str, str, bytes]] = []
    attachments_of: dict[int, dict] = {}
    for entry in _entries(case):
        if entry["message"] not in attachments_of:
            attachments_of[entry["message"]] = _attachments(session, entry["message"])
        att = attachments_of[entry["message"]].get(entry["file"])
        if att is not None:
            found.append((entry["name"], att.content_type, att.data))
    return found


def _attachments(session: Session, message_pk: int) -> dict:
    row = session.get(Message, message_pk)
    if row is None:
        return {}
    return {att.filename: att for att in reversed(parse_message(row.raw).attachments)}
