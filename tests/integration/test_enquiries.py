"""Read-only commands by mail on real servers and both databases: 帮助, 在办清单, 查询, 统计.

Who gets what: the office all open cases, a unit its own, a leader the units it
supervises; 查询 masked per reader; 统计 only for the office and leaders; a near miss gets
the closest command; a forged sender's Reply-To gets nothing — the answer goes to the
directory's address.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta

from openpyxl import load_workbook
from sqlmodel import Session, select

from core.clock import BRANCH_ZONE
from complaints.sample_mail import complaint_mail
from core.store.models import Case, OutboundMail
from tests.integration.test_lifecycle_helpers import (
    CHENGGUAN, CLERK1, FORM, MEILIE, PRESIDENT, SANYUAN, VP1, csc_form_mail, parse, submit, text_of, with_subject,
)
from tests.support.env import CSC, SERVICE, make_test_context, vouched

AT = datetime(2026, 8, 3, 9, 30, tzinfo=BRANCH_ZONE)   # a Monday
VP2 = "vp2@branch.example"
SECOND = {**FORM, "acceptance_number": "CSC-20260811-0002", "unit": "城关分理处", "customer_name": "林国栋",
          "phone": "13905991234", "content": "客户反映城关分理处自助设备吞卡，两天未处理。"}


def _ask(mail, ctx, sender: str, body: str, subject: str = "查询", extra_headers: dict | None = None,
         proven: bool = True, envelope: str | None = None) -> None:
    """A query as sent from the person's own mailbox (vouched by our server), or, not proven, as anyone
    with plain SMTP could send it (`envelope` the forger's address)."""
    raw = complaint_mail(sender=sender, to=SERVICE, subject=subject, body=body)
    if extra_headers:
        message = parse(raw)
        for key, value in extra_headers.items():
            message[key] = value
        raw = message.as_bytes()
    submit(mail, ctx, vouched(raw) if proven else raw, envelope or sender)


def _xlsx(raw: bytes) -> list[tuple]:
    [part] = [p for p in parse(raw).iter_attachments() if p.get_filename().endswith(".xlsx")]
    book = load_workbook(io.BytesIO(part.get_content()))
    return [tuple(r) for r in book["在办清单"].iter_rows(values_only=True)]


def _cases(ctx) -> dict[str, Case]:
    with Session(ctx.engine) as session:
        return {c.unit: c for c in session.exec(select(Case)).all()}


def test_open_cases_lookup_report_help_by_mail(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    ctx.clock.at = AT + timedelta(days=8)
    submit(mail, ctx, csc_form_mail(SECOND), CSC)
    sanyuan_case, chengguan_case = _cases(ctx)["SY"], _cases(ctx)["CG"]
    ctx.clock.at = AT + timedelta(days=9)   # Wednesday 12 August: the first case is overdue, the second is not
    assert ctx.clock.at > sanyuan_case.due_at.astimezone(BRANCH_ZONE)
    assert ctx.clock.at < chengguan_case.due_at.astimezone(BRANCH_ZONE)

    # the office: every open case, overdue first, with the spreadsheet
    _ask(mail, ctx, CLERK1, "在办清单")
    [office_list] = with_subject(mail, CLERK1, "Re: 查询")
    text = text_of(office_list)
    assert "在办案件 2 件，其中超时 1 件。" in text
    assert text.index(sanyuan_case.id) < text.index(chengguan_case.id)
    assert "超时" in text.split(sanyuan_case.id, 1)[1].splitlines()[0]
    title, header, *rows = _xlsx(office_list)
    assert header[0] == "案件编号" and [r[0] for r in rows] == [sanyuan_case.id, chengguan_case.id]
    assert rows[0][7] == "是" and rows[0][8] < 0 and rows[1][7] == "否" and rows[1][8] > 0
    assert isinstance(rows[0][5], datetime)
    assert "陈晓梅" not in text and "13859012345" not in text, "the list carries no customer data"

    # a unit: its own cases only; a leader: the units it supervises
    _ask(mail, ctx, SANYUAN, "在办")
    [unit_list] = with_subject(mail, SANYUAN, "Re: 查询")
    assert sanyuan_case.id in text_of(unit_list) and chengguan_case.id not in text_of(unit_list)
    _ask(mail, ctx, VP2, "", subject="在办清单")
    [leader_list] = with_subject(mail, VP2, "在办清单")
    assert chengguan_case.id in text_of(leader_list) and sanyuan_case.id not in text_of(leader_list)

    # 查询: the case's own unit sees the customer in full, a leader masked, another unit nothing
    _ask(mail, ctx, SANYUAN, f"查询 {sanyuan_case.id}", subject="查一下")
    [found] = with_subject(mail, SANYUAN, "Re: 查一下")
    assert "陈晓梅" in text_of(found) and "13859012345" in text_of(found)
    assert "处理记录" in text_of(found) and "转办" in text_of(found)
    _ask(mail, ctx, VP1, sanyuan_case.id, subject="案件")
    [masked] = with_subject(mail, VP1, "Re: 案件")
    assert "陈晓梅" not in text_of(masked) and "13859012345" not in text_of(masked)
    assert "陈**" in text_of(masked) and "138****2345" in text_of(masked)
    _ask(mail, ctx, MEILIE, f"查询 {sanyuan_case.id}", subject="案件")
    [refused] = with_subject(mail, MEILIE, "Re: 案件")
    assert "✗ 未找到案件" in text_of(refused) and "陈" not in text_of(refused).split("未找到")[1][:80]
    assert "三元支行" not in text_of(refused)

    # a Reply-To elsewhere: the answer goes to the directory's address, not to the Reply-To
    _ask(mail, ctx, CHENGGUAN, f"查询 {chengguan_case.id}", subject="伪造",
         extra_headers={"Reply-To": "thief@branch.example"})
    with_subject(mail, CHENGGUAN, "Re: 伪造")
    with Session(ctx.engine) as session:
        forged = session.exec(select(OutboundMail).where(OutboundMail.kind == "query")).all()
    assert all(row.recipients in ([CLERK1], [SANYUAN], [VP2], [VP1], [MEILIE], [CHENGGUAN]) for row in forged)

    # near miss and a command the reader may not use
    _ask(mail, ctx, CLERK1, "在办请单", subject="清单")
    [near] = with_subject(mail, CLERK1, "Re: 清单")
    assert "✗" in text_of(near) and "您是不是要：在办清单" in text_of(near)
    _ask(mail, ctx, SANYUAN, "统计 2026-07", subject="统计")
    [not_for_units] = with_subject(mail, SANYUAN, "Re: 统计")
    assert "✗" in text_of(not_for_units) and "无权使用指令“统计”" in text_of(not_for_units)

    # 统计: the period report with both documents; a month that has not ended is refused
    _ask(mail, ctx, PRESIDENT, "统计 2026-08", subject="月报")
    [early] = with_subject(mail, PRESIDENT, "Re: 月报")
    assert "尚未结束" in text_of(early) and "统计 2026-07" in text_of(early)
    ctx.clock.at = datetime(2026, 9, 1, 9, 0, tzinfo=BRANCH_ZONE)
    _ask(mail, ctx, CLERK1, "统计 2026-08", subject="八月")
    [report] = with_subject(mail, CLERK1, "Re: 八月")
    assert "本月新收投诉 2 件" in text_of(report)
    names = sorted(p.get_filename() for p in parse(report).iter_attachments())
    assert names == ["digest-2026-08.docx", "digest-2026-08.xlsx"]

    # 帮助: what each reader may use, with examples and the guide
    _ask(mail, ctx, CLERK1, "帮助", subject="help")
    _ask(mail, ctx, SANYUAN, "/help", subject="help")
    office_help, unit_help = text_of(with_subject(mail, CLERK1, "Re: help")[0]), text_of(
        with_subject(mail, SANYUAN, "Re: help")[0])
    for expected in ("在办清单", "查询 TS-2026-000123", "统计 2026-11", "转办 三元支行", "延期 10天", "使用说明"):
        assert expected in office_help, expected
    assert "查询 TS-2026-000123" in unit_help and "统计 2026-11" not in unit_help and "转办 三元支行" not in unit_help
    assert "回复系统发来的督办邮件" in unit_help


def test_a_forged_query_teaches_the_forger_nothing(tmp_path, mail, db_url):
    """梅列支行 writes as the union clerk (who sees every case) and as 三元支行, with its own Reply-To,
    over plain SMTP, twice each: its mailbox receives nothing; each person named gets only a ✗
    with no case data, and one only (the second within the hour is held back: answer_cap)."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = _cases(ctx)["SY"]
    forger_had = len(mail.messages(MEILIE))
    for named, body in ((CLERK1, "在办清单"), (SANYUAN, f"查询 {case.id}"), (CLERK1, "统计 2026-07"), (SANYUAN, "帮助")):
        _ask(mail, ctx, named, body, subject="伪造查询", extra_headers={"Reply-To": MEILIE}, proven=False,
             envelope=MEILIE)
    clerk = with_subject(mail, CLERK1, "Re: 伪造查询")
    unit = with_subject(mail, SANYUAN, "Re: 伪造查询")
    assert len(mail.messages(MEILIE)) == forger_had, "the forger's mailbox receives nothing"
    for raw in (*clerk, *unit):
        text = text_of(raw)
        assert "✗" in text and "未能验证" in text
        assert case.id not in text and "陈" not in text.split("✗", 1)[1] and "在办案件" not in text
        assert not list(parse(raw).iter_attachments()), "no list, no report"
    with Session(ctx.engine) as session:
        answers = session.exec(select(OutboundMail).where(OutboundMail.kind.in_(("query", "forgery")))).all()
    assert sorted(r for row in answers for r in row.recipients) == sorted([CLERK1, SANYUAN])
    assert {row.kind for row in answers} == {"forgery"} and {row.state for row in answers} == {"sent"}
    assert len(with_subject(mail, CLERK1, "Re: 伪造查询")) == len(with_subject(mail, SANYUAN, "Re: 伪造查询")) == 1

    # the same question from the clerk's own mailbox (vouched by our server) is answered
    _ask(mail, ctx, CLERK1, "在办清单", subject="真的查询")
    [real] = with_subject(mail, CLERK1, "Re: 真的查询")
    assert case.id in text_of(real) and "在办案件 1 件" in text_of(real)
