"""Issue 12: a long letter a source sends as two or more mails is ONE case and ONE 督办.

On the real Dovecot/Postfix and both databases: parts in order, out of order, one missing
(the wait crossed by moving the clock), a lone "2/2", a 续 of an unmarked letter, and two
letters from one source with like subjects that must stay two. What is checked is what the
unit's and the source's mailboxes received, and the case.
"""

from __future__ import annotations

import struct
import zlib
from datetime import datetime, timedelta

from sqlmodel import Session, select

from complaints.pipeline import process_one
from core.clock import BRANCH_ZONE
from core.imap import connect
from core.store.db import session_scope
from core.store.models import Event, Message
from ingest.fetcher import fetch_new
from tests.complaints.test_intake_scans import PAGE_ONE, PAGE_TWO
from tests.integration.blind_flow_kit import (
    CHENGGUAN, CLERK1, OFFICE, SANYUAN, cases, client_reply, event_kinds, find, flow_ctx, inbox, new_mail, parse, send,
    subject, text_of,
)
from tests.integration.blind_mail_kit import nothing_lost
from tests.parsers.scans import render_letter, save_pages, scanify
from tests.parsers.test_cover_note import SHARP_CN
from tests.support.databases import reset_postgres
from tests.support.env import SERVICE, run_until_idle, vouched

PROVINCE = "complaints@province.example"   # [sources] superior: outside the branch, acknowledged
SCANNER = "scanner@branch.example"          # [sources] letter: the union's own scanner
T0 = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)   # a Thursday

PART1 = ("尊敬的领导：\n　　我叫骆春华，是贵行三元支行的老客户。2026年12月1日上午，我到三元支行办理定期存款到期转存，"
         "柜员未经我同意，将我的十万元定期存款转成了一款分红保险产品，说是“收益更高”。")
PART2 = ("　　我回家看了合同才发现是五年期的分红保险，提前退保要损失近一万元。我今年六十八岁，不懂这些产品，"
         "柜员当时只让我在几处签字，没有讲清楚风险。")
PART3 = ("　　我要求三元支行撤销这份保险合同、全额退还本金，并对相关人员严肃处理。\n　　联系电话：13509581276\n"
         "　　　　　　　　　　骆春华\n　　　　　　　　　　2026年12月2日")
WORDS = ("十万元定期存款", "五年期的分红保险", "撤销这份保险合同")


def _part(subject_text: str, body: str, when: datetime, attachments=()) -> bytes:
    return new_mail(PROVINCE, subject_text, "各位同事：以下为客户来信，请核实处理。\n\n" + body, when=when,
                    attachments=attachments)


def _send_at(mail, ctx, when: datetime, raw: bytes) -> None:
    ctx.clock.at = when
    send(mail, ctx, raw, PROVINCE)


def _supervision(mail) -> list[bytes]:
    return [m for m in inbox(mail, SANYUAN) if "督办" in subject(m)]


def _held(ctx) -> list[str]:
    with Session(ctx.engine) as session:
        return [m.subject for m in session.exec(select(Message).where(Message.state == "held")).all()]


def test_two_parts_in_order_are_one_case_and_one_supervision_mail(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    _send_at(mail, ctx, T0, _part("客户来信（1/2）", PART1, T0))
    assert cases(ctx) == [] and _held(ctx) == ["客户来信（1/2）"], "the first half waits for the second"
    assert _supervision(mail) == [] and inbox(mail, PROVINCE) == []

    _send_at(mail, ctx, T0 + timedelta(minutes=3), _part("客户来信（2/2）", PART2 + "\n" + PART3, T0))
    [case] = cases(ctx)
    assert case.unit == "SY" and case.customer_name == "骆春华", (case.unit, case.customer_name)
    assert [case.content.index(w) for w in WORDS] == sorted(case.content.index(w) for w in WORDS), case.content
    [supervision] = find(mail, SANYUAN, "督办")
    assert all(w in text_of(supervision) for w in WORDS), text_of(supervision)
    assert "尚未收到" not in text_of(supervision)
    [ack] = find(mail, PROVINCE, case.id)
    assert "未收到" not in text_of(ack), text_of(ack)
    assert len(_supervision(mail)) == 1 and len(inbox(mail, PROVINCE)) == 1
    assert _held(ctx) == []
    nothing_lost(ctx)


def test_parts_out_of_order_are_joined_by_number_with_every_attachment(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    scan = lambda n: [("客户来信.pdf", "application/pdf", _pdf(f"part {n}"))]  # noqa: E731 - one name in each mail
    arrivals = [("【3/3】客户来信", PART3, 3), ("【1/3】客户来信", PART1, 1), ("【2/3】客户来信", PART2, 2)]
    for minute, (subj, body, n) in enumerate(arrivals):
        _send_at(mail, ctx, T0 + timedelta(minutes=minute), _part(subj, body, T0, scan(n)))
        assert len(cases(ctx)) == (1 if minute == 2 else 0), minute
    [case] = cases(ctx)
    positions = [case.content.index(w) for w in WORDS]
    assert positions == sorted(positions), "part 1, 2, 3 — not the order they came in"
    [supervision] = find(mail, SANYUAN, "督办")
    names = [p.get_filename() for p in parse(supervision).iter_attachments()]
    assert {"客户来信.pdf", "第2封-客户来信.pdf", "第3封-客户来信.pdf"} <= set(names), names
    assert names.index("客户来信.pdf") < names.index("第2封-客户来信.pdf") < names.index("第3封-客户来信.pdf")
    assert len(_supervision(mail)) == 1
    nothing_lost(ctx)


def test_a_missing_part_waits_then_opens_noted_and_comes_later_as_a_supplement(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    _send_at(mail, ctx, T0, _part("客户来信（第1封，共3封）", PART1, T0))
    _send_at(mail, ctx, T0 + timedelta(minutes=5), _part("客户来信（第3封，共3封）", PART3, T0))
    ctx.clock.at = T0 + timedelta(hours=3, minutes=59)
    run_until_idle(ctx)
    assert cases(ctx) == [] and len(_held(ctx)) == 2, "still within [letters] part_wait_minutes (240)"

    ctx.clock.at = T0 + timedelta(hours=4, minutes=1)
    run_until_idle(ctx)
    [case] = cases(ctx)
    assert "note" in event_kinds(ctx, case.id) and case.fields["letter_parts"]["missing"] == [2]
    [supervision] = find(mail, SANYUAN, "督办")
    assert "第2封尚未收到" in text_of(supervision), text_of(supervision)
    [ack] = find(mail, PROVINCE, case.id)
    assert "第2封未收到" in text_of(ack), text_of(ack)
    assert datetime.fromisoformat(case.fields["arrived_at"]) == T0, "it came with the first part, not when it opened"

    _send_at(mail, ctx, T0 + timedelta(hours=5), _part("客户来信（第2封，共3封）", PART2, T0))
    [case] = cases(ctx)
    assert "五年期的分红保险" in case.content and "supplemented" in event_kinds(ctx, case.id)
    [extra] = find(mail, SANYUAN, "客户来信补充", "五年期的分红保险")
    assert "不另立案" in text_of(extra)
    find(mail, PROVINCE, "补充来信已收到", case.id)
    assert len(_supervision(mail)) == 1, [subject(m) for m in inbox(mail, SANYUAN)]
    nothing_lost(ctx)


def test_a_lone_second_part_still_opens_after_the_wait(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    _send_at(mail, ctx, T0, _part("客户来信(2/2)", PART1 + "\n" + PART3, T0))
    assert cases(ctx) == []
    ctx.clock.at = T0 + timedelta(hours=4, minutes=1)
    run_until_idle(ctx)
    [case] = cases(ctx)
    assert case.fields["letter_parts"]["missing"] == [1]
    assert "第1封尚未收到" in text_of(find(mail, SANYUAN, "督办")[0])
    nothing_lost(ctx)


def test_two_letters_with_like_subjects_and_an_unmarked_one_stay_apart(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    other = "客户林国栋来信：城关分理处自助设备区的存款机连续三天故障无人维修，要求尽快修复。联系电话：13850987216"
    _send_at(mail, ctx, T0, _part("客户来信（1/2）", PART1, T0))
    _send_at(mail, ctx, T0 + timedelta(minutes=1), _part("客户来信（1/3）", other, T0))
    _send_at(mail, ctx, T0 + timedelta(minutes=2), _part("客户来信", other.replace("林国栋", "林国梁"), T0))
    assert len(cases(ctx)) == 1, "the unmarked letter is a case at once"
    _send_at(mail, ctx, T0 + timedelta(minutes=3), _part("客户来信（2/2）", PART2 + "\n" + PART3, T0))
    found = cases(ctx)
    assert len(found) == 2
    joined = next(c for c in found if "十万元定期存款" in c.content)
    assert "存款机" not in joined.content and "五年期的分红保险" in joined.content
    assert _held(ctx) == ["客户来信（1/3）"]


def test_a_continuation_of_an_unmarked_letter_is_a_supplement_not_a_case(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    _send_at(mail, ctx, T0, _part("客户来信", PART1 + "\n" + PART2, T0))
    [case] = cases(ctx)
    _send_at(mail, ctx, T0 + timedelta(minutes=20), _part("续上封：客户来信", PART3, T0))
    [case] = cases(ctx)
    assert "撤销这份保险合同" in case.content and "supplemented" in event_kinds(ctx, case.id)
    assert len(_supervision(mail)) == 1
    find(mail, SANYUAN, "客户来信补充（第2封）", "撤销这份保险合同")
    assert not any("撤销这份保险合同" in text_of(m) for m in _supervision(mail)), "the 督办 went before it came"
    nothing_lost(ctx)


def _pdf(label: str) -> bytes:
    """A small PDF with a text layer (a typed letter printed to PDF)."""
    body = f"BT /F1 12 Tf 72 720 Td ({label}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_parts_with_no_total_open_once_the_source_has_gone_quiet(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    _send_at(mail, ctx, T0, _part("客户来信之一", PART1, T0))
    _send_at(mail, ctx, T0 + timedelta(minutes=10), _part("客户来信之二", PART2 + "\n" + PART3, T0))
    ctx.clock.at = T0 + timedelta(minutes=39)
    run_until_idle(ctx)
    assert cases(ctx) == [], "within [letters] unnumbered_wait_minutes (30) of the last part"
    ctx.clock.at = T0 + timedelta(minutes=41)
    run_until_idle(ctx)
    [case] = cases(ctx)
    assert all(w in case.content for w in WORDS) and case.fields["letter_parts"]["missing"] == []
    [supervision] = find(mail, SANYUAN, "督办")
    assert all(w in text_of(supervision) for w in WORDS) and "尚未收到" not in text_of(supervision)
    nothing_lost(ctx)


def test_a_second_first_part_starts_another_letter(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    other = ("尊敬的领导：客户林国栋来信反映，城关分理处自助设备区的存款机连续三天故障无人维修。",
             "要求城关分理处尽快修复。联系电话：13850987216  林国栋")
    _send_at(mail, ctx, T0, _part("客户来信（1/2）", PART1, T0))
    _send_at(mail, ctx, T0 + timedelta(minutes=5), _part("客户来信（1/2）", other[0], T0))
    [first] = cases(ctx)
    assert "十万元定期存款" in first.content and first.fields["letter_parts"]["missing"] == [2]
    _send_at(mail, ctx, T0 + timedelta(minutes=6), _part("客户来信（2/2）", other[1], T0))
    second = [c for c in cases(ctx) if c.id != first.id]
    assert len(second) == 1 and "存款机" in second[0].content and "尽快修复" in second[0].content
    assert "存款机" not in first.content
    with Session(ctx.engine) as session:
        owners = {m.id: m.case_id for m in session.exec(select(Message)).all()}
        sources = {e.message_id for e in session.exec(select(Event).where(Event.case_id == first.id)).all()}
    assert sorted(owners.values()) == sorted([first.id, second[0].id, second[0].id]), owners
    assert {owners[m] for m in sources if m} == {first.id}, "the first letter's trail names its own mail"
    nothing_lost(ctx)


def test_a_scanned_letter_in_two_mails_that_arrive_together_is_one_case_with_both_scans(tmp_path, mail, db_url):
    """The union's scanner sends the two pages as two mails, one file name in each; both reach the
    inbox before the service looks, and are handled in one pass."""
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    pages = [save_pages([scanify(render_letter(*page, 150)[0], seed=40 + n, skew=0.9, rotation=0)], "pdf", 150)
             for n, page in enumerate((PAGE_ONE, PAGE_TWO))]
    for n in (2, 1):  # the second page's mail first
        raw = new_mail(SCANNER, f"Scanned from SHARP MX-M3658N（{n}/2）", SHARP_CN, when=T0,
                       attachments=[("SHARP_scan.pdf", "application/pdf", pages[n - 1])])
        mail.send(raw, SCANNER, [SERVICE])
    mail.wait_for(SERVICE, 2)
    run_until_idle(ctx)
    [case] = cases(ctx)
    assert (case.channel, case.unit, case.customer_name) == ("letter", "CG", "林秀兰"), case.content
    assert case.content.index("存折消磁") < case.content.index("明确的答复"), case.content
    [supervision] = find(mail, CHENGGUAN, "客户投诉督办")   # (signed 11月5日: an overdue notice comes too)
    assert len([m for m in inbox(mail, CHENGGUAN) if "客户投诉督办" in subject(m)]) == 1
    attached = {p.get_filename(): p.get_content() for p in parse(supervision).iter_attachments()}
    assert attached["SHARP_scan.pdf"] == pages[0] and attached["第2封-SHARP_scan.pdf"] == pages[1]
    assert "SHARP_scan.pdf、第2封-SHARP_scan.pdf" in text_of(supervision)
    nothing_lost(ctx)


def test_a_held_letter_that_cannot_be_read_is_quarantined_when_it_opens(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    _send_at(mail, ctx, T0, _part("客户来信（1/2）", PART1, T0, [("扫描件.png", "image/png", _huge_png())]))
    assert cases(ctx) == [] and len(_held(ctx)) == 1, "held unread: its files are read when the letter opens"
    ctx.clock.at = T0 + timedelta(hours=4, minutes=1)
    run_until_idle(ctx)
    assert cases(ctx) == [] and _held(ctx) == []
    with Session(ctx.engine) as session:
        [row] = session.exec(select(Message)).all()
    assert row.state == "quarantined" and "扫描件.png" in row.quarantine_reason, row.quarantine_reason
    nothing_lost(ctx)


def _huge_png() -> bytes:
    """A PNG header that declares 60000×60000 pixels (a decompression bomb's header)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 60000, 60000, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100)) + \
        chunk(b"IEND", b"")


def test_a_part_sent_again_counts_once_before_and_after_the_case_opens(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    _send_at(mail, ctx, T0, _part("客户来信（1/2）", PART1, T0))
    _send_at(mail, ctx, T0 + timedelta(minutes=2), _part("客户来信（1/2）", PART1, T0))   # "did it go?"
    assert len(_held(ctx)) == 2 and cases(ctx) == []
    _send_at(mail, ctx, T0 + timedelta(minutes=3), _part("客户来信（2/2）", PART2 + "\n" + PART3, T0))
    [case] = cases(ctx)
    assert case.content.count("十万元定期存款") == 1, case.content
    _send_at(mail, ctx, T0 + timedelta(minutes=30), _part("客户来信（2/2）", PART2 + "\n" + PART3, T0))
    [case] = cases(ctx)
    assert "duplicate_received" in event_kinds(ctx, case.id) and case.content.count("五年期的分红保险") == 1
    assert len(inbox(mail, SANYUAN)) == 1, [subject(m) for m in inbox(mail, SANYUAN)]
    assert len(inbox(mail, PROVINCE)) == 1, "one acknowledgement"
    nothing_lost(ctx)


def test_a_late_part_of_a_case_awaiting_triage_goes_to_the_office_and_travels_with_the_later_supervision(
        tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, T0)
    nowhere = PART1.replace("是贵行三元支行的老客户", "是贵行的老客户").replace("我到三元支行", "我到贵行一个网点")
    _send_at(mail, ctx, T0, _part("客户来信（1/3）", nowhere, T0))
    _send_at(mail, ctx, T0 + timedelta(minutes=1), _part("客户来信（2/3）", PART2, T0))
    ctx.clock.at = T0 + timedelta(hours=4, minutes=1)
    run_until_idle(ctx)
    [case] = cases(ctx)
    assert case.status == "triage" and case.fields["letter_parts"]["missing"] == [3], (case.status, case.unit)

    late = PART3.replace("三元支行", "")
    _send_at(mail, ctx, T0 + timedelta(hours=5), _part("客户来信（3/3）", late, T0))
    [extra] = find(mail, OFFICE, "客户来信补充（第3封）", "撤销这份保险合同")
    assert "尚待分派" in text_of(extra)
    triage = next(m for m in inbox(mail, OFFICE) if case.id in subject(m) and "分派" in subject(m))
    send(mail, ctx, client_reply(triage, CLERK1, "转办 三元支行"), CLERK1)
    [supervision] = find(mail, SANYUAN, "客户投诉督办", case.id)
    assert all(w in text_of(supervision) for w in WORDS), text_of(supervision)
    assert "尚未收到" not in text_of(supervision), "the missing part came before the case was routed"
    nothing_lost(ctx)


def test_two_workers_each_holding_one_part_still_make_one_case_at_once(tmp_path, mail):
    """PostgreSQL, two workers: each takes one part in its own transaction and cannot see the
    other's held part, so both hold; the next pass opens the whole letter, not four hours later."""
    ctx = flow_ctx(tmp_path, mail, reset_postgres(), T0)
    for n, body in ((1, PART1), (2, PART2 + "\n" + PART3)):
        mail.send(vouched(_part(f"客户来信（{n}/2）", body, T0)), PROVINCE, [SERVICE])
    mail.wait_for(SERVICE, 2)
    with connect(ctx.settings.imap) as box:
        fetch_new(box, ctx.engine, ctx.settings.imap, ctx.settings.limits, T0)
    first, second = [m.id for m in _messages(ctx)]
    with session_scope(ctx.engine) as one:
        assert process_one(one, ctx, first).startswith("held")
        with session_scope(ctx.engine) as other:
            assert process_one(other, ctx, second).startswith("held")
    assert len(_held(ctx)) == 2 and cases(ctx) == []
    run_until_idle(ctx)
    [case] = cases(ctx)
    assert all(w in case.content for w in WORDS) and case.fields["letter_parts"]["missing"] == []
    assert len(_supervision(mail)) == 1 and all(w in text_of(_supervision(mail)[0]) for w in WORDS)
    nothing_lost(ctx)


def _messages(ctx) -> list[Message]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(Message).order_by(Message.id)).all())
