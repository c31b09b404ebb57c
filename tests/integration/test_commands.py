"""Every staff command by email on real servers and both databases, authorised and not.

转办, 协办, 牵头, 较大/重大 (and /severity), 延期 within the staff's limit and beyond it (the
president's 批准), 满意度, 办结, 重开 — each answered in the thread with ✓ or ✗; a unit, a
clerk giving 批准, and a stranger are refused, and the office hears of it.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta

from openpyxl import load_workbook

from complaints.sample_mail import complaint_mail
from core.clock import BRANCH_ZONE
from tests.integration.test_lifecycle_helpers import (
    CHENGGUAN, CLERK1, FORM, MEILIE, PRESIDENT, SANYUAN, VP1, case_of, csc_form_mail, kinds, only_case, parse,
    reply_to, submit, text_of, with_subject,
)
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context, vouched

AT = datetime(2026, 8, 3, 9, 30, tzinfo=BRANCH_ZONE)   # a Monday


def _lines(raw: bytes) -> list[tuple[str, str]]:
    """The answer's numbered lines as (✓ or ✗, text)."""
    found = (re.match(r"^\d+\) ([✓✗]) (.*)$", ln.strip()) for ln in text_of(raw).splitlines())
    return [(m[1], m[2]) for m in found if m]


def _command_mail(case_id: str, body: str, sender: str = CLERK1) -> bytes:
    """A command written afresh (outside a thread): it acts because the receiving server vouches."""
    return vouched(complaint_mail(sender=sender, to=SERVICE, subject=f"[{case_id}] 指令", body=body))


def test_every_command_authorised_and_not(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    assert case.unit == "SY" and case.severity == "normal"

    ctx.clock.at = AT + timedelta(hours=1)
    body = "\n".join(["转办 梅列支行", "协办 城关", "牵头 三元支行", "较大", "延期 10天 原因：客户出差",
                      "延期 20天 原因：需调取监控录像", "转办 三元之行", "办结", "满意度 满意", "重开",
                      "/severity serious"])
    submit(mail, ctx, _command_mail(case.id, body), CLERK1)
    [answer] = with_subject(mail, CLERK1, f"[{case.id}]")
    lines = _lines(answer)
    assert len(lines) == 11, lines
    assert "".join(mark for mark, _ in lines) == "✓✓✓✓✓✓✗✗✗✗✓", lines
    texts = [text for _, text in lines]
    assert "最接近的是：三元支行(SY)" in texts[6]
    assert "尚未反馈处理情况" in texts[7] and "尚未反馈处理情况" in texts[8] and "只有已反馈或已办结" in texts[9]
    assert "已报行长审批" in texts[5]

    case = case_of(ctx, case.id)
    assert case.unit == "SY" and set(case.co_units) == {"CG", "ML"}
    assert case.severity == "serious" and case.fields["regulatory_days"] == 25
    assert case.fields["pending_extension"]["days"] == 20
    assert with_subject(mail, MEILIE, "客户投诉督办"), "转办 sent the 督办 mail to 梅列支行"
    assert with_subject(mail, CHENGGUAN, "客户投诉督办"), "协办 put 城关分理处 in cc"
    assert with_subject(mail, VP1, "较大问题客户投诉报告") and with_subject(mail, PRESIDENT, "重大问题客户投诉报告")
    [request] = with_subject(mail, PRESIDENT, "延期审批")
    assert "45 天" in str(parse(request)["Subject"]) and "需调取监控录像" in text_of(request)

    submit(mail, ctx, _command_mail(case.id, "批准"), CLERK1)
    assert "仅限行长使用" in text_of(with_subject(mail, CLERK1, f"[{case.id}]", count=2)[-1])
    assert case_of(ctx, case.id).fields["regulatory_days"] == 25

    submit(mail, ctx, reply_to(request, sender=PRESIDENT, body="批准"), PRESIDENT)
    case = case_of(ctx, case.id)
    assert case.fields["regulatory_days"] == 45 and "pending_extension" not in case.fields
    assert "✓" in text_of(with_subject(mail, PRESIDENT, "Re:")[-1])
    assert with_subject(mail, SANYUAN, "办理时限已调整", count=2), "both extensions told the unit its new due date"

    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")[-1:]
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="办结"), SANYUAN)
    assert "无权使用指令" in text_of(with_subject(mail, SANYUAN, "Re:")[-1])
    assert with_subject(mail, OFFICE, "非授权人员的指令")
    assert case_of(ctx, case.id).status == "routed"

    stranger = "someone@customer.example"
    submit(mail, ctx, _command_mail(case.id, "/close", sender=stranger), stranger)
    assert case_of(ctx, case.id).status == "routed" and kinds(ctx, case.id)[-1] == "unverified_note"

    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="已向客户道歉，并调整了窗口排班。"), SANYUAN)
    assert case_of(ctx, case.id).status == "answered"
    submit(mail, ctx, _command_mail(case.id, "/satisfaction 基本满意"), CLERK1)
    case = case_of(ctx, case.id)
    assert case.status == "closed" and case.satisfaction == "基本满意"
    assert with_subject(mail, CSC, "Re: ["), "the result went back to the CSC"

    submit(mail, ctx, _command_mail(case.id, "重开 客户再次来电投诉"), CLERK1)
    case = case_of(ctx, case.id)
    assert case.status == "routed" and case.reopen_count == 1
    submit(mail, ctx, _command_mail(case.id, "办结 客户已撤诉"), CLERK1)
    case = case_of(ctx, case.id)
    assert case.status == "closed" and case.result_text == "客户已撤诉"

    trail = kinds(ctx, case.id)
    assert trail.count("command_refused") >= 6 and "extension_requested" in trail and "extension_approved" in trail
    assert "units_changed" in trail and "severity_changed" in trail and trail.count("closed") == 2


def test_the_office_corrects_the_classification_and_the_statistics_follow(tmp_path, mail, db_url):
    """分类: a letter's business and cause are the classifier's suggestion; the office's word is
    final, kept on the trail, and the month's report counts the case under it."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    assert (case.category, case.cause) == ("人民币储蓄", "服务态度及服务质量")

    ctx.clock.at = AT + timedelta(hours=1)
    submit(mail, ctx, _command_mail(case.id, "分类 信用卡 收费\n分类 存折\n分类 信用卡 定价收费"), CLERK1)
    [answer] = with_subject(mail, CLERK1, f"[{case.id}]")
    lines = _lines(answer)
    assert [mark for mark, _ in lines] == ["✓", "✗", "✗"], lines
    assert "银行卡/信用卡" in lines[0][1] and "定价收费" in lines[0][1]
    assert "“存折”不是业务类别或投诉原因" in lines[1][1] and "已是" in lines[2][1]
    trail = [e for e in kinds(ctx, case.id) if e == "reclassified"]
    assert len(trail) == 1, "the refused repeat is not on the trail"
    case = case_of(ctx, case.id)
    assert (case.category, case.fields["business_sub"], case.cause) == ("银行卡", "信用卡", "定价收费")
    assert case.unit == "SY" and "reclassified" in kinds(ctx, case.id)

    submit(mail, ctx, _command_mail(case.id, "分类 服务态度", sender=SANYUAN), SANYUAN)
    assert "无权使用指令" in text_of(with_subject(mail, SANYUAN, f"[{case.id}]")[-1])
    assert case_of(ctx, case.id).cause == "定价收费", "a unit cannot reclassify its own case"

    submit(mail, ctx, csc_form_mail({**FORM, "acceptance_number": "CSC-20260803-0002"}), CSC)
    submit(mail, ctx, vouched(complaint_mail(sender=CLERK1, to=SERVICE, subject="清单", body="在办清单")), CLERK1)
    [listing] = with_subject(mail, CLERK1, "Re: 清单")
    [book] = [load_workbook(io.BytesIO(p.get_content())) for p in parse(listing).iter_attachments()]
    sheet = [[cell.value for cell in row] for row in book.active.iter_rows()]
    header = sheet[1]
    rows = {r[0]: dict(zip(header, r)) for r in sheet[2:]}
    other = next(k for k in rows if k != case.id)
    assert [rows[case.id][k] for k in ("业务类别", "投诉原因", "分类")] == ["银行卡/信用卡", "定价收费", "工会核定"]
    assert [rows[other][k] for k in ("业务类别", "投诉原因", "分类")] == ["人民币储蓄", "服务态度及服务质量", "系统判断"]

    ctx.clock.at = datetime(2026, 9, 1, 9, 0, tzinfo=BRANCH_ZONE)
    submit(mail, ctx, vouched(complaint_mail(sender=CLERK1, to=SERVICE, subject="八月", body="统计 2026-08")),
           CLERK1)
    [report] = with_subject(mail, CLERK1, "Re: 八月")
    text = text_of(report)
    for line in ("银行卡 | 1 | 0 | 1", "人民币储蓄 | 1 | 0 | 1", "定价收费 | 1 | 0 | 1", "服务态度及服务质量 | 1 | 0 | 1"):
        assert line in text, (line, text[:3000])
