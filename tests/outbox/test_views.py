from __future__ import annotations

from datetime import datetime, timezone

from core.clock import BRANCH_ZONE
from outbox.views import (
    QuarantineEntry,
    candidate_views,
    case_view,
    format_date_cn,
    format_datetime_cn,
    mask_email,
    quarantine_lines,
    short_text,
)
from tests.outbox.conftest import make_case


def test_unit_sees_name_and_phone_but_never_id_or_account(directory):
    view = case_view(make_case(), directory, reveal_contact=True)
    assert view.customer_name == "张三"
    assert view.customer_phone == "13812345678"
    assert view.customer_email == "zhangsan@example.com"
    assert view.customer_id_number.endswith("1234") and "350402" not in view.customer_id_number
    assert view.customer_account.endswith("0123") and "622202" not in view.customer_account


def test_masked_view_hides_contact_details(directory):
    case = make_case(content="客户张三（手机13812345678，卡号6222021234567890123）投诉排队时间长")
    view = case_view(case, directory, reveal_contact=False)
    assert view.customer_name == "张*"
    assert view.customer_phone == "138****5678"
    assert view.customer_email == "z***@example.com"
    assert "13812345678" not in view.content and "6222021234567890123" not in view.content
    assert "投诉排队时间长" in view.content


def test_display_values_are_chinese(directory):
    view = case_view(make_case(co_units=["ML", "GONE"], severity="major"), directory, reveal_contact=True)
    assert view.tag == "[TS-2026-000001]"
    assert view.channel_name == "省行客户服务中心"
    assert view.unit_name == "三元支行" and view.unit_email == "sanyuan@branch.example"
    assert view.co_unit_names == ("梅列支行", "GONE")  # a code the directory lost shows as itself
    assert view.co_units_text == "梅列支行、GONE"
    assert view.severity_name == "较大问题" and view.is_major
    assert view.received_at_text == "2026年10月9日 09:30"
    assert view.due_at_text == "2026年10月16日 18:00"
    assert view.regulatory_due_at_text == "2026年10月24日 18:00"
    assert view.content_lines == ("客户反映10月8日在三元支行办理挂失，排队两个小时无人引导，", "大堂经理态度生硬。")
    assert view.short_content == "客户反映10月8日在三元支行办理挂失，排…"


def test_every_channel_and_severity_has_a_chinese_name(directory):
    names = {}
    for channel in ("csc", "walk_in", "letter", "comment_book", "online", "media", "superior"):
        names[channel] = case_view(make_case(channel=channel), directory, reveal_contact=False).channel_name
    assert names == {"csc": "省行客户服务中心", "walk_in": "客户上门", "letter": "客户信件",
                     "comment_book": "意见簿(箱)", "online": "网络(总行客服中心)", "media": "媒体",
                     "superior": "上级行转来"}
    assert [case_view(make_case(severity=s), directory, reveal_contact=False).severity_name
            for s in ("normal", "major", "serious")] == ["一般", "较大问题", "重大问题"]


def test_a_case_in_triage_has_blank_unit_and_dates(directory):
    view = case_view(make_case(unit=None, status="triage", due_at=None, customer_phone=None),
                     directory, reveal_contact=True)
    assert view.unit_name == "" and view.unit_email == ""
    assert view.due_at_text == ""
    assert view.customer_phone == ""
    assert view.status_name == "待分派"


def test_dates_are_shown_in_branch_time():
    utc = datetime(2026, 10, 9, 10, 0, tzinfo=timezone.utc)
    assert format_datetime_cn(utc) == "2026年10月9日 18:00"
    assert format_date_cn(utc) == "2026年10月9日"
    assert format_datetime_cn(None) == ""


def test_short_text_and_email_mask():
    assert short_text("  排队时间长。\n第二行", 20) == "排队时间长"
    assert short_text("一二三四五六", 3) == "一二三…"
    assert short_text("", 5) == ""
    assert mask_email("li@bank.example") == "l***@bank.example"


def test_candidates_from_router_objects_or_pairs(directory):
    class Candidate:
        code, name, score, why = "ML", "梅列支行", 80.0, "『被投诉单位』栏「梅列」与「梅列支行」相似"

    views = candidate_views([Candidate(), ("SY", "业务条线")], directory)
    assert [(v.code, v.name, v.reason) for v in views] == [
        ("ML", "梅列支行", "『被投诉单位』栏「梅列」与「梅列支行」相似"), ("SY", "三元支行", "业务条线")]


def test_quarantine_lines_carry_the_retry_command(now):
    [line] = quarantine_lines([QuarantineEntry(id="17", received_at=now, sender="x@example.com",
                                               subject="投诉\n附件", reason="附件已加密", error_id="E7f3a")])
    assert line.retry_command == "complaints quarantine retry 17"
    assert line.received_at_text == "2026年10月9日 10:00"
    assert line.subject == "投诉 附件"


def test_a_deadline_counted_across_a_provisional_year_is_marked_zanding(directory):
    case = make_case(due_at=datetime(2026, 12, 30, 18, tzinfo=BRANCH_ZONE),
                     regulatory_due_at=datetime(2027, 1, 12, 18, tzinfo=BRANCH_ZONE), fields={"provisional_years": [2027]})
    view = case_view(case, directory, reveal_contact=False)
    assert view.due_at_text == "2026年12月30日 18:00"                    # counted on 2026's official days only
    assert view.regulatory_due_at_text == "2027年1月12日 18:00（暂定）"
    firm = case_view(make_case(due_at=datetime(2027, 1, 12, 18, tzinfo=BRANCH_ZONE)), directory, reveal_contact=False)
    assert firm.due_at_text == "2027年1月12日 18:00"
