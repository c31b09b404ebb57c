"""Forwarded and HTML-only complaints through the real servers, both DBs: read from inside, dated by the complaint.

A form the call centre accepted three days before it reached the branch counts its time
limits from its 受理时间, not from its arrival (stored beside it); the forwarder is the
source that gets the acknowledgement; the forwarded message's author and date stay on the case.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from core.clock import BRANCH_ZONE, local
from complaints.sample_mail import complaint_mail, form_mail
from core.store.models import Case, Event
from tests.complaints.test_intake_forwards import HTML_FORM, _alternative
from tests.integration.test_lifecycle_helpers import MEILIE, SANYUAN, only_case, submit, with_subject
from tests.parsers.test_forwards import COMPLAINT, FOXMAIL
from tests.support.env import SERVICE, make_test_context

AT = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)  # a Thursday
HEAD_OFFICE = "service@head-office.example"


def test_a_late_forwarded_form_counts_from_its_acceptance_time(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = {"acceptance_number": "WY-20261130-0007", "accepted_at": "2026-11-30 15:20", "customer_name": "郑丽",
            "phone": "13905987766", "unit": "梅列支行", "content": "客户反映转账被柜员转错账户，至今未追回。",
            "request": "要求追回款项。"}
    original = form_mail(form, sender="kf@head-office.example", to="hq@head-office.example",
                         date=datetime(2026, 11, 30, 15, 30, tzinfo=BRANCH_ZONE))
    outer = complaint_mail(sender=HEAD_OFFICE, to=SERVICE, subject="FW: 客户投诉受理单 WY-20261130-0007",
                           body="", attachments=(("受理单.eml", "message/rfc822", original),))
    submit(mail, ctx, outer, HEAD_OFFICE)

    case = only_case(ctx)
    assert case.unit == "ML" and case.acceptance_number == "WY-20261130-0007"
    assert local(case.received_at) == datetime(2026, 11, 30, 15, 20, tzinfo=BRANCH_ZONE)
    assert case.fields["arrived_at"].startswith("2026-12-03T")
    # five working days from Monday 30 November, not from Thursday 3 December
    assert local(case.due_at).date() == datetime(2026, 12, 7).date()
    assert local(case.regulatory_due_at).date() == datetime(2026, 12, 15).date()
    assert case.fields["original"]["sender"] == "kf@head-office.example"
    assert with_subject(mail, MEILIE, "客户投诉督办")
    assert with_subject(mail, HEAD_OFFICE, case.id)  # the forwarder is acknowledged


def test_an_inline_forward_and_an_html_only_complaint(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, complaint_mail(sender=HEAD_OFFICE, to=SERVICE, subject="转发: 投诉梅列支行转错账",
                                     body=FOXMAIL), HEAD_OFFICE)
    submit(mail, ctx, _alternative("请使用支持 HTML 的邮件客户端查看本邮件。", HTML_FORM), HEAD_OFFICE)
    with Session(ctx.engine) as session:
        first, second = session.exec(select(Case).order_by(Case.id)).all()
    assert first.content == COMPLAINT and first.unit == "ML"
    assert first.fields["original"]["sender"] == "zhengli@customer.example"
    assert local(first.received_at) == datetime(2026, 12, 1, 16, 5, tzinfo=BRANCH_ZONE)
    assert second.customer_name == "苏明" and second.unit == "SY" and "购买保险" in second.content
    assert with_subject(mail, MEILIE, "客户投诉督办") and with_subject(mail, SANYUAN, "客户投诉督办")


def test_a_forwarders_note_is_in_the_trail_not_in_the_complaint(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    note = "转你行处理，请按规定时限反馈结果，并抄送省行消保部。"
    original = complaint_mail(sender="郑丽 <zhengli@customer.example>", to="kf@head-office.example",
                              subject="投诉梅列支行转错账", body=COMPLAINT,
                              date=datetime(2026, 12, 1, 16, 5, tzinfo=BRANCH_ZONE))
    submit(mail, ctx, complaint_mail(sender=HEAD_OFFICE, to=SERVICE, subject="转发：投诉梅列支行转错账", body=note,
                                     attachments=(("投诉.eml", "message/rfc822", original),)), HEAD_OFFICE)
    case = only_case(ctx)
    assert case.content == COMPLAINT and case.unit == "ML"
    assert case.fields["texts"]["forward_note"] == note
    with Session(ctx.engine) as session:
        details = [e.detail for e in session.exec(select(Event).where(Event.case_id == case.id))]
    assert f"转发人附言：{note}" in details
