"""The walking skeleton on real Dovecot/Postfix and both databases: form in → unit mail → reply → answered."""

from __future__ import annotations

import email
import email.policy
import io
from datetime import datetime

from docx import Document

from complaints.reports import case_detail, case_rows
from complaints.sample_mail import form_mail, reply_address_of, reply_mail
from core.clock import BRANCH_ZONE
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context, run_until_idle

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)

FORM = {
    "acceptance_number": "CSC-20261126-0001", "accepted_at": "2026-11-26 09:12", "channel": "省行客户服务中心",
    "customer_name": "陈晓梅", "phone": "13859012345", "unit": "三元支行", "category": "人民币储蓄",
    "content": "客户反映在三元支行营业部办理定期存款支取，排队等候一个半小时，柜员态度冷淡。",
    "request": "要求网点说明原因并道歉。", "urgency": "一般", "accepted_by": "省行客服 林芳",
}


def _docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_form_to_unit_to_answered(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    mail.send(form_mail(FORM, sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)

    run_until_idle(ctx)

    [case] = case_rows(ctx.engine, AT, reveal=True)
    assert case["status"] == "routed" and case["unit"] == "SY"
    assert case["id"].startswith("TS-2026-") and case["customer_phone"] == "13859012345"
    assert mail.messages(SERVICE, "Processed"), "the source mail is moved to the processed folder"
    assert not mail.messages(SERVICE, "INBOX")

    [routing] = mail.wait_for("sanyuan@branch.example", 1)
    msg = email.message_from_bytes(routing, policy=email.policy.default)
    assert f"[{case['id']}]" in msg["Subject"]
    assert msg["To"] == "sanyuan@branch.example" and msg["Cc"] is None, "each recipient gets a copy of its own"
    assert str(msg["Reply-To"]).startswith("complaints+ts") and str(msg["Reply-To"]).endswith("@branch.example")
    assert msg.get_body(("plain",)) is not None and msg.get_body(("html",)) is not None
    forms = [p for p in msg.iter_attachments() if p.get_filename().endswith(".docx")]
    [docx] = [p for p in forms if p.get_filename().startswith("督办单-")]
    assert len(forms) == 2, "the 督办单, and the source's own form travelling with it"
    text = _docx_text(docx.get_content())
    assert "陈晓梅" in text and "13859012345" in text and "排队等候一个半小时" in text
    assert mail.wait_for("vp1@branch.example", 1)
    assert mail.wait_for(CSC, 1), "the source gets an acknowledgement"

    mail.send(reply_mail(routing, sender="sanyuan@branch.example", body="已致电客户致歉并增开窗口，客户表示理解。"),
              "sanyuan@branch.example", [reply_address_of(routing)])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)

    detail = case_detail(ctx.engine, case["id"], AT)
    assert detail["status"] == "answered"
    assert "增开窗口" in detail["result"] and "原始邮件" not in detail["result"]
    assert [e["kind"] for e in detail["events"]][:3] == ["received", "routed", "answered"]


def test_unknown_unit_goes_to_triage(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = {**FORM, "acceptance_number": "CSC-20261126-0009", "unit": "东门营业所",
            "content": "客户反映东门附近网点ATM吞卡。", "category": "其他"}
    mail.send(form_mail(form, sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)

    run_until_idle(ctx)

    [case] = case_rows(ctx.engine, AT)
    assert case["status"] == "triage" and case["unit"] is None
    [notice] = mail.wait_for(OFFICE, 1)
    msg = email.message_from_bytes(notice, policy=email.policy.default)
    assert f"[{case['id']}]" in msg["Subject"]
    assert "东门营业所" in msg.get_body(("plain",)).get_content()
