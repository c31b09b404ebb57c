"""Builders and readers shared by the lifecycle tests: forms with an e-mail row, filled 督办单, replies, mailboxes.

No tests here: the functions put real mail through the real servers and read what came back.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import io

from docx import Document
from sqlmodel import Session, select

from complaints.context import Context
from complaints.sample_mail import DOCX_TYPE, acceptance_form_docx, complaint_mail, reply_address_of
from core.store.models import Case, Event
from tests.support.env import SERVICE, run_until_idle

SANYUAN = "sanyuan@branch.example"
MEILIE = "meilie@branch.example"
CHENGGUAN = "chengguan@branch.example"
CLERK1 = "clerk1@branch.example"
CLERK2 = "clerk2@branch.example"
VP1 = "vp1@branch.example"
PRESIDENT = "president@branch.example"
CUSTOMER = "customer@customer.example"

FORM = {
    "acceptance_number": "CSC-20261126-0001", "accepted_at": "2026-11-26 09:12", "channel": "省行客户服务中心",
    "customer_name": "陈晓梅", "phone": "13859012345", "unit": "三元支行", "category": "人民币储蓄",
    "content": "客户反映在三元支行营业部办理定期存款支取，排队等候一个半小时，柜员态度冷淡。",
    "request": "要求网点说明原因并道歉。", "urgency": "一般", "accepted_by": "省行客服 林芳",
}


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def text_of(raw: bytes) -> str:
    return parse(raw).get_body(("plain",)).get_content()


def docx_of(raw: bytes) -> bytes:
    """The mail's one .docx — of a 督办 mail, its 督办单: the source's own form travels beside it."""
    docx = [p for p in parse(raw).iter_attachments() if p.get_filename().endswith(".docx")]
    [part] = [p for p in docx if p.get_filename().startswith("督办单-")] if len(docx) > 1 else docx
    return part.get_content()


def docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    return "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])


def with_subject(mail, user: str, words: str, count: int = 1, timeout: float = 20) -> list[bytes]:
    """Wait until `user` holds `count` mails whose subject contains `words`; return them."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        found = [m for m in mail.messages(user) if words in str(parse(m)["Subject"])]
        if len(found) >= count:
            return found
        if time.monotonic() > deadline:
            subjects = [str(parse(m)["Subject"]) for m in mail.messages(user)]
            raise AssertionError(f"{user}: {len(found)} mail(s) with {words!r}, expected {count}; have {subjects}")
        time.sleep(0.1)


def form_with_email(fields: dict[str, str], customer_email: str | None) -> bytes:
    """The sample acceptance form, with an 电子邮箱 row when the customer gave an address."""
    data = acceptance_form_docx(fields)
    if not customer_email:
        return data
    doc = Document(io.BytesIO(data))
    row = doc.tables[0].add_row()
    row.cells[0].text, row.cells[1].text = "电子邮箱", customer_email
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def csc_form_mail(fields: dict[str, str], *, customer_email: str | None = None, sender: str = "csc@province.example",
                  message_id: str | None = None) -> bytes:
    number = fields.get("acceptance_number", "")
    return complaint_mail(sender=sender, to=SERVICE, subject=f"客户投诉受理单 {number}",
                          body=f"请处理附件中的客户投诉受理单（编号 {number}）。",
                          attachments=((f"投诉受理单{number}.docx", DOCX_TYPE, form_with_email(fields, customer_email)),),
                          message_id=message_id)


def filled_supervision_form(form: bytes, *, result: str, handler: str, handled_at: str, satisfaction: str = "") -> bytes:
    """The 督办单 as a unit sends it back: its 处理情况反馈 table filled in Word."""
    doc = Document(io.BytesIO(form))
    values = {"处理情况": result, "经办人": handler, "处理日期": handled_at, "客户满意度": satisfaction}
    for row in doc.tables[-1].rows:
        label = row.cells[0].text.strip()
        if label in values and values[label]:
            row.cells[1].text = values[label]
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def reply_to(original: bytes, *, sender: str, body: str, subject: str | None = None,
             attachments: tuple[tuple[str, str, bytes], ...] = (), threaded: bool = True) -> bytes:
    """A reply as a mail client writes it: quoted original, threaded (unless told not to)."""
    parent = parse(original)
    quoted = "\n".join("> " + line for line in text_of(original).splitlines())
    refs = tuple(str(parent.get("References", "")).split()) + (str(parent["Message-ID"]),)
    text = f"{body}\n\n-----原始邮件-----\n发件人: {parent['From']}\n主题: {parent['Subject']}\n\n{quoted}\n"
    return complaint_mail(sender=sender, to=reply_address_of(original), subject=subject or f"回复：{parent['Subject']}",
                          body=text,
                          attachments=attachments, in_reply_to=str(parent["Message-ID"]) if threaded else None,
                          references=refs if threaded else ())


def submit(mail, ctx: Context, raw: bytes, sender: str) -> None:
    """Send one mail to the address its To names (the service, or the Reply-To a reply goes
    to) and run passes until everything it causes is done."""
    mail.send(raw, sender, [to_address(raw)])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)


def to_address(raw: bytes) -> str:
    return email.utils.parseaddr(str(parse(raw)["To"]))[1]


def case_of(ctx: Context, case_id: str) -> Case:
    with Session(ctx.engine) as session:
        return session.get(Case, case_id)


def only_case(ctx: Context) -> Case:
    with Session(ctx.engine) as session:
        [case] = session.exec(select(Case)).all()
        return case


def kinds(ctx: Context, case_id: str) -> list[str]:
    with Session(ctx.engine) as session:
        return [e.kind for e in session.exec(select(Event).where(Event.case_id == case_id)
                                             .order_by(Event.at, Event.id)).all()]
