"""A mixed batch as a branch receives it, through the real servers, both DBs: every single mail accounted for.

Each mail ends as exactly one of: a case, a handled notice, a recorded auto-reply, or a
quarantine entry with a Chinese reason — nothing pending, nothing silently dropped. A
different mail reusing a Message-ID is handled as a new mail and the reuse is noted on both
cases; the same mail delivered twice is one record.
"""

from __future__ import annotations

import io
import re
from datetime import datetime

from PIL import Image

from sqlmodel import Session, select

from core.clock import BRANCH_ZONE
from complaints.sample_mail import complaint_mail, form_mail
from core.store.models import Case, Event, Message
from tests.complaints.test_intake_forwards import HTML_FORM, _alternative
from tests.ingest.helpers import append, plain_mail
from tests.complaints.test_registrations import WALK_IN
from tests.parsers.test_forwards import FOXMAIL
from tests.support.env import CSC, SERVICE, make_test_context, run_until_idle

AT = datetime(2026, 12, 3, 10, 30, tzinfo=BRANCH_ZONE)
HEAD_OFFICE = "service@head-office.example"
SANYUAN = "sanyuan@branch.example"
CJK = re.compile(r"[\u4e00-\u9fff]")
FORM = {"acceptance_number": "CSC-20261203-0001", "accepted_at": "2026-12-03 09:00", "customer_name": "陈晓梅",
        "phone": "13859012345", "unit": "三元支行", "content": "客户反映排队等候一个半小时，柜员态度冷淡。",
        "request": "要求道歉。"}


def _batch() -> dict[str, bytes]:
    template = "<notice-template@head-office.example>"
    return {
        "form": form_mail(FORM, sender=CSC, to=SERVICE),
        "forward": complaint_mail(sender=HEAD_OFFICE, to=SERVICE, subject="转发: 投诉", body=FOXMAIL),
        "html only": _alternative("请使用支持 HTML 的邮件客户端查看本邮件。", HTML_FORM),
        "unit registration": complaint_mail(sender=SANYUAN, to=SERVICE, subject="客户上门投诉登记", body=WALK_IN),
        "reused id 1": complaint_mail(sender=HEAD_OFFICE, to=SERVICE, subject="网上投诉转办", message_id=template,
                                      body="客户投诉梅列支行柜员办理挂失时态度恶劣，要求梅列支行道歉。电话13905981111。"),
        "reused id 2": complaint_mail(sender=HEAD_OFFICE, to=SERVICE, subject="网上投诉转办", message_id=template,
                                      body="客户投诉城关分理处ATM吞卡三天未处理，要求尽快退卡。电话13905982222。"),
        "auto-reply": plain_mail(sender=CSC, subject="自动回复：已收到", headers={"Auto-Submitted": "auto-replied"}),
        "stranger": plain_mail(sender="ads@spam.example", subject="发票代开", body="代开各类发票"),
        "bomb": complaint_mail(sender=CSC, to=SERVICE, subject="扫描件", body="见附件",
                               attachments=(("poster.pdf", "application/pdf", _poster()),)),
    }


def _poster() -> bytes:
    out = io.BytesIO()
    Image.new("L", (200, 200), 255).save(out, "PDF", resolution=1.0)  # one 200-inch page
    return out.getvalue()


def test_every_mail_of_a_mixed_batch_is_accounted_for(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    batch = _batch()
    for raw in batch.values():
        append(mail, SERVICE, raw)
    append(mail, SERVICE, batch["form"])  # the same mail delivered twice
    run_until_idle(ctx)

    with Session(ctx.engine) as session:
        rows = session.exec(select(Message).order_by(Message.id)).all()
        cases = {c.id: c for c in session.exec(select(Case)).all()}
        notes = {e.case_id: e.detail for e in session.exec(select(Event).where(Event.kind == "note")).all()
                 if "Message-ID" in (e.detail or "")}
    assert len(rows) == len(batch), "one record per distinct mail: the second delivery of the form is not stored"
    assert all(r.state in ("processed", "quarantined") for r in rows), [(r.subject, r.state) for r in rows]
    by_subject = {}
    for row in rows:
        by_subject.setdefault(row.subject, []).append(row)
    opened = [r for r in rows if r.case_id]
    assert len(opened) == 6 and len(cases) == 6  # form, forward, html, registration, two reused-id mails
    [auto] = by_subject["自动回复：已收到"]
    assert auto.state == "processed" and auto.kind == "auto_reply"
    quarantined = [r for r in rows if r.state == "quarantined"]
    assert sorted(r.subject for r in quarantined) == ["发票代开", "扫描件"]
    assert all(CJK.match(r.quarantine_reason) for r in quarantined), [r.quarantine_reason for r in quarantined]
    first, second = by_subject["网上投诉转办"]
    assert first.case_id != second.case_id
    assert {cases[first.case_id].unit, cases[second.case_id].unit} == {"ML", "CG"}
    assert first.case_id in notes and second.case_id in notes
    assert mail.messages(SERVICE) == []
