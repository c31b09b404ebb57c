"""The pure parts of a case's life: reading answers and verdicts, who a sender is, deadline steps,
comment-book reports, the completed form, the timeline. No servers, no database.
"""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from docx import Document

from complaints.answers import answer_from_text, is_acknowledgement_only, read_answer, satisfaction_in
from complaints.handlers.comment_book import is_nothing, split_entries
from complaints.closure import date_text_cn
from complaints.deadline_rules import CaseClock, due_steps, remind_at
from complaints.result_form import ResultValues, completed_form
from complaints.sample_mail import acceptance_form_docx
from complaints.samples import SAMPLES
from core.clock import BRANCH_ZONE
from core.config import SlaConfig, load_settings
from tests.support.keys import with_test_key
from complaints.senders import Role, identify, look_alike, known_addresses
from complaints.timeline import timeline_lines, width
from core.store.models import Case
from parsers.documents import parse_form_document
from parsers.mail import parse_message
from router.calendar import WorkingCalendar
from tests.integration.test_lifecycle_helpers import filled_supervision_form

CAL = WorkingCalendar()
SLA = SlaConfig()


def at(*args) -> datetime:
    return datetime(*args, tzinfo=BRANCH_ZONE)


@pytest.fixture(scope="module")
def settings():
    return with_test_key(load_settings(SAMPLES / "complaints.toml"))


# --- answers -----------------------------------------------------------------------------------

def test_labelled_body_gives_result_handler_and_date_without_the_quoted_history():
    answer = answer_from_text("处理情况：已致电客户致歉。\n已增开窗口。\n处理人：王五\n处理日期：2026-10-10\n\n"
                              "-----原始邮件-----\n发件人: complaints@branch.example\n主题: 督办\n\n> 客户反映排队")
    assert answer.result == "已致电客户致歉。\n已增开窗口。"
    assert (answer.handler, answer.handled_at) == ("王五", "2026-10-10")


def test_plain_body_is_the_result_and_an_acknowledgement_is_none():
    assert answer_from_text("已向客户道歉并退还手续费。").result == "已向客户道歉并退还手续费。"
    for text in ("收到", "好的，正在处理。", "已收悉！", "", "  "):
        assert answer_from_text(text).result == "" and is_acknowledgement_only(text)
    assert not is_acknowledgement_only("收到，已为客户退还手续费")


def test_result_from_the_returned_supervision_form_wins_over_the_body():
    from email.message import EmailMessage

    from outbox.supervision_form import supervision_form_docx
    from outbox.views import case_view

    settings = with_test_key(load_settings(SAMPLES / "complaints.toml"))
    case = Case(id="TS-2026-000001", status="routed", channel="csc", unit="SY", received_at=at(2026, 10, 9, 10),
                updated_at=at(2026, 10, 9, 10), content="排队久", request="道歉", due_at=at(2026, 10, 16, 18))
    form = supervision_form_docx(case_view(case, settings.units, reveal_contact=True), issuer="分行工会",
                                 issued_at=at(2026, 10, 9, 10), cc_leaders=[])
    filled = filled_supervision_form(form, result="已上门致歉。", handler="王五", handled_at="2026-10-12",
                                     satisfaction="满意")
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "sanyuan@branch.example", "complaints@branch.example", "回复"
    msg.set_content("详见附件。")
    msg.add_attachment(filled, maintype="application", subtype="octet-stream", filename="督办单.docx")
    answer = read_answer(parse_message(msg.as_bytes()))
    assert (answer.result, answer.handler, answer.handled_at) == ("已上门致歉。", "王五", "2026-10-12")
    assert answer.reported_satisfaction == "满意" and answer.source == "form:督办单.docx"
    blank = EmailMessage()
    blank["From"], blank["Subject"] = "sanyuan@branch.example", "回复"
    blank.set_content("处理情况：电话致歉。")
    blank.add_attachment(form, maintype="application", subtype="octet-stream", filename="督办单.docx")
    assert read_answer(parse_message(blank.as_bytes())).result == "电话致歉。", "an unfilled form is no result"


@pytest.mark.parametrize("text, level", [
    ("满意", "满意"), ("非常满意，谢谢！", "满意"), ("基本满意", "基本满意"), ("不满意，没人联系我", "不满意"),
    ("不太满意", "不满意"), ("3", "不满意"), ("1", "满意"), ("请尽快处理", None), ("", None),
])
def test_satisfaction_words(text, level):
    assert satisfaction_in(text) == level


# --- senders -----------------------------------------------------------------------------------

def test_roles_on_a_case(settings):
    case = Case(id="TS-2026-000001", status="routed", channel="csc", unit="SY", co_units=["CG"],
                customer_email="customer@customer.example", received_at=at(2026, 10, 9), updated_at=at(2026, 10, 9))
    roles = {a: identify(a, case, settings).role for a in (
        "clerk1@branch.example", "union@branch.example", "Sanyuan@Branch.Example", "chengguan@branch.example",
        "vp1@branch.example", "vp2@branch.example", "president@branch.example", "customer@customer.example",
        "card@branch.example", "csc@province.example", "who@else.example")}
    assert roles == {
        "clerk1@branch.example": Role.STAFF, "union@branch.example": Role.OFFICE,
        "Sanyuan@Branch.Example": Role.LEAD_UNIT, "chengguan@branch.example": Role.CO_UNIT,
        "vp1@branch.example": Role.UNIT_LEADER, "vp2@branch.example": Role.UNIT_LEADER,
        "president@branch.example": Role.PRESIDENT, "customer@customer.example": Role.CUSTOMER,
        "card@branch.example": Role.OTHER_UNIT, "csc@province.example": Role.SOURCE,
        "who@else.example": Role.UNKNOWN}
    assert identify("sanyuan@branch.example", case, settings).may_answer
    assert not identify("customer@customer.example", case, settings).may_answer
    assert not identify("vp1@branch.example", case, settings).may_answer, "a leader's words are a 批示"


@pytest.mark.parametrize("address", ["sanyuan@branch-example.com", "sanyuan@branch.example.evil",
                                     "sanyuan@brahch.example", "sanyuan@branch.example.cn", "sanyuam@branch.example"])
def test_look_alikes_of_the_unit_address_are_named(settings, address):
    assert look_alike(address, known_addresses(settings)) == "sanyuan@branch.example"


@pytest.mark.parametrize("address", ["someone@gmail.com", "customer@customer.example", "sanyuan@branch.example"])
def test_other_addresses_are_no_look_alikes(settings, address):
    assert look_alike(address, known_addresses(settings)) is None


# --- deadline steps over National Day 2026 ---------------------------------------------------------

DUE = at(2026, 10, 12, 18, 0)   # received Tue 9-29: 9-30, 10-08, 10-09, 10-10 (调休 Saturday), 10-12
CLOCK = CaseClock(status="routed", due_at=DUE, regulatory_due_at=at(2026, 10, 14, 18, 0), routed_at=at(2026, 9, 29, 10))


def steps_at(*args, done=(), clock=CLOCK):
    return [(s.kind, s.overdue_days) for s in due_steps(clock, set(done), at(*args), SLA, CAL)]


def test_the_reminder_falls_on_the_make_up_saturday():
    assert remind_at(DUE, SLA, CAL) == at(2026, 10, 10, 9, 0)
    assert steps_at(2026, 10, 9, 18, 0) == []
    assert steps_at(2026, 10, 10, 9, 0) == [("remind", 0)]
    assert steps_at(2026, 10, 12, 17, 59, done={"remind-202610121800"}) == []


def test_overdue_on_the_due_evening_and_escalation_three_working_days_later():
    done = {"remind-202610121800"}
    assert steps_at(2026, 10, 12, 18, 1, done=done) == [("overdue", 0)]
    done |= {"overdue-202610121800"}
    assert steps_at(2026, 10, 14, 17, 0, done=done) == []
    assert steps_at(2026, 10, 15, 8, 59, done=done | {"regulatory-202610141800"}) == []
    assert steps_at(2026, 10, 15, 9, 0, done=done | {"regulatory-202610141800"}) == [("escalate", 3)]
    assert steps_at(2026, 10, 14, 18, 1, done=done) == [("regulatory", 0)]


def test_steps_missed_while_down_are_taken_once_and_a_late_reminder_is_dropped():
    assert steps_at(2026, 10, 16, 10, 0) == [("overdue", 4), ("escalate", 4), ("regulatory", 0)]
    late_routing = CaseClock(status="routed", due_at=DUE, regulatory_due_at=None, routed_at=at(2026, 10, 10, 15))
    assert steps_at(2026, 10, 10, 16, 0, clock=late_routing) == []


def test_answered_and_closed_cases_are_not_chased():
    answered = CaseClock(status="answered", due_at=DUE, regulatory_due_at=at(2026, 10, 14, 18), routed_at=None)
    assert steps_at(2026, 10, 16, 10, 0, clock=answered) == [("regulatory", 0)]
    closed = CaseClock(status="closed", due_at=DUE, regulatory_due_at=at(2026, 10, 14, 18), routed_at=None)
    assert steps_at(2026, 10, 16, 10, 0, clock=closed) == []


def test_an_unrecorded_satisfaction_call_is_chased_then_escalated_over_the_make_up_saturday():
    """Answered Friday 10-09: two working days are 10-10 (调休 Saturday) and 10-12; the office's
    leader hears of it a working day after the chase, 10-13 (Tuesday)."""
    answered = CaseClock(status="answered", due_at=DUE, regulatory_due_at=None, routed_at=None,
                         answered_at=at(2026, 10, 9, 10))
    assert steps_at(2026, 10, 12, 18, 0, clock=answered) == []
    assert steps_at(2026, 10, 12, 18, 1, clock=answered) == [("call_chase", 0)]
    assert steps_at(2026, 10, 13, 18, 0, clock=answered, done={"call-202610091000"}) == []
    assert steps_at(2026, 10, 13, 18, 1, clock=answered, done={"call-202610091000"}) == [("call_escalate", 0)]
    assert steps_at(2026, 10, 20, 9, 0, clock=answered,
                    done={"call-202610091000", "call-escalate-202610091000"}) == []


# --- comment book ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["无", "无。", "今日无", "今日意见簿无新意见", "没有新意见", "暂无意见", "无 "])
def test_nothing_in_the_book(text):
    assert is_nothing(text)


@pytest.mark.parametrize("text", ["无理由拒绝办理业务", "客户反映无法取款", "1. 客户反映排队"])
def test_an_entry_is_not_nothing(text):
    assert not is_nothing(text)


def test_entries_are_split_by_their_numbers():
    text = "今日两条：\n1. 客户甲反映排队久\n   希望增开窗口\n2、客户乙反映ATM吞卡\n（二）不是编号"
    assert split_entries(text) == ["客户甲反映排队久\n希望增开窗口", "客户乙反映ATM吞卡\n（二）不是编号"]
    assert split_entries("客户反映门口台阶湿滑。") == ["客户反映门口台阶湿滑。"]
    assert split_entries("   ") == []


# --- the completed form --------------------------------------------------------------------------

def test_the_sources_own_form_gets_its_result_rows():
    own = acceptance_form_docx({"acceptance_number": "CSC-1", "customer_name": "陈晓梅", "content": "排队久"})
    values = ResultValues(result="已致歉。\n已增开窗口。", handling_unit="三元支行", handler="王五", handled_at="2026年10月12日",
                          satisfaction="基本满意")
    form = completed_form(own, values, [])
    fields = parse_form_document(form, "form.docx").as_dict()
    assert fields["acceptance_number"] == "CSC-1" and fields["content"] == "排队久"
    assert fields["result"] == "已致歉。\n已增开窗口。" and fields["satisfaction"] == "基本满意"
    assert fields["handler"] == "王五" and fields["handled_at"] == "2026年10月12日"
    rows = {r.cells[0].text: r.cells[1].text for t in Document(io.BytesIO(form)).tables for r in t.rows}
    assert rows["处理单位"] == "三元支行"


@pytest.mark.parametrize("written", ["2026-12-05", "2026/12/5", "2026.12.05", "2026年12月5日", " 2026-12-5 "])
def test_a_handling_date_is_written_as_a_form_writes_it(written):
    assert date_text_cn(written) == "2026年12月5日"
    assert date_text_cn("上周五") == "上周五"


def test_a_source_without_a_docx_gets_a_fresh_form():
    values = ResultValues(result="已致歉。", handling_unit="三元支行", handler="王五", handled_at="2026年10月12日",
                          satisfaction="满意")
    fields = parse_form_document(completed_form(None, values, [("受理编号", "W-9"), ("投诉内容", "吞卡")]),
                                 "f.docx").as_dict()
    assert fields["acceptance_number"] == "W-9" and fields["result"] == "已致歉。"
    assert parse_form_document(completed_form(b"not a docx", values, []), "f.docx").get("result") == "已致歉。"


# --- timeline ----------------------------------------------------------------------------------

def test_timeline_lines_align_chinese_labels():
    lines = timeline_lines([
        {"at": "2026-10-12T18:30:00+08:00", "kind": "overdue", "actor": "system", "detail": "超时\n已督办"},
        {"at": "2026-10-15T09:30:00+08:00", "kind": "escalated", "actor": "system", "detail": "已报告行长"},
        {"at": "2026-10-15T09:31:00+08:00", "kind": "something_new", "actor": "x", "detail": ""},
    ])
    assert lines[0].startswith("  2026-10-12 18:30  超时督办") and "超时 / 已督办" in lines[0]
    assert width(lines[0].split("system")[0]) == width(lines[1].split("system")[0])
    assert "something_new" in lines[2]
