"""The scanned letter or form a case was read from, kept with the case and sent with it.

The case records which stored mail and which of its files were read (`fields["originals"]`);
the bytes stay where ingest stored them, in the raw mail, and are taken out again when a
mail to the unit must carry them (the 督办 mail, a re-routing).
"""

from __future__ import annotations

from sqlmodel import Session

from core.store.models import Case, Message
from parsers.mail import parse_message


def record_originals(case: Case, message: Message, filenames: tuple[str, ...]) -> None:
    """Notes on the case which files of which stored mail are its originals."""
    if filenames:
        case.fields = {**case.fields, "originals": {"message": message.id, "files": list(filenames)}}


def original_files(session: Session, case: Case) -> list[tuple[str, str, bytes]]:
    """(name, content type, bytes) of the case's originals, in the order they were attached."""
    kept = (case.fields or {}).get("originals") or {}
    row = session.get(Message, kept["message"]) if kept.get("message") is not None else None
    if row is None:
        return []
    wanted = list(kept.get("files") or [])
    attachments = {att.filename: att for att in reversed(parse_message(row.raw).attachments)}
    return [(name, attachments[name].content_type, attachments[name].data) for name in wanted if name in attachments]
