"""Issue 12 from outside, round two: what mail systems do to a header block, mail that is not
a complaint although it looks busy, and the branch's own people registering complaints.

Written blind, from the issue and the README: an encoded word cut inside a character in a
folded 100+ character subject, a Date a person typed, no Date, no Message-ID, a raw 8-bit
display name, a bare address, Reply-To and Sender apart from From, a blind copy, a mailing
list's headers on a real complaint, a read receipt and a meeting invitation from a unit, a
unit's own visitor table (one and two visitors), the office noting a call that names an
outlet by its alias, and a comment-book page photographed with praise on it.
"""

from __future__ import annotations

import base64
from datetime import date, datetime
from email.header import Header
from email.utils import format_datetime, parseaddr

import pytest
from sqlmodel import Session

from complaints.comment_book_duty import load_day
from core.clock import BRANCH_ZONE, local
from tests.integration.blind_mail_kit import (
    AT, CHENGGUAN, CLERK2, CSC, HEAD_OFFICE, MEILIE, OFFICE, SANYUAN, cases, deliver, expect_case, file_part,
    head, jpeg_of, mail_of, messages, multipart, nothing_lost, one_case, outbound, supervision_mails,
    text_part, typed_page,
)
from tests.support.env import SERVICE, make_test_context, run_until_idle

CLERK1 = "clerk1@branch.example"


def _dt(*args) -> datetime:
    return datetime(*args, tzinfo=BRANCH_ZONE)


def _appended(mail, ctx, *raws: bytes) -> None:
    """A POP fetcher or an archive import copies mail into the service's box as it is: over
    SMTP Postfix would add the Date and Message-ID that these mails lack."""
    box = mail.imap(SERVICE)
    try:
        for raw in raws:
            box.append("INBOX", raw)
    finally:
        box.logout()
    run_until_idle(ctx)


def _b64_body(text: str, charset: str = "utf-8") -> str:
    return f'Content-Type: text/plain; charset="{charset}"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + \
        base64.encodebytes(text.encode(charset)).decode().replace("\n", "\r\n")


# ---- header blocks ---------------------------------------------------------------------------

LONG_SUBJECT = ("客户投诉转办：三元支行柜员在办理个人养老金账户开户过程中态度恶劣、推诿扯皮，客户先后四次往返网点仍未办结，"
                "客户情绪激动并表示将向金融监管部门反映，要求网点负责人出面道歉并给予合理赔偿（紧急，请于今日内联系客户）")


def test_a_folded_long_subject_whose_encoded_words_cut_characters(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    assert len(LONG_SUBJECT) > 100
    data = LONG_SUBJECT.encode("utf-8")
    words = [f"=?UTF-8?B?{base64.b64encode(data[i:i + 40]).decode()}?=" for i in range(0, len(data), 40)]
    assert any(data[i:i + 40].decode("utf-8", "replace").endswith("\ufffd") for i in range(0, len(data), 40))
    header = (f"From: {CSC}\r\nTo: {SERVICE}\r\nSubject: " + "\r\n ".join(words) + f"\r\nDate: {format_datetime(AT)}\r\n"
              "Message-ID: <long.subject.1203@province.example>\r\nMIME-Version: 1.0\r\n")
    text = "客户丁美玲来电投诉三元支行柜员办理养老金账户开户时推诿扯皮，要求网点负责人道歉。联系电话13959807761。"
    deliver(mail, ctx, (header + _b64_body(text)).encode(), CSC)

    [stored] = messages(ctx)
    assert stored.subject == LONG_SUBJECT, stored.subject
    expect_case(ctx, mail, unit="SY", box=SANYUAN, name="丁美玲", phone="13959807761")


def _headers(*lines: str) -> str:
    return "".join(f"{line}\r\n" for line in lines) + "MIME-Version: 1.0\r\n"


def test_a_date_typed_by_a_person_in_chinese(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = "网上留言：客户严小军反映梅列支行网点门口无障碍通道被电动车堵住，轮椅无法进入，要求梅列支行整改。电话13860598812。"
    raw = (_headers(f"From: {HEAD_OFFICE}", f"To: {SERVICE}", "Subject: =?GBK?B?zfjJz8H00dQ=?=",
                    "Date: 2026年12月2日 10:20", "Message-ID: <ly.1202.1020@head-office.example>")
           + _b64_body(text, "gbk")).encode("utf-8")
    deliver(mail, ctx, raw, HEAD_OFFICE)

    case = expect_case(ctx, mail, unit="ML", box=MEILIE, name="严小军", phone="13860598812", words=("无障碍通道",))
    assert date(2026, 12, 2) <= local(case.received_at).date() <= AT.date(), case.received_at


def test_mail_without_date_or_message_id_from_a_gateway(tmp_path, mail, db_url):
    """Two different complaints, neither with a Message-ID (one without a Date either): two cases."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    first = (_headers(f"From: {CSC}", f"To: {SERVICE}", f"Subject: {Header('客户投诉转办', 'utf-8').encode()}")
             + _b64_body("客户卢晓东投诉三元支行保安不让其带宠物犬进入营业厅等候，态度粗暴，要求三元支行道歉。电话13505981276。"))
    second = (_headers(f"From: {CSC}", f"To: {SERVICE}", f"Subject: {Header('客户投诉转办', 'utf-8').encode()}",
                       f"Date: {format_datetime(_dt(2026, 12, 3, 9, 40))}")
              + _b64_body("客户曾雪梅投诉城关分理处的外币兑换牌价显示屏长期不更新，按旧牌价给她兑换，要求城关分理处补差价。"
                          "电话13505987732。"))
    _appended(mail, ctx, first.encode(), second.encode())

    assert sorted((c.unit, c.customer_name) for c in cases(ctx)) == [("CG", "曾雪梅"), ("SY", "卢晓东")], \
        [(m.kind, m.state, m.quarantine_reason) for m in messages(ctx)]
    assert local(next(c for c in cases(ctx) if c.unit == "SY").received_at).date() == AT.date()
    assert supervision_mails(mail, SANYUAN) and supervision_mails(mail, CHENGGUAN)
    nothing_lost(ctx)


SENDERS = {  # how a unit's client writes From:, the unit, its box, the text, the customer
    "raw-8bit-name": ("From: 梅列支行营业室 <meilie@branch.example>", "ML", MEILIE,
                      "今天上午客户詹秀英的女儿到我行反映：詹秀英的存折密码被锁，柜员要求她本人持身份证来办理，但老人卧床"
                      "不起无法到场，要求我行上门服务。客户电话13906987721。\r\n\r\n梅列支行 营业室", "詹秀英", "13906987721"),
    "bare-address": ("From: chengguan@branch.example", "CG", CHENGGUAN,
                     "客户陆明辉来网点投诉，称其在我处预约兑换纪念币，到网点却被告知已兑完，要求说明原因。电话13559807765。",
                     "陆明辉", "13559807765"),
}


@pytest.mark.parametrize("shape", list(SENDERS))
def test_a_unit_registration_with_an_odd_from_line(tmp_path, mail, db_url, shape):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    from_line, unit, box, text, name, phone = SENDERS[shape]
    raw = (_headers(from_line, f"To: {SERVICE}", f"Subject: {Header('客户投诉登记', 'utf-8').encode()}",
                    f"Date: {format_datetime(AT)}", f"Message-ID: <{shape}.1203@branch.example>")
           + _b64_body(text, "gbk")).encode("utf-8")
    deliver(mail, ctx, raw, parseaddr(from_line[6:])[1])
    expect_case(ctx, mail, unit=unit, box=box, channel="walk_in", name=name, phone=phone)


DELEGATES = {  # extra header lines on a call-centre mail, and what they say
    "reply-to-a-person": (("Reply-To", f"{Header('李静', 'utf-8').encode()} <lijing@province.example>"),),
    "sent-on-behalf": (("Sender", f"{Header('王丽', 'utf-8').encode()} <wangli@province.example>"),),
    "blind-copy": (),
    "mailing-list": (("List-Id", f"{Header('省分行投诉转办', 'utf-8').encode()} <kfzb.province.example>"),
                     ("List-Unsubscribe", "<mailto:kfzb-leave@province.example>"), ("Precedence", "list"),
                     ("X-Mailing-List", "kfzb@province.example")),
}


@pytest.mark.parametrize("shape", list(DELEGATES))
def test_a_call_centre_complaint_with_delegate_list_or_blind_copy_headers(tmp_path, mail, db_url, shape):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    to = f"{Header('三元支行', 'utf-8').encode()} <{SANYUAN}>" if shape == "blind-copy" else SERVICE
    text = ("三元支行：\r\n客户郑丽华来电投诉，11月30日在你行办理银行卡密码重置，柜员要求她提供户口本原件，"
            "来回跑了两趟。客户要求三元支行说明依据并道歉。联系电话13950581173。\r\n\r\n省分行客服中心")
    raw = mail_of(head(CSC, "客户投诉转办", msgid=f"{shape}.1203@province.example", to=to, extra=DELEGATES[shape]),
                  text_part(text, "gb2312"))
    deliver(mail, ctx, raw, CSC)

    case = expect_case(ctx, mail, unit="SY", box=SANYUAN, channel="csc", name="郑丽华", phone="13950581173")
    assert case.source_address == CSC
    others = [r for o in outbound(ctx) for r in o.recipients if "province.example" in r]
    assert others and set(others) == {CSC}, others


# ---- a unit's mail that is not a complaint ----------------------------------------------------

def _routed(ctx, mail):
    text = "客户孔令辉来电投诉三元支行柜员办理挂失时推诿，要求三元支行道歉。电话13950447788。"
    deliver(mail, ctx, mail_of(head(CSC, "客户投诉转办", msgid="route.2@province.example"), text_part(text)), CSC)
    [notice] = supervision_mails(mail, SANYUAN)
    return one_case(ctx), notice


def test_a_read_receipt_from_the_unit_is_not_its_answer(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    case, notice = _routed(ctx, mail)
    to = parseaddr(str(notice["Reply-To"] or notice["From"]))[1]
    human = (f"您的邮件\r\n\r\n  收件人: 三元支行\r\n  主题: {notice['Subject']}\r\n  发送时间: 2026/12/3 10:00\r\n\r\n"
             "已于 2026/12/3 10:25 读取。")
    report = (f"Reporting-UA: sanyuan; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;{SANYUAN}\r\n"
              f"Original-Message-ID: {notice['Message-ID']}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n")
    raw = mail_of(head(f"{Header('三元支行', 'utf-8').encode()} <{SANYUAN}>", f"已读: {notice['Subject']}", to=to,
                       msgid="mdn.1025@branch.example", extra=(("References", notice["Message-ID"]),)),
                  'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="mdn_b"\r\n\r\n'
                  f"--mdn_b\r\n{text_part(human, 'gb2312')}--mdn_b\r\nContent-Type: message/disposition-notification"
                  f"\r\n\r\n{report}\r\n--mdn_b--\r\n")
    deliver(mail, ctx, raw, SANYUAN, to=to)

    after = one_case(ctx)
    assert after.status == "routed" and after.answered_at is None and not after.result_text, after.status
    [receipt] = [m for m in messages(ctx) if SANYUAN in (m.sender or "")]
    assert receipt.state == "processed", (receipt.state, receipt.quarantine_reason)
    mail.delivered()
    assert len(mail.messages(SANYUAN)) == 1, "the unit is asked nothing about its own read receipt"
    nothing_lost(ctx)


def test_a_meeting_invitation_from_a_unit_opens_no_case(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("三元支行定于2026年12月4日15:00在三楼会议室召开客户投诉整改工作会，通报近期客户投诉处理情况，"
            "请分行工会派员参加。\r\n\r\n三元支行办公室")
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
           "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nORGANIZER;CN=三元支行:mailto:sanyuan@branch.example\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:union@branch.example\r\n"
           "ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:complaints@branch.example\r\n"
           "DTSTART:20261204T070000Z\r\nDTEND:20261204T080000Z\r\nUID:040000008200E00074C5B7101A82E008@branch\r\n"
           "SUMMARY:客户投诉整改工作会\r\nLOCATION:三元支行三楼会议室\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    calendar = ('Content-Type: text/calendar; charset="utf-8"; method=REQUEST\r\nContent-Transfer-Encoding: base64\r\n\r\n'
                + base64.encodebytes(ics.encode()).decode().replace("\n", "\r\n"))
    raw = mail_of(head(SANYUAN, "客户投诉整改工作会", msgid="invite.1203@branch.example", to=f"{OFFICE}, {SERVICE}"),
                  multipart("alternative", [text_part(text, "gb2312"), calendar], "inv_b"))
    deliver(mail, ctx, raw, SANYUAN)

    assert cases(ctx) == [], [(c.channel, c.content[:30]) for c in cases(ctx)]
    nothing_lost(ctx)


# ---- the branch's own registrations ------------------------------------------------------------

def _visitor_table(rows: list[tuple[str, ...]]) -> str:
    head_row = ("序号", "来访时间", "客户姓名", "联系电话", "反映问题", "现场处理情况")
    cells = lambda row, tag: "".join(f"<{tag} style='border:1px solid #000'>{c}</{tag}>" for c in row)  # noqa: E731
    return ("<div>工会：</div><div>今天本网点接待客户来访投诉，登记如下，请建案督办。</div><br>"
            f"<table style='border-collapse:collapse'><tr>{cells(head_row, 'th')}</tr>"
            + "".join(f"<tr>{cells(r, 'td')}</tr>" for r in rows) + "</table><br><div>城关分理处 营业主管 陈娟</div>")


def _html_mail(sender: str, subject: str, msgid: str, html: str) -> bytes:
    plain = "请使用支持HTML的邮件客户端查看。"
    return mail_of(head(sender, subject, msgid=msgid, extra=(("X-Mailer", "Coremail Webmail Server Version XT5.0.13"),)),
                   multipart("alternative", [text_part(plain, "GBK"), text_part(html, "GBK", "html")], "cm_b"))


VISITORS = [("1", "2026-12-02 10:15", "包志勇", "13905984417", "在我处办理定期存款提前支取，柜员未提示可部分提前支取，"
             "导致全部按活期计息损失利息约一千二百元。", "已安抚，答应核查后答复"),
            ("2", "2026-12-02 15:40", "聂秀兰", "15959823306", "排队时大堂经理态度生硬，当众呵斥其“不会用机器就别来”。",
             "已当面致歉，客户仍要求书面答复")]


def test_an_outlet_registers_a_visitor_in_its_own_table(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    deliver(mail, ctx, _html_mail(CHENGGUAN, "客户来访投诉登记表", "cg.1202.1700@branch.example",
                                  _visitor_table(VISITORS[:1])), CHENGGUAN)

    case = expect_case(ctx, mail, unit="CG", box=CHENGGUAN, channel="walk_in", name="包志勇", phone="13905984417",
                       words=("提前支取",))
    assert local(case.received_at) == _dt(2026, 12, 2, 10, 15), "the visit's time"


def test_an_outlet_registers_two_visitors_in_one_mail(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    deliver(mail, ctx, _html_mail(CHENGGUAN, "客户来访投诉登记表（2人）", "cg.1202.1705@branch.example",
                                  _visitor_table(VISITORS)), CHENGGUAN)

    found = sorted((c.customer_name, c.unit, c.channel, "".join(ch for ch in c.customer_phone or "" if ch.isdigit()))
                   for c in cases(ctx))
    assert found == [("包志勇", "CG", "walk_in", "13905984417"), ("聂秀兰", "CG", "walk_in", "15959823306")], found
    assert len(supervision_mails(mail, CHENGGUAN)) == 2
    nothing_lost(ctx)


def test_the_office_notes_a_call_naming_an_outlet_by_its_alias(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("来电登记\r\n来电时间：12月3日9:40\r\n来电人：程先生，电话13905982536\r\n"
            "反映：上午在梅列办理存折挂失，等了两个小时，中途窗口工作人员离岗吃早饭二十分钟。\r\n要求：给个说法。\r\n"
            "记录人：工会 林芳")
    deliver(mail, ctx, mail_of(head(CLERK1, "来电登记", msgid="AAMkAGI2.1203.0945@branch.example",
                                    extra=(("X-Mailer", "Microsoft Outlook 16.0"),)), text_part(text, "gb2312")), CLERK1)

    case = expect_case(ctx, mail, unit="ML", box=MEILIE, channel="walk_in", phone="13905982536", words=("离岗",))
    assert local(case.received_at) == _dt(2026, 12, 3, 9, 40)
    assert case.customer_name != "林芳"


def test_a_photographed_comment_book_page_of_praise_is_praise(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    page = ["意见簿", "2026年12月3日", "　　城关分理处的柜员小李服务热情周到，帮我这个", "老人耐心办理了社保卡激活，还送我到门口，",
            "特此表扬，感谢！", "　　　　　　　　　　客户 黄阿姨"]
    photo = jpeg_of(typed_page(page, dpi=150, skew=1.5, seed=21), dpi=150)
    raw = mail_of(head(CHENGGUAN, "意见簿", msgid="cg.1203.1640@branch.example",
                       extra=(("X-Mailer", "Coremail Webmail Server Version XT5.0.13"),)),
                  multipart("mixed", [text_part("今日意见簿新增留言一条，照片见附件。", "GBK"),
                                      file_part("意见簿20261203.jpg", "image/jpeg", photo)], "cb_b"))
    deliver(mail, ctx, raw, CHENGGUAN)

    assert cases(ctx) == [], "praise is never a complaint"
    with Session(ctx.engine) as session:
        day = load_day(session, AT.date())
    assert day["replies"].get("CG", {}).get("praise"), day
    nothing_lost(ctx)


def test_every_mail_of_the_office_in_a_row_is_accounted_for(tmp_path, mail, db_url):
    """A clerk's morning: a visitor registered, then her Outlook's answer to the unit's meeting
    invitation (text/calendar; method=REPLY) sent to the service too — one case, and the
    answer is no complaint."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = "今天上午客户余建华到工会来访，反映三元支行柜员办理转账时多收手续费50元，要求退还。客户电话13805981164。"
    deliver(mail, ctx, mail_of(head(CLERK2, "来访登记", msgid="c2.1203.1010@branch.example"), text_part(text)), CLERK2)
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
           "METHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:clerk2@branch.example\r\n"
           "UID:040000008200E00074C5B7101A82E008@branch\r\nSUMMARY:接受: 客户投诉整改工作会\r\nEND:VEVENT\r\n"
           "END:VCALENDAR\r\n")
    calendar = ('Content-Type: text/calendar; charset="utf-8"; method=REPLY\r\nContent-Transfer-Encoding: base64'
                "\r\n\r\n" + base64.encodebytes(ics.encode()).decode().replace("\n", "\r\n"))
    reply = mail_of(head(CLERK2, "接受: 客户投诉整改工作会", msgid="c2.accept@branch.example"),
                    multipart("alternative", [text_part("工会将派员参加。", "gb2312"), calendar], "acc_b"))
    deliver(mail, ctx, reply, CLERK2)

    case = one_case(ctx)
    assert (case.unit, case.channel, case.customer_name) == ("SY", "walk_in", "余建华")
    assert len(messages(ctx)) == 2
    nothing_lost(ctx)
