"""The digest mail to the union office: text and HTML with inline charts, the .docx and .xlsx attached.

Its Message-ID is made from the week alone, so the digest of a week is one mail however
often it is computed: the outbox refuses a second copy and the sender never sends it twice.
"""

from __future__ import annotations

from datetime import datetime

from complaints.digest.render import DigestFiles, render_digest
from complaints.digest.values import DigestFigures
from core.config import Settings
from core.message_ids import make_message_id
from outbox.compose import compose_mail
from outbox.copies import OutgoingMail

KIND = "digest"


def digest_message_id(week_label: str, settings: Settings) -> str:
    """`<digest.2026-W13.k…@branch.example>`: the same for every run about that week."""
    domain = settings.smtp.from_address.rpartition("@")[2]
    return make_message_id(case_id=None, kind=KIND, key=week_label, domain=domain,
                           secret=settings.keyring().current, epoch=settings.message_id_epoch)


def digest_recipients(settings: Settings) -> tuple[str, ...]:
    """`[digest] to`, or the union office when that list is empty."""
    return tuple(settings.digest.to) or (settings.office.address,)


def mail_from_files(files: DigestFiles, settings: Settings, now: datetime) -> OutgoingMail:
    """The mail for already rendered files (the command renders once for --out and --send)."""
    from_address = settings.smtp.from_address
    to = digest_recipients(settings)
    message_id = digest_message_id(files.label, settings)
    raw = compose_mail(
        from_address=from_address, from_name=settings.smtp.from_name, to=to, cc=(),
        subject=files.subject, text=files.text, html=files.html, attachments=files.attachments,
        inline_images=files.inline_images, message_id=message_id, loop_address=from_address, date=now,
    )
    return OutgoingMail(kind=KIND, to=to, cc=(), subject=files.subject, raw=raw, message_id=message_id)


def digest_mail(figures: DigestFigures, settings: Settings, now: datetime) -> OutgoingMail:
    """The complete digest mail for `figures` (kind, to, cc, subject, raw, message_id)."""
    return mail_from_files(render_digest(figures, office_name=settings.office.name,
                                        number_prefix=settings.digest.number_prefix), settings, now)
