"""No English word of the workflow in anything a person reads: every mail and document of a full scenario.

The scenario runs the case workflow end to end on the real servers (both databases): intake,
a co-unit, a level raised by command, a leader's 批示, a contribution, the answer, a customer's
不满意 with a reason and the reopened 督办单, closure with the form back at the source, a unit's
"not ours", the office chased, re-routing, the unit's deadlines run out, a spoofed reply, and
the office's scheduled mail (the weekly digest, the month's 考核 report, the daily and the units'
在办清单). Then every mailbox is read: subjects, text and HTML bodies, and every .docx and .xlsx
attached (python-docx, openpyxl: every cell of every sheet); the test proves the digest and the
month report with their .docx and .xlsx were among what it read. The forbidden words come from the code's own vocabularies (statuses, event
kinds, levels, channels, routing rules), so a new code word is covered the day it is added.
"""

from __future__ import annotations

import html
import io
import re
from datetime import datetime, timedelta

from docx import Document
from openpyxl import load_workbook

from complaints.sample_mail import complaint_mail
from complaints.workflow import CaseStatus, EventKind
from core.channels import CHANNEL_NAMES
from core.clock import BRANCH_ZONE
from core.severity import LEVELS
from router.rules import RULE_TITLES
from tests.integration.test_lifecycle_helpers import (
    CHENGGUAN, CLERK1, CUSTOMER, FORM, SANYUAN, VP1, case_of, csc_form_mail, only_case, parse, reply_to, submit,
    with_subject,
)
from tests.support.env import CSC, SERVICE, make_test_context, run_until_idle, vouched
from tests.support.mailservers import accounts

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)   # a Thursday
SCHEDULE_ON = """
[digest]
weekday = "monday"
time = "09:00"
to = ["union@branch.example"]
open_list = true
open_list_time = "08:30"
unit_lists = true
unit_list_weekday = "monday"
period_reports = true
"""
CODE_WORDS = {*map(str, CaseStatus), *map(str, EventKind), *LEVELS, *CHANNEL_NAMES, *RULE_TITLES,
              "None", "null", "True", "False", "system", "router", "command", "reply", "triage", "unit"}
_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+|<[^>]*>|https?://\S+")
_WORD = re.compile(r"[A-Za-z_]{3,}")


def english_words(text: str) -> set[str]:
    """Code words in a text a person reads (addresses and Message-IDs are not words; the code's
    words are lower case, so a source's own number like CSC-20261126-0001 is data, not a word)."""
    return {w for w in _WORD.findall(_ADDRESS.sub(" ", text)) if w in CODE_WORDS}


def readable_parts(raw: bytes) -> list[tuple[str, str]]:
    """(where, text) for the subject, the text and HTML bodies and each .docx/.xlsx attached."""
    message = parse(raw)
    out = [("subject", str(message["Subject"]))]
    for part in message.walk():
        kind, name = part.get_content_type(), part.get_filename() or ""
        if kind == "text/plain" and not name:
            out.append(("text", part.get_content()))
        elif kind == "text/html" and not name:
            visible = re.sub(r"<style.*?</style>|<[^>]+>", " ", part.get_content(), flags=re.S)
            out.append(("html", html.unescape(visible)))
        elif name.endswith(".docx"):
            doc = Document(io.BytesIO(part.get_content()))
            cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
            out.append((name, "\n".join([p.text for p in doc.paragraphs] + cells)))
        elif name.endswith(".xlsx"):
            book = load_workbook(io.BytesIO(part.get_content()), read_only=True)
            cells = [str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                     for v in row if v is not None]
            out.append((name, "\n".join([*book.sheetnames, *cells])))
    return out


def test_english_words_are_found_where_they_leak():
    assert english_words("案件状态为“routed”时收到回复") == {"routed"}
    assert english_words("转办至三元支行，规则 source_default") == {"source_default"}
    assert english_words("请联系 clerk1@branch.example <abc.routed@x>，受理编号 CSC-20261126-0001") == set()


def test_no_workflow_word_in_any_mail_or_document_of_a_full_scenario(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT, extra=SCHEDULE_ON)
    submit(mail, ctx, csc_form_mail(FORM, customer_email=CUSTOMER), CSC)
    case = only_case(ctx)
    submit(mail, ctx, vouched(complaint_mail(sender=CLERK1, to=SERVICE, subject=f"[{case.id}] 指令",
                                             body="协办 城关\n较大 客户一周内第二次投诉\n延期 2天 原因：客户出差")), CLERK1)
    routing = with_subject(mail, CHENGGUAN, "客户投诉督办")[0]
    leader_copy = [m for m in mail.messages(VP1) if "客户投诉督办" in str(parse(m)["Subject"])][-1]
    submit(mail, ctx, reply_to(leader_copy, sender=VP1, body="请三元支行今天内联系客户。"), VP1)
    submit(mail, ctx, reply_to(routing, sender=CHENGGUAN, body="我处已调取监控，柜员确有怠慢。"), CHENGGUAN)
    submit(mail, ctx, reply_to(routing, sender="sanyuan@branch-example.com", body="已处理完毕。\n办结"),
           "sanyuan@branch-example.com")
    own = with_subject(mail, SANYUAN, "客户投诉督办")[-1]          # each replies to its own copy
    submit(mail, ctx, reply_to(own, sender=SANYUAN, body="已向客户致歉并增开对私窗口。\n重开"), SANYUAN)
    survey = with_subject(mail, CUSTOMER, "满意度回访")[0]
    ctx.clock.at = AT + timedelta(days=1)
    submit(mail, ctx, reply_to(survey, sender=CUSTOMER, body="不满意，网点没有说明原因。"), CUSTOMER)
    reopen = with_subject(mail, SANYUAN, "重新办理")[0]
    submit(mail, ctx, reply_to(reopen, sender=SANYUAN, body="处理情况：支行行长已上门致歉。\n处理人：王五\n处理日期：2026-11-27"),
           SANYUAN)
    call = with_subject(mail, CLERK1, "请回访客户", count=2)[-1]
    submit(mail, ctx, reply_to(call, sender=CLERK1, body="满意度 满意"), CLERK1)
    assert case_of(ctx, case.id).status == "closed"

    second = {**FORM, "acceptance_number": "CSC-20261127-0002", "content": "客户反映ATM吞卡后无人处理。"}
    submit(mail, ctx, csc_form_mail(second), CSC)
    other = with_subject(mail, SANYUAN, "ATM吞卡")[0]
    submit(mail, ctx, reply_to(other, sender=SANYUAN, body="不属于我处，请重新分派。"), SANYUAN)
    letter = complaint_mail(sender="scanner@branch.example", to=SERVICE, subject="客户来信扫描件",
                            body="客户李女士来信反映：在贵行某网点办理业务时排队时间过长，无人引导。联系电话 13900001111。")
    submit(mail, ctx, letter, "scanner@branch.example")     # no unit named: triage, chased, left unassigned
    for day in range(1, 30):                          # chases, deadlines, the digest, the regulator's limit
        ctx.clock.at = AT + timedelta(days=day, hours=9)
        run_until_idle(ctx)
        if day == 6:
            request = with_subject(mail, "union@branch.example", "申请重新分派")[0]
            submit(mail, ctx, reply_to(request, sender=CLERK1, body="转办 梅列支行"), CLERK1)

    leaks = []
    count = 0
    read: dict[str, set[str]] = {}        # subject → the parts read of it
    for user in accounts():
        for raw in mail.messages(user):
            count += 1
            subject = str(parse(raw)["Subject"])
            for where, text in readable_parts(raw):
                read.setdefault(subject, set()).add(where.rpartition(".")[2] if "." in where else where)
                found = english_words(text)
                if found:
                    leaks.append(f"{user} {subject} [{where}]: {sorted(found)}")
    assert count > 40, count
    assert not leaks, "\n".join(leaks)
    for report in ("客户投诉处理周报", "客户投诉处理月度考核报告"):
        parts = [p for subject, p in read.items() if report in subject]
        assert parts and all({"subject", "text", "html", "docx", "xlsx"} <= p for p in parts), (report, parts)
    assert any("在办清单" in subject for subject in read), sorted(read)
    assert any("客户答复拟稿" in subject for subject in read) and any("已办结" in subject for subject in read)
