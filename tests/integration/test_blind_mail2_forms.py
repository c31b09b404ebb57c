"""Issue 12 from outside, round two: the acceptance form in every carrier a branch gets.

Written blind (from the issue, the README and how Outlook, WPS, LibreOffice, Windows and phones
write their files — not from the parsers): a form in an Outlook winmail.dat, as Word 97 .doc,
as a WPS .wps, .rtf, .odt, a .docx zipped by Windows (CP936 member name), a PDF, a screenshot
pasted into an Outlook mail (cid:), a phone photo of the printed form, a form whose unit is
a ☑ in a list, and attachment names in RFC 2231 continuations and in raw 8-bit UTF-8. A clerk
expects a case with the form's customer, phone, unit and 受理时间, and the unit's 督办 mail
carrying the form the source sent.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

import pytest

from core.clock import BRANCH_ZONE, local
from tests.integration.blind_mail2_kit import (
    Form, converted, form_docx, form_picture, phone_photo, png_of, windows_zip, winmail_dat,
)
from tests.integration.blind_mail_kit import (
    AT, CARD, CHENGGUAN, CLERK2, CSC, HEAD_OFFICE, MEILIE, PROVINCE, SANYUAN, b64, deliver, expect_case, file_part,
    head, mail_of, multipart, supervision_mails, text_part,
)
from tests.support.env import make_test_context

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OUTLOOK = (("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtFk2Zq1x8mB3nNQ9uZ3cH0oXbY2w=="))


def _dt(*args) -> datetime:
    return datetime(*args, tzinfo=BRANCH_ZONE)


def _attachments(notice) -> dict[str, bytes]:
    return {p.get_filename(): p.get_content() for p in notice.iter_attachments()}


def _form_case(ctx, mail, form: Form, *, unit: str, box: str, accepted: datetime, channel: str | None = None):
    """The case a form opened, as the office sees it, and the 督办 mail in the unit's inbox."""
    case = expect_case(ctx, mail, unit=unit, box=None, channel=channel, name=form.name,
                       phone="".join(c for c in form.phone if c.isdigit()), words=(form.content[4:16],))
    assert local(case.received_at) == accepted, ("受理时间 is the received time", case.received_at)
    [notice] = supervision_mails(mail, box)
    return case, notice


def _send_form(ctx, mail, sender: str, subject: str, msgid: str, note: str, parts: list[str],
               extra=OUTLOOK, charset: str = "gb2312") -> None:
    raw = mail_of(head(sender, subject, msgid=msgid, extra=extra),
                  multipart("mixed", [text_part(note, charset), *parts], "----=_NextPart_000_0031_01DB44A1.5C2E3F10"))
    deliver(mail, ctx, raw, sender)


def test_outlook_rich_text_mail_carries_the_form_in_winmail_dat(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = Form("SJ20261201-017", "2026年12月1日 15:40", "钟雅琴", "138 5983 0172", "梅列支行",
                "客户反映其在梅列支行办理的借记卡被无故冻结，柜员称需提供工作证明才能解冻，客户认为要求不合理。",
                "要求梅列支行立即解冻并说明冻结原因。")
    docx = form_docx(form)
    tnef = winmail_dat("投诉受理单（钟雅琴）.docx", docx, "转：客户投诉受理单")
    part = ('Content-Type: application/ms-tnef; name="winmail.dat"\r\nContent-Transfer-Encoding: base64\r\n'
            f'Content-Disposition: attachment; filename="winmail.dat"\r\n\r\n{b64(tnef)}\r\n')
    _send_form(ctx, mail, PROVINCE, "转：客户投诉受理单", "000001db44a1$5c2e3f10$1@province.example",
               "各位：\r\n转去客户投诉受理单一份，请按时限办理。\r\n\r\n省分行消保办 陈志明", [part],
               extra=(("X-Mailer", "Microsoft Outlook 14.0"), ("X-MS-TNEF-Correlator", "0000000012AB34CD")))

    case, notice = _form_case(ctx, mail, form, unit="ML", box=MEILIE, accepted=_dt(2026, 12, 1, 15, 40),
                              channel="superior")
    assert _attachments(notice).get("投诉受理单（钟雅琴）.docx") == docx, "the unit gets the form, not winmail.dat"


CARRIERS = {  # sender, the form, its file name, content type, format, unit, the unit's box, channel
    "word97-doc": (CSC, Form("KF20261202-0045", "2026-12-02 09:18", "严国栋", "150-5987-1130", "城关分理处",
                             "客户反映12月1日在城关分理处办理存款业务时，柜员将其存入的两万元误存入他人账户，至今未追回。",
                             "要求城关分理处尽快追回款项并书面道歉。", business="存款"),
                   "投诉受理单KF20261202-0045.doc", "application/msword", "doc", "CG", CHENGGUAN, "csc"),
    "wps": (HEAD_OFFICE, Form("WS2026120200311", "2026/12/02 10:05", "蓝晓梅", "18959812046", "三元支行",
                              "客户通过总行网站留言，称三元支行客户经理推荐的理财产品到期收益与宣传差距很大，多次联系不予回复。",
                              "要求三元支行说明收益计算方法并赔偿差额。", channel="网络", business="理财"),
            "客户投诉受理单.wps", "application/octet-stream", "doc", "SY", SANYUAN, "online"),
    "rtf": (CSC, Form("KF20261201-0102", "2026年12月1日 17:02", "聂文涛", "13960516688", "信用卡中心",
                      "客户反映信用卡中心未经本人同意将其信用卡额度从五万元降至五千元，导致其出差期间无法消费。",
                      "要求信用卡中心恢复原额度并解释原因。", business="信用卡"),
            "受理单-聂文涛.rtf", "application/rtf", "rtf", "CARD", CARD, "csc"),
    "odt": (PROVINCE, Form("SJ20261202-021", "2026年12月2日 11:30", "温丽华", "13706981125", "梅列支行",
                           "客户反映梅列支行营业厅的叫号系统故障，现场无人引导，其排队近两个小时才办理完业务。",
                           "要求梅列支行改进现场管理。", channel="来访", business="其他"),
            "客户投诉受理单.odt", "application/vnd.oasis.opendocument.text", "odt", "ML", MEILIE, "superior"),
    "wps-printed-pdf": (HEAD_OFFICE, Form("WS2026120100298", "2026-12-01 19:26", "柯美娟", "15880590327", "城关分理处",
                                          "客户在网上留言称，城关分理处的自助存款机吞了她存入的3000元现金，打单显示交易失败但余额未增加。",
                                          "要求城关分理处核实后退还现金。", channel="网络", business="存款"),
                        "投诉受理单_WS2026120100298.pdf", "application/pdf", "pdf", "CG", CHENGGUAN, "online"),
}
ACCEPTED = {"word97-doc": _dt(2026, 12, 2, 9, 18), "wps": _dt(2026, 12, 2, 10, 5), "rtf": _dt(2026, 12, 1, 17, 2),
            "odt": _dt(2026, 12, 2, 11, 30), "wps-printed-pdf": _dt(2026, 12, 1, 19, 26)}


@pytest.mark.parametrize("carrier", list(CARRIERS))
def test_a_form_in_an_older_or_other_office_format(tmp_path, mail, db_url, carrier):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    sender, form, name, ctype, target, unit, box, channel = CARRIERS[carrier]
    data = converted(form_docx(form), target)
    _send_form(ctx, mail, sender, f"客户投诉受理单 {form.number}", f"{form.number}.{carrier}@example.net",
               "您好，附件为客户投诉受理单，请按规定时限处理并反馈。", [file_part(name, ctype, data)])

    case, notice = _form_case(ctx, mail, form, unit=unit, box=box, accepted=ACCEPTED[carrier], channel=channel)
    assert _attachments(notice).get(name) == data, sorted(_attachments(notice))


def test_a_docx_form_zipped_by_windows(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = Form("KF20261202-0077", "2026-12-02 14:50", "官建平", "13859975531", "三元支行",
                "客户反映其在三元支行申请的个人住房贷款审批已超过两个月，客户经理一再推脱，导致购房合同违约。",
                "要求三元支行尽快审批并承担违约损失。", business="贷款")
    packed = windows_zip("投诉受理单（官建平）.docx", form_docx(form))
    _send_form(ctx, mail, CSC, "投诉受理单（压缩包）", "KF20261202-0077@province.example",
               "受理单较多，压缩后发送，请查收。", [file_part("受理单.zip", "application/x-zip-compressed", packed)])

    case, notice = _form_case(ctx, mail, form, unit="SY", box=SANYUAN, accepted=_dt(2026, 12, 2, 14, 50),
                              channel="csc")
    assert "受理单.zip" in _attachments(notice) or "投诉受理单（官建平）.docx" in _attachments(notice)


def test_a_form_screenshot_pasted_into_an_outlook_mail(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = Form("KF20261202-0123", "2026年12月2日 16:12", "葛春燕", "13950587746", "梅列支行",
                "客户反映梅列支行柜员在为其办理挂失补卡时态度恶劣，并当众大声议论其账户余额。", "要求梅列支行柜员当面道歉。")
    shot = png_of(form_picture(form, dpi=120))
    cid = "image001.png@01DB44A1.5C2E3F10"
    plain = "您好：\r\n受理单截图如下，请转相关网点处理。\r\n\r\n[cid:image001.png@01DB44A1.5C2E3F10]\r\n\r\n客服中心 张敏\r\n"
    html = ('<html><body lang="ZH-CN"><div class="WordSection1"><p class="MsoNormal">您好：</p>'
            '<p class="MsoNormal">受理单截图如下，请转相关网点处理。</p>'
            f'<p class="MsoNormal"><img width="992" height="833" id="图片_x0020_1" src="cid:{cid}"></p>'
            '<p class="MsoNormal">客服中心 张敏</p></div></body></html>')
    image = (f'Content-Type: image/png; name="image001.png"\r\nContent-Description: image001.png\r\n'
             f'Content-Disposition: inline; filename="image001.png"; size={len(shot)}\r\nContent-ID: <{cid}>\r\n'
             f"Content-Transfer-Encoding: base64\r\n\r\n{b64(shot)}\r\n")
    alternative = multipart("alternative", [text_part(plain, "gb2312"), text_part(html, "gb2312", "html")],
                            "_000_alt_01DB44A1")
    related = ('Content-Type: multipart/related;\r\n\tboundary="_004_rel_01DB44A1";\r\n\ttype="multipart/alternative"'
               '\r\n\r\n' + "".join(f"--_004_rel_01DB44A1\r\n{p}" for p in [alternative, image])
               + "--_004_rel_01DB44A1--\r\n")
    raw = mail_of(head(CSC, "客户投诉受理单（截图）", msgid="KF20261202-0123@province.example", extra=OUTLOOK), related)
    deliver(mail, ctx, raw, CSC)

    _form_case(ctx, mail, form, unit="ML", box=MEILIE, accepted=_dt(2026, 12, 2, 16, 12), channel="csc")


def test_a_phone_photo_of_the_printed_form_sent_by_union_staff(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = Form("GH20261203-002", "2026年12月3日 09:10", "邓秋生", "13605982274", "城关分理处",
                "客户来分行工会反映，城关分理处柜员为其办理养老金代发账户变更时漏办手续，导致本月养老金未到账。",
                "要求城关分理处尽快补发。", channel="来访", business="存款", taker="工会 吴敏")
    photo = phone_photo(form_picture(form))
    raw = mail_of(head(CLERK2, "来访登记（受理单照片）", msgid="HUAWEI.20261203.0915@branch.example",
                       extra=(("X-Mailer", "Huawei Email"),)),
                  multipart("mixed", [text_part("受理单拍照发来，请登记。\r\n\r\n发自我的华为手机", "utf-8"),
                                      file_part("IMG_20261203_091544.jpg", "image/jpeg", photo)], "hw_0915"))
    deliver(mail, ctx, raw, CLERK2)

    case, notice = _form_case(ctx, mail, form, unit="CG", box=CHENGGUAN, accepted=_dt(2026, 12, 3, 9, 10),
                              channel="walk_in")
    assert _attachments(notice).get("IMG_20261203_091544.jpg") == photo


def test_the_unit_ticked_in_a_list_of_outlets_with_an_rfc2231_continued_name(tmp_path, mail, db_url):
    """The call centre's newer form lists the outlets with boxes; the ticked one is the unit,
    not the first one named. Its file name comes in RFC 2231 continuations only (no name=)."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = Form("KF20261202-0091", "2026年12月2日 15:05", "施振华", "13860593308", "□三元支行  ☑梅列支行  □城关分理处",
                "客户反映在梅列支行ATM上转账5000元，对方未收到，银行卡却已扣款，多次拨打电话未获处理。", "要求查明款项去向并退回。")
    docx = form_docx(form)
    name = "客户投诉受理单（KF20261202-0091 施振华）.docx"
    enc = quote(name)
    chunks = [enc[i:i + 60] for i in range(0, len(enc), 60)]
    disposition = "Content-Disposition: attachment;\r\n" + ";\r\n".join(
        f" filename*{i}*={'UTF-8' + chr(39) * 2 if i == 0 else ''}{c}" for i, c in enumerate(chunks))
    part = f"Content-Type: {DOCX}\r\nContent-Transfer-Encoding: base64\r\n{disposition}\r\n\r\n{b64(docx)}\r\n"
    _send_form(ctx, mail, CSC, "客户投诉受理单 KF20261202-0091", "KF20261202-0091@province.example",
               "请处理。", [part], extra=(("X-Mailer", "Zimbra 9.0.0_GA_4583"),), charset="utf-8")

    case, notice = _form_case(ctx, mail, form, unit="ML", box=MEILIE, accepted=_dt(2026, 12, 2, 15, 5), channel="csc")
    assert _attachments(notice).get(name) == docx, sorted(_attachments(notice))


def test_a_raw_8bit_utf8_attachment_name(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = Form("SJ20261203-004", "2026年12月3日 08:45", "游桂兰", "13799861053", "三元支行",
                "客户反映三元支行在其不知情的情况下为其开通了短信通知服务并每月扣费。", "要求三元支行退还费用并关闭服务。")
    docx = form_docx(form)
    part = (f'Content-Type: {DOCX}; name="游桂兰投诉受理单.docx"\r\nContent-Transfer-Encoding: base64\r\n'
            f'Content-Disposition: attachment; filename="游桂兰投诉受理单.docx"\r\n\r\n{b64(docx)}\r\n')
    raw = (head(PROVINCE, "客户投诉受理单", msgid="SJ20261203-004@province.example").encode()
           + multipart("mixed", [text_part("转你行办理。", "utf-8"), part], "8bit_b").encode("utf-8"))
    deliver(mail, ctx, raw, PROVINCE)

    case, notice = _form_case(ctx, mail, form, unit="SY", box=SANYUAN, accepted=_dt(2026, 12, 3, 8, 45),
                              channel="superior")
    assert _attachments(notice).get("游桂兰投诉受理单.docx") == docx, sorted(_attachments(notice))
