"""第六条: the customer's data reaches only those who must call the customer.

A case from form to answer on the real servers; every mail every other mailbox received
(text, HTML and attached documents), and every log line, is scanned for the seeded
customer's name, phone, card number, street address and a third party named with an
honorific. They appear in full only in the lead unit's mails (and in the satisfaction call
to the union staff, who phone the customer for the survey).
"""

from __future__ import annotations

import io
import logging
from datetime import datetime

from docx import Document

from core.clock import BRANCH_ZONE
from tests.integration.test_lifecycle_helpers import (
    CLERK1, FORM, SANYUAN, VP1, csc_form_mail, only_case, parse, reply_to, submit, with_subject,
)
from tests.support.env import CSC, OFFICE, make_test_context

AT = datetime(2026, 8, 3, 9, 30, tzinfo=BRANCH_ZONE)
NAME, PHONE, CARD, STREET = "李桂兰", "13905981234", "6222021234567890123", "和平路12号"
SEEDED = {**FORM, "customer_name": NAME, "phone": PHONE, "urgency": "紧急",
          "content": f"客户{NAME}（卡号{CARD}，家住{STREET}3栋502室）反映在三元支行营业部排队一个半小时，"
                     "同行的周女士也被柜员冷淡对待。"}
SECRETS = (NAME, PHONE, CARD, STREET, "周女士")
OTHERS = (VP1, "vp2@branch.example", "president@branch.example", OFFICE, CSC, "admin@branch.example",
          "meilie@branch.example", "chengguan@branch.example", "card@branch.example")


def everything_in(raw: bytes) -> str:
    """Headers, every text part and the text of every attached .docx."""
    msg = parse(raw)
    out = [f"{k}: {v}" for k, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif (part.get_filename() or "").endswith(".docx"):
            doc = Document(io.BytesIO(part.get_content()))
            out += [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join(out)


def _caller_may_see(raw: bytes, secret: str) -> bool:
    """The satisfaction call (to the staff and the office mailbox they read) has what a call needs."""
    return "请回访客户" in str(parse(raw)["Subject"]) and secret in (NAME, PHONE)


def test_only_the_lead_unit_and_the_callers_see_the_customer(tmp_path, mail, db_url, caplog):
    caplog.set_level(logging.DEBUG)
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(SEEDED), CSC)
    case = only_case(ctx)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    unit_view = everything_in(routing)
    assert all(secret in unit_view for secret in (NAME, PHONE)), "the unit must be able to call the customer"
    assert NAME not in str(parse(routing)["Subject"]), "never in a subject"
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body=f"已致电{NAME}致歉，并调整排班。"), SANYUAN)
    assert with_subject(mail, CLERK1, "请回访客户"), "the satisfaction call goes to the staff"
    assert with_subject(mail, VP1, case.id), "the leader was told"

    leaks = {(who, secret, str(parse(raw)["Subject"])[:30]) for who in OTHERS for raw in mail.messages(who)
             for secret in SECRETS if secret in everything_in(raw) and not _caller_may_see(raw, secret)}
    assert leaks == set(), leaks
    log_text = "\n".join(r.getMessage() for r in caplog.records)
    assert not [s for s in SECRETS if s in log_text], "nothing in the log"
