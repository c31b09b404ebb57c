"""Issue 12 from outside, round three (part two): HTML, forwards, times, the branch's own mail,
and what comes back in a case's thread.

Written blind, from the issue and the docs (README, DESIGN, 使用说明), not from the code that
reads mail. Shapes: an online-banking complaint form in HTML (gb2312 quoted-printable inside
multipart/related, under a plain stub in other words) whose labels are 投诉人/来电号码/涉及网点/
问题描述/诉求; a work order whose text/plain part is the HTML source as text; a forward as a
message/rfc822 attachment whose original carries the .docx form; an Outlook (Chinese) forward
of a QQ forward, inline; a QQ/企业微信 "------------------ Original ------------------" forward
with an English 12-hour date; 受理时间 written "2026/12/01 15:40", "2026.12.1" and
"12月1日下午3点40分"; an outlet's phone registration as an Outlook HTML table whose plain part
puts every cell on a line of its own; an outlet reporting a 锦旗 of thanks; a holiday auto-answer
with no RFC 3834 header and no auto-reply subject in the 督办 thread; a relay's DSN with
`Action: delayed` and then `Action: failed` for the 督办; the same mail delivered twice.
"""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date, datetime
from email.header import Header
from email.utils import parseaddr
from pathlib import Path

import pytest
from PIL import Image
from sqlmodel import Session, select

from core.clock import BRANCH_ZONE
from core.store.models import OutboundMail
from tests.integration.blind_mail2_kit import Form, form_docx
from tests.integration.blind_mail3_kit import (
    attachments, inbox, local, postfix_dsn, qp_part, reply_by_client, text_of,
)
from tests.integration.blind_mail_kit import (
    AT, CARD, CHENGGUAN, CSC, HEAD_OFFICE, MEILIE, OFFICE, PROVINCE, SANYUAN, case_text, cases, deliver, digits, messages,
    b64, file_part, head, mail_of, multipart, nothing_lost, one_case, supervision_mails, text_part,
)
from tests.support.env import SERVICE, make_test_context, run_until_idle

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CUSTOMER = "customer@customer.example"
UNIT_BOXES = ("sanyuan@branch.example", "meilie@branch.example", "chengguan@branch.example", "card@branch.example",
              "personal@branch.example", "admin@branch.example")


def _dt(*args) -> datetime:
    return datetime(*args, tzinfo=BRANCH_ZONE)


def minutes(moment: datetime | None) -> str:
    return local(moment).replace(tzinfo=None).isoformat(timespec="minutes")


def acknowledged(mail, source: str, case_id: str) -> list[str]:
    return [t for t in (text_of(m) for m in inbox(mail, source)) if case_id in t]


# ---- HTML -------------------------------------------------------------------------------------

def _logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 32), (200, 16, 46)).save(out, "PNG")
    return out.getvalue()


ONLINE_HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<style>td{font-size:14px;border:1px solid #ccc;padding:4px 8px}th{background:#f2f2f2;text-align:right}</style></head>
<body><img src="cid:logo@ebank" alt="网上银行" width="120"><br>
<p>三明分行：</p><p>&nbsp;&nbsp;网上银行投诉平台转来客户投诉一件，请按时限办理并在系统中反馈。</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><th>工单编号</th><td>WY-2026-1202-00873</td><th>受理时间</th><td>2026-12-02&nbsp;11:08</td></tr>
<tr><th>投诉人</th><td>蔡&nbsp;淑&nbsp;英</td><th>来电号码</th><td>159&nbsp;0598&nbsp;2764</td></tr>
<tr><th>涉及网点</th><td colspan="3">城关分理处</td></tr>
<tr><th>问题描述</th><td colspan="3">客户通过网上银行投诉：11月30日在城关分理处办理大额取现，<br>
提前一天已预约，到网点后仍被告知现金不足，要求改日再来，客户认为网点<b>无故拒付</b>。</td></tr>
<tr><th>诉求</th><td colspan="3">要求城关分理处说明原因并保证预约取现按时兑付。</td></tr>
</table><p style="color:#999;font-size:12px">本邮件由系统自动发送，请勿直接回复。</p></body></html>
"""


def test_an_online_banking_form_in_html_with_other_label_words(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    logo = ('Content-Type: image/png; name="logo.png"\r\nContent-Transfer-Encoding: base64\r\n'
            f'Content-ID: <logo@ebank>\r\nContent-Disposition: inline; filename="logo.png"\r\n\r\n{b64(_logo())}\r\n')
    related = multipart("related", [qp_part(ONLINE_HTML, "gb2312", "html"), logo], "=_rel_00873")
    alternative = multipart("alternative", [text_part("此邮件为HTML格式，请在支持HTML的客户端查看。", "gb2312"), related],
                            "=_alt_00873")
    deliver(mail, ctx, mail_of(head(HEAD_OFFICE, "网上银行客户投诉转办 WY-2026-1202-00873",
                                    msgid="WY-2026-1202-00873.notify@head-office.example"), alternative), HEAD_OFFICE)

    case = one_case(ctx)
    got = {"channel": case.channel, "unit": case.unit, "投诉人": case.customer_name,
           "来电号码": digits(case.customer_phone), "受理时间": minutes(case.received_at),
           "诉求 is the request": "预约取现按时兑付" in case.request,
           "问题描述 is the content, alone": "现金不足" in case.content and "预约取现按时兑付" not in case.content,
           "no markup or footer": not any(w in case.content for w in ("<", "&nbsp;", "请勿直接回复"))}
    want = {"channel": "online", "unit": "CG", "投诉人": "蔡淑英", "来电号码": "15905982764",
            "受理时间": "2026-12-02T11:08", "诉求 is the request": True, "问题描述 is the content, alone": True,
            "no markup or footer": True}
    assert got == want, ({k: v for k, v in got.items() if want[k] != v}, case_text(case), case.request)
    assert supervision_mails(mail, CHENGGUAN)
    assert acknowledged(mail, HEAD_OFFICE, case.id), "head office hears the case number"
    nothing_lost(ctx)


CSC_HTML = ("<html><head><meta charset=\"utf-8\"></head><body><div>客户投诉工单</div>"
            "<table border=\"1\"><tr><td>工单编号</td><td>GD20261202-0219</td></tr>"
            "<tr><td>受理时间</td><td>2026-12-02 09:47</td></tr><tr><td>客户姓名</td><td>卢建华</td></tr>"
            "<tr><td>联系电话</td><td>13859062718</td></tr><tr><td>被投诉单位</td><td>梅列支行</td></tr>"
            "<tr><td>投诉内容</td><td>客户反映梅列支行自助设备区的存款机连续三天故障，<br/>大堂无人值守，"
            "客户存款被机器卡住后无人处理。</td></tr>"
            "<tr><td>客户诉求</td><td>要求梅列支行尽快修好机器并退还被卡的存款。</td></tr></table></body></html>")


def test_a_work_order_whose_plain_part_is_the_html_source(tmp_path, mail, db_url):
    """A work-order system that fills its text/plain alternative with the HTML source itself."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    body = multipart("alternative", [text_part(CSC_HTML), text_part(CSC_HTML, subtype="html")], "=_wo_0219")
    deliver(mail, ctx, mail_of(head(CSC, "客户投诉工单 GD20261202-0219", msgid="GD20261202-0219@province.example"),
                               body), CSC)

    case = one_case(ctx)
    assert (case.channel, case.unit) == ("csc", "ML"), (case.channel, case.unit, case.routing)
    assert (case.customer_name, digits(case.customer_phone)) == ("卢建华", "13859062718"), \
        ("a plain part that is HTML source is read as the HTML a client shows", case_text(case))
    assert "卡住" in case.content, case.content
    for tag in ("<td>", "<tr>", "</", "<br"):
        assert tag not in case.content + case.request, (tag, case.content, case.request)
    assert minutes(case.received_at) == "2026-12-02T09:47"
    assert supervision_mails(mail, MEILIE)
    nothing_lost(ctx)


# ---- forwards ---------------------------------------------------------------------------------

ZHAO = Form("SJ20261201-023", "2026年12月1日 15:40", "赵丽萍", "137 0598 4412", "城关分理处",
            "客户反映城关分理处在其办理房贷提前还款时，柜员要求其购买一份理财产品才予办理，客户认为属于捆绑销售。",
            "要求城关分理处立即办理提前还款，取消捆绑要求并道歉。", business="贷款")


def test_a_forward_as_attachment_whose_original_carries_the_form(tmp_path, mail, db_url):
    """The province forwards the call centre's mail as an attachment (Outlook 'Forward as
    Attachment'); the original inside is multipart/mixed with the .docx form."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    docx = form_docx(ZHAO)
    inner = mail_of(head(CSC, "客户投诉受理单 SJ20261201-023", date=_dt(2026, 12, 1, 16, 5),
                         msgid="SJ20261201-023@province.example", to=PROVINCE),
                    multipart("mixed", [text_part("附件为客户投诉受理单，请查收。\r\n"),
                                        file_part("投诉受理单（赵丽萍）.docx", DOCX, docx)], "=_csc_023"))
    eml_name = Header("客户投诉受理单 SJ20261201-023.eml", "utf-8").encode(linesep="\r\n")
    eml = (f'Content-Type: message/rfc822;\r\n\tname="{eml_name}"\r\n'
           'Content-Disposition: attachment; filename*=UTF-8\'\'%E5%AE%A2%E6%88%B7%E6%8A%95%E8%AF%89%E5%8F%97%E7%90%86'
           '%E5%8D%95%20SJ20261201-023.eml\r\n\r\n' + inner.decode("ascii") + "\r\n")
    note = "三明分行：\r\n转去省客服中心受理单一份，请按时限办理。\r\n\r\n省分行消保办 陈志明\r\n"
    deliver(mail, ctx, mail_of(head(PROVINCE, "转发: 客户投诉受理单 SJ20261201-023", msgid="fw023.outlook@province.example",
                                    extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
                               multipart("mixed", [text_part(note), eml], "----=_NextPart_000_0031_01DB44F1")), PROVINCE)

    case = one_case(ctx)
    assert (case.channel, case.unit) == ("superior", "CG"), (case.channel, case.unit, case.routing)
    assert (case.customer_name, digits(case.customer_phone)) == ("赵丽萍", "13705984412"), case_text(case)
    assert case.acceptance_number == "SJ20261201-023"
    assert minutes(case.received_at) == "2026-12-01T15:40", ("the form's 受理时间", case.received_at)
    assert "捆绑销售" in case.content and "陈志明" not in case.content, case.content
    [notice] = supervision_mails(mail, CHENGGUAN)
    assert attachments(notice).get("投诉受理单（赵丽萍）.docx") == docx, ("the form travels", list(attachments(notice)))
    assert acknowledged(mail, PROVINCE, case.id), "the forwarder is the source and hears the case number"
    nothing_lost(ctx)


NESTED = ("请三明分行核实处理，按时反馈。\r\n\r\n总行客户服务中心 王磊\r\n\r\n"
          "________________________________\r\n"
          "发件人: 周敏 <zhoumin@head-office.example>\r\n发送时间: 2026年12月2日 9:15\r\n"
          "收件人: 客服中心 <service@head-office.example>\r\n主题: 转发：关于三元支行理财销售的投诉\r\n\r\n"
          "转客服中心处理。\r\n\r\n"
          "------------------ 原始邮件 ------------------\r\n"
          "发件人: \"林秀英\"<customer@customer.example>;\r\n"
          "发送时间: 2026年12月1日(星期二) 晚上8:47\r\n"
          "收件人: \"kefu\"<kefu@head-office.example>;\r\n"
          "主题: 关于三元支行理财销售的投诉\r\n\r\n"
          "您好：\r\n    我叫林秀英，今年六十六岁。11月18日我到三元支行存钱，理财经理向我推荐一款“稳赚不赔”的产品，"
          "我买了二十万元，后来才知道是风险等级R4的基金，现在亏了一万多元。购买时没有给我做风险测评，"
          "也没有录音录像。\r\n    我要求三元支行赔偿我的损失，并对理财经理进行处理。\r\n"
          "    我的电话：186 5980 3317\r\n\r\n林秀英\r\n")


def test_an_outlook_forward_of_a_qq_forward_inline(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    deliver(mail, ctx, mail_of(head(HEAD_OFFICE, "转发: 转发：关于三元支行理财销售的投诉", msgid="fw2.kefu.1203@head-office.example",
                                    extra=(("X-Mailer", "Microsoft Outlook 16.0"),)), text_part(NESTED, "gb18030")),
            HEAD_OFFICE)

    case = one_case(ctx)
    assert (case.channel, case.unit) == ("online", "SY"), (case.channel, case.unit, case.routing)
    assert (case.customer_name, digits(case.customer_phone)) == ("林秀英", "18659803317"), case_text(case)
    assert minutes(case.received_at) == "2026-12-01T20:47", ("the customer's own mail's date", case.received_at)
    for note in ("核实处理", "转客服中心处理", "王磊", "周敏"):
        assert note not in case.content, (note, case.content)
    assert "风险测评" in case.content
    assert CUSTOMER in case_text(case) or case.customer_email == CUSTOMER, "the original author is kept"
    assert supervision_mails(mail, SANYUAN)
    nothing_lost(ctx)


QQ_ENGLISH = ("转三明分行信用卡中心处理。\r\n\r\n\r\n"
              "------------------ Original ------------------\r\n"
              "From:  \"郑丽华\"<customer@customer.example>;\r\n"
              "Date:  Tue, Dec 1, 2026 09:26 PM\r\n"
              "To:  \"complaints\"<complaints@province.example>;\r\n"
              "Subject:  信用卡中心催收电话骚扰\r\n\r\n"
              "省分行领导：\r\n我是郑丽华，电话 139-5981-0265。我的信用卡上个月逾期了八百元，已经在11月28日还清，"
              "但三明分行信用卡中心的催收人员从11月29日起每天打十几个电话给我，还打到我单位和我父母家里，"
              "说话非常难听，严重影响我的工作和生活。\r\n请你们制止这种催收方式，并要求信用卡中心向我道歉。\r\n郑丽华\r\n")


def test_a_qq_english_original_forward_from_exmail(tmp_path, mail, db_url):
    """企业微信 / exmail.qq.com with an English UI: 'Original' rule, 'From:  "name"<addr>;' and
    a 12-hour date."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    html = "<div>" + QQ_ENGLISH.replace("\r\n", "<br>") + "</div>"
    body = multipart("alternative", [text_part(QQ_ENGLISH), text_part(html, subtype="html")],
                     "----=_NextPart_6751E2A5_0F0E2B60_1C3D4E5F")
    deliver(mail, ctx, mail_of(head(PROVINCE, "Fw:信用卡中心催收电话骚扰", msgid="tencent_3A7C9D2B@exmail.province.example",
                                    extra=(("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"))), body),
            PROVINCE)

    case = one_case(ctx)
    assert (case.channel, case.unit) == ("superior", "CARD"), (case.channel, case.unit, case.routing)
    assert (case.customer_name, digits(case.customer_phone)) == ("郑丽华", "13959810265"), case_text(case)
    assert minutes(case.received_at) == "2026-12-01T21:26", ("09:26 PM is 21:26", case.received_at)
    assert "Original" not in case.content and "转三明分行" not in case.content, case.content
    assert supervision_mails(mail, CARD)
    nothing_lost(ctx)


# ---- 受理时间 as people type it -----------------------------------------------------------------

@pytest.mark.parametrize(("typed", "expected"), [
    ("2026/12/01 15:40", "2026-12-01T15:40"),
    ("2026.12.1", "2026-12-01"),
    ("12月1日下午3点40分", "2026-12-01T15:40"),
])
def test_an_acceptance_time_typed_three_ways_is_the_received_time(tmp_path, mail, db_url, typed, expected):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = (f"客户投诉工单\r\n工单编号：GD20261201-0356\r\n受理时间：{typed}\r\n客户姓名：吴玉珠\r\n联系电话：13605981123\r\n"
            "被投诉单位：三元支行\r\n投诉内容：客户反映三元支行在其办理借记卡挂失时，收取了10元工本费和10元挂失费，"
            "但网点公告写明老年人免收挂失费，客户已七十岁。\r\n客户诉求：要求退还挂失费。\r\n")
    deliver(mail, ctx, mail_of(head(CSC, "客户投诉工单 GD20261201-0356", msgid="GD20261201-0356@province.example"),
                               text_part(text)), CSC)

    case = one_case(ctx)
    assert case.unit == "SY" and case.customer_name == "吴玉珠", (case.unit, case.customer_name)
    got = local(case.received_at)
    assert got.date() == date(2026, 12, 1), ("the form's date, not the arrival", case.received_at)
    if "T" in expected:
        assert minutes(case.received_at) == expected, case.received_at
    assert date(2026, 12, 15) <= local(case.regulatory_due_at).date() <= date(2026, 12, 16), \
        ("15 calendar days from 12-01, not from the arrival on 12-03", case.regulatory_due_at)
    assert local(case.due_at).date() <= date(2026, 12, 8), ("5 working days from 12-01", case.due_at)
    assert "2026-12-03" in str(case.fields.get("arrived_at")), ("the arrival kept beside it", case.fields.get("arrived_at"))
    assert supervision_mails(mail, SANYUAN)
    nothing_lost(ctx)


# ---- the branch's own mail --------------------------------------------------------------------

OUTLOOK_PLAIN = ("工会：\r\n\r\n今天下午接到客户来电投诉，登记如下：\r\n\r\n来电时间\r\n\r\n2026年12月2日 16:20\r\n\r\n"
                 "客户姓名\r\n\r\n曾德旺\r\n\r\n联系电话\r\n\r\n139 5981 6604\r\n\r\n投诉事项\r\n\r\n"
                 "客户称其在我行办理的个人消费贷款已于11月提前结清，但征信报告仍显示未结清，影响其申请房贷，要求尽快更正。\r\n\r\n"
                 "登记人\r\n\r\n林小燕（大堂经理）\r\n\r\n \r\n\r\n梅列支行 林小燕\r\n")


def _word_cell(text: str) -> str:
    """A cell as Word writes it: digits in EN-US runs, Chinese in 宋体 runs, <o:p> at the end."""
    runs, buf, latin = [], "", None
    for ch in text:
        is_latin = ch.isascii()
        if latin is not None and is_latin != latin:
            runs.append((buf, latin))
            buf = ""
        buf, latin = buf + ch, is_latin
    runs.append((buf, latin))
    spans = "".join(f"<span lang=EN-US>{t}</span>" if lat else f"<span style='font-family:宋体'>{t}</span>"
                    for t, lat in runs)
    return (f"<td width=142 valign=top style='width:106.5pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
            f"<p class=MsoNormal>{spans}<span lang=EN-US><o:p></o:p></span></p></td>")


def test_an_outlet_registers_a_phone_call_in_an_outlook_table(tmp_path, mail, db_url):
    """Outlook's HTML table; its plain alternative puts each cell on a line of its own."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    rows = [("来电时间", "2026年12月2日 16:20"), ("客户姓名", "曾德旺"), ("联系电话", "139 5981 6604"),
            ("投诉事项", "客户称其在我行办理的个人消费贷款已于11月提前结清，但征信报告仍显示未结清，影响其申请房贷，要求尽快更正。"),
            ("登记人", "林小燕（大堂经理）")]
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta http-equiv=Content-Type content=\"text/html; "
            "charset=gb2312\"><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--p.MsoNormal"
            "{margin:0cm;font-size:10.5pt;font-family:等线}--></style></head><body lang=ZH-CN link=\"#0563C1\">"
            "<div class=WordSection1><p class=MsoNormal><span style='font-family:宋体'>工会：</span><o:p></o:p></p>"
            "<p class=MsoNormal><span style='font-family:宋体'>今天下午接到客户来电投诉，登记如下：</span><o:p></o:p></p>"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
            + "".join(f"<tr>{_word_cell(a)}{_word_cell(b)}</tr>" for a, b in rows)
            + "</table><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p><p class=MsoNormal>"
            "<span style='font-family:宋体'>梅列支行</span><span lang=EN-US> </span><span style='font-family:宋体'>林小燕"
            "</span></p></div></body></html>")
    body = multipart("alternative", [qp_part(OUTLOOK_PLAIN, "gb2312"), qp_part(html, "gb2312", "html")],
                     "----=_NextPart_000_0044_01DB4460.2A1B3C40")
    deliver(mail, ctx, mail_of(head(MEILIE, "客户来电投诉登记", msgid="004301db4460$2a1b3c40$@branch.example",
                                    extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtEYCobPEK3x9XqQ1mZ"))),
                               body), MEILIE)

    case = one_case(ctx)
    assert (case.channel, case.unit) == ("walk_in", "ML"), (case.channel, case.unit, case.routing)
    assert (case.customer_name, digits(case.customer_phone)) == ("曾德旺", "13959816604"), case_text(case)
    assert minutes(case.received_at) == "2026-12-02T16:20", ("来电时间", case.received_at)
    assert "征信" in case.content, case.content
    assert supervision_mails(mail, MEILIE)
    nothing_lost(ctx)


def test_an_outlet_reporting_a_banner_of_thanks_opens_no_case(tmp_path, mail, db_url):
    """锦旗 and 表扬信 an outlet reports from its own mailbox are praise: recorded on the unit's
    record and counted in the digest as the comment book's praise is — never a complaint, never a
    督办, and not kept aside as mail from 'not a configured source'."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("工会：\r\n    12月2日上午，客户张桂英阿姨专程来到我行，赠送一面写有“服务热情周到 真情温暖人心”的锦旗，"
            "并递交表扬信一封，感谢我行柜员李娜上月及时识破电信诈骗、帮她保住了六万元养老钱。\r\n"
            "    特此报告，表扬信扫描件后补。\r\n\r\n梅列支行 办公室\r\n2026年12月3日\r\n")
    deliver(mail, ctx, mail_of(head(MEILIE, "客户赠送锦旗及表扬信", msgid="ml.jinqi.20261203@branch.example"),
                               text_part(text)), MEILIE)

    assert cases(ctx) == [], [(c.id, c.channel, c.unit, c.content[:40]) for c in cases(ctx)]
    mail.delivered()
    for box in UNIT_BOXES:
        assert not [m for m in inbox(mail, box) if "督办" in str(m["Subject"])], box
    nothing_lost(ctx)
    digest = subprocess.run([str(Path(sys.executable).parent / "complaints"), "--config", str(tmp_path / "complaints.toml"),
                             "--at", "2026-12-07T09:00:00+08:00", "digest", "--week", "2026-W49"],
                            capture_output=True, text=True, timeout=120)
    praise = [line for line in digest.stdout.splitlines() if "表扬" in line]
    assert any("梅列支行" in line for line in praise), \
        ("the week's digest counts the outlet's praise", praise, [(m.kind, m.state, m.quarantine_reason) for m in messages(ctx)])


# ---- what comes back in a case's thread --------------------------------------------------------

PAN = ("客户投诉工单\r\n工单编号：GD20261202-0402\r\n受理时间：2026年12月2日 15:10\r\n客户姓名：潘文华\r\n联系电话：13859871560\r\n"
       "被投诉单位：梅列支行\r\n投诉内容：客户反映在梅列支行办理个人养老金账户开户，柜员要求其同时办理信用卡，否则不予开户。\r\n"
       "客户诉求：要求梅列支行为其单独开户并道歉。\r\n")


def _routed_case(ctx, mail):
    deliver(mail, ctx, mail_of(head(CSC, "客户投诉工单 GD20261202-0402", msgid="GD20261202-0402@province.example"),
                               text_part(PAN)), CSC)
    case = one_case(ctx)
    assert (case.unit, case.status) == ("ML", "routed"), (case.unit, case.status, case.routing)
    [notice] = supervision_mails(mail, MEILIE)
    return case, notice


def test_a_holiday_auto_answer_in_the_thread_is_not_the_units_answer(tmp_path, mail, db_url):
    """A Coremail rule answers every mail while the manager is away: 回复： subject, In-Reply-To,
    no Auto-Submitted, no X-Autoreply, no 自动回复 in the subject — only the body says it."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    case, notice = _routed_case(ctx, mail)
    raw = reply_by_client(notice, MEILIE, "您好！我于12月3日至12月9日休年假，期间不能及时处理邮件。"
                          "如有急事请联系营业室主任 林晓，电话 0598-8221234。谢谢！\r\n",
                          date=_dt(2026, 12, 3, 10, 2), msgid="auto.1203.7781@branch.example", quote=False,
                          extra=(("X-Mailer", "Coremail Webmail Server Version XT5.0.13"),))
    to = parseaddr(str(notice["Reply-To"] or notice["From"]))[1]
    mail.send(raw, MEILIE, [to])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)

    [again] = [c for c in cases(ctx) if c.id == case.id]
    assert again.status == "routed" and again.answered_at is None and not again.result_text, \
        ("an out-of-office text is not the unit's answer", again.status, again.result_text)
    assert len(inbox(mail, MEILIE)) == 1, ("nothing is sent back to an auto-responder",
                                           [str(m["Subject"]) for m in inbox(mail, MEILIE)])
    assert not [m for m in inbox(mail, OFFICE) if "拟稿" in text_of(m)], "no customer draft from an auto-answer"
    nothing_lost(ctx)


def _supervision_row(ctx, case_id: str) -> OutboundMail:
    with Session(ctx.engine) as session:
        rows = session.exec(select(OutboundMail).where(OutboundMail.case_id == case_id)).all()
    [row] = [r for r in rows if any(MEILIE == parseaddr(x)[1] for x in r.recipients)]
    return row


def _bounce_alert(text: str) -> bool:
    return any(w in text for w in ("退信", "无法投递", "无法送达", "投递失败"))


def test_a_delay_notice_then_a_failure_for_the_supervision_mail(tmp_path, mail, db_url):
    """The unit's relay cannot deliver: first Postfix's 'Delayed Mail (still being retried)',
    hours later 'Undelivered Mail Returned to Sender' — both to the envelope sender of the 督办."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    case, notice = _routed_case(ctx, mail)
    bounce_to = parseaddr(str(notice["Return-Path"]))[1] or SERVICE

    delayed = postfix_dsn(original=notice, recipient=MEILIE, to=bounce_to, action="delayed", status="4.4.1",
                          diagnostic="connect to mx.meilie.branch.example[10.12.8.20]:25: Connection timed out",
                          date=_dt(2026, 12, 3, 14, 0), queue_id="4F2A1C0E3B")
    mail.send(delayed, "", [bounce_to])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)
    assert _supervision_row(ctx, case.id).state != "failed", "a delay notice is not a failure"
    assert not [m for m in inbox(mail, OFFICE) if _bounce_alert(text_of(m))], "the office is not alarmed by a delay"

    failed = postfix_dsn(original=notice, recipient=MEILIE, to=bounce_to, action="failed", status="5.1.1",
                         diagnostic="host mx.meilie.branch.example[10.12.8.20] said: 550 5.1.1 <meilie@branch.example>: "
                                    "Recipient address rejected: User unknown in virtual mailbox table",
                         date=_dt(2026, 12, 3, 14, 30), queue_id="4F2A1C0E3B")
    mail.send(failed, "", [bounce_to])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)
    assert _supervision_row(ctx, case.id).state == "failed", "a failed DSN marks the 督办 failed"
    alerts = [text_of(m) for m in inbox(mail, OFFICE) if _bounce_alert(text_of(m))]
    assert alerts and any(case.id in a and ("梅列支行" in a or MEILIE in a) for a in alerts), \
        ("the office is told which unit's 督办 did not arrive", alerts)
    nothing_lost(ctx)


def test_the_same_mail_delivered_twice_is_one_case(tmp_path, mail, db_url):
    """The province's gateway timed out after DATA and sent the same mail again: identical
    bytes, only the trace headers our servers add differ."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    raw = mail_of(head(CSC, "客户投诉工单 GD20261202-0402", msgid="GD20261202-0402@province.example"), text_part(PAN))
    deliver(mail, ctx, raw, CSC)
    deliver(mail, ctx, raw, CSC)

    case = one_case(ctx)
    assert len(supervision_mails(mail, MEILIE)) == 1, "one 督办, not two"
    assert len(acknowledged(mail, CSC, case.id)) == 1, "one acknowledgement for one complaint"
    nothing_lost(ctx)
