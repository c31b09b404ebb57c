"""What a customer reads and the office's draft of it: pure builders, no servers."""

from __future__ import annotations

from email import message_from_bytes, policy

from outbox.customer_mails import (
    NEUTRAL_ANSWER, NEUTRAL_CLOSURE, closure_notice_mail, customer_ack_mail, customer_draft_mail,
)
from tests.outbox.conftest import NOW, make_case

INTERNAL = "大堂经理刘强已被通报批评，扣发绩效。"


def _text(mail) -> str:
    message = message_from_bytes(mail.raw, policy=policy.default)
    return "\n".join(p.get_content() for p in message.walk() if p.get_content_type() in ("text/plain", "text/html"))


def test_the_receipt_names_the_case_and_no_unit_nor_office(settings):
    mail = customer_ack_mail(make_case(result_text=INTERNAL), settings, now=NOW)
    text = _text(mail)
    assert mail.to == ("zhangsan@example.com",) and "TS-2026-000001" in text
    assert "分行工会" not in text and "刘强" not in text and "时限" not in text


def test_the_closure_notice_carries_the_approved_text_or_the_neutral_sentence(settings):
    case = make_case(status="answered", result_text=INTERNAL)
    approved = _text(closure_notice_mail(case, settings, approved_text="网点已增开窗口，特此致歉。", now=NOW, key="r0"))
    neutral = _text(closure_notice_mail(case, settings, approved_text=None, now=NOW, key="r0"))
    assert "网点已增开窗口，特此致歉。" in approved and NEUTRAL_CLOSURE not in approved
    assert NEUTRAL_CLOSURE in neutral
    assert not any(word in approved + neutral for word in ("刘强", "通报批评", "绩效", "分行工会"))


def test_the_draft_goes_to_the_office_with_the_neutral_answer_and_the_units_words_below(directory, settings):
    case = make_case(status="answered", result_text=f"已致歉。{INTERNAL}")
    mail = customer_draft_mail(case, directory, settings, now=NOW, key="r0-1", to=["clerk1@branch.example"],
                               references=["<x@branch.example>"])
    text = _text(mail)
    assert set(mail.to) | set(mail.cc) == {"clerk1@branch.example", "union@branch.example"}
    assert "zhangsan@example.com" not in {*mail.to, *mail.cc}
    draft, reference = text.split("仅供拟稿参考", 1)
    assert NEUTRAL_ANSWER[:30] in draft and "同意回复" in draft and "刘强" not in draft
    assert "刘强" in reference, "the unit's reply is there for reference, after the draft"
    assert "客户答复拟稿" in mail.subject and "[TS-2026-000001]" in mail.subject
