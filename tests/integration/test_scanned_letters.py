"""A scan-to-email letter and a complaint with a damaged attachment, through the real servers, both DBs.

The printer's cover note is not taken as the letter: the scan is read, the case is routed to
the unit the letter names, and the unit's 督办 mail carries the customer's own letter. A
readable complaint with an attachment that cannot be opened is opened from its body, and the
source is asked politely for a readable copy.
"""

from __future__ import annotations

import json
from datetime import datetime

from complaints.reports import case_detail
from complaints.sample_mail import complaint_mail
from core.clock import BRANCH_ZONE
from tests.complaints.test_intake_scans import PAGE_ONE, PAGE_TWO
from tests.integration.test_lifecycle_helpers import CHENGGUAN, SANYUAN, kinds, only_case, parse, submit, \
    text_of, with_subject
from tests.parsers.scans import render_letter, save_pages, scanify
from tests.parsers.test_cover_note import SHARP_CN
from tests.complaints.test_registrations import WALK_IN
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context

AT = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)
SCANNER = "scanner@branch.example"


def _letter_pdf() -> bytes:
    pages = [render_letter(PAGE_ONE[0], PAGE_ONE[1], 150)[0], render_letter(PAGE_TWO[0], PAGE_TWO[1], 150)[0]]
    return save_pages([scanify(p, seed=30 + n, skew=0.9, rotation=0) for n, p in enumerate(pages)], "pdf", 150)


def test_a_scanned_letter_goes_to_the_unit_with_the_original_attached(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    scan = _letter_pdf()
    raw = complaint_mail(sender=SCANNER, to=SERVICE, subject="Scanned from SHARP MX-M3658N", body=SHARP_CN,
                         attachments=(("SHARP_20261203_100012.pdf", "application/pdf", scan),))
    submit(mail, ctx, raw, SCANNER)

    case = only_case(ctx)
    assert (case.channel, case.unit) == ("letter", "CG")
    assert case.customer_name == "林秀兰" and "存折消磁" in case.content and "设备名称" not in case.content
    assert case.fields["originals"]["files"] == ["SHARP_20261203_100012.pdf"]
    assert "存折" in case.fields["texts"]["scan"] and case.fields["texts"]["cover_note"].startswith("设备名称")

    [notice] = with_subject(mail, CHENGGUAN, "客户投诉督办")
    attached = {p.get_filename(): p.get_content() for p in parse(notice).iter_attachments()}
    assert attached["SHARP_20261203_100012.pdf"] == scan
    assert any(name.endswith(".docx") for name in attached)
    assert "客户来信原件（扫描件）随本邮件附上：SHARP_20261203_100012.pdf" in text_of(notice)
    assert not mail.messages(SANYUAN)


def test_a_damaged_attachment_opens_from_the_body_and_asks_for_a_readable_copy(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    body = ("客户张伟来电投诉：12月1日在三元支行办理挂失补卡，柜员态度生硬，让客户重复排队三次，"
            "客户要求三元支行道歉。联系电话13805981234。")
    raw = complaint_mail(sender=CSC, to=SERVICE, subject="客户投诉转办", body=body,
                         attachments=(("通话记录.docx", "application/vnd.openxmlformats-officedocument."
                                       "wordprocessingml.document", "只是一段文字，不是 Word 文档".encode()),))
    submit(mail, ctx, raw, CSC)

    case = only_case(ctx)
    assert case.unit == "SY" and case.content == body
    assert case.fields["unreadable"][0]["file"] == "通话记录.docx"
    assert "note" in kinds(ctx, case.id)
    assert "部分附件无法读取" in json.dumps(case_detail(ctx.engine, case.id, AT), ensure_ascii=False, default=str)
    [ack] = with_subject(mail, CSC, case.id)
    assert "「通话记录.docx」无法打开" in text_of(ack) and "重新发送可读的文件" in text_of(ack)
    assert with_subject(mail, SANYUAN, "客户投诉督办")
    assert not [m for m in mail.messages(OFFICE) if "隔离" in str(parse(m)["Subject"])]


def test_a_unit_registering_with_a_damaged_attachment_is_not_written_to(tmp_path, mail, db_url):
    """Only a source outside the branch is asked for a readable copy; a unit that registered a
    walk-in complaint is the branch itself: the note tells the clerk to ask, no mail goes to it."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    raw = complaint_mail(sender=SANYUAN, to=SERVICE, subject="客户上门投诉登记", body=WALK_IN,
                         attachments=(("登记表.docx", "application/vnd.openxmlformats-officedocument."
                                       "wordprocessingml.document", "不是 Word 文档".encode()),))
    submit(mail, ctx, raw, SANYUAN)

    case = only_case(ctx)
    assert (case.channel, case.unit) == ("walk_in", "SY")
    assert case.fields["unreadable"][0]["file"] == "登记表.docx"
    detail = json.dumps(case_detail(ctx.engine, case.id, AT), ensure_ascii=False, default=str)
    assert "系统未去信索取" in detail and "已请来件方重发" not in detail
    received = [text_of(m) for m in mail.messages(SANYUAN)]
    assert with_subject(mail, SANYUAN, "客户投诉督办")  # the unit gets its case, as any unit would
    assert not [t for t in received if "重新发送可读的文件" in t]
