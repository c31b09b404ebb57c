"""Builders for sample mail: acceptance forms (.docx) and the mails that carry them.

Used by `complaints demo` and by the tests, so both speak about the same realistic mail:
a 2-column 《投诉受理单》 table made with python-docx, sent as a MIME attachment.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import io
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from docx import Document
from docx.oxml.ns import qn

FORM_LABELS = (
    ("acceptance_number", "受理编号"),
    ("accepted_at", "受理时间"),
    ("channel", "投诉渠道"),
    ("customer_name", "客户姓名"),
    ("phone", "联系电话"),
    ("id_number", "证件号码"),
    ("account", "账(卡)号"),
    ("unit", "被投诉单位"),
    ("category", "业务类别"),
    ("content", "投诉内容"),
    ("request", "客户诉求"),
    ("urgency", "紧急程度"),
    ("accepted_by", "受理人"),
)


def acceptance_form_docx(fields: dict[str, str], *, title: str = "客户投诉受理单") -> bytes:
    """A 《投诉受理单》 as the provincial call centre sends it: title + 2-column label|value table."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    doc.add_heading(title, level=1)
    rows = [(label, fields[key]) for key, label in FORM_LABELS if fields.get(key)]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for (label, value), row in zip(rows, table.rows):
        row.cells[0].text = label
        row.cells[1].text = value
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def complaint_mail(
    *,
    sender: str,
    to: str,
    subject: str,
    body: str,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
    date: datetime | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> bytes:
    """A mail as a person's client would send it (UTF-8, attachments with Chinese names)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime.now().astimezone())
    msg["Message-ID"] = message_id or make_msgid(domain=sender.split("@")[-1])
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    msg.set_content(body)
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes(policy=email.policy.SMTP)


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def form_mail(fields: dict[str, str], *, sender: str, to: str, date: datetime | None = None,
              message_id: str | None = None) -> bytes:
    """The provincial call centre's mail: a short body and the form attached."""
    number = fields.get("acceptance_number", "")
    data = acceptance_form_docx(fields)
    return complaint_mail(
        sender=sender, to=to, subject=f"客户投诉受理单 {number}".strip(),
        body=f"请处理附件中的客户投诉受理单（编号 {number}）。", attachments=((f"投诉受理单{number}.docx", DOCX_TYPE, data),),
        date=date, message_id=message_id,
    )


def reply_mail(original: bytes, *, sender: str, body: str, to: str | None = None,
               date: datetime | None = None) -> bytes:
    """A reply from any client: to the original's Reply-To (else its From), subject kept with
    its tag, quoted original below, threaded."""
    parent = email.message_from_bytes(original, policy=email.policy.default)
    quoted = "\n".join("> " + line for line in (parent.get_body(("plain",)) or parent).get_content().splitlines()) \
        if parent.get_body(("plain",)) is not None else ""
    refs = tuple(str(parent.get("References", "")).split()) + (str(parent["Message-ID"]),)
    text = f"{body}\n\n-----原始邮件-----\n发件人: {parent['From']}\n主题: {parent['Subject']}\n\n{quoted}\n"
    return complaint_mail(sender=sender, to=to or reply_address_of(original), subject=f"回复：{parent['Subject']}",
                          body=text, date=date, in_reply_to=str(parent["Message-ID"]), references=refs)


def reply_address_of(original: bytes) -> str:
    """Where a mail client sends a reply to `original`: its Reply-To, else its From."""
    parent = email.message_from_bytes(original, policy=email.policy.default)
    return email.utils.parseaddr(str(parent.get("Reply-To") or parent.get("From") or ""))[1]
