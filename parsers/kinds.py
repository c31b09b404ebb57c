"""Signals on a parsed message: is it an auto-reply, a bounce, and which cases does it name?

Pure and without configuration: each function reads only the message. An auto-reply or a
bounce is an expected outcome the caller records as a value, never a failure.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import re
import unicodedata
from dataclasses import dataclass

from parsers.charsets import decode_bytes, decode_header_value
from parsers.mail import ParsedMessage

_AUTO_PRECEDENCE = {"bulk", "junk", "list", "auto_reply", "auto-reply"}
_SUPPRESS_MARKS = ("all", "oof", "autoreply")
_AUTO_SUBJECT = re.compile(
    r"^\W*(?:(?:re|回复|答复)\s*[:：]\s*)?[\[【(（]?\s*"
    r"(自动回复|自動回覆|自動回復|自动答复|系统自动回复|auto[- ]?reply|automatic reply|autoreply|"
    r"out of (?:the )?office|休假|不在办公室)"
    r"|\bis out of the office\b|\bout of office autoreply\b",
    re.IGNORECASE,
)
_DAEMON_SENDERS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|maildelivery)@", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery status notification|delivery failure|failure notice|returned mail|"
    r"mail delivery (?:failed|system)|系统退信|退信|投递失败|无法投递|未能送达",
    re.IGNORECASE,
)
_CASE_ID = re.compile(r"(?<![A-Za-z0-9])TS-(\d{4})-(\d{6})(?!\d)", re.IGNORECASE)
_MESSAGE_ID_LINE = re.compile(r"^message-id:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_NOTE_RECIPIENT = re.compile(r"^<([^<>\s]+@[^<>\s]+)>:", re.MULTILINE)
_REPORT_HEADERS = {"text/rfc822-headers", "message/rfc822-headers"}


@dataclass(frozen=True)
class Bounce:
    original_message_ids: tuple[str, ...]
    failed_recipients: tuple[str, ...]
    status: str
    diagnostic: str


def auto_reply_reason(msg: ParsedMessage) -> str | None:
    """Why this message looks machine-written (RFC 3834 and common practice), or None."""
    headers = msg.headers
    submitted = headers.get("auto-submitted", "").strip().lower()
    if submitted and submitted.split(";")[0].strip() != "no":
        return f"Auto-Submitted: {headers['auto-submitted']}"
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in _AUTO_PRECEDENCE:
        return f"Precedence: {headers['precedence']}"
    autoreply = headers.get("x-autoreply")
    if autoreply is not None and autoreply.strip().lower() not in ("no", "false", "0"):
        return f"X-Autoreply: {autoreply}"
    suppress = headers.get("x-auto-response-suppress", "").lower()
    if any(mark in suppress for mark in _SUPPRESS_MARKS):
        return f"X-Auto-Response-Suppress: {headers['x-auto-response-suppress']}"
    if _AUTO_SUBJECT.search(msg.subject):
        return f"subject: {msg.subject}"
    return None


def case_ids_in(text: str) -> tuple[str, ...]:
    """Case ids (TS-YYYY-NNNNNN) named in a text, in order, once each; full-width tolerated."""
    normal = unicodedata.normalize("NFKC", text)
    found = (f"TS-{year}-{number}" for year, number in _CASE_ID.findall(normal))
    return tuple(dict.fromkeys(found))


def bounce_info(msg: ParsedMessage, raw: bytes) -> Bounce | None:
    """The delivery failure this message reports (RFC 3464 DSN or a mailer-daemon note), or None."""
    if b"delivery-status" not in raw.lower() and not _looks_like_bounce(msg):
        return None  # no part can be message/delivery-status: skip parsing the mail again
    report = email.message_from_bytes(raw, policy=email.policy.compat32)
    status_part = _find(report, "message/delivery-status")
    if status_part is None and not _looks_like_bounce(msg):
        return None
    if status_part is not None:
        recipients = _recipient_fields(status_part)
    else:  # an unstructured note (qmail and friends): "<address>:" lines name the failures
        recipients = [{"final-recipient": address} for address in _NOTE_RECIPIENT.findall(msg.text)]
    failed = [fields for fields in recipients if fields.get("action", "failed").lower() == "failed"]
    chosen = failed[0] if failed else (recipients[0] if recipients else {})
    return Bounce(
        original_message_ids=_original_ids(report, msg),
        failed_recipients=tuple(dict.fromkeys(_address_of(f) for f in failed if _address_of(f))),
        status=chosen.get("status", "").strip(),
        diagnostic=_diagnostic(chosen.get("diagnostic-code", "")),
    )


def _looks_like_bounce(msg: ParsedMessage) -> bool:
    content_type = msg.headers.get("content-type", "").lower()
    if "multipart/report" in content_type and "delivery-status" in content_type:
        return True
    if _DAEMON_SENDERS.match(msg.from_address):
        return True
    null_sender = msg.headers.get("return-path", "").replace(" ", "") == "<>"
    return null_sender and _BOUNCE_SUBJECT.search(msg.subject) is not None


def _find(message: email.message.Message, content_type: str) -> email.message.Message | None:
    for part in message.walk():
        if part.get_content_type() == content_type:
            return part
    return None


def _recipient_fields(status_part: email.message.Message) -> list[dict[str, str]]:
    """Per-recipient field groups of a message/delivery-status part (first group is per-message)."""
    payload = status_part.get_payload()
    if isinstance(payload, list):
        groups = [{k.lower(): _unfold(v) for k, v in block.items()} for block in payload]
    else:
        groups = _field_groups(decode_bytes(status_part.get_payload(decode=True) or b"", None))
    return [group for group in groups if "final-recipient" in group or "original-recipient" in group]


def _field_groups(text: str) -> list[dict[str, str]]:
    groups: list[dict[str, str]] = [{}]
    last = ""
    for line in text.splitlines():
        if not line.strip():
            groups.append({})
        elif line[:1] in (" ", "\t") and last:
            groups[-1][last] += " " + line.strip()
        elif ":" in line:
            name, value = line.split(":", 1)
            last = name.strip().lower()
            groups[-1][last] = value.strip()
    return [group for group in groups if group]


def _unfold(value: object) -> str:
    return re.sub(r"\s*\r?\n\s*", " ", str(value)).strip()


def _address_of(fields: dict[str, str]) -> str:
    value = fields.get("final-recipient") or fields.get("original-recipient") or ""
    return value.split(";", 1)[-1].strip().strip("<>").lower()


def _diagnostic(value: str) -> str:
    return re.sub(r"^(smtp|x-postfix|x-unix)\s*;\s*", "", value.strip(), flags=re.IGNORECASE)


def _original_ids(report: email.message.Message, msg: ParsedMessage) -> tuple[str, ...]:
    """Message-IDs of the returned message: its headers part, its rfc822 part, or the text."""
    ids: list[str] = []
    for part in report.walk():
        content_type = part.get_content_type()
        if content_type in _REPORT_HEADERS:
            text = decode_bytes(part.get_payload(decode=True) or b"", None)
            ids.extend(_MESSAGE_ID_LINE.findall(_unfold_headers(text)))
        elif content_type == "message/rfc822" and isinstance(part.get_payload(), list):
            inner = part.get_payload(0)
            if inner.get("message-id"):
                ids.append(re.sub(r"\s+", "", decode_header_value(inner.get("message-id"))))
    if not ids:
        body = decode_bytes(_raw_text_of(report), None)
        ids = [found for found in _MESSAGE_ID_LINE.findall(_unfold_headers(body)) if found != msg.message_id]
    return tuple(dict.fromkeys(ids))


def _unfold_headers(text: str) -> str:
    return re.sub(r"\r?\n[ \t]+", " ", text)


def _raw_text_of(message: email.message.Message) -> bytes:
    """The decoded bytes of every non-multipart part, for searching unstructured bounces."""
    chunks = []
    for part in message.walk():
        if not part.is_multipart():
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                chunks.append(data)
    return b"\n".join(chunks)
