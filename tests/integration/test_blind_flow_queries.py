"""Blind whole flows, the read-only commands (docs/使用说明.md 一.1, 二.3): the office asks for the
在办清单, a case and a month's 统计 the way a clerk types on a phone or in Outlook; a unit sees its
own cases only; a near miss gets the closest command; nobody learns another unit's customer.

Real Postfix/Dovecot, both databases.
"""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import load_workbook

from core.clock import BRANCH_ZONE
from tests.integration.blind_mail_kit import messages
from tests.integration.blind_flow_kit import (
    CHENGGUAN, CLERK1, MEILIE, PRESIDENT, SANYUAN, VP1, VP2, case_of, cases, find, flow_ctx, new_mail, open_case, parse, send, subject,
    text_of,
)

AT = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)
CG_FORM = {"acceptance_number": "CSC-20261120-0009", "accepted_at": "2026-11-20 14:00", "unit": "城关分理处",
           "customer_name": "林国栋", "phone": "13905991234",
           "content": "客户反映城关分理处自助存款机吞钞两千元，三天未处理，多次致电无人回复。"}


def _attachments(raw: bytes) -> dict[str, bytes]:
    return {p.get_filename(): p.get_content() for p in parse(raw).iter_attachments()}


def _rows(raw: bytes) -> list[tuple]:
    [data] = [v for k, v in _attachments(raw).items() if k.endswith(".xlsx")]
    book = load_workbook(io.BytesIO(data))
    return [tuple(r) for ws in book.worksheets for r in ws.iter_rows(values_only=True)]


def _ask(mail, ctx, sender: str, subject_line: str, body: str) -> bytes:
    """A new mail from the person's own mailbox; the newest answer in their inbox."""
    before = len(mail.messages(sender))
    send(mail, ctx, new_mail(sender, subject_line, body), sender)
    got = mail.messages(sender)
    assert len(got) > before, (f"{sender} got no answer to {subject_line!r} / {body!r}: "
                               f"{[(m.kind, m.state, m.case_id, m.quarantine_reason) for m in messages(ctx)][-2:]}")
    return got[-1]


def _two_cases(tmp_path, mail, db_url):
    ctx = flow_ctx(tmp_path, mail, db_url, AT)
    sy = open_case(mail, ctx)
    cg = open_case(mail, ctx, CG_FORM)
    assert (sy.unit, cg.unit) == ("SY", "CG")
    return ctx, sy, cg


def test_the_office_asks_as_a_clerk_types(tmp_path, mail, db_url):
    ctx, sy, cg = _two_cases(tmp_path, mail, db_url)
    n_cases = len(cases(ctx))
    # the command in the subject, the body left empty
    listing = _ask(mail, ctx, CLERK1, "在办清单", "")
    ids = " ".join(str(c) for r in _rows(listing) for c in r)
    assert sy.id in ids and cg.id in ids, ids
    # on the phone: the command, then the phone's footer; an empty subject
    listing = _ask(mail, ctx, CLERK1, "", "在办\n\n发自我的iPhone")
    assert sy.id in text_of(listing) + " ".join(str(c) for r in _rows(listing) for c in r)
    # 查询 with an IME's full-width space; 工会可见客户姓名和电话
    detail = _ask(mail, ctx, CLERK1, "", f"查询\u3000{cg.id}")
    assert "林国栋" in text_of(detail) and "13905991234" in text_of(detail), text_of(detail)
    # the id alone, in the subject
    detail = _ask(mail, ctx, CLERK1, sy.id, "")
    assert "郑美玲" in text_of(detail)
    # a typo: ✗ and the closest command
    typo = _ask(mail, ctx, CLERK1, "", "在办请单")
    assert "✗" in text_of(typo) and "在办清单" in text_of(typo), text_of(typo)
    assert len(cases(ctx)) == n_cases, "no query opens a case"


def test_the_office_asks_for_a_months_figures(tmp_path, mail, db_url):
    ctx, sy, cg = _two_cases(tmp_path, mail, db_url)
    report = _ask(mail, ctx, CLERK1, "统计 2026-11", "统计 2026-11")
    names = list(_attachments(report))
    assert any(n.endswith(".docx") for n in names) and any(n.endswith(".xlsx") for n in names), names
    rows = " ".join(str(c) for r in _rows(report) for c in r)
    assert cg.id in rows, "城关's November case is in November's figures"
    refused = _ask(mail, ctx, CLERK1, "", "统计 2026-12")
    assert "✗" in text_of(refused) and not [n for n in _attachments(refused) if n.endswith(".docx")]
    spaced = _ask(mail, ctx, CLERK1, "", "统计  2026Q4 ")
    assert "✗" in text_of(spaced), "Q4 has not ended on 12-03"


def test_a_unit_sees_only_its_own_cases(tmp_path, mail, db_url):
    ctx, sy, cg = _two_cases(tmp_path, mail, db_url)
    listing = _ask(mail, ctx, SANYUAN, "在办清单", "")
    seen = text_of(listing) + " ".join(str(c) for r in _rows(listing) for c in r)
    assert sy.id in seen and cg.id not in seen and "林国栋" not in seen, seen
    other = _ask(mail, ctx, SANYUAN, "", f"查询 {cg.id}")
    assert "✗" in text_of(other) and "林国栋" not in text_of(other) and "吞钞" not in text_of(other)
    own = _ask(mail, ctx, SANYUAN, "", f"查询 {sy.id}")
    assert "郑美玲" in text_of(own) and "13959876543" in text_of(own), "the unit must call its customer"
    figures = _ask(mail, ctx, SANYUAN, "", "统计 2026-11")
    assert "✗" in text_of(figures) and not _attachments(figures), "统计 is the office's and the leaders'"
    assert not [m for m in mail.messages(CHENGGUAN) if cg.id not in subject(m)], "城关 got nothing of 三元's asking"


def test_a_leader_asks_and_reads_masked(tmp_path, mail, db_url):
    ctx, sy, cg = _two_cases(tmp_path, mail, db_url)
    detail = _ask(mail, ctx, VP1, "", f"查询 {sy.id}")
    assert sy.id in text_of(detail) and "郑美玲" not in text_of(detail) and "13959876543" not in text_of(detail)
    listing = _ask(mail, ctx, VP1, "在办清单", "")
    seen = text_of(listing) + " ".join(str(c) for r in _rows(listing) for c in r)
    assert sy.id in seen and cg.id not in seen, "vp1 supervises 三元支行, not 城关分理处"
    # an unproven query in vp1's name gets no case data
    raw = new_mail(VP1, "", f"查询 {sy.id}")
    before = len(mail.messages(VP1))
    send(mail, ctx, raw, "someone@customer.example", verdict="dmarc=fail")
    later = mail.messages(VP1)[before:]
    assert all(sy.id not in text_of(m) or "✗" in text_of(m) for m in later)
    assert all("客户反映" not in text_of(m) for m in later)
    assert case_of(ctx, sy.id).status == "routed"


def test_a_greeting_before_the_command_still_gets_an_answer(tmp_path, mail, db_url):
    ctx, sy, cg = _two_cases(tmp_path, mail, db_url)
    n_cases = len(cases(ctx))
    answer = _ask(mail, ctx, CLERK1, "在办清单", "王科长好：\n在办清单\n谢谢")
    assert len(cases(ctx)) == n_cases, "a clerk's query is not a complaint"
    assert sy.id in text_of(answer) + " ".join(
        str(c) for r in (_rows(answer) if any(k.endswith(".xlsx") for k in _attachments(answer)) else [])
        for c in r) or "✗" in text_of(answer), text_of(answer)
    find(mail, CLERK1, "在办")


def test_leaders_and_an_idle_unit_ask(tmp_path, mail, db_url):
    ctx, sy, cg = _two_cases(tmp_path, mail, db_url)
    everything = _ask(mail, ctx, PRESIDENT, "在办清单", "")
    seen = text_of(everything) + " ".join(str(c) for r in _rows(everything) for c in r)
    assert sy.id in seen and cg.id in seen, "行长可见全部"
    figures = _ask(mail, ctx, VP2, "", "统计 2026-11")
    assert {n.rsplit(".", 1)[-1] for n in _attachments(figures)} >= {"docx", "xlsx"}
    idle = _ask(mail, ctx, MEILIE, "", "在办清单")
    assert sy.id not in text_of(idle) and cg.id not in text_of(idle)
    helped = _ask(mail, ctx, MEILIE, "", "帮助")
    assert "查询" in text_of(helped) and "转办" not in text_of(helped), "a unit is shown the commands it may use"
