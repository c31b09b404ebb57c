"""What a reply on a case says: the unit's result (returned form or body), or a customer's verdict.

Pure: a ParsedMessage (or text) in, values out. The returned form wins over the body: a
《督办单》 whose 处理情况反馈 table is filled, or the acceptance form with 处理情况 filled.
Without one, the body is read with its quoted history stripped; labelled lines
(处理情况：… 处理人：… 处理日期：…) are taken apart when the unit wrote them. A bare
"收到" or "正在处理" is not a result.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from core.errors import ParseError
from core.satisfaction import SATISFACTION_LEVELS
from parsers.documents import is_form_attachment, parse_form_document
from parsers.form_fields import RESULT_LABELS
from parsers.mail import ParsedMessage
from parsers.replies import extract_reply


_FIELD_OF = {label: name for name, labels in RESULT_LABELS.items() if name != "handling_unit" for label in labels}
_LABEL = re.compile(
    r"^\s*(?P<label>" + "|".join(sorted(_FIELD_OF, key=len, reverse=True)) + r")\s*[:：]\s*(?P<value>.*)$")
_ACK_ONLY = re.compile(
    r"^(?:好的|好|收到|已收到|收悉|已收悉|已阅|知道了|明白|谢谢|感谢|多谢|正在处理|正在核实|处理中|核实中|"
    r"会尽快处理|尽快处理|马上处理|稍后反馈|随后反馈|ok|[,，.。!！~～、\s])+$", re.IGNORECASE)
_UNSATISFIED = re.compile(r"不满意|不太满意|很不满意|非常不满意|不认可|不接受")
_BASIC = re.compile(r"基本满意|比较满意|还算满意|一般满意")
_SATISFIED = re.compile(r"满意|认可|接受")
_DIGIT_CHOICE = dict(zip("123", SATISFACTION_LEVELS))  # the survey's numbered choices


@dataclass(frozen=True)
class Answer:
    """The unit's answer as read from one mail; `result` is "" when the mail gave none."""

    result: str
    handler: str | None = None
    handled_at: str | None = None
    reported_satisfaction: str | None = None
    source: str = "body"


def read_answer(msg: ParsedMessage) -> Answer:
    """The result of a returned form, else of the reply body."""
    for att in msg.attachments:
        if not is_form_attachment(att.filename, att.content_type):
            continue
        try:
            form = parse_form_document(att.data, att.filename, att.content_type)
        except ParseError:
            continue
        result = (form.get("result") or "").strip()
        if result and not is_acknowledgement_only(result):
            return Answer(result=result, handler=form.get("handler"), handled_at=form.get("handled_at"),
                          reported_satisfaction=satisfaction_in(form.get("satisfaction") or ""),
                          source=f"form:{att.filename}")
    return answer_from_text(msg.text)


def answer_from_text(text: str) -> Answer:
    """The result written in a reply body (own words only), labelled lines taken apart."""
    body = extract_reply(text).strip()
    fields, unlabelled = _labelled(body)
    result = fields.get("result") or ""
    if not result and not fields.get("handler") and not fields.get("handled_at"):
        result = body
    elif not result:
        result = "\n".join(unlabelled).strip()
    if is_acknowledgement_only(result):
        result = ""
    return Answer(result=result, handler=fields.get("handler") or None, handled_at=fields.get("handled_at") or None,
                  reported_satisfaction=satisfaction_in(fields.get("satisfaction", "")), source="body")


def _labelled(body: str) -> tuple[dict[str, str], list[str]]:
    """Values of 处理情况/处理人/… lines (a value runs on to the next label) and the other lines."""
    fields: dict[str, str] = {}
    unlabelled: list[str] = []
    current: str | None = None
    for line in body.split("\n"):
        found = _LABEL.match(line)
        if found:
            current = _FIELD_OF[found["label"]]
            fields[current] = found["value"].strip()
        elif current == "result":
            fields["result"] = f"{fields['result']}\n{line.strip()}".strip()
        else:
            unlabelled.append(line)
    return fields, unlabelled


def is_acknowledgement_only(text: str) -> bool:
    """"收到", "好的，正在处理": an acknowledgement, not a result (empty text counts too)."""
    return not text.strip() or bool(_ACK_ONLY.match(unicodedata.normalize("NFKC", text.strip())))


def satisfaction_in(text: str) -> str | None:
    """满意 / 基本满意 / 不满意 as a customer or clerk wrote it (or 1/2/3), else None."""
    words = unicodedata.normalize("NFKC", extract_reply(text)).strip()
    if not words:
        return None
    if words.strip(" .。") in _DIGIT_CHOICE:
        return _DIGIT_CHOICE[words.strip(" .。")]
    if _UNSATISFIED.search(words):
        return "不满意"
    if _BASIC.search(words):
        return "基本满意"
    if _SATISFIED.search(words):
        return "满意"
    return None
