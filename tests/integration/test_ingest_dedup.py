"""Dedup on the real servers and both databases: one mail → one record; one form → one case."""

from __future__ import annotations


from complaints.reports import quarantine_rows
from complaints.sample_mail import form_mail
from tests.ingest.helpers import (CSC, SERVICE, append, cases, events, header_ids, make_ctx, messages, outbound,
                                  plain_mail)
from tests.support.env import run_until_idle

FORM = {"acceptance_number": "CSC-20261126-0201", "accepted_at": "2026-11-26 09:12", "channel": "省行客户服务中心",
        "customer_name": "陈晓梅", "phone": "13859012345", "unit": "三元支行", "category": "人民币储蓄",
        "content": "客户反映排队等候一个半小时，柜员态度冷淡。", "request": "要求道歉。", "urgency": "一般",
        "accepted_by": "林芳"}
UNIT = "sanyuan@branch.example"


def test_same_mail_delivered_twice_is_one_record(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    raw = form_mail(FORM, sender=CSC, to=SERVICE)
    mail.send(raw, CSC, [SERVICE])
    mail.send(raw, CSC, [SERVICE])  # Postfix adds its own Received: the bytes differ, the Message-ID not
    mail.wait_for(SERVICE, 2)

    run_until_idle(ctx)

    assert len(messages(ctx.engine)) == 1 and len(cases(ctx.engine)) == 1
    assert len(mail.messages(SERVICE, "Processed")) == 2 and mail.messages(SERVICE) == []
    assert len(mail.wait_for(UNIT, 1)) == 1


def test_same_bytes_without_message_id_is_one_record(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    raw = plain_mail(sender="customer@customer.example", subject="无编号", message_id=None)
    append(mail, SERVICE, raw)
    run_until_idle(ctx)
    append(mail, SERVICE, raw)  # once after the first was handled, once in the same batch twice
    append(mail, SERVICE, plain_mail(sender="customer@customer.example", subject="另一封", message_id=None))
    append(mail, SERVICE, plain_mail(sender="customer@customer.example", subject="另一封", message_id=None))
    run_until_idle(ctx)

    rows = messages(ctx.engine)
    assert len(rows) == 2 and all(r.dedup_key.startswith("sha256:") for r in rows)
    assert mail.messages(SERVICE) == []
    assert len(mail.messages(SERVICE, "Quarantine")) + len(mail.messages(SERVICE, "Processed")) == 4


def test_same_acceptance_form_resent_is_one_case_with_a_duplicate_event(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    mail.send(form_mail(FORM, sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)
    [routing] = mail.wait_for(UNIT, 1)

    resent = form_mail(FORM, sender=CSC, to=SERVICE)  # a new mail (new Message-ID), same 受理编号
    mail.send(resent, CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)

    [case] = cases(ctx.engine)
    kinds = [e.kind for e in events(ctx.engine, case.id)]
    assert kinds.count("duplicate_received") == 1 and kinds.count("routed") == 1
    rows = messages(ctx.engine)
    assert len(rows) == 2 and {r.case_id for r in rows} == {case.id}
    assert [o.kind for o in outbound(ctx.engine) if UNIT in o.recipients].count("routing") == 1, \
        "no second routing mail queued"
    mail.attempted()  # anything sent has reached Dovecot by now
    assert header_ids(mail.messages(UNIT)) == header_ids([routing]), "no second routing mail delivered"


def test_a_reused_message_id_is_noted_on_the_case_and_in_the_quarantine_listing(tmp_path, mail, db_url):
    """Both orders: a quarantined mail reusing a case's Message-ID, and a case reusing a
    quarantined mail's. Each record says so where a clerk looks (timeline, quarantine list)."""
    ctx = make_ctx(tmp_path, mail, db_url)
    stranger = "stranger@elsewhere.example"
    append(mail, SERVICE, form_mail(FORM, sender=CSC, to=SERVICE, message_id="<tmpl-1@csc.example>"))
    append(mail, SERVICE, plain_mail(sender=stranger, subject="模板邮件", message_id="<tmpl-1@csc.example>"))
    append(mail, SERVICE, plain_mail(sender=stranger, subject="先到的", message_id="<tmpl-2@csc.example>"))
    run_until_idle(ctx)
    second = dict(FORM, acceptance_number="CSC-20261126-0202", customer_name="王芳")
    append(mail, SERVICE, form_mail(second, sender=CSC, to=SERVICE, message_id="<tmpl-2@csc.example>"))
    run_until_idle(ctx)

    rows = {r.subject: r for r in messages(ctx.engine)}
    first_case, second_case = sorted(cases(ctx.engine), key=lambda c: c.id)
    listing = {q["subject"]: q["reason"] for q in quarantine_rows(ctx.engine)}
    template, early = rows["模板邮件"], rows["先到的"]
    assert template.state == early.state == "quarantined"
    first_form = next(r for r in messages(ctx.engine) if r.case_id == first_case.id)
    assert f"Message-ID 与第 {first_form.id} 号邮件相同" in listing["模板邮件"]
    assert any(f"第 {template.id} 号邮件使用了与本案来件相同的 Message-ID" in (e.detail or "")
               and "已隔离" in e.detail for e in events(ctx.engine, first_case.id))
    assert f"已立为案件 {second_case.id}" in listing["先到的"]
    assert any(f"与此前第 {early.id} 号邮件" in (e.detail or "") for e in events(ctx.engine, second_case.id))
