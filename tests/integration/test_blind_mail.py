"""Issue 12 from outside: real mail as it arrives at a branch, through the real servers, both DBs.

Written from the issue's contract only (not from the parsers or their corpus): MFP scans with
their cover notes, HTML-only work orders with tables, forwards from Outlook, QQ/Foxmail, Gmail,
Lotus Notes and Coremail (163.com), and a forward as a message/rfc822 attachment. Each test sends
the mail over SMTP from the real sender's mailbox and looks at what people would see: the case's
fields, the unit that got the 督办 mail, and that nothing was lost.
"""

from __future__ import annotations

from datetime import date, datetime
from email.header import Header

import pytest

from core.clock import BRANCH_ZONE, local
from tests.integration.blind_mail_kit import (
    AT, CARD, CHENGGUAN, CSC, HEAD_OFFICE, MEILIE, PROVINCE, SANYUAN, SCANNER, b64, case_text, deliver, digits,
    expect_case,
    file_part, head, jpeg_of, mail_of, multipart, nothing_lost, one_case, parsed, pdf_of, supervision_mails,
    text_part, typed_page,
)
from tests.support.env import make_test_context

LETTER_P1 = ["尊敬的分行领导：", "　　我叫何志强，家住三元区列东街道，联系电话13959862471。",
             "2026年11月27日上午，我到贵行梅列支行办理存折补登，", "柜台工作人员以系统故障为由让我改天再来，",
             "我前后去了三次都没有办成，耽误了很多时间。"]
LETTER_P2 = ["　　我今年已经七十二岁，行动不便，希望梅列支行给我", "一个说法，并派人上门帮我办理补登业务。",
             "　　此致", "敬礼", "", "　　　　　　　　　　　　投诉人：何志强", "　　　　　　　　　　　　2026年11月30日"]
KYOCERA = ("请查阅附件。\r\n\r\n设备名称：TASKalfa 3253ci\r\n设备位置：分行工会办公室（3楼）\r\n"
           "IP 地址：10.12.3.45\r\n页数：2\r\n文件格式：PDF\r\n扫描时间：2026/12/03 09:41\r\n")


def _dt(*args) -> datetime:
    return datetime(*args, tzinfo=BRANCH_ZONE)


def test_kyocera_scan_to_email_with_a_two_page_pdf_letter(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    scan = pdf_of([typed_page(LETTER_P1, seed=3, skew=0.7), typed_page(LETTER_P2, seed=4, skew=-0.5)])
    name = "doc03512620261203094112.pdf"
    raw = mail_of(head(SCANNER, "TASKalfa 3253ci 扫描的文档", msgid="20261203094112.3253ci@scanner.branch.example",
                       extra=(("X-Mailer", "KYOCERA Document Solutions TASKalfa 3253ci"),)),
                  multipart("mixed", [text_part(KYOCERA), file_part(name, "application/pdf", scan)], "KM_B0UND4RY"))
    deliver(mail, ctx, raw, SCANNER)

    case = one_case(ctx)
    assert (case.channel, case.unit) == ("letter", "ML")
    assert case.customer_name == "何志强" and digits(case.customer_phone) == "13959862471"
    assert "设备名称" not in case.content and "TASKalfa" not in case.content, case.content
    assert case.content.index("存折补登") < case.content.index("上门"), "both pages, in order"
    assert local(case.received_at).date() == date(2026, 11, 30), "the letter's date is its received time"
    [notice] = supervision_mails(mail, MEILIE)
    assert {p.get_filename(): p.get_content() for p in notice.iter_attachments()}.get(name) == scan
    nothing_lost(ctx)


def test_canon_one_line_cover_with_two_jpeg_pages_is_one_letter(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    first = ["投诉信", "　　本人刘桂芳，联系电话13860591472。今年11月25日", "我在城关分理处存入现金五万元，回家后发现",
             "存款回单上的金额写成了五千元。"]
    second = ["　　我当天就打电话询问，网点说要核查，至今没有", "任何答复。请城关分理处尽快核实并给我书面答复。",
              "", "　　　　　　　　　　　　　　刘桂芳", "　　　　　　　　　　　　　　2026年12月1日"]
    pages = [jpeg_of(typed_page(first, seed=7, skew=-0.8)), jpeg_of(typed_page(second, seed=8, skew=0.4))]
    raw = mail_of(head(SCANNER, "Attached Image", msgid="iR-ADV-C5535-20261203095812@scanner.branch.example",
                       extra=(("X-Mailer", "Canon iR-ADV C5535"),)),
                  multipart("mixed", [text_part("客户来信扫描件，请处理"),
                                      file_part("20261203095812_0001.jpg", "image/jpeg", pages[0]),
                                      file_part("20261203095812_0002.jpg", "image/jpeg", pages[1])], "cAnOn_b"))
    deliver(mail, ctx, raw, SCANNER)

    case = one_case(ctx)
    assert (case.channel, case.unit) == ("letter", "CG")
    assert case.customer_name == "刘桂芳" and digits(case.customer_phone) == "13860591472"
    assert case.content.index("五万元") < case.content.index("书面答复"), "page 1 then page 2 as one letter"
    assert "请处理" not in case.content
    assert local(case.received_at).date() == date(2026, 12, 1)
    [notice] = supervision_mails(mail, CHENGGUAN)
    names = [p.get_filename() for p in notice.iter_attachments()]
    assert "20261203095812_0001.jpg" in names and "20261203095812_0002.jpg" in names, names
    nothing_lost(ctx)


def test_a_complaint_body_with_the_customers_scanned_statement_reads_both(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    body = ("客户吴丽萍来电投诉：11月28日在三元支行办理定期存单提前支取，柜员未告知将按活期计息，"
            "损失利息约860元。客户要求三元支行按原约定利率补偿。联系电话13860512290。\r\n"
            "客户另交来书面情况说明一份，扫描件见附件。\r\n\r\n省分行客服中心 林芳")
    statement = ["情况说明", "　　11月28日上午我在三元支行柜台支取定期存单，", "办理时大堂经理当时也在场，可以作证，",
                 "柜员从头到尾没有提过按活期计息的事情。", "　　　　　　　　　　　　吴丽萍"]
    raw = mail_of(head(CSC, "客户投诉转办：三元支行定期提前支取", msgid="kf.20261203.0921@province.example"),
                  multipart("mixed", [text_part(body, "gb18030"),
                                      file_part("情况说明.jpg", "image/jpeg", jpeg_of(typed_page(statement, seed=9)))],
                            "=_csc_0921"))
    deliver(mail, ctx, raw, CSC)

    case = expect_case(ctx, mail, unit="SY", box=SANYUAN, name="吴丽萍", phone="13860512290", words=("按活期计息",))
    assert "大堂经理" in case_text(case), "the body is the complaint, and the scan is read as well"


def test_ricoh_cover_note_naming_where_the_scanner_stands_does_not_route(tmp_path, mail, db_url):
    """The union's MFP stands in 三元支行's building: its cover note names that outlet, the letter another."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    cover = ("本邮件由 RICOH IM C3000 发送。\r\n请查阅附件。\r\n\r\n设备名称：RICOH IM C3000\r\n"
             "设备位置：三元支行大楼4F 工会\r\n扫描页数：1\r\n文件格式：JPEG\r\n")
    letter = ["致分行工会：", "　　我是城关分理处的老客户俞冬梅，电话13705981166。", "12月1日我去城关分理处取养老金，保安不让我",
              "进门，说要先在手机上预约，我不会用智能手机，", "在门外站了一个小时。请城关分理处改进服务。",
              "", "　　　　　　　　　　　　　　俞冬梅", "　　　　　　　　　　　　　　2026年12月2日"]
    raw = mail_of(head(SCANNER, "扫描文件 RICOH IM C3000", msgid="RICOH.IMC3000.1203@scanner.branch.example"),
                  multipart("mixed", [text_part(cover), file_part("20261203_101544.jpg", "image/jpeg",
                                                                  jpeg_of(typed_page(letter, seed=11, skew=0.9)))],
                            "rIcOh_b"))
    deliver(mail, ctx, raw, SCANNER)

    case = expect_case(ctx, mail, unit="CG", box=CHENGGUAN, channel="letter", name="俞冬梅", phone="13705981166",
                       words=("预约",))
    assert "RICOH" not in case.content and not mail.messages(SANYUAN)


def test_brother_see_attachment_with_a_300_dpi_pdf_signed_in_chinese_numerals(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    letter = ["信用卡中心：", "　　本人郑春生，联系电话15160598830。我的信用卡在", "十一月份被重复扣收了两次分期手续费，共计",
              "四百六十元，客服答应退还却一直没有到账。", "请信用卡中心尽快退还并给予答复。",
              "", "　　　　　　　　　　　　　郑春生", "　　　　　　　　　　二〇二六年十一月二十九日"]
    scan = pdf_of([typed_page(letter, dpi=300, seed=13, skew=-0.4)], dpi=300)
    raw = mail_of(head(SCANNER, "Brother MFC-L8900CDW", msgid="BRN3C2AF4.1203@scanner.branch.example",
                       extra=(("X-Mailer", "Brother MFC-L8900CDW"),)),
                  multipart("mixed", [text_part("见附件", "gb2312"), file_part("img-1203101650-0001.pdf",
                                                                              "application/pdf", scan)], "BRN_b"))
    deliver(mail, ctx, raw, SCANNER)

    case = expect_case(ctx, mail, unit="CARD", box=CARD, channel="letter", name="郑春生", phone="15160598830",
                       words=("分期手续费",))
    assert local(case.received_at).date() == date(2026, 11, 29), "the letter's date is its received time"


# ---- HTML-only work orders -----------------------------------------------------------------

def _outlook_table(rows: list[tuple[str, str]]) -> str:
    cell = ('<td width="142" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
            '<p class="MsoNormal"><span style="font-family:宋体">{}<span lang="EN-US"><o:p></o:p></span></span></p></td>')
    trs = "".join(f"<tr>{cell.format(k)}{cell.format(v)}</tr>" for k, v in rows)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=gb2312"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:10.5pt;font-family:等线} --></style></head>'
            '<body lang="ZH-CN" link="#0563C1"><div class="WordSection1"><p class="MsoNormal">各位好：<o:p></o:p></p>'
            '<p class="MsoNormal">以下客户投诉请转相关网点处理，谢谢。<o:p></o:p></p>'
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
            f'<tbody>{trs}</tbody></table><p class="MsoNormal"><o:p>&nbsp;</o:p></p></div></body></html>')


def _alternative(sender: str, subject: str, msgid: str, plain: str, html: str, charset: str = "gb2312") -> bytes:
    return mail_of(head(sender, subject, msgid=msgid, extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
                   multipart("alternative", [text_part(plain, charset), text_part(html, charset, "html")],
                             "----=_NextPart_000_0019_01DB4512.6A3C1E20"))


def test_html_only_work_order_with_a_stub_plain_part(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    html = _outlook_table([("工单编号", "WS2026120100158"), ("受理时间", "2026-12-01 14:36"), ("客户姓名", "黄丽娟"),
                           ("联系电话", "13905983321"), ("被投诉机构", "三元支行"),
                           ("问题描述", "客户称在三元支行购买的理财产品，销售人员未告知风险等级，现亏损一万二千元。"),
                           ("客户诉求", "要求退还本金并道歉。")])
    raw = _alternative(HEAD_OFFICE, "客户投诉工单 WS2026120100158", "WS2026120100158@head-office.example",
                       "请使用支持 HTML 的邮件客户端查看此邮件。", html)
    deliver(mail, ctx, raw, HEAD_OFFICE)

    case = expect_case(ctx, mail, unit="SY", box=SANYUAN, name="黄丽娟", phone="13905983321", words=("理财产品",))
    assert "请使用支持" not in case.content and local(case.received_at) == _dt(2026, 12, 1, 14, 36)
    assert local(case.due_at).date() == date(2026, 12, 8), "five working days from 受理时间"


def test_work_order_system_with_an_empty_plain_part_and_a_header_row_table(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    labels = ["受理时间", "投诉人", "联系方式", "涉及网点", "投诉事项"]
    values = ["2026/12/02 09:05", "蔡文斌", "13799870125", "城关分理处", "客户在城关分理处办理银行卡挂失，被要求先购买保险才给办理。"]
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>工单</title></head><body>'
            '<h3 style="color:#1f4e79">客户投诉工单推送</h3><table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<thead><tr>" + "".join(f"<th>{x}</th>" for x in labels) + "</tr></thead><tbody><tr>"
            + "".join(f"<td>{x}</td>" for x in values) + "</tr></tbody></table>"
            '<p style="color:#888">本邮件由系统自动发送。</p></body></html>')
    raw = mail_of(head(CSC, "【工单推送】客户投诉 KF202612020017", msgid="push.KF202612020017@province.example"),
                  multipart("alternative", [text_part("", "utf-8"), text_part(html, "utf-8", "html")], "b1_kfpush"))
    deliver(mail, ctx, raw, CSC)

    case = expect_case(ctx, mail, unit="CG", box=CHENGGUAN, name="蔡文斌", phone="13799870125", words=("购买保险",))
    assert local(case.received_at) == _dt(2026, 12, 2, 9, 5)


def test_plain_part_that_is_only_a_link_gives_way_to_the_html_table(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    html = _outlook_table([("受理时间：", "2026年11月30日 16:48"), ("客户姓名：", "邱海燕"), ("联系电话：", "13606951183"),
                           ("被投诉单位：", "信用卡中心"),
                           ("投诉内容：", "客户信用卡账单出现两笔未授权的境外消费共3280元，致电信用卡中心三次均未处理。")])
    raw = _alternative(PROVINCE, "督办：客户投诉（信用卡）", "sj.88213@province.example",
                       "https://kf.province.example/ticket/view?id=88213\r\n", html, "utf-8")
    deliver(mail, ctx, raw, PROVINCE)

    case = expect_case(ctx, mail, unit="CARD", box=CARD, name="邱海燕", phone="13606951183", words=("未授权的境外消费",))
    assert "https://" not in case.content and local(case.received_at) == _dt(2026, 11, 30, 16, 48)


def test_a_single_part_html_mail_with_a_table(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    html = _outlook_table([("受理时间", "2026-12-02 11:20"), ("客户姓名", "骆志远"), ("联系电话", "15980511234"),
                           ("被投诉单位", "梅列支行"), ("投诉内容", "客户在梅列支行办理开户，被柜员要求必须同时办理信用卡和理财。")])
    raw = mail_of(head(HEAD_OFFICE, "客户投诉单", msgid="html.only.1202@head-office.example",
                       extra=(("X-Mailer", "Microsoft Outlook 16.0"),)), text_part(html, "gb2312", "html"))
    deliver(mail, ctx, raw, HEAD_OFFICE)

    case = expect_case(ctx, mail, unit="ML", box=MEILIE, name="骆志远", phone="15980511234", words=("信用卡和理财",))
    assert local(case.received_at) == _dt(2026, 12, 2, 11, 20)


# ---- forwards ------------------------------------------------------------------------------

def _assert_forward(ctx, mail, *, forwarder: str, channel: str, unit: str, unit_box: str, author: str,
                    written: datetime, words: str, not_words: str) -> None:
    case = one_case(ctx)
    assert (case.channel, case.unit, case.source_address) == (channel, unit, forwarder)
    assert case.fields.get("original", {}).get("sender") == author, case.fields.get("original")
    assert local(case.received_at) == written, "the forwarded mail's own date"
    assert words in case.content and not_words not in case.content, case.content
    assert supervision_mails(mail, unit_box)
    nothing_lost(ctx)


def test_a_163_mail_forwarded_as_an_attachment_is_read_from_inside(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("您好：\r\n我于11月30日下午在梅列支行办理社保卡激活，大堂经理拒绝帮助我这个老年人使用自助机，"
            "还说“不会用就别来”。我要求梅列支行向我道歉。\r\n周敏  电话13375982046\r\n")
    inner = mail_of(head(f'{Header("周敏", "gbk").encode()} <zhou.min@163.com>', "投诉梅列支行大堂经理", to=PROVINCE,
                         date=_dt(2026, 11, 30, 20, 14), msgid="6a1f3c2e.3b21.18f2c1d0a7e.Coremail.zhou.min@163.com",
                         extra=(("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801 163com"),)),
                    multipart("alternative", [text_part(text, "GBK"),
                                              text_part(f"<div>{text.replace(chr(13) + chr(10), '<br>')}</div>",
                                                        "GBK", "html")], "----=_Part_112233_445566.1764504877000"))
    eml_name = Header("投诉梅列支行大堂经理.eml", "utf-8").encode(linesep="\r\n")
    attached = (f'Content-Type: message/rfc822; name="{eml_name}"\r\n'
                "Content-Disposition: attachment\r\n\r\n" + inner.decode("ascii") + "\r\n")
    raw = mail_of(head(PROVINCE, "转发：投诉梅列支行大堂经理", msgid="fw.20261203.0007@province.example",
                       extra=(("X-Mailer", "Foxmail 7.2.25.228[cn]"),)),
                  multipart("mixed", [text_part("转你行处理，请按规定时限反馈结果。", "gb2312"), attached], "----=_001_NextPart"))
    assert parsed(raw).get_payload()[1].get_content_type() == "message/rfc822"
    deliver(mail, ctx, raw, PROVINCE)
    _assert_forward(ctx, mail, forwarder=PROVINCE, channel="superior", unit="ML", unit_box=MEILIE,
                    author="zhou.min@163.com", written=_dt(2026, 11, 30, 20, 14), words="社保卡激活",
                    not_words="Coremail")  # the forwarder's own note may stay beside it, labelled
    assert one_case(ctx).customer_name == "周敏"


# forwarder, subject, Message-ID, charset, body; then what the case must show:
# channel, unit, the unit's mailbox, the forwarded mail's author and date, its words, the forwarder's words
INLINE_FORWARDS = {
    "outlook": (CSC, "FW: 城关分理处ATM吞卡", "DB7PR02MB4521@province.example", "utf-8",
                "FYI，请转相关网点处理。\r\n\r\n-----Original Message-----\r\n"
                "From: Daniel Wu [mailto:danielwu@hotmail.com] \r\nSent: Monday, November 30, 2026 5:02 PM\r\n"
                "To: 95566客服 <csc@province.example>\r\nSubject: 城关分理处ATM吞卡\r\n\r\n您好：\r\n"
                "今天下午四点半左右，我在城关分理处门口的ATM机上取款，卡被吞了，打电话给网点没人接。"
                "希望城关分理处尽快把卡还给我。\r\n吴大伟 13605981357\r\n",
                "csc", "CG", CHENGGUAN, "danielwu@hotmail.com", _dt(2026, 11, 30, 17, 2), "卡被吞了", "FYI"),
    "qq-foxmail": (HEAD_OFFICE, "转发：三元支行乱收费", "tencent_5A1B@qq.com", "gb18030",
                   "转发客户邮件，请处理。\r\n\r\n\r\n------------------ 原始邮件 ------------------\r\n"
                   "发件人: \"小雨\"<1234567@qq.com>;\r\n发送时间: 2026年12月1日(星期二) 晚上9:26\r\n"
                   "收件人: \"客服中心\"<kefu@head-office.example>;\r\n主题: 三元支行乱收费\r\n\r\n"
                   "我在三元支行开了一张借记卡，第二个月就被扣了年费和短信费，开卡时柜员一个字都没提。"
                   "要求三元支行退费。我叫孙雨，电话15859873310。\r\n",
                   "online", "SY", SANYUAN, "1234567@qq.com", _dt(2026, 12, 1, 21, 26), "年费和短信费", "转发客户邮件"),
    "gmail": (CSC, "Fwd: 信用卡年费问题", "CAF=kx9m2@mail.gmail.com", "utf-8",
              "\r\n\r\n---------- Forwarded message ---------\r\nFrom: Lin Wei <linwei.fj@gmail.com>\r\n"
              "Date: Tue, Dec 1, 2026 at 8:03 AM\r\nSubject: 信用卡年费问题\r\nTo: <csc@province.example>\r\n\r\n\r\n"
              "你好，我的信用卡中心办的白金卡，办卡时说首年免年费，现在扣了我880元年费。请信用卡中心退还。\r\n"
              "林伟 13950412268\r\n",
              "csc", "CARD", CARD, "linwei.fj@gmail.com", _dt(2026, 12, 1, 8, 3), "880元年费", "Forwarded"),
    "lotus-notes": (PROVINCE, "转发: 梅列支行房贷提前还款手续拖延", "OF1A2B3C4D.5E6F@province.example", "utf-8",
                    "请核实处理。\r\n\r\n----- 转发者 陈志明/FJ/PROV 于 2026-12-02 10:20 -----\r\n\r\n"
                    "\"林建华\" <linjianhua@126.com>\r\n2026-12-01 19:45\r\n\r\n收件人\r\ncomplaints@province.example\r\n"
                    "抄送\r\n\r\n主题\r\n梅列支行房贷提前还款手续拖延\r\n\r\n\r\n\r\n"
                    "我在梅列支行申请房贷提前还款已经一个多月，客户经理一直说在走流程，多付了一个月利息。"
                    "请梅列支行给个明确时间。林建华 13705987420\r\n",
                    "superior", "ML", MEILIE, "linjianhua@126.com", _dt(2026, 12, 1, 19, 45), "提前还款", "请核实处理"),
    "coremail-163": (CSC, "Fw:三元支行理财经理推销保险", "2d1e6c.4a7b.18f2@163.com", "GBK",
                     "客户邮件转你行，请核实。\r\n\r\n\r\n\r\n\r\n-------- 转发邮件信息 --------\r\n"
                     "发件人：\"黄先生\" <hxs1980@163.com>\r\n发送日期：2026-12-01 10:11:09\r\n"
                     "收件人：kefu@province.example\r\n主题：三元支行理财经理推销保险\r\n\r\n"
                     "三元支行的理财经理把一款分红保险说成是定期存款卖给我母亲，十年不能取。要求三元支行全额退保。"
                     "黄永祥 13906051234\r\n",
                     "csc", "SY", SANYUAN, "hxs1980@163.com", _dt(2026, 12, 1, 10, 11, 9), "分红保险", "请核实"),
}


@pytest.mark.parametrize("client", list(INLINE_FORWARDS))
def test_inline_forward_is_read_from_inside(tmp_path, mail, db_url, client):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    forwarder, subject, msgid, charset, text, channel, unit, box, author, written, words, not_words = \
        INLINE_FORWARDS[client]
    deliver(mail, ctx, mail_of(head(forwarder, subject, msgid=msgid), text_part(text, charset)), forwarder)
    _assert_forward(ctx, mail, forwarder=forwarder, channel=channel, unit=unit, unit_box=box, author=author,
                    written=written, words=words, not_words=not_words)


def test_b64_helper_round_trips():
    """The builders themselves: a base64 body and an encoded filename read back as written."""
    raw = mail_of(head(CSC, "测试", msgid="x@y"), multipart("mixed", [text_part("正文", "gb18030"),
                                                                       file_part("说明.pdf", "application/pdf", b"%PDF")],
                                                              "bb"))
    msg = parsed(raw)
    assert msg.get_body(("plain",)).get_content().strip() == "正文" and b64(b"ab") == "YWI="
    assert [p.get_filename() for p in msg.iter_attachments()] == ["说明.pdf"] and str(msg["Subject"]) == "测试"
