"""From a parsed mail to the facts of a new case: the form's fields, or a letter's, classified.

Pure but for OCR: a ParsedMessage, its channel and the directory in, an `Intake` value
out. The acceptance form (an attachment, typed or scanned) wins over the mail body; without
one, the letter is the scans (read in attachment order, one letter) and the body: a body
that is only a cover note ("请查阅附件", a scanner's device report) is left out of the
letter, a body with words of its own is kept beside the scan's text. An attachment that
cannot be read is noted, and the mail is still read from what can be.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from complaints.reasons import clerk_reason
from core.channels import Channel
from core.config import Directory
from core.errors import HostileInput, ParseError
from parsers.attached_scans import ScanReading, is_scan, letter_text, read_scans
from parsers.body_form import parse_body_form
from parsers.categories import classify
from parsers.cover_note import is_cover_note
from parsers.documents import NeedsOcr, is_form_attachment, parse_form_document
from parsers.form_fields import FormFields
from parsers.forwards import Forwarded, forwarded_original
from parsers.loose_dates import labelled_time, letter_date
from parsers.letters import extract_letter, find_units
from parsers.mail import MailAttachment, ParsedMessage
from parsers.mail_signature import without_mail_signature
from parsers.registrations import registered_time
from parsers.severity_signals import severity_signals
from router.complaint import Complaint, Signal

SCAN_TEXT_HEADING = "【扫描件内容】"


@dataclass(frozen=True)
class Intake:
    """What a new case is made of, before routing."""

    channel: str
    acceptance_number: str | None
    customer_name: str | None
    customer_phone: str | None
    customer_id_number: str | None
    customer_account: str | None
    customer_email: str | None
    content: str
    request: str
    category: str | None
    cause: str | None
    urgency: str | None
    unit_field: str | None
    source: str  # "form:<filename>" or "letter:body" / "letter:<filename>"
    fields: dict[str, Any] = field(default_factory=dict)
    complaint: Complaint | None = None
    texts: dict[str, str] = field(default_factory=dict)  # "body", "scan": each text the letter was read from
    originals: tuple[str, ...] = ()  # the form or scans the case was read from; they travel with the case
    unreadable: tuple[tuple[str, str], ...] = ()  # (file name, why) of attachments that could not be read
    original: dict[str, str] = field(default_factory=dict)  # a forwarded complaint's author, date, subject
    complained_at: datetime | None = None  # the complaint's own date: 受理时间, the original mail's, the letter's


@dataclass(frozen=True)
class _Documents:
    """What the attachments gave: the first form, the scans read, and the failures."""

    form: FormFields | None = None
    form_name: str = ""
    scans: tuple[ScanReading, ...] = ()
    errors: tuple[tuple[str, str], ...] = ()  # (file name, why it could not be read)

    def why(self) -> str:
        return "；".join(f"附件「{name}」{reason}" for name, reason in self.errors)


def read_complaint(msg: ParsedMessage, channel: str, directory: Directory) -> Intake:
    """The case facts of a new-complaint mail; raises ParseError when nothing usable is in it.

    A forwarded complaint is read from inside: its text, author and date are the forwarded
    message's; the forwarder (msg.from_address) stays the channel's source. The complaint's
    own date (a form's 受理时间, the forwarded mail's date, the date a letter is signed with)
    is `complained_at`, from which its time limits count. A registration the branch's own
    people typed (walk_in, not a forward) is read as theirs: its signature is the clerk's."""
    forward = forwarded_original(msg)
    reading = msg if forward is None else replace(msg, text=forward.text, html=None)
    intake = _read(reading, channel, directory, registered=channel == Channel.WALK_IN and forward is None)
    if forward is not None:
        intake = _with_forward(intake, forward, directory)
    return replace(intake, complained_at=_complained_at(intake, forward, msg.date))


def _with_forward(intake: Intake, forward: Forwarded, directory: Directory) -> Intake:
    """The forwarded complaint is the content, whether it came inline or attached; the
    forwarder's note ("转你行处理，请按规定时限反馈结果") is context, kept on the case
    (texts["forward_note"], and a note in its trail when it says something of its own),
    and the units it names route the case only when the complaint itself names none."""
    intake = replace(intake, original=_original(forward),
                     texts={**intake.texts, **({"forward_note": forward.note} if forward.note else {})})
    if intake.complaint is None or intake.complaint.unit_mentions or not forward.note:
        return intake
    named = tuple(u.code for u in find_units(forward.note, directory))
    return replace(intake, complaint=replace(intake.complaint, unit_mentions=named)) if named else intake


def _original(forward: Forwarded) -> dict[str, str]:
    return {"sender": forward.sender_address, "sender_name": forward.sender_name, "subject": forward.subject,
            "date": forward.date.isoformat() if forward.date else "", "kind": forward.kind}


def _complained_at(intake: Intake, forward: Forwarded | None, arrived: datetime | None) -> datetime | None:
    accepted = (intake.fields.get("accepted_at") or {}).get("value") if intake.source.startswith("form:") else None
    if accepted:
        return labelled_time(accepted, arrived)
    if forward is not None and forward.date is not None:
        return forward.date
    if intake.source.startswith("letter:"):
        taken = registered_time(intake.texts.get("body") or "", arrived)
        return taken or letter_date(intake.texts.get("scan") or intake.content, arrived)
    return None


def _read(msg: ParsedMessage, channel: str, directory: Directory, registered: bool = False) -> Intake:
    docs = _read_documents(msg.attachments)
    if docs.form is not None:
        intake = _from_form(msg, channel, docs.form, docs.form_name, directory)
        return _with_notes(intake, docs, originals=(docs.form_name,))
    body_form = parse_body_form(msg.text)
    if body_form is not None:
        return _with_notes(_from_form(msg, channel, body_form, "mail body", directory), docs)
    text, source, texts = _letter_text(msg, docs)
    if not text.strip() or (docs.errors and "scan" not in texts and is_cover_note(text)):
        why = docs.why() if docs.errors else "邮件正文为空且没有可识别的受理单附件"
        raise ParseError(f"无法读取投诉内容：{why}")
    intake = _from_letter(msg, channel, text, source, directory, registered and source == "letter:body")
    scanned = tuple(r.filename for r in docs.scans if r.text)
    return _with_notes(Intake(**{**intake.__dict__, "texts": texts}), docs, originals=scanned)


def _read_documents(attachments: tuple[MailAttachment, ...]) -> _Documents:
    """Typed forms first (no OCR); then every scan, once, in order. Failures are collected."""
    errors: list[tuple[str, str]] = []
    scans: list[MailAttachment] = []
    for att in attachments:
        if not (is_form_attachment(att.filename, att.content_type) or is_scan(att)):
            continue
        try:
            form = parse_form_document(att.data, att.filename, att.content_type, ocr=False)
        except NeedsOcr:
            scans.append(att)
            continue
        except HostileInput:
            raise
        except ParseError as exc:
            errors.append((att.filename, clerk_reason(exc)))
            continue
        if _looks_like_form(form):
            return _Documents(form=form, form_name=att.filename, errors=tuple(errors))
    readings = read_scans(scans) if scans else ()
    errors += [(r.filename, clerk_reason(r.error)) for r in readings if r.error]
    form_scan = next((r for r in readings if r.form is not None), None)
    if form_scan is not None:
        return _Documents(form=form_scan.form, form_name=form_scan.filename, scans=readings, errors=tuple(errors))
    return _Documents(scans=readings, errors=tuple(errors))


def _looks_like_form(form: FormFields) -> bool:
    return bool(form.get("content") or form.get("unit") or form.get("customer_name"))


def _with_notes(intake: Intake, docs: _Documents, originals: tuple[str, ...] = ()) -> Intake:
    """The files the case was read from (a typed or scanned form, the letter's scans) travel
    with it to the unit; the ones that could not be read are noted."""
    return Intake(**{**intake.__dict__, "originals": originals, "unreadable": docs.errors})


def _from_form(msg: ParsedMessage, channel: str, form: FormFields, name: str, directory: Directory) -> Intake:
    content = form.get("content") or msg.text.strip()
    request = form.get("request") or ""
    letter = extract_letter(f"{content}\n{request}", directory)
    klass = classify(f"{content}\n{request}", form.get("category"))
    intake = Intake(
        channel=channel,
        acceptance_number=form.get("acceptance_number"),
        customer_name=form.get("customer_name"),
        customer_phone=_digits(form.get("phone")),
        customer_id_number=form.get("id_number"),
        customer_account=_digits(form.get("account")),
        customer_email=form.get("customer_email"),
        content=content,
        request=request,
        category=klass.business,
        cause=klass.cause,
        urgency=form.get("urgency"),
        unit_field=form.get("unit"),
        source=f"form:{name}",
        fields={k: {"value": v.value, "confidence": v.confidence, "label": v.label} for k, v in form.fields.items()},
    )
    return _with_complaint(intake, msg, letter, klass)


def _from_letter(msg: ParsedMessage, channel: str, text: str, source: str, directory: Directory,
                 registered: bool = False) -> Intake:
    letter = extract_letter(text, directory, registered)
    klass = classify(text, None)
    request = letter.request.value if letter.request else ""
    intake = Intake(
        channel=channel,
        acceptance_number=None,
        customer_name=letter.complainant.value if letter.complainant else None,
        customer_phone=letter.phones[0].value if letter.phones else None,
        customer_id_number=letter.id_numbers[0].value if letter.id_numbers else None,
        customer_account=letter.accounts[0].value if letter.accounts else None,
        customer_email=letter.email.value if letter.email else None,
        content=text.strip(),
        request=request,
        category=klass.business,
        cause=klass.cause,
        urgency=None,
        unit_field=None,
        source=source,
        fields={"letter_units": [u.code for u in letter.units]},
    )
    return _with_complaint(intake, msg, letter, klass)


def _with_complaint(intake: Intake, msg: ParsedMessage, letter, klass) -> Intake:
    text = f"{intake.content}\n{intake.request}"
    signals = tuple(Signal(kind=s.kind, word=s.word, level=s.level) for s in severity_signals(text))
    complaint = Complaint(
        channel=intake.channel,
        text=text,
        unit_field=intake.unit_field,
        # the units the letter complains about lead; a unit named only as the place a card was
        # opened, or thanked, is not the one to answer
        unit_mentions=tuple(u.code for u in (letter.complained_units() or letter.units)),
        unit_doubt=None if intake.unit_field else letter.unit_doubt,
        business=klass.business,
        business_sub=klass.business_sub,
        urgency=intake.urgency,
        signals=signals,
        source_address=msg.from_address or None,
        customer_phone=intake.customer_phone,
        acceptance_number=intake.acceptance_number,
    )
    return Intake(**{**intake.__dict__, "complaint": complaint})


def _letter_text(msg: ParsedMessage, docs: _Documents) -> tuple[str, str, dict[str, str]]:
    """The letter: the scans' text, and the body unless it is only a cover note for them.

    Returns (text, source, texts by origin). Both texts are kept when the body says
    something of its own; the body alone when nothing was scanned. The sender's signature
    block and disclaimer at the body's end are no part of the letter."""
    body = without_mail_signature(msg.text).strip()
    scanned = letter_text(docs.scans)
    names = [r.filename for r in docs.scans if r.text and r.form is None]
    if not scanned:
        return body, "letter:body", ({"body": body} if body else {})
    source = "letter:" + "、".join(names)
    if not body or is_cover_note(body):
        return scanned, source, {"scan": scanned, **({"cover_note": body} if body else {})}
    both = f"{body}\n\n{SCAN_TEXT_HEADING}\n{scanned}"
    return both, "letter:body+" + "、".join(names), {"body": body, "scan": scanned}


def _digits(value: str | None) -> str | None:
    if not value:
        return None
    kept = "".join(ch for ch in value if ch.isdigit() or ch == "-")
    return kept or value.strip()
