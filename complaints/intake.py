"""From a parsed mail to the facts of a new case: the form's fields, or a letter's, classified.

Pure: a ParsedMessage, its channel and the directory in, an `Intake` value out. The
acceptance form (an attachment) wins over the mail body; without one, the body (or a
scanned letter's OCR text) is read as a free-text letter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from complaints.config import Directory
from complaints.errors import ParseError
from parsers.body_form import parse_body_form
from parsers.categories import classify
from parsers.documents import is_form_attachment, parse_form_document
from parsers.form_fields import FormFields
from parsers.letters import extract_letter
from parsers.mail import MailAttachment, ParsedMessage
from parsers.severity_signals import severity_signals
from router.complaint import Complaint, Signal

_IMAGE_TYPES = (".jpg", ".jpeg", ".png", ".tif", ".tiff")


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


def read_complaint(msg: ParsedMessage, channel: str, directory: Directory) -> Intake:
    """The case facts of a new-complaint mail; raises ParseError when nothing usable is in it."""
    form, name, errors = _first_form(msg.attachments)
    if form is not None and _looks_like_form(form):
        return _from_form(msg, channel, form, name, directory)
    body_form = parse_body_form(msg.text)
    if body_form is not None:
        return _from_form(msg, channel, body_form, "mail body", directory)
    text, source = _letter_text(msg)
    if not text.strip():
        why = "；".join(errors) if errors else "邮件正文为空且没有可识别的受理单附件"
        raise ParseError(f"无法读取投诉内容：{why}")
    return _from_letter(msg, channel, text, source, directory)


def _first_form(attachments: tuple[MailAttachment, ...]) -> tuple[FormFields | None, str, list[str]]:
    errors: list[str] = []
    for att in attachments:
        if not is_form_attachment(att.filename, att.content_type):
            continue
        try:
            return parse_form_document(att.data, att.filename, att.content_type), att.filename, errors
        except ParseError as exc:
            errors.append(f"附件「{att.filename}」{exc.reason}")
    if errors:
        raise ParseError("受理单附件无法读取：" + "；".join(errors))
    return None, "", errors


def _looks_like_form(form: FormFields) -> bool:
    return bool(form.get("content") or form.get("unit") or form.get("customer_name"))


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


def _from_letter(msg: ParsedMessage, channel: str, text: str, source: str, directory: Directory) -> Intake:
    letter = extract_letter(text, directory)
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
        unit_mentions=tuple(u.code for u in letter.units),
        business=klass.business,
        business_sub=klass.business_sub,
        urgency=intake.urgency,
        signals=signals,
        source_address=msg.from_address or None,
        customer_phone=intake.customer_phone,
        acceptance_number=intake.acceptance_number,
    )
    return Intake(**{**intake.__dict__, "complaint": complaint})


def _letter_text(msg: ParsedMessage) -> tuple[str, str]:
    """The body; for a scanned letter with an empty body, the OCR text of its images."""
    body = msg.text.strip()
    if len(body) >= 20:
        return body, "letter:body"
    from parsers.ocr import ocr_text  # OCR loads a model: only when a scan must be read

    for att in msg.attachments:
        if att.filename.lower().endswith(_IMAGE_TYPES) or att.filename.lower().endswith(".pdf"):
            text = ocr_text(att.data, att.filename)
            if text.strip():
                return text, f"letter:{att.filename}"
    return body, "letter:body"


def _digits(value: str | None) -> str | None:
    if not value:
        return None
    kept = "".join(ch for ch in value if ch.isdigit() or ch == "-")
    return kept or value.strip()
