from __future__ import annotations

import io
from email import message_from_bytes, policy

import docx
import pytest

from core.message_ids import verify_message_id
from outbox import copies, mails
from outbox.views import QuarantineEntry
from tests.outbox.conftest import NOW, make_case
from tests.support.keys import TEST_KEY

SECRET = TEST_KEY.encode()


def _parse(mail: copies.OutgoingMail):
    return message_from_bytes(mail.raw, policy=policy.default)


def test_routing_notice_goes_to_the_unit_with_the_form(directory, settings):
    case = make_case(co_units=["ML"])
    mail = mails.routing_notice_mail(case, directory, settings, now=NOW)
    msg = _parse(mail)
    assert mail.kind == "routing" and mail.case_id == "TS-2026-000001"
    assert mail.to == ("sanyuan@branch.example",)
    assert mail.cc == ("vp1@branch.example", "meilie@branch.example")
    assert mail.recipients == ("sanyuan@branch.example", "vp1@branch.example", "meilie@branch.example")
    assert mail.subject.startswith("[TS-2026-000001] 客户投诉督办：三元支行 客户反映10月8日")
    assert msg["Subject"] == mail.subject
    assert msg["Message-ID"] == mail.message_id
    assert verify_message_id(mail.message_id, SECRET) == "TS-2026-000001"
    assert msg["In-Reply-To"] == "<form-1@province.example>"
    assert msg["References"] == "<form-1@province.example>"
    assert msg["X-Complaints-Case"] == "TS-2026-000001"
    assert msg["From"].addresses[0].addr_spec == "complaints@branch.example"
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_filename() == "督办单-TS-2026-000001.docx"
    form = docx.Document(io.BytesIO(attachment.get_content()))
    assert "张明副行长" in "".join(c.text for r in form.tables[0].rows for c in r.cells)
    assert "13812345678" in msg.get_body(("plain",)).get_content()


@pytest.mark.parametrize("personal", [True, False])
def test_the_leaders_copy_has_its_own_form_only_when_there_is_something_to_mask(directory, settings, personal):
    """A case with no name, phone or address: the leader's 督办单 is the unit's (made once);
    the letter the case was read from still goes to the unit alone."""
    case = make_case() if personal else make_case(customer_name=None, customer_phone=None, customer_email=None,
                                                   customer_id_number=None, customer_account=None)
    letter = ("来信.pdf", "application/pdf", b"%PDF-1.4\n" * 9)
    mail = mails.routing_notice_mail(case, directory, settings, now=NOW, originals=[letter])
    unit, leader = (message_from_bytes(mail.copy_for(a).raw, policy=policy.default)
                    for a in ("sanyuan@branch.example", "vp1@branch.example"))
    unit_form, unit_letter = (a.get_content() for a in unit.iter_attachments())
    [leader_form] = (a.get_content() for a in leader.iter_attachments())
    assert unit_letter == letter[2] and "来信.pdf" not in leader.get_body(("plain",)).get_content()
    assert (leader_form == unit_form) is not personal
    text = "".join(c.text for r in docx.Document(io.BytesIO(leader_form)).tables[0].rows for c in r.cells)
    assert ("张三" in text) is False and (("张*" in text) is personal)


def test_the_same_inputs_make_the_same_mail(directory, settings):
    case = make_case()
    first = mails.routing_notice_mail(case, directory, settings, now=NOW)
    again = mails.routing_notice_mail(case, directory, settings, now=NOW)
    assert first.message_id == again.message_id
    rerouted = mails.routing_notice_mail(make_case(unit="ML"), directory, settings, now=NOW)
    reopened = mails.routing_notice_mail(make_case(reopen_count=1), directory, settings, now=NOW)
    assert len({first.message_id, rerouted.message_id, reopened.message_id}) == 3


def test_caller_threading_wins_over_the_source_message(directory, settings):
    mail = mails.routing_notice_mail(make_case(), directory, settings, now=NOW,
                                     in_reply_to="<cmd@branch.example>",
                                     references=["<form-1@province.example>", "<cmd@branch.example>"])
    msg = _parse(mail)
    assert msg["In-Reply-To"] == "<cmd@branch.example>"
    assert msg["References"] == "<form-1@province.example> <cmd@branch.example>"


def test_routing_needs_a_known_unit(directory, settings):
    with pytest.raises(ValueError):
        mails.routing_notice_mail(make_case(unit=None), directory, settings, now=NOW)


def test_triage_request_goes_to_the_office(directory, settings):
    class Candidate:
        def __init__(self, code, why):
            self.code, self.name, self.score, self.why = code, "", 50.0, why

    mail = mails.triage_request_mail(
        make_case(unit=None, status="triage", due_at=None), directory, settings, now=NOW,
        candidates=[Candidate("SY", "投诉内容中有与「三元」相近的文字"), Candidate("ML", "业务条线")],
        explanation="结果：待分派\n被投诉单位栏为空",
    )
    text = _parse(mail).get_body(("plain",)).get_content()
    assert mail.to == ("union@branch.example",) and mail.cc == ()
    assert mail.subject.startswith("[TS-2026-000001] 待分派")
    assert "三元支行（SY）：投诉内容中有与「三元」相近的文字" in text
    assert "被投诉单位栏为空" in text
    assert "承办单位：待分派" in text
    assert "张*" in text and "138****5678" in text


def test_leader_notice_for_a_serious_case_reaches_the_president(directory, settings):
    mail = mails.leader_notice_mail(make_case(severity="serious", co_units=["ML"]), directory, settings, now=NOW)
    assert mail.to == ("vp1@branch.example", "vp2@branch.example", "president@branch.example")
    assert mail.cc == ("union@branch.example",)
    assert mail.subject.startswith("[TS-2026-000001] 重大问题客户投诉报告")
    text = _parse(mail).get_body(("plain",)).get_content()
    assert text.startswith("张明副行长、李华副行长、王强行长：")
    major = mails.leader_notice_mail(make_case(severity="major"), directory, settings, now=NOW)
    assert major.to == ("vp1@branch.example",)
    assert major.message_id != mail.message_id


def test_leader_notice_takes_the_routers_notify_list(directory, settings):
    class Recipient:
        role, name, email, reason = "unit_leader", "张明", "vp1@branch.example", "被投诉单位的分管行领导"

    mail = mails.leader_notice_mail(make_case(severity="major"), directory, settings, now=NOW,
                                    recipients=[Recipient()])
    assert mail.to == ("vp1@branch.example",)
    assert "张明副行长：" in _parse(mail).get_body(("plain",)).get_content()


def test_leader_notice_without_leaders_goes_to_the_office(directory, settings):
    mail = mails.leader_notice_mail(make_case(severity="major"), directory, settings, now=NOW, recipients=[])
    assert mail.to == ("union@branch.example",) and mail.cc == ()
    assert "未配置" in _parse(mail).get_body(("plain",)).get_content()


def test_acknowledgement_goes_to_the_source(directory, settings):
    mail = mails.acknowledgement_mail(make_case(), directory, settings, now=NOW)
    text = _parse(mail).get_body(("plain",)).get_content()
    assert mail.to == ("csc@province.example",)
    assert mail.subject == "[TS-2026-000001] 投诉已受理（受理编号 GD20261009001）"
    assert "2026年10月16日 18:00" in text and "union@branch.example" in text
    assert "13812345678" not in text
    with pytest.raises(ValueError):
        mails.acknowledgement_mail(make_case(source_address=None), directory, settings, now=NOW)


def test_acknowledgement_asks_for_each_unreadable_file_what_its_reason_needs(directory, settings):
    asked = (("「明细.pdf」", "设有打开密码，本行无法打开，烦请发送一份不设密码的文件"),
             ("「照片.jpg」、「说明.docx」", "无法打开，烦请重新发送可读的文件"))
    msg = _parse(mails.acknowledgement_mail(make_case(), directory, settings, now=NOW, unreadable=asked))
    text, html = msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()
    for words in ("附件「明细.pdf」设有打开密码，本行无法打开，烦请发送一份不设密码的文件。",
                  "附件「照片.jpg」、「说明.docx」无法打开，烦请重新发送可读的文件。", "请直接回复本邮件发送"):
        assert words in text and words in html, words
    plain = _parse(mails.acknowledgement_mail(make_case(), directory, settings, now=NOW)).get_body(("plain",))
    assert "未能读取" not in plain.get_content()


def test_command_reply_threads_under_the_command(settings):
    mail = mails.command_reply_mail("TS-2026-000001", "clerk1@branch.example", "<cmd-1@branch.example>",
                                    [], False, ["转办 XX：单位目录中没有 XX"], settings=settings, now=NOW,
                                    original_subject="回复: [TS-2026-000001] 客户投诉督办：三元支行")
    msg = _parse(mail)
    assert mail.to == ("clerk1@branch.example",)
    assert mail.subject == "Re: [TS-2026-000001] 客户投诉督办：三元支行"
    assert msg["In-Reply-To"] == "<cmd-1@branch.example>"
    assert msg["References"] == "<cmd-1@branch.example>"
    assert "单位目录中没有 XX" in msg.get_body(("plain",)).get_content()
    again = mails.command_reply_mail("TS-2026-000001", ["clerk1@branch.example"], "<cmd-1@branch.example>",
                                     [], False, ["x"], settings=settings, now=NOW)
    other = mails.command_reply_mail("TS-2026-000001", ["clerk1@branch.example"], "<cmd-2@branch.example>",
                                     [], True, ["x"], settings=settings, now=NOW)
    assert again.message_id == mail.message_id != other.message_id
    assert other.subject == "[TS-2026-000001] 指令已执行"


def test_command_reply_puts_the_tag_in_a_subject_without_one(settings):
    mail = mails.command_reply_mail("TS-2026-000001", "clerk1@branch.example", "<c@b>", [], True,
                                    ["已办结"], settings=settings, now=NOW, original_subject="RE: 办结")
    assert mail.subject == "Re: [TS-2026-000001] 办结"


def test_office_alert_and_quarantine_summary(settings):
    alert = mails.office_alert_mail("登录失败：服务邮箱", ["IMAP 登录被拒绝，请检查密码。"],
                                    [("服务器", "127.0.0.1:143"), ("错误", "AUTHENTICATIONFAILED")],
                                    "imap-login-2026-10-09", settings=settings, now=NOW)
    assert alert.to == ("union@branch.example",) and alert.case_id is None
    assert alert.subject == "[投诉系统] 登录失败：服务邮箱"
    assert "AUTHENTICATIONFAILED" in _parse(alert).get_body(("plain",)).get_content()
    assert verify_message_id(alert.message_id, SECRET) is None  # signed, but about no case
    about_case = mails.office_alert_mail("收到非授权地址的回复", ["x"], [], "k", settings=settings, now=NOW,
                                         case_id="TS-2026-000001")
    assert about_case.subject.startswith("[TS-2026-000001] ")

    entries = [QuarantineEntry(id="17", received_at=NOW, sender="x@example.com", subject="投诉",
                               reason="附件已加密", error_id="E7f3a")]
    summary = mails.quarantine_summary_mail(entries, "2026-10-09", settings=settings, now=NOW)
    text = _parse(summary).get_body(("plain",)).get_content()
    assert summary.subject == "[投诉系统] 隔离邮件待处理：1 封"
    assert "complaints quarantine retry 17" in text and "E7f3a" in text
    with pytest.raises(ValueError):
        mails.quarantine_summary_mail([], "k", settings=settings, now=NOW)
