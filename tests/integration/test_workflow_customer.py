"""What the customer receives, on real servers and both databases: a neutral receipt, the neutral
survey, and only the words the office approved. The office gets a draft of the customer's answer
(客户答复拟稿) in the case's thread and sends it with `同意回复` (or its own `回复客户 …`); the
closure notice carries the approved text or the neutral sentence. Every mail in the customer's
mailbox is scanned for staff names, internal units and disciplinary measures."""

from __future__ import annotations

from datetime import datetime

from core.clock import BRANCH_ZONE
from outbox.customer_mails import NEUTRAL_ANSWER, NEUTRAL_CLOSURE
from tests.integration.test_lifecycle_helpers import (
    CLERK1, CUSTOMER, FORM, SANYUAN, case_of, csc_form_mail, kinds, only_case, parse, reply_to, submit, text_of,
    with_subject,
)
from tests.support.env import CSC, OFFICE, make_test_context

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)
INTERNAL = "柜员李娜已按规定给予通报批评，扣发当月绩效。"
NEVER_TO_A_CUSTOMER = ("李娜", "通报批评", "绩效", "王五", "张明", "李华", "王强", "分行工会", "城关分理处",
                       "个人金融部", "综合管理部", "clerk1", "union@", "督办")


def _customer_leaks(mail) -> list[str]:
    """Every word in NEVER_TO_A_CUSTOMER found in any mail the customer got (subject, text, HTML)."""
    found = []
    for raw in mail.messages(CUSTOMER):
        message = parse(raw)
        parts = [str(message["Subject"])] + [p.get_content() for p in message.walk()
                                              if p.get_content_type() in ("text/plain", "text/html")]
        found += [f"{message['Subject']}: {w}" for w in NEVER_TO_A_CUSTOMER if any(w in part for part in parts)]
    return found


def _answered(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM, customer_email=CUSTOMER), CSC)
    case = only_case(ctx)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    submit(mail, ctx, reply_to(routing, sender=SANYUAN,
                               body=f"处理情况：已向客户致歉并增开窗口。{INTERNAL}\n处理人：王五\n处理日期：2026-11-27"),
           SANYUAN)
    return ctx, case


def test_the_customer_gets_the_draft_only_when_the_office_approves_it(tmp_path, mail, db_url):
    ctx, case = _answered(tmp_path, mail, db_url)
    [ack] = with_subject(mail, CUSTOMER, "您反映的问题已受理")
    assert case.id in text_of(ack) and "三元支行" not in text_of(ack).split("：", 1)[1].split("）", 1)[1]
    [survey] = with_subject(mail, CUSTOMER, "满意度回访")
    [draft] = with_subject(mail, CLERK1, "客户答复拟稿")
    body = text_of(draft)
    assert f"[{case.id}]" in str(parse(draft)["Subject"]) and parse(draft)["References"], "in the case's thread"
    assert NEUTRAL_ANSWER[:20] in body and "同意回复" in body and "回复客户" in body
    assert "柜员李娜" in body.split("仅供拟稿参考", 1)[1], "the unit's reply is shown for reference, after the draft"
    assert with_subject(mail, OFFICE, "客户答复拟稿"), "the office's own copy"
    assert not [m for m in mail.messages(CUSTOMER) if "答复" in str(parse(m)["Subject"])], "nothing before approval"

    submit(mail, ctx, reply_to(draft, sender=CLERK1, body="同意回复"), CLERK1)
    [answer] = with_subject(mail, CUSTOMER, "关于您反映问题的答复")
    assert NEUTRAL_ANSWER[:20] in text_of(answer) and kinds(ctx, case.id)[-1] == "customer_replied"
    assert case_of(ctx, case.id).status == "answered", "an answer to the customer is not the verdict"

    own = "您反映的排队问题已核实，网点已增开一个对私窗口，特此致歉。"
    submit(mail, ctx, reply_to(draft, sender=CLERK1, body=f"回复客户 {own}"), CLERK1)
    second = with_subject(mail, CUSTOMER, "关于您反映问题的答复", count=2)
    assert any(own in text_of(m) for m in second)
    call = with_subject(mail, CLERK1, "请回访客户")[0]
    submit(mail, ctx, reply_to(call, sender=CLERK1, body="满意度 满意"), CLERK1)
    assert case_of(ctx, case.id).status == "closed"
    [closed] = with_subject(mail, CUSTOMER, "您反映的问题已办结")
    assert own in text_of(closed), "the closure notice carries the last approved text"
    assert len(mail.messages(CUSTOMER)) == 5, [str(parse(m)["Subject"]) for m in mail.messages(CUSTOMER)]
    assert not _customer_leaks(mail), _customer_leaks(mail)


def test_without_approval_the_customer_gets_only_neutral_texts(tmp_path, mail, db_url):
    ctx, case = _answered(tmp_path, mail, db_url)
    with_subject(mail, CLERK1, "客户答复拟稿")
    call = with_subject(mail, CLERK1, "请回访客户")[0]
    submit(mail, ctx, reply_to(call, sender=CLERK1, body="满意度 基本满意"), CLERK1)
    assert case_of(ctx, case.id).status == "closed"
    [closed] = with_subject(mail, CUSTOMER, "您反映的问题已办结")
    assert NEUTRAL_CLOSURE[:20] in text_of(closed) and "增开窗口" not in text_of(closed)
    subjects = sorted(str(parse(m)["Subject"]).split("] ", 1)[1] for m in mail.messages(CUSTOMER))
    assert subjects == ["您反映的问题已办结", "您反映的问题已受理", "您反映问题的处理情况满意度回访"], subjects
    assert not _customer_leaks(mail), _customer_leaks(mail)
    assert "customer_replied" not in kinds(ctx, case.id)


def test_no_email_no_written_answer(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="已向客户致歉。"), SANYUAN)
    [call] = with_subject(mail, CLERK1, "请回访客户")
    assert "回复客户" not in text_of(call)
    assert not [m for m in mail.messages(CLERK1) if "客户答复拟稿" in str(parse(m)["Subject"])]
    submit(mail, ctx, reply_to(call, sender=CLERK1, body="回复客户 已处理"), CLERK1)
    answer = with_subject(mail, CLERK1, "Re:")[-1]
    assert "✗" in text_of(answer) and "电话答复" in text_of(answer)
    assert "customer_replied" not in kinds(ctx, case.id)
    assert not mail.messages(CUSTOMER)
