"""Issue 12 from outside, round three: scans and attachments as rounds one and two never sent them.

Written blind, from the issue and the docs (README, DESIGN, 使用说明) and from how the devices and
programs write their mail — not from the code that reads mail. Shapes: a Xerox WorkCentre's English
cover note over a PDF named with a space; a Konica Minolta bizhub mail with no text part at all; an
Epson's pages as JPEGs named by the second they were scanned; a Sharp MX's multi-page G4 TIFF
(TIFF-F); a Pantum's three JPEG pages attached out of order; the same page attached as PDF and
JPEG; a Windows zip of several scans (CP936 names) forwarded by the superior bank; a password-
protected PDF beside a typed complaint; an empty first attachment before the real form; form
names in raw GBK bytes and in RFC 2231 continuations under GB18030; a GBK quoted-printable
subject and body. Each mail goes over SMTP from its real sender's mailbox to the real servers;
the service runs with a fixed clock until idle; the tests look at the case, the unit's 督办 mail
and its attachments, the source's mailbox, and that every mail is accounted for.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.integration.blind_mail2_kit import Form, form_docx
from tests.integration.blind_mail3_kit import (
    attachments, gbk_q_subject, inbox, local, locked_pdf, qp_gbk_text_part, raw_gbk_file_part,
    rfc2231_gb18030_file_part, text_of, tiff_g4, windows_zip_of, wire,
)
from tests.integration.blind_mail_kit import (
    AT, CARD, CHENGGUAN, CSC, HEAD_OFFICE, MEILIE, PROVINCE, SANYUAN, SCANNER, b64, case_text, cases, deliver, digits,
    events, file_part, head, jpeg_of, mail_of, messages, multipart, nothing_lost, one_case, pdf_of,
    supervision_mails, text_part, typed_page,
)
from tests.support.env import make_test_context

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def device_file_part(name: str, ctype: str, data: bytes) -> str:
    """An attachment as MFP firmware writes it: a plain ASCII name, quoted, no encoded words."""
    return (f'Content-Type: {ctype}; name="{name}"\r\nContent-Transfer-Encoding: base64\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n\r\n{b64(data)}\r\n')


def scanner_mail(subject: str, msgid: str, mailer: str, boundary: str, parts: list[str],
                 sender: str = SCANNER) -> bytes:
    return mail_of(head(sender, subject, msgid=msgid, extra=(("X-Mailer", mailer),)),
                   multipart("mixed", parts, boundary))


def letter_case(ctx, mail, *, unit: str, box: str, name: str, phone: str, signed: date, order: tuple[str, ...],
                channel: str = "letter"):
    """The one letter case: its unit, writer, phone, letter date, the pages' words in order."""
    case = one_case(ctx)
    assert (case.channel, case.unit) == (channel, unit), (case.channel, case.unit, case.routing, case.content)
    assert case.customer_name == name, (case.customer_name, case.content)
    assert digits(case.customer_phone) == phone, (case.customer_phone, case.content)
    found = [case.content.find(w) for w in order]
    assert all(i >= 0 for i in found) and found == sorted(found), ("pages missing or out of order", order, case.content)
    assert local(case.received_at).date() == signed, ("the letter's date is its received time", case.received_at)
    [notice] = supervision_mails(mail, box)
    nothing_lost(ctx)
    return case, notice


# ---- scan-to-email from printer brands the earlier rounds did not use --------------------------

XEROX_COVER = ("Please open the attached document. It was scanned and sent to you using a Xerox WorkCentre.\r\n\r\n"
               "Sent by: Guest [scanner@branch.example]\r\nNumber of Images: 2\r\nAttachment File Type: PDF\r\n\r\n"
               "Device Name: XRX9C934E2B7F3A\r\nDevice Location: 分行工会办公室 3楼\r\n\r\n"
               "For more information on Xerox products and solutions, please visit http://www.xerox.com\r\n")
QIU_P1 = ["尊敬的分行领导：", "　　我叫邱美华，电话13860521947，", "住在梅列区新市北路。2026年11月24日",
          "我到城关分理处办理存折挂失补办，", "工作人员说系统升级，让我下周再来。"]
QIU_P2 = ["　　后来我又去了两次，每次都让我回去等，", "前后跑了三趟，存折到现在还没补出来。",
          "　　请领导督促城关分理处尽快给我补办，", "并对推诿的工作人员批评教育。", "",
          "　　　　　　　　　　　　邱美华", "　　　　　　　　　　　　2026年11月29日"]


def test_xerox_english_cover_note_over_a_pdf_named_with_a_space(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    scan = pdf_of([typed_page(QIU_P1, seed=11, skew=0.4), typed_page(QIU_P2, seed=12, skew=-0.6)])
    name = "Xerox Scan_12032026093512.pdf"
    deliver(mail, ctx, scanner_mail("Scan from a Xerox WorkCentre", "XRX9C934E2B7F3A.20261203093512@scanner.branch.example",
                                    "Xerox WorkCentre 7855", "----=_Part_17_1638431712.1764725712",
                                    [text_part(XEROX_COVER), device_file_part(name, "application/pdf", scan)]), SCANNER)

    case, notice = letter_case(ctx, mail, unit="CG", box=CHENGGUAN, name="邱美华", phone="13860521947",
                               signed=date(2026, 11, 29), order=("挂失补办", "三趟"))
    for boiler in ("Xerox", "XRX9C934E2B7F3A", "Number of Images"):
        assert boiler not in case.content, (boiler, case.content)
    assert attachments(notice).get(name) == scan, ("the unit gets the scan itself", list(attachments(notice)))


HUANG = ["分行领导：", "　　本人黄建平，电话15905981372。", "12月1日晚上7点左右，我在三元支行门口的",
         "自助取款机取钱，卡被机器吞了，", "打客服电话说要等网点上班处理。", "　　第二天我带身份证去三元支行，",
         "大堂经理说吞卡要等三个工作日才能领，", "我急着用钱，希望尽快退卡。", "",
         "　　　　　　　　　　黄建平  2026年12月2日"]


def test_konica_bizhub_mail_with_no_text_part_at_all(tmp_path, mail, db_url):
    """A bizhub's default scan-to-email: subject 'Message from "KM_C368"', the PDF the only part."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    scan = pdf_of([typed_page(HUANG, seed=21, skew=0.9)])
    name = "SKM_C36826120309350.pdf"
    deliver(mail, ctx, scanner_mail('Message from "KM_C368"', "SKM_C36826120309350@scanner.branch.example",
                                    "KONICA MINOLTA bizhub C368", "KM_5f1c0a2e_0",
                                    [device_file_part(name, "application/pdf", scan)]), SCANNER)

    case, notice = letter_case(ctx, mail, unit="SY", box=SANYUAN, name="黄建平", phone="15905981372",
                               signed=date(2026, 12, 2), order=("吞", "退卡"))
    assert attachments(notice).get(name) == scan


SU_P1 = ["尊敬的领导：", "　　我是苏玉兰，今年七十五岁，电话13599412608。", "11月26日上午我到梅列支行领养老金，",
         "取了号等了两个多小时，", "窗口只开了一个，老年人没有地方坐。"]
SU_P2 = ["　　我身体不好，差点晕倒，", "保安还让我到外面排队。", "　　希望梅列支行多开窗口，",
         "给老年人设爱心座椅，优先办理。", "", "　　　　　　　　苏玉兰", "　　　　　　　　2026年11月27日"]
EPSON_COVER = "此电子邮件由 EPSON WF-C5790 Series 发送。\r\n\r\n附件文件数：2\r\n文件格式：JPEG\r\n"


def test_epson_pages_as_jpegs_named_by_the_second_they_were_scanned(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    pages = [jpeg_of(typed_page(SU_P1, seed=31, skew=-0.3)), jpeg_of(typed_page(SU_P2, seed=32, skew=0.5))]
    names = ["20261203093512.jpg", "20261203093540.jpg"]
    deliver(mail, ctx, scanner_mail("EPSON WF-C5790 扫描", "20261203093540.0001@epson.scanner.branch.example",
                                    "EPSON WF-C5790 Series", "EPSONBOUNDARY0001",
                                    [text_part(EPSON_COVER, "gb2312")]
                                    + [device_file_part(n, "image/jpeg", p) for n, p in zip(names, pages)]), SCANNER)

    case, notice = letter_case(ctx, mail, unit="ML", box=MEILIE, name="苏玉兰", phone="13599412608",
                               signed=date(2026, 11, 27), order=("养老金", "爱心座椅"))
    assert "EPSON" not in case.content and "附件文件数" not in case.content, case.content
    assert all(attachments(notice).get(n) == p for n, p in zip(names, pages)), list(attachments(notice))


LUO_P1 = ["信用卡中心：", "　　我叫罗永福，联系电话13706987215。", "我的信用卡今年一笔消费都没有，",
          "11月账单却扣了年费三百元。", "办卡时客户经理说刷满六次免年费，"]
LUO_P2 = ["从来没有说过不刷卡要收年费。", "　　请信用卡中心退还年费，", "并把收费规定当面讲清楚。", "",
          "　　　　　　　　　　罗永福", "　　　　　　　　　　2026年11月30日"]
SHARP_COVER = ("Reply to: scanner@branch.example <scanner@branch.example>\r\nDevice Name: 工会办公室\r\n"
               "Device Model: MX-3071\r\nLocation: 三明分行3楼\r\n\r\nFile Format: TIFF-F (G4)\r\n"
               "Resolution: 200dpi x 200dpi\r\n\r\nAttached file is scanned image in TIFF format.\r\n"
               "Use a TIFF viewer to view the document.\r\n")


def test_sharp_mx_sends_a_two_page_g4_tiff(tmp_path, mail, db_url):
    """Sharp's default for black-and-white scans: TIFF-F, CCITT G4, every page in one file."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    scan = tiff_g4([typed_page(LUO_P1, seed=41, skew=0.3), typed_page(LUO_P2, seed=42, skew=-0.2)])
    name = "sharp_mx3071_20261203_093512.tif"
    deliver(mail, ctx, scanner_mail("Scanned image from MX-3071", "MX3071.20261203093512.0015@scanner.branch.example",
                                    "SHARP MX-3071", "=-=-=-=-=SHARP_MX-3071=-=-=-=-=",
                                    [text_part(SHARP_COVER), device_file_part(name, "image/tiff", scan)]), SCANNER)

    case, notice = letter_case(ctx, mail, unit="CARD", box=CARD, name="罗永福", phone="13706987215",
                               signed=date(2026, 11, 30), order=("年费", "讲清楚"))
    assert "MX-3071" not in case.content and "TIFF" not in case.content, case.content
    assert attachments(notice).get(name) == scan


XIE = [["尊敬的分行领导：", "　　我叫谢春梅，手机18859803376。", "11月20日我在城关分理处存了五万元定期，",
        "当时柜员说第二天就能在手机银行看到存折。"],
       ["　　可是到现在手机银行里都查不到这笔存款，", "我拿着存单去问，柜员说要找主管，",
        "主管一直不在，让我一等再等。"],
       ["　　请尽快帮我核实这五万元的去向，", "给我一个书面答复。", "",
        "　　　　　　　　谢春梅", "　　　　　　　　2026年11月28日"]]
PANTUM_COVER = "来自 Pantum M7300FDW 的扫描文件，共3页。\r\n"


def test_pantum_pages_attached_out_of_order_read_in_page_order(tmp_path, mail, db_url):
    """The pages' names number them (_0001.._0003) but the mail carries them 2, 3, 1 (a clerk
    re-attached the files from the folder in the order it listed them)."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    pages = {f"扫描_20261203_000{i + 1}.jpg": jpeg_of(typed_page(lines, seed=50 + i, skew=0.2 * (i - 1)))
             for i, lines in enumerate(XIE)}
    order = ["扫描_20261203_0002.jpg", "扫描_20261203_0003.jpg", "扫描_20261203_0001.jpg"]
    deliver(mail, ctx, scanner_mail("扫描文件", "pantum.M7300FDW.20261203.0935@scanner.branch.example",
                                    "Pantum M7300FDW", "PANTUM_BOUNDARY_3",
                                    [text_part(PANTUM_COVER)] + [file_part(n, "image/jpeg", pages[n]) for n in order]),
            SCANNER)

    _, notice = letter_case(ctx, mail, unit="CG", box=CHENGGUAN, name="谢春梅", phone="18859803376",
                            signed=date(2026, 11, 28), order=("五万元定期", "找主管", "书面答复"))
    assert set(attachments(notice)) >= set(pages), list(attachments(notice))


WEN = ["分行领导：", "　　我叫温秋生，电话13960541288。", "11月25日我在梅列支行办理转账，",
       "柜员把收款人的账号输错了一位，", "钱转到了别人账上，至今没有追回。", "　　请梅列支行尽快追回并赔偿损失。", "",
       "　　　　　　　　　　温秋生  2026年11月30日"]


def test_the_same_page_attached_as_pdf_and_as_jpeg_is_read_once(tmp_path, mail, db_url):
    """The page comes twice, as PDF and as JPEG: the clerk ticked both file formats on the MFP's
    send screen so that the unit could open one of them. It is one page of the letter."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    page = typed_page(WEN, seed=61, skew=0.5)
    pdf, jpg = pdf_of([page]), jpeg_of(page)
    deliver(mail, ctx, scanner_mail("扫描件 Lenovo M7605D", "lenovo.m7605d.20261203093512@scanner.branch.example",
                                    "Lenovo M7605D", "LENOVO_MFP_BOUNDARY",
                                    [text_part("见附件"), device_file_part("SCAN0001.pdf", "application/pdf", pdf),
                                     device_file_part("SCAN0001.jpg", "image/jpeg", jpg)]), SCANNER)

    case, _ = letter_case(ctx, mail, unit="ML", box=MEILIE, name="温秋生", phone="13960541288",
                          signed=date(2026, 11, 30), order=("输错了一位", "追回"))
    assert case.content.count("输错了一位") == 1, ("one page is one page of the letter, not two", case.content)


YE = [["尊敬的省分行领导：", "　　我叫叶淑珍，联系电话13850579031。", "我在三元支行买的理财产品到期后，",
       "本金和收益迟迟没有回到我的账户。"],
      ["　　我去三元支行问了四次，", "每次都说在走流程。", "　　请督促三元支行尽快兑付。", "",
       "　　　　　　　叶淑珍", "　　　　　　　2026年11月26日"]]


def test_a_windows_zip_of_scanned_pages_forwarded_by_the_superior_bank(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    pages = [("叶淑珍来信第1页.jpg", jpeg_of(typed_page(YE[0], seed=71, skew=0.3))),
             ("叶淑珍来信第2页.jpg", jpeg_of(typed_page(YE[1], seed=72, skew=-0.4)))]
    archive = windows_zip_of(pages)
    note = "三明分行：\r\n转去客户叶淑珍来信扫描件一份（压缩包），请按程序办理并按时反馈。\r\n\r\n省分行消保办 陈志明\r\n"
    deliver(mail, ctx, mail_of(head(PROVINCE, "转办：客户来信（叶淑珍）", msgid="000a01db4512$7d3e2a10$@province.example",
                                    extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
                               multipart("mixed", [text_part(note, "gb2312"),
                                                   file_part("客户来信扫描件.zip", "application/x-zip-compressed", archive)],
                                         "----=_NextPart_000_0012_01DB4512.7D3E2A10")), PROVINCE)

    case, notice = letter_case(ctx, mail, unit="SY", box=SANYUAN, name="叶淑珍", phone="13850579031",
                               signed=date(2026, 11, 26), order=("理财产品", "兑付"), channel="superior")
    got = attachments(notice)
    assert got.get("客户来信扫描件.zip") == archive or all(got.get(n) == d for n, d in pages), list(got)
    assert any(case.id in text_of(m) for m in inbox(mail, PROVINCE)), "the superior bank hears the case number"


# ---- attachments that cannot be read, and names in Chinese charsets -----------------------------

def test_a_password_protected_pdf_beside_a_typed_complaint(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("客户投诉工单\r\n工单编号：GD20261202-0137\r\n受理时间：2026年12月2日 14:05\r\n客户姓名：马丽珍\r\n"
            "联系电话：13905983318\r\n被投诉单位：梅列支行\r\n"
            "投诉内容：客户反映其在梅列支行办理的定期存款被提前支取，本人从未到网点办理，怀疑被冒领。客户提供了交易记录（见附件）。\r\n"
            "客户诉求：要求梅列支行调取监控查明原因，恢复存款。\r\n")
    locked = locked_pdf(["交易明细", "2026-11-18 提前支取 50000.00"], "880613")
    raw = mail_of(head(CSC, "客户投诉工单 GD20261202-0137", msgid="GD20261202-0137.1@province.example"),
                  multipart("mixed", [text_part(text), file_part("客户交易明细.pdf", "application/pdf", locked)], "=_csc_0137"))
    deliver(mail, ctx, raw, CSC)

    case = one_case(ctx)
    assert (case.unit, case.customer_name, digits(case.customer_phone)) == ("ML", "马丽珍", "13905983318"), case.content
    assert "冒领" in case.content
    assert supervision_mails(mail, MEILIE)
    trail = case_text(case) + "\n".join(e.detail for e in events(ctx, case.id))
    assert "客户交易明细" in trail, ("the unreadable file is noted on the case", trail)
    told = [text_of(m) for m in inbox(mail, CSC)]
    assert any("客户交易明细" in t for t in told), ("the source is asked for a readable copy of that file", told)
    nothing_lost(ctx)


def test_an_empty_first_attachment_does_not_stop_the_form_after_it(tmp_path, mail, db_url):
    """A work-order export that failed left a 0-byte PDF in front of the real .docx form."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = Form("WY20261202-0421", "2026年12月2日 10:12", "许桂芳", "135 0598 6620", "三元支行",
                "客户反映三元支行在其不知情的情况下为其开通了短信通知收费服务，每月扣费3元已扣了一年。",
                "要求三元支行退还全部短信费并关闭服务。", channel="网络", business="存款")
    docx = form_docx(form)
    raw = mail_of(head(HEAD_OFFICE, "网络投诉转办 WY20261202-0421", msgid="WY20261202-0421@head-office.example"),
                  multipart("mixed", [text_part("三明分行：\r\n转去网络投诉一件，请办理。\r\n"),
                                      file_part("客户投诉受理单.pdf", "application/pdf", b""),
                                      file_part("客户投诉受理单.docx", DOCX, docx)], "=_ho_0421"))
    deliver(mail, ctx, raw, HEAD_OFFICE)

    case = one_case(ctx)
    assert (case.unit, case.channel) == ("SY", "online"), (case.unit, case.channel, case.routing)
    assert (case.customer_name, digits(case.customer_phone)) == ("许桂芳", "13505986620"), case_text(case)
    assert case.acceptance_number == "WY20261202-0421"
    assert local(case.received_at).replace(tzinfo=None).isoformat(timespec="minutes") == "2026-12-02T10:12"
    [notice] = supervision_mails(mail, SANYUAN)
    assert attachments(notice).get("客户投诉受理单.docx") == docx, list(attachments(notice))
    nothing_lost(ctx)


FENG = Form("SJ20261202-044", "2026年12月2日 9:30", "冯秀兰", "13950591847", "城关分理处",
            "客户反映城关分理处柜员在为其办理社保卡激活时态度恶劣，大声呵斥，客户当场受到惊吓。",
            "要求城关分理处当面道歉并对柜员进行批评教育。", business="其他")


@pytest.mark.parametrize("carrier", ["raw_gbk_bytes", "rfc2231_gb18030_continued"])
def test_a_form_named_in_a_chinese_charset_reaches_the_unit_under_its_name(tmp_path, mail, db_url, carrier):
    """Old Foxmail writes the name's GBK bytes raw; some gateways write RFC 2231 continuations
    in GB18030 with a language tag. The unit must see 投诉受理单（冯秀兰）.docx, not mojibake."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    name, docx = "投诉受理单（冯秀兰）.docx", form_docx(FENG)
    part = (raw_gbk_file_part if carrier == "raw_gbk_bytes" else rfc2231_gb18030_file_part)(name, DOCX, docx)
    body = multipart("mixed", [text_part("附件为客户投诉受理单，请查收办理。\r\n", "gbk"), part], "----=_NextPart_FM_0044")
    raw = wire(head(CSC, "客户投诉受理单 SJ20261202-044", msgid="SJ20261202-044@province.example",
                    extra=(("X-Mailer", "Foxmail 6, 15, 201, 23 [cn]"),), charset="gbk") + body)
    deliver(mail, ctx, raw, CSC)

    case = one_case(ctx)
    assert (case.unit, case.customer_name, digits(case.customer_phone)) == ("CG", "冯秀兰", "13950591847"), case_text(case)
    [notice] = supervision_mails(mail, CHENGGUAN)
    assert attachments(notice).get(name) == docx, ("the form under its own name", list(attachments(notice)))
    nothing_lost(ctx)


def test_a_gbk_quoted_printable_subject_and_body(tmp_path, mail, db_url):
    """Outlook Express / old Coremail: Subject as =?gbk?Q?...?= words, the body GBK quoted-printable."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    subject = "客户投诉转办：梅列支行柜员服务态度问题（工单号GD20261202-0088）"
    text = ("三明分行：\r\n\r\n    现将客户投诉转你行办理，情况如下：\r\n    客户姓名：邓美玉\r\n    联系电话：0598-8234517\r\n"
            "    被投诉单位：梅列支行\r\n    投诉内容：客户12月1日到梅列支行办理外币兑换，柜员称不办理此项业务，"
            "客户出示贵行官网说明后柜员仍拒绝，且态度生硬。\r\n    客户诉求：要求梅列支行道歉并办理兑换。\r\n\r\n省分行办公室\r\n")
    header = head(PROVINCE, "x", msgid="000b01db4488$a1b2c3d0$0201a8c0@province.example",
                  extra=(("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),))
    header = header.replace("Subject: x\r\n", f"Subject: {gbk_q_subject(subject)}\r\n")
    deliver(mail, ctx, mail_of(header, qp_gbk_text_part(text)), PROVINCE)

    [stored] = messages(ctx)
    assert stored.subject == subject, stored.subject
    case = one_case(ctx)
    assert (case.unit, case.channel, case.customer_name) == ("ML", "superior", "邓美玉"), case_text(case)
    assert digits(case.customer_phone) == "05988234517", case.customer_phone
    assert "外币兑换" in case.content and "�" not in case.content, case.content
    assert supervision_mails(mail, MEILIE)
    assert len(cases(ctx)) == 1
    nothing_lost(ctx)
