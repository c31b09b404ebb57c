"""Mail as relays and gateways hand it over, on the real servers and both databases.

A Subject wrapped without its leading space, sent over SMTP: Postfix ends the header block
there and the sender's Date, Message-ID and MIME fields open the body; the mail is still
read as written (whole subject, the sender's ids, the complaint decoded), and nothing is
sent to an address read from a header line. A work order whose system adds "本邮件由系统自动
发送" opens its case; a program named 发票.pdf quarantines the whole mail with a Chinese reason.
"""

from __future__ import annotations

import base64
import email
import email.policy
import re
from email.header import Header
from email.utils import format_datetime

from tests.ingest.helpers import AT, CSC, OFFICE, SERVICE, append, cases, messages, outbound
from tests.support.env import make_test_context, run_until_idle

CJK = re.compile(r"[\u4e00-\u9fff]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
COMPLAINT = "客户苏建国反映三元支行柜员办理业务时玩手机，态度差，要求三元支行道歉。电话13950443322。"


def _b64(data: bytes) -> str:
    text = base64.b64encode(data).decode()
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def _mail(subject_lines: str, msgid: str, *, first: str = f"From: {CSC}\r\n", body: str = COMPLAINT,
          mime: str = 'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n') -> bytes:
    return (f"{first}To: {SERVICE}\r\nSubject: {subject_lines}\r\nDate: {format_datetime(AT)}\r\n"
            f"Message-ID: <{msgid}>\r\nMIME-Version: 1.0\r\n{mime}{_b64(body.encode())}\r\n").encode("ascii")


def _sent(mail, ctx, raw: bytes) -> None:
    mail.send(raw, CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)


def test_a_subject_wrapped_without_indent_and_split_by_postfix(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    first, second = Header("客户投诉：三元支行", "utf-8").encode(), Header("柜员服务态度差", "utf-8").encode()
    _sent(mail, ctx, _mail(f"{first}\r\n{second}", "fold.0912@province.example"))

    [stored] = messages(ctx.engine)
    assert (stored.subject, stored.sender) == ("客户投诉：三元支行柜员服务态度差", CSC)
    assert stored.message_id == "<fold.0912@province.example>", "the sender's id, not the one Postfix added"
    [case] = cases(ctx.engine)
    assert case.unit == "SY" and case.content.startswith("客户苏建国") and "Message-ID" not in case.content
    assert not [o for o in outbound(ctx.engine) if any("province.example" in r and r != CSC for r in o.recipients)]


def test_the_same_mail_appended_by_a_gateway_keeps_its_whole_subject_and_no_control_characters(tmp_path, mail,
                                                                                                 db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    first = "=?UTF-8?B?" + base64.b64encode("客户投诉：\x00三元支行\x1b".encode()).decode() + "?=\x07"
    append(mail, SERVICE, _mail(f"{first}\r\n{Header('柜员服务态度差', 'utf-8').encode()}", "pop.1822@province.example",
                                first=f"+OK 1822 octets\r\nFrom: {CSC}\r\n"))
    run_until_idle(ctx)

    [stored] = messages(ctx.engine)
    assert stored.subject == "客户投诉：三元支行柜员服务态度差" and not CONTROL.search(stored.subject)
    assert [c.unit for c in cases(ctx.engine)] == ["SY"]


def test_a_work_order_with_a_system_footer_opens_its_case(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    labels, values = ["受理时间", "投诉人", "联系方式", "涉及网点", "投诉事项"], [
        "2026/12/02 09:05", "蔡文斌", "13799870125", "城关分理处", "客户在城关分理处办理银行卡挂失，被要求先购买保险才给办理。"]
    html = ("<table><thead><tr>" + "".join(f"<th>{x}</th>" for x in labels) + "</tr></thead><tbody><tr>"
            + "".join(f"<td>{x}</td>" for x in values) + "</tr></tbody></table><p>本邮件由系统自动发送，请勿回复。</p>")
    mime = 'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    _sent(mail, ctx, _mail(Header("【工单推送】客户投诉 KF202612020017", "utf-8").encode(), "push.17@province.example",
                           body=html, mime=mime))

    [stored] = messages(ctx.engine)
    assert stored.kind != "auto_reply" and stored.case_id, (stored.kind, stored.state)
    [case] = cases(ctx.engine)
    assert (case.unit, case.customer_name) == ("CG", "蔡文斌") and "购买保险" in case.content


def test_a_program_named_as_a_pdf_quarantines_the_mail_with_a_chinese_reason(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    exe = (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00"
           + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 200)
    name = Header("发票.pdf", "utf-8").encode()
    mime = ('Content-Type: multipart/mixed; boundary="inv"\r\n\r\n--inv\r\nContent-Type: text/plain; charset="utf-8"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{_b64('客户投诉三元支行，详见附件发票。'.encode())}\r\n--inv\r\n"
            f'Content-Type: application/pdf; name="{name}"\r\nContent-Disposition: attachment; filename="{name}"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{_b64(exe)}\r\n--inv--\r\n")
    raw = _mail(Header("投诉材料", "utf-8").encode(), "inv.1@province.example", mime=mime, body="")
    _sent(mail, ctx, raw)

    assert cases(ctx.engine) == []
    [stored] = messages(ctx.engine)
    assert stored.state == "quarantined" and "实为可执行程序" in stored.quarantine_reason, stored.quarantine_reason
    assert "发票.pdf" in stored.quarantine_reason
    mail.delivered()
    alerts = [str(email.message_from_bytes(m, policy=email.policy.default)["Subject"]) for m in mail.messages(OFFICE)]
    assert alerts and all(CJK.search(subject) for subject in alerts), alerts
