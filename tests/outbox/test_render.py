from __future__ import annotations

import re

import jinja2
import pytest

from outbox.render import render_mail
from outbox.views import QuarantineEntry, candidate_views, case_view, quarantine_lines
from templates import TEMPLATE_DIR
from tests.outbox.conftest import NOW, make_case

EVIL = "<script>alert('x')</script>"
MAIL_KINDS = ("routing_notice", "triage_request", "leader_notice", "acknowledgement",
              "command_reply", "office_alert", "quarantine_summary")


def _values(kind: str, directory) -> dict:
    case = make_case(customer_name=f"张{EVIL}", co_units=["ML"], severity="major",
                     acceptance_number=f"GD2026{EVIL}",
                     content=f"排队两小时 {EVIL}\n大堂经理态度差", request="要求道歉")
    unit_view = case_view(case, directory, reveal_contact=True)
    masked = case_view(case, directory, reveal_contact=False)
    office = dict(office_name="分行工会", office_address="union@branch.example")
    return {
        "routing_notice": dict(case=unit_view, attachment_name="督办单-TS-2026-000001.docx",
                               cc_leaders_text="张明副行长", original_names=f"来信{EVIL}.pdf",
                               missing_parts=f"共3封，第2封{EVIL}", **office),
        "triage_request": dict(case=masked, office_name="分行工会",
                               candidates=candidate_views([("SY", f"内容提到三元{EVIL}"), ("ML", "业务条线")],
                                                          directory),
                               explanation_lines=("被投诉单位栏为空", "内容中出现两个单位"),
                               units=tuple(directory.unit), example_code="SY"),
        "leader_notice": dict(case=masked, leaders_text="张明副行长", no_leader_configured=False,
                              reason=f"客户扬言向媒体反映 {EVIL}", **office),
        "acknowledgement": dict(case=masked, today_text="2026年10月9日", unreadable=((f"「说明{EVIL}.docx」", f"无法打开{EVIL}"),),
                                missing_parts=f"共3封，第2封{EVIL}",
                                **office),
        "command_reply": dict(ok=False, lines=(f"转办 XX：未知单位 {EVIL}",), case_id="TS-2026-000001",
                              tag="[TS-2026-000001]", original_subject="[TS-2026-000001] 客户投诉督办",
                              office_name="分行工会"),
        "office_alert": dict(title="退信：督办邮件无法投递", paragraphs=(f"收件人拒收 {EVIL}",),
                             table=(("案件编号", "TS-2026-000001"), ("错误", "550 5.1.1 no such user")),
                             tag="", office_name="分行工会"),
        "quarantine_summary": dict(entries=quarantine_lines([QuarantineEntry(
            id="17", received_at=NOW, sender="x@example.com", subject=f"投诉 {EVIL}",
            reason="附件已加密，无法读取", error_id="E7f3a9c")]), office_name="分行工会"),
    }[kind]


@pytest.mark.parametrize("kind", MAIL_KINDS)
def test_every_mail_renders_and_escapes_html(kind, directory):
    mail = render_mail(kind, **_values(kind, directory))
    assert mail.subject and "\n" not in mail.subject
    assert EVIL not in mail.html
    assert "&lt;script&gt;" in mail.html
    assert EVIL in mail.text  # plain text is not HTML: shown as written
    assert mail.text.endswith("\n") and "\n\n\n" not in mail.text
    assert mail.html.lstrip().startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("kind", MAIL_KINDS)
def test_html_is_table_based_with_inline_styles_only(kind, directory):
    html = render_mail(kind, **_values(kind, directory)).html
    assert "<table" in html
    assert "<style" not in html and "<link" not in html and "<div" not in html
    assert not re.search(r"""(src|href)=["']https?:""", html)
    assert html.count("<table") == html.count("</table>")
    assert html.count("<tr") == html.count("</tr>")


def test_routing_notice_says_what_who_by_when_and_how_to_answer(directory):
    mail = render_mail("routing_notice", **_values("routing_notice", directory))
    assert mail.subject.startswith("[TS-2026-000001] 客户投诉督办：三元支行 排队两小时 ")
    for part in (mail.text, mail.html):
        assert "2026年10月16日 18:00" in part
        assert "13812345678" in part  # the unit calls the customer back
        assert "350402199001011234" not in part and "6222021234567890123" not in part
        assert "[TS-2026-000001]" in part
        assert "处理情况反馈" in part and "督办单-TS-2026-000001.docx" in part
        assert "梅列支行" in part and "牵头" in part
        assert "较大问题" in part


def test_triage_request_lists_candidates_and_the_commands(directory):
    mail = render_mail("triage_request", **_values("triage_request", directory))
    assert mail.subject.startswith("[TS-2026-000001] 待分派")
    assert "三元支行（SY）" in mail.text and "业务条线" in mail.text
    assert "转办 单位代码" in mail.text and "/route 单位代码" in mail.text
    # no line of our own text starts with a command a parser would act on if quoted back
    assert not any(re.match(r"\s*(转办|/route|牵头|协办)\b", ln) for ln in mail.text.splitlines())
    assert "13812345678" not in mail.text


def test_command_reply_subject_and_error(directory):
    mail = render_mail("command_reply", **_values("command_reply", directory))
    assert mail.subject == "Re: [TS-2026-000001] 客户投诉督办"
    assert "指令未能执行" in mail.text
    ok = render_mail("command_reply", ok=True, lines=("已转办三元支行",), case_id="TS-2026-000001",
                     tag="[TS-2026-000001]", original_subject="", office_name="分行工会")
    assert ok.subject == "[TS-2026-000001] 指令已执行"
    assert "已转办三元支行" in ok.text


def test_leader_notice_without_leaders_says_so(directory):
    values = _values("leader_notice", directory) | dict(leaders_text="各位领导", no_leader_configured=True)
    mail = render_mail("leader_notice", **values)
    assert "未配置" in mail.text and "未配置" in mail.html


def test_a_missing_value_is_an_error_not_a_blank(directory):
    values = _values("acknowledgement", directory)
    del values["office_address"]
    with pytest.raises(jinja2.UndefinedError):
        render_mail("acknowledgement", **values)


def test_every_template_set_is_complete():
    names = {p.name.split(".")[0] for p in TEMPLATE_DIR.glob("*.j2") if not p.name.startswith("_")}
    assert set(MAIL_KINDS) <= names
    for kind in names:
        for part in ("subject", "txt", "html"):
            assert (TEMPLATE_DIR / f"{kind}.{part}.j2").is_file()
