"""An acceptance form written in the mail body (the call centre's HTML table, or pasted text).

The mail parser already turns HTML tables into `label: value` lines, so the body is read
with the same line pairing as a form's paragraphs. It counts as a form only when it has
the fields that make one: the complaint itself and who or what it is about. The sending
system's notice under the table ("请勿直接回复") is no field's value, nor is a form quoted
under a new complaint typed on top of a thread.
"""

from __future__ import annotations

from parsers.form_fields import FormFields, fields_from_candidates, split_label_value
from parsers.form_layout import pairs_from_lines
from parsers.mail_signature import own_complaint, without_system_notices

BODY_WEIGHT = 0.95  # a typed body is slightly weaker evidence than a form document


def parse_body_form(text: str) -> FormFields | None:
    """The form's fields from a mail body, or None when the body is not a form."""
    lines = _without_signature(without_system_notices(own_complaint(text) or text).splitlines())
    fields = fields_from_candidates(pairs_from_lines(lines, weight=BODY_WEIGHT), source_kind="mail body")
    if fields.get("content") and (fields.get("unit") or fields.get("customer_name")):
        return fields
    return None


def _without_signature(lines: list[str]) -> list[str]:
    """Drop what follows the last `label: value` line when that value is on the line itself:
    in a mail body those lines are the sender's signature, not more of the value."""
    for i in range(len(lines) - 1, -1, -1):
        pair = split_label_value(lines[i].strip())
        if pair is not None:
            return lines[: i + 1] if pair[1].strip() else lines
    return lines
