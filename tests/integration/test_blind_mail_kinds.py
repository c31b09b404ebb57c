"""Issue 12 from outside, part two: the branch's own registrations, old charsets, broken headers,
delay notices, out-of-office mail without RFC 3834 headers, Message-ID reuse and bad attachments.

Written from the issue's contract only; each mail is sent over SMTP as its real sender would
send it, through the real servers, on both databases.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from email.header import Header
from email.utils import format_datetime, parseaddr

import pytest
from sqlmodel import Session

from complaints.comment_book_duty import load_day
from core.clock import BRANCH_ZONE, local
from tests.integration.blind_mail_kit import (
    AT, CARD, CHENGGUAN, CLERK2, CSC, HEAD_OFFICE, MEILIE, OFFICE, SANYUAN, CJK, b64, case_text, cases, deliver,
    digits, events, expect_case, file_part, head, mail_of, messages, multipart, nothing_lost, one_case, outbound, parsed,
    supervision_mails, text_part,
)
from tests.integration.test_cli import cli
from tests.support.env import SERVICE, make_test_context, run_until_idle

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
COREMAIL = (("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20231018(4d3c9e2f)"),
            ("X-Originating-IP", "[10.12.40.17]"))


def _coremail(sender: str, subject: str, msgid: str, text: str) -> bytes:
    """A mail typed in the branch's Coremail webmail: text and HTML alternatives, GBK."""
    html = "".join(f"<div>{line or '<br>'}</div>" for line in text.split("\r\n"))
    return mail_of(head(sender, subject, msgid=msgid, extra=COREMAIL),
                   multipart("alternative", [text_part(text, "GBK"), text_part(html, "GBK", "html")],
                             "----=_Part_41922_1907310528.1764730012345"))


# ---- the branch's own registrations ---------------------------------------------------------

def test_a_teller_types_a_walk_in_complaint_in_her_own_words(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("工会：\r\n今天下午有位客户到我们网点当面投诉，情况如下：\r\n"
            "客户周德海，男，六十岁左右，手机 13959871234。\r\n"
            "他上周五在我行自助银行的ATM取款2000元，机器只吐出1000元，账上却扣了2000元，今天来要求退还差额，情绪比较激动。\r\n"
            "大堂经理已先做安抚，答复三个工作日内核查。\r\n\r\n登记人：吴晓燕（柜员）")
    deliver(mail, ctx, _coremail(MEILIE, "客户上门投诉登记", "ml.20261203.1522@branch.example", text), MEILIE)

    case = expect_case(ctx, mail, unit="ML", box=MEILIE, channel="walk_in", name="周德海", phone="13959871234",
                       words=("吐出1000元",))
    assert case.source_address == MEILIE


def test_a_phone_complaint_noted_by_a_teller_about_another_outlet(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("12月3日上午10:05接到客户来电（号码0598-8876543，姓郑），称昨天在三元支行办理跨行汇款时，"
            "柜员多收了手续费20元，也没给解释。客户要求三元支行退还多收的费用。\r\n记录人：城关分理处 林芳芳")
    deliver(mail, ctx, _coremail(CHENGGUAN, "电话投诉记录", "cg.20261203.1012@branch.example", text), CHENGGUAN)

    expect_case(ctx, mail, unit="SY", box=SANYUAN, channel="walk_in", phone="05988876543", words=("多收了手续费",))


def test_union_staff_registering_a_visitor_is_routed_by_content(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("今天上午客户谢宝珍到分行工会来访，反映她在信用卡中心办理的账单分期，实际收取的手续费"
            "比营销人员宣传的高出一倍，多次打电话没人处理。请信用卡中心核实。客户电话13600598877。")
    raw = mail_of(head(CLERK2, "来访登记", msgid="AAMkAGI2TG93AAA=@branch.example",
                       extra=(("X-Mailer", "Microsoft Outlook 16.0"),)), text_part(text, "gb2312"))
    deliver(mail, ctx, raw, CLERK2)

    expect_case(ctx, mail, unit="CARD", box=CARD, channel="walk_in", name="谢宝珍", phone="13600598877")


def test_a_walk_in_registration_form_counts_from_its_acceptance_time(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("客户上门投诉登记\r\n受理时间：2026年12月1日 16:20\r\n客户姓名：章玉兰\r\n联系电话：13850987712\r\n"
            "投诉事项：客户反映其存折被柜员误挂失，取不出钱，来回跑了两次。\r\n客户要求：尽快解挂并道歉。\r\n"
            "接待人：三元支行 大堂经理 何敏")
    deliver(mail, ctx, _coremail(SANYUAN, "客户上门投诉登记", "sy.20261203.0930@branch.example", text), SANYUAN)

    case = one_case(ctx)
    assert (case.channel, case.unit) == ("walk_in", "SY") and case.customer_name == "章玉兰"
    assert local(case.received_at) == datetime(2026, 12, 1, 16, 20, tzinfo=BRANCH_ZONE)
    assert local(case.due_at).date() == date(2026, 12, 8), "five working days from 受理时间"
    nothing_lost(ctx)


def test_comment_book_praise_from_an_outlet_is_praise(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("今日意见簿新增留言一条：\r\n客户陈女士留言表扬我行柜员小林业务熟练、耐心细致，"
            "帮她解决了手机银行转账限额的问题，特此感谢！")
    deliver(mail, ctx, _coremail(SANYUAN, "意见簿登记 12月3日", "sy.20261203.1630@branch.example", text), SANYUAN)

    assert cases(ctx) == [], "praise is never a complaint"
    with Session(ctx.engine) as session:
        day = load_day(session, AT.date())
    assert day["replies"].get("SY", {}).get("praise"), day
    nothing_lost(ctx)


def test_a_comment_book_complaint_entry_is_that_outlets(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = "意见簿今日留言：\r\n客户留言：城关分理处的叫号机经常坏，上午排队一个多小时，希望尽快修好。留言人：邓先生 13859906612"
    deliver(mail, ctx, _coremail(CHENGGUAN, "今日意见簿", "cg.20261203.1635@branch.example", text), CHENGGUAN)

    case = one_case(ctx)
    assert (case.channel, case.unit) == ("comment_book", "CG") and "叫号机" in case.content
    nothing_lost(ctx)


# ---- charsets ------------------------------------------------------------------------------

def _legacy(sender: str, subject: str, charset: str, text: bytes, cte: str = "8bit", label: str | None = None) -> bytes:
    ctype = "text/plain" if label == "" else f'text/plain; charset="{label or charset}"'
    return head(sender, subject, msgid=f"{charset}.{len(text)}@legacy.example").encode("ascii") + (
        f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n").encode("ascii") + text


CHARSET_MAILS = {  # charset, label on the mail, text, words that must come out
    "hz": ("hz", "HZ-GB-2312", "7bit", "客户反映梅列支行营业厅空调坏了一个星期没人修，老人排队时中暑晕倒，"
           "要求梅列支行改善环境。客户姓名：方国平，电话13905984444。", "中暑晕倒", "ML"),
    "iso-2022-jp": ("iso-2022-jp", "ISO-2022-JP", "7bit", "三元支行の窓口で外貨両替を頼んだところ、担当者に理由も"
                    "説明されずに断られました。連絡先：13905981111 山田花子", "外貨両替", "SY"),
    "sjis-labelled-gb2312": ("cp932", "gb2312", "8bit", "梅列支行のATMでカードが戻ってきませんでした。"
                             "至急対応をお願いします。山田太郎 電話13905982222", "カードが戻って", "ML"),
    "hz-unlabelled": ("hz", "", "7bit", "客户反映城关分理处的自助存款机经常吞钞不入账，要求城关分理处尽快核实。"
                      "客户姓名：裴大山，电话13905985555。", "吞钞不入账", "CG"),
    "iso-2022-jp-unlabelled": ("iso-2022-jp", "", "7bit", "梅列支行で口座開設を断られました。理由を教えてください。"
                               "佐藤一郎 電話13905986666", "口座開設", "ML"),
    "big5-hkscs": ("big5hkscs", "Big5-HKSCS", "8bit", "我喺三元支行排隊排咗兩個鐘，啲職員態度好差嘅，仲話我唔識填表。"
                   "要求三元支行道歉。陳美玲 電話13905983333", "態度好差嘅", "SY"),
}


@pytest.mark.parametrize("name", list(CHARSET_MAILS))
def test_old_charsets_are_read_without_mojibake(tmp_path, mail, db_url, name):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    codec, label, cte, text, words, unit = CHARSET_MAILS[name]
    raw = _legacy(HEAD_OFFICE, f"客户留言 {name}", codec, text.encode(codec), cte, label)
    relabelled = raw.replace(label.encode(), codec.encode()) if label else raw
    assert text.encode(codec) in raw and (not label or text in parsed(relabelled).get_content())  # the bytes are that text
    deliver(mail, ctx, raw, HEAD_OFFICE)

    case = one_case(ctx)
    assert words in case.content and case.unit == unit, (case.unit, case.content)
    nothing_lost(ctx)


def test_an_unlabelled_cp1252_mail_is_not_read_as_gbk(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("Dear Sir or Madam,\r\n\r\nOn 1 December I tried to exchange \u20ac250 at your Sanyuan sub-branch. "
            "The clerk refused and said my passport was \u201cnot valid\u201d. I was treated rudely in front of other "
            "customers.\r\n\r\nBest regards,\r\nFran\u00e7ois M\u00fcller\r\n+86 139 0598 5555\r\n")
    deliver(mail, ctx, _legacy(HEAD_OFFICE, "Complaint about your branch", "cp1252", text.encode("cp1252"),
                               label=""), HEAD_OFFICE)

    case = one_case(ctx)
    for words in ("\u20ac250", "\u201cnot valid\u201d", "Fran\u00e7ois M\u00fcller"):
        assert words in case.content, case.content
    assert not CJK.search(case.content), "no GBK mojibake"
    nothing_lost(ctx)


# ---- broken header blocks ------------------------------------------------------------------

def _appended(mail, ctx, raw: bytes) -> None:
    """A gateway that copies mail into the service's mailbox as it found it (an mbox import, a POP
    fetcher): SMTP would not do, Postfix rewrites a broken header block before delivering it."""
    box = mail.imap(SERVICE)
    try:
        box.append("INBOX", raw)
    finally:
        box.logout()
    run_until_idle(ctx)


def _broken(first_lines: str, subject_lines: str, msgid: str, text: str, date: datetime = AT) -> bytes:
    return (first_lines + f"To: {SERVICE}\r\nSubject: {subject_lines}\r\nDate: {format_datetime(date)}\r\n"
            f"Message-ID: <{msgid}>\r\nMIME-Version: 1.0\r\n"
            'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            + b64(text.encode()) + "\r\n").encode("ascii")


def _stored_headers_are_clean(ctx, sender: str, *subject_words: str) -> None:
    [stored] = messages(ctx)
    assert sender in (stored.sender or ""), (stored.sender, stored.subject)
    assert all(w in (stored.subject or "") for w in subject_words), stored.subject
    assert not CONTROL.search(stored.subject or "") and not CONTROL.search(stored.sender or ""), stored.subject


def test_an_unindented_continuation_line_sent_over_smtp(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    first, second = Header("客户投诉：三元支行", "utf-8").encode(), Header("柜员服务态度差", "utf-8").encode()
    raw = _broken(f"From: {CSC}\r\n", f"{first}\r\n{second}", "fold.0912@province.example",
                  "客户苏建国反映三元支行柜员办理业务时玩手机，态度差，要求三元支行道歉。电话13950443322。")
    deliver(mail, ctx, raw, CSC)

    _stored_headers_are_clean(ctx, CSC, "三元支行", "态度差")
    case = one_case(ctx)
    assert case.unit == "SY" and "玩手机" in case.content and "Message-ID" not in case.content, case.content
    nothing_lost(ctx)


def test_an_mbox_from_line_from_a_gateway(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    mbox = _broken(f"From csc@province.example  Thu Dec  3 09:12:44 2026\r\nReturn-Path: <{CSC}>\r\nFrom: {CSC}\r\n",
                   Header("客户投诉：三元支行柜员态度差", "utf-8").encode(), "mbox.0912@province.example",
                   "客户苏建国反映三元支行柜员办理业务时玩手机，态度差，要求三元支行道歉。电话13950443322。")
    _appended(mail, ctx, mbox)
    _stored_headers_are_clean(ctx, CSC, "三元支行")
    case = one_case(ctx)
    assert case.unit == "SY" and "玩手机" in case.content and "Thu Dec" not in case.content, case.content
    nothing_lost(ctx)


def test_a_junk_first_line_and_control_characters_from_a_gateway(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    subject = "=?UTF-8?B?" + b64("投诉梅列支行\x00取款机吞卡\x1b".encode()) + "?=\x07"
    raw = _broken(f"+OK 1822 octets\r\nFrom: {Header('省行客服', 'utf-8').encode()} <{CSC}>\r\n", subject,
                  "pop.1822@province.example", "客户万小红反映梅列支行取款机吞卡两天未归还，要求梅列支行尽快处理。电话13950441122。")
    _appended(mail, ctx, raw)

    _stored_headers_are_clean(ctx, CSC, "梅列支行", "取款机吞卡")
    case = one_case(ctx)
    assert case.unit == "ML" and "吞卡" in case.content and "octets" not in case.content, case.content
    nothing_lost(ctx)


# ---- notices and auto-replies about our own mail --------------------------------------------

def _routed(ctx, mail) -> tuple:
    text = "客户孔令辉来电投诉三元支行柜员办理挂失时推诿，要求三元支行道歉。电话13950447788。"
    deliver(mail, ctx, mail_of(head(CSC, "客户投诉转办", msgid="route.1@province.example"), text_part(text)), CSC)
    case = one_case(ctx)
    [notice] = supervision_mails(mail, SANYUAN)
    return case, notice


def test_an_exchange_delay_notice_is_not_a_failure(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    case, notice = _routed(ctx, mail)
    report = ("Reporting-MTA: dns;EXCH01.branch.example\r\nArrival-Date: " + format_datetime(AT) + "\r\n\r\n"
              f"Original-Recipient: rfc822;{SANYUAN}\r\nFinal-Recipient: rfc822;{SANYUAN}\r\nAction: delayed\r\n"
              "Status: 4.4.7\r\nWill-Retry-Until: " + format_datetime(datetime(2026, 12, 5, 10, tzinfo=BRANCH_ZONE)) +
              "\r\n")
    original_subject = Header(str(notice["Subject"]), "utf-8").encode()
    headers = (f"From: {SERVICE}\r\nTo: {SANYUAN}\r\nSubject: {original_subject}\r\n"
               f"Message-ID: {notice['Message-ID']}\r\n")
    raw = mail_of(head("Microsoft Outlook <postmaster@branch.example>", "Delivery delayed: 客户投诉督办",
                       msgid="delay.EXCH01@branch.example", extra=(("Content-Language", "zh-CN"),)),
                  'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="dsn_b"\r\n\r\n'
                  f"--dsn_b\r\n{text_part('投递到以下收件人的邮件已延迟：三元支行。系统将继续尝试投递。')}"
                  f"--dsn_b\r\nContent-Type: message/delivery-status\r\n\r\n{report}\r\n"
                  f"--dsn_b\r\nContent-Type: text/rfc822-headers\r\n\r\n{headers}\r\n--dsn_b--\r\n")
    deliver(mail, ctx, raw, "")

    routing = [o for o in outbound(ctx) if SANYUAN in o.recipients and o.case_id == case.id]
    assert routing and all(o.state == "sent" for o in routing), [(o.kind, o.state) for o in routing]
    assert not [e for e in events(ctx, case.id) if e.kind == "mail_failed"]
    office = [str(parsed(m)["Subject"]) for m in mail.messages(OFFICE)]
    assert not [s for s in office if "退信" in s or "失败" in s], office
    nothing_lost(ctx)


def test_out_of_office_without_rfc3834_headers_is_never_the_units_answer(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    case, notice = _routed(ctx, mail)
    to = parseaddr(str(notice["Reply-To"] or notice["From"]))[1]
    body = "您好！我于12月3日至12月7日休假，期间邮件不能及时处理。急事请联系陈经理，电话0598-8230001。谢谢！"
    subjects = ["Automatic reply: {}", "自动回复: {}", "Out of Office: {}", "休假中：{}"]
    for n, subject in enumerate(subjects):
        raw = mail_of(head(SANYUAN, subject.format(notice["Subject"]), to=to, msgid=f"oof{n}@branch.example",
                           extra=(("In-Reply-To", notice["Message-ID"]), ("References", notice["Message-ID"]))),
                      text_part(body, "gb2312"))
        deliver(mail, ctx, raw, SANYUAN, to=to)

    after = one_case(ctx)
    assert after.status == "routed" and after.answered_at is None and not after.result_text
    from_unit = [m for m in messages(ctx) if SANYUAN in (m.sender or "")]
    assert len(from_unit) == len(subjects) and {m.kind for m in from_unit} == {"auto_reply"}, \
        [(m.subject, m.kind) for m in from_unit]
    nothing_lost(ctx)


# ---- Message-ID reuse and attachments -------------------------------------------------------

def test_a_different_mail_reusing_a_message_id_is_a_new_complaint(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    texts = ["客户付秀英投诉三元支行柜员少找零钱50元，要求三元支行退还。电话13950440001。",
             "客户蒋国庆投诉梅列支行保安态度恶劣，推搡客户，要求梅列支行道歉。电话13950440002。"]
    for text in texts:  # the call centre's old system numbers every mail <1@kf>
        deliver(mail, ctx, mail_of(head(CSC, "客户投诉转办", msgid="1@kf.province.example"), text_part(text, "gbk")), CSC)

    assert sorted(c.unit for c in cases(ctx)) == ["ML", "SY"], [(m.kind, m.state, m.quarantine_reason)
                                                                 for m in messages(ctx)]
    resent = mail_of(head(CSC, "客户投诉转办", msgid="1@kf.province.example"), text_part(texts[1], "gbk"))
    deliver(mail, ctx, resent, CSC)  # the same mail again (its relay retried): the same content, no new case
    assert len(cases(ctx)) == 2, [(c.unit, c.content[:20]) for c in cases(ctx)]
    assert supervision_mails(mail, MEILIE) and supervision_mails(mail, SANYUAN)
    nothing_lost(ctx)


def test_a_damaged_pdf_beside_a_readable_complaint_opens_the_case_and_asks_politely(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    cut = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
           b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Conte")
    text = ("客户范志刚在网上留言：11月29日在梅列支行办理大额转账，被要求提供各种证明，来回跑了四趟，"
            "要求梅列支行给个说法。客户电话13950446655。客户上传的交易明细见附件。")
    raw = mail_of(head(HEAD_OFFICE, "网上留言投诉", msgid="ly.1129@head-office.example"),
                  multipart("mixed", [text_part(text), file_part("交易明细.pdf", "application/pdf", cut)], "ly_b"))
    deliver(mail, ctx, raw, HEAD_OFFICE)

    case = one_case(ctx)
    assert case.unit == "ML" and "来回跑了四趟" in case.content
    assert "交易明细.pdf" in case_text(case) + json.dumps([e.detail for e in events(ctx, case.id)], ensure_ascii=False)
    mail.delivered()
    to_source = [parsed(m).get_body(("plain",)).get_content() for m in mail.messages(HEAD_OFFICE)]
    assert [t for t in to_source if "交易明细.pdf" in t and "请" in t], to_source
    assert supervision_mails(mail, MEILIE)
    nothing_lost(ctx)


def test_a_customer_writing_straight_in_is_kept_with_a_chinese_reason(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    customer = "customer@customer.example"
    text = "你们三元支行的柜员态度太差了，我要投诉！电话13950449900，姓杨。"
    raw = mail_of(head(f"{Header('杨先生', 'utf-8').encode()} <{customer}>", "投诉", msgid="ym.1@customer.example",
                       extra=(("X-Mailer", "iPhone Mail (22B91)"),)), text_part(text))
    deliver(mail, ctx, raw, customer)

    [stored] = messages(ctx)
    if stored.state == "quarantined":
        listing = cli(tmp_path / "complaints.toml", "quarantine").stdout
        assert CJK.search(listing), listing
        mail.delivered()
        alerts = [parsed(m) for m in mail.wait_for(OFFICE, 1)]
        assert all(CJK.search(str(a["Subject"])) and CJK.search(a.get_body(("plain",)).get_content())
                   for a in alerts), [str(a["Subject"]) for a in alerts]
    nothing_lost(ctx)


def test_an_executable_dressed_as_a_pdf_is_quarantined_with_a_chinese_reason(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00" + \
        b"\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 200
    text = "客户投诉三元支行，详见附件发票。"
    raw = mail_of(head(CSC, "投诉材料", msgid="inv.0001@province.example"),
                  multipart("mixed", [text_part(text), file_part("发票.pdf", "application/pdf", exe)], "inv_b"))
    deliver(mail, ctx, raw, CSC)

    assert cases(ctx) == []
    [stored] = messages(ctx)
    assert stored.state == "quarantined" and CJK.search(stored.quarantine_reason or ""), stored.quarantine_reason
    listing = json.loads(cli(tmp_path / "complaints.toml", "quarantine", "--json").stdout)
    assert len(listing) == 1 and CJK.search(json.dumps(listing, ensure_ascii=False)), listing
    mail.delivered()
    alerts = [parsed(m) for m in mail.messages(OFFICE)]
    assert alerts and all(CJK.search(str(a["Subject"])) for a in alerts), [str(a["Subject"]) for a in alerts]
    nothing_lost(ctx)
