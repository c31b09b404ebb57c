"""Issue 12 from outside, round four: shapes rounds one to three did not try.

Written blind, from the issue and the docs (README, DESIGN, 使用说明), not from the code that
reads mail. Shapes: a customer's mail forwarded by head office as an attached .eml file sent as
application/octet-stream; a 12378 hotline work order as a one-row .xlsx from the superior bank; a
WeChat chat screenshot with two lines of body from an outlet; an S/MIME signed (multipart/signed)
complaint; a gateway that labels a plain 8-bit body base64; a new complaint typed on top of a long
quoted thread of earlier complaints; a traditional-character web form in Big5 HTML; an Aliyun /
DingTalk mail inline forward; an HP scan-to-email mail with its English/Chinese cover; the same
form re-sent with a new Message-ID; and, in a 督办 thread, a unit's answer from an iPhone with no
quote, a "见附件" reply carrying the filled 督办单, and a staff member's reply from a private
mailbox. Each mail goes over SMTP from its sender's own mailbox through the real servers, on
both databases; the tests look at what each mailbox received and what the case records.
"""

from __future__ import annotations

import io
from datetime import date, datetime

from docx import Document

from core.clock import BRANCH_ZONE
from tests.integration.blind_mail3_kit import attachments, inbox, local, reply_by_client, text_of
from tests.integration.blind_mail4_kit import chat_screenshot, fill_feedback, smime_signed, work_order_xlsx
from tests.integration.blind_mail_kit import (
    AT, CHENGGUAN, CSC, HEAD_OFFICE, MEILIE, PROVINCE, SANYUAN, SCANNER, b64, case_text, cases, deliver,
    digits, expect_case, file_part, head, mail_of, messages, multipart, nothing_lost, one_case, pdf_of,
    supervision_mails, text_part, typed_page,
)
from tests.support.env import SERVICE, make_test_context, run_until_idle, vouched

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _dt(*args) -> datetime:
    return datetime(*args, tzinfo=BRANCH_ZONE)


def minutes(moment) -> str:
    return local(moment).replace(tzinfo=None).isoformat(timespec="minutes")


def _csc_form(number: str, accepted: str, name: str, phone: str, unit: str, content: str, request: str) -> str:
    return (f"客户投诉受理单\r\n受理编号：{number}\r\n受理时间：{accepted}\r\n客户姓名：{name}\r\n联系电话：{phone}\r\n"
            f"被投诉单位：{unit}\r\n投诉内容：{content}\r\n客户诉求：{request}\r\n受理人：李静\r\n")


# ---- carriers the earlier rounds lacked ----------------------------------------------------------

def test_a_customers_mail_attached_as_an_octet_stream_eml_file(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    original = mail_of(
        head("ye.huiling@customer.example", "投诉梅列支行柜员态度恶劣", date=_dt(2026, 12, 1, 21, 7),
             msgid="tencent_5A1C@qq.com", to="service@head-office.example"),
        text_part("你好：\r\n我叫叶慧玲，手机13696852410。今天下午四点我在梅列支行办理社保卡激活，"
                  "柜员一直玩手机，叫了三次才理我，还当众说我“老人家听不懂就别来添乱”。"
                  "我要求梅列支行向我道歉并处理该柜员。\r\n叶慧玲\r\n", "gb18030"))
    note = "梅列支行：\r\n客户发至总行客服邮箱的投诉邮件原件附后（.eml），请按时限处理。\r\n总行客户服务中心\r\n"
    eml = ('Content-Type: application/octet-stream; name="=?UTF-8?B?5a6i5oi35oqV6K+J6YKu5Lu2LmVtbA==?="\r\n'
           "Content-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename*=UTF-8''%E5%AE%A2%E6%88%B7%E6%8A%95%E8%AF%89%E9%82%AE%E4%BB%B6.eml"
           f"\r\n\r\n{b64(original)}\r\n")
    raw = mail_of(head(HEAD_OFFICE, "转：客户投诉邮件（梅列支行）", msgid="fw.20261202.0931@head-office.example"),
                  multipart("mixed", [text_part(note), eml], "----=_Part_20261202_0931"))
    deliver(mail, ctx, raw, HEAD_OFFICE)

    case = expect_case(ctx, mail, unit="ML", box=MEILIE, channel="online", name="叶慧玲", phone="13696852410",
                       words=("社保卡激活",))
    assert local(case.received_at).date() == date(2026, 12, 1), ("the customer's own mail's date", case.received_at)
    assert "原件附后" not in case.content, case.content


def test_a_12378_hotline_work_order_as_a_one_row_xlsx(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    sheet = work_order_xlsx(
        "12378银行保险消费者投诉热线工单",
        ["工单编号", "受理时间", "来电人", "来电号码", "被投诉机构", "投诉内容", "诉求"],
        ["12378-FJ-20261201-03317", datetime(2026, 12, 1, 14, 22), "邓振华", "13799160348", "城关分理处",
         "来电人反映其在城关分理处申请提前还清住房贷款，网点要求其先购买一份理财产品才予以办理，来电人认为属于捆绑搭售。",
         "要求城关分理处立即为其办理提前还款，并停止搭售行为。"])
    name = "12378工单_12378-FJ-20261201-03317.xlsx"
    raw = mail_of(head(PROVINCE, "转12378热线投诉工单（城关分理处）", msgid="12378.03317@province.example"),
                  multipart("mixed", [text_part("三明分行：\r\n转去12378热线投诉工单一件，详见附件，请于规定时限内办结并反馈。\r\n"
                                                "省分行消保办", "gb2312"), file_part(name, XLSX, sheet)],
                            "----=_NextPart_000_0013_01DB4411.7A2B3C40"))
    deliver(mail, ctx, raw, PROVINCE)

    case = one_case(ctx)
    got = {"unit": case.unit, "channel": case.channel, "来电人": case.customer_name,
           "来电号码": digits(case.customer_phone), "受理时间": minutes(case.received_at),
           "content": "捆绑搭售" in case.content}
    want = {"unit": "CG", "channel": "superior", "来电人": "邓振华", "来电号码": "13799160348",
            "受理时间": "2026-12-01T14:22", "content": True}
    assert got == want, ("the work order's one row is the complaint", {k: v for k, v in got.items() if want[k] != v},
                         case_text(case))
    [notice] = supervision_mails(mail, CHENGGUAN)
    assert attachments(notice).get(name) == sheet, ("the unit gets the work order itself", list(attachments(notice)))
    nothing_lost(ctx)


def test_a_wechat_chat_screenshot_with_two_lines_from_an_outlet(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    shot = chat_screenshot("郑秀兰", [
        ("in", ["你好，我是郑秀兰，电话13805987216"]),
        ("in", ["昨天在你们三元支行买的理财，", "客户经理说保本，今天看合同", "写的是非保本浮动收益，", "这是误导销售，我要投诉！"]),
        ("out", ["郑阿姨您好，我马上向领导汇报"]),
        ("in", ["要求全额退款，不然我找银保监"]),
    ])
    body = "工会：\r\n客户通过微信向我行客户经理投诉，聊天截图见附件，请登记。\r\n\r\n三元支行 林静\r\n"
    raw = mail_of(head(SANYUAN, "客户微信投诉", msgid="sy.wx.20261203.1011@branch.example"),
                  multipart("mixed", [text_part(body), file_part("微信图片_20261203104233.png", "image/png", shot)],
                            "----=_Part_77_1764728000"))
    deliver(mail, ctx, raw, SANYUAN)

    case = expect_case(ctx, mail, unit="SY", box=SANYUAN, channel="walk_in", name="郑秀兰", phone="13805987216")
    assert "非保本" in case.content or "误导销售" in case.content, ("the screenshot is the complaint", case.content)


def test_an_smime_signed_complaint_from_the_superior_bank(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = _csc_form("SJ20261202-033", "2026年12月2日 16:05", "魏丽清", "13959870264", "梅列支行",
                     "客户反映梅列支行在其不知情的情况下为其开通了短信通知收费服务，每月扣费3元，已扣了两年。",
                     "要求梅列支行退还全部短信费并取消该服务。")
    inner = text_part("三明分行：\r\n转去客户投诉一件，请按时限办理。\r\n\r\n" + form, "gb2312")
    raw = mail_of(head(PROVINCE, "转办：客户投诉（梅列支行）", msgid="000301db4a5e$smime$@province.example",
                       extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
                  smime_signed(inner, PROVINCE, "----=_NextPart_000_0045_01DB4A5E.2C3D1E00"))
    deliver(mail, ctx, raw, PROVINCE)

    case = expect_case(ctx, mail, unit="ML", box=MEILIE, channel="superior", name="魏丽清", phone="13959870264",
                       words=("短信通知收费",))
    assert minutes(case.received_at) == "2026-12-02T16:05", case.received_at
    told = [t for t in (text_of(m) for m in inbox(mail, PROVINCE)) if case.id in t]
    assert told, "the superior bank hears the case number"
    assert not any(w in t for t in told for w in ("重新发送", "重发", "无法打开", "不能打开", "无法读取")), \
        ("a signature is not an unreadable attachment", told)


def test_a_gateway_labels_a_plain_8bit_body_base64(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = _csc_form("KF20261202-0107", "2026-12-02 14:50", "罗永福", "13860597713", "城关分理处",
                     "客户反映城关分理处的叫号机只发VIP号，普通客户等了一个半小时，大堂经理称“没办法”。",
                     "要求城关分理处合理安排窗口，并给出答复。")
    raw = (head(CSC, "客户投诉受理单 KF20261202-0107", msgid="KF20261202-0107.gw@province.example").encode()
           + b'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
           + form.encode("utf-8"))
    deliver(mail, ctx, raw, CSC)

    case = expect_case(ctx, mail, unit="CG", box=CHENGGUAN, channel="csc", name="罗永福", phone="13860597713",
                       words=("叫号机",))
    assert minutes(case.received_at) == "2026-12-02T14:50", case.received_at


def test_a_new_complaint_typed_on_top_of_a_long_quoted_thread(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    old = []
    for k, (who, phone, unit, what) in enumerate([
            ("钱国庆", "13905981111", "梅列支行", "客户反映梅列支行ATM吞卡后三天未退卡"),
            ("孙美玉", "13905982222", "三元支行", "客户反映三元支行柜员多收了开户费"),
            ("李建军", "13905983333", "梅列支行", "客户反映梅列支行贷款审批拖延")]):
        old.append(f"-----原始邮件-----\r\n发件人: 省分行消保办 <complaints@province.example>\r\n"
                   f"发送时间: 2026年11月{20 + k}日 9:3{k}\r\n收件人: complaints@branch.example\r\n"
                   f"主题: 客户投诉转办（{unit}）\r\n\r\n三明分行：\r\n{what}。客户{who}，电话{phone}。请按时限办理。\r\n"
                   + "请于五个工作日内反馈处理结果，逾期将予以通报。\r\n" * 6)
    text = ("三明分行：\r\n又有一件：客户林海燕（电话15259803356）反映城关分理处12月1日拒绝为其办理零钞兑换，"
            "称“没有零钱”，客户要求城关分理处兑换并道歉。请按时限办理。\r\n\r\n省分行消保办 陈志明\r\n\r\n"
            + "\r\n".join(old))
    raw = mail_of(head(PROVINCE, "回复：11月份客户投诉转办", msgid="000401db4b01$thread$@province.example",
                       extra=(("In-Reply-To", "<000101db3f2a$aa$@province.example>"),
                              ("References", "<000101db3f2a$aa$@province.example>"))), text_part(text, "gb2312"))
    deliver(mail, ctx, raw, PROVINCE)

    case = expect_case(ctx, mail, unit="CG", box=CHENGGUAN, channel="superior", name="林海燕", phone="15259803356",
                       words=("零钞兑换",))
    for quoted in ("钱国庆", "孙美玉", "李建军", "吞卡", "开户费"):
        assert quoted not in case.content, ("the quoted thread is not the new complaint", quoted, case.content)


BIG5_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body>
<p>客戶網上留言（香港）</p>
<table border="1" cellpadding="4">
<tr><td>投訴人</td><td>陳嘉欣</td></tr>
<tr><td>聯絡電話</td><td>13850912647</td></tr>
<tr><td>涉及網點</td><td>三元支行</td></tr>
<tr><td>問題描述</td><td>本人十一月二十八日在三元支行辦理境外匯款，職員未說明手續費，事後發現被多收了三百元手續費，查詢時職員態度冷淡。</td></tr>
<tr><td>訴求</td><td>要求三元支行退還多收的手續費並作出解釋。</td></tr>
</table></body></html>
"""


def test_a_traditional_character_web_form_in_big5_html(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    alternative = multipart("alternative", [text_part("", "big5"), text_part(BIG5_HTML, "big5", "html")], "=_big5_01")
    deliver(mail, ctx, mail_of(head(HEAD_OFFICE, "網上留言投訴轉辦", msgid="hk.20261202.0007@head-office.example"),
                               alternative), HEAD_OFFICE)

    case = expect_case(ctx, mail, unit="SY", box=SANYUAN, channel="online", phone="13850912647")
    assert case.customer_name in ("陳嘉欣", "陈嘉欣"), (case.customer_name, case_text(case))
    assert "手續費" in case.content or "手续费" in case.content, case.content
    assert "問題描述" not in case.content and "退還多收" not in case.content, \
        ("問題描述 is the content, 訴求 the request: the traditional labels are a form's fields", case.content)


def test_an_aliyun_dingtalk_mail_inline_forward(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("请三明分行核处。\r\n\r\n------------------------------------------------------------------\r\n"
            "发件人：黄丽萍<huang.liping@aliyun.example>\r\n发送时间：2026年12月1日(星期二) 16:20\r\n"
            "收件人：总行客服<service@head-office.example>\r\n主　题：投诉梅列支行\r\n\r\n"
            "您好，我是黄丽萍，电话18950817725。我在梅列支行办理的信用卡分期，"
            "客户经理承诺免手续费，结果每期都扣了手续费，找网点一直推给客服。请梅列支行退还手续费。\r\n")
    raw = mail_of(head(HEAD_OFFICE, "转发：投诉梅列支行", msgid="dingtalk.fw.7781@head-office.example",
                       extra=(("X-Mailer", "Alimail (DingTalk)"),)), text_part(text))
    deliver(mail, ctx, raw, HEAD_OFFICE)

    case = expect_case(ctx, mail, unit="ML", box=MEILIE, channel="online", name="黄丽萍", phone="18950817725",
                       words=("免手续费",))
    assert minutes(case.received_at) == "2026-12-01T16:20", ("the forwarded mail's date", case.received_at)
    assert "请三明分行核处" not in case.content, case.content


HP_COVER = ("Scanned document attached.\r\n\r\n附件为扫描文档。\r\n\r\n"
            "Device: HP LaserJet MFP M437nda\r\nLocation: 分行工会 3F\r\nPages: 1\r\nFile type: PDF\r\n")
WU = ["分行领导：", "　　我是吴春生，电话13906989521。", "11月30日我在梅列支行存了五万元定期，",
      "柜员给我的存单利率比墙上公告的低，", "问她她说公告是旧的，没更新。", "　　请梅列支行按公告利率给我存，",
      "并把公告更新。", "", "　　　　　　　　　　吴春生  2026年12月1日"]


def test_an_hp_laserjet_scan_with_a_bilingual_cover(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    scan = pdf_of([typed_page(WU, seed=41, skew=0.5)])
    name = "SCAN_20261203_0935.pdf"
    raw = mail_of(head(SCANNER, "Scanned from HP LaserJet MFP M437nda", msgid="HPM437.20261203093521@scanner.branch.example",
                       extra=(("X-Mailer", "HP LaserJet MFP M437nda"),)),
                  multipart("mixed", [text_part(HP_COVER), file_part(name, "application/pdf", scan)], "HP_SCAN_B0UNDARY"))
    deliver(mail, ctx, raw, SCANNER)

    case = expect_case(ctx, mail, unit="ML", box=None, channel="letter", name="吴春生", phone="13906989521",
                       words=("公告",))
    for boiler in ("LaserJet", "Scanned document", "3F"):
        assert boiler not in case.content, (boiler, case.content)
    [notice] = supervision_mails(mail, MEILIE)
    assert attachments(notice).get(name) == scan


def test_the_same_form_resent_with_a_new_message_id_is_one_case(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    form = _csc_form("KF20261202-0151", "2026-12-02 17:30", "彭志远", "13950870925", "三元支行",
                     "客户反映三元支行的手机银行转账限额被无故调低为每日五千元，网点称需本人到柜台才能调回。",
                     "要求三元支行恢复原限额。")
    first = mail_of(head(CSC, "客户投诉受理单 KF20261202-0151", msgid="KF20261202-0151.a@province.example",
                         date=_dt(2026, 12, 2, 17, 35)), text_part(form, "gb2312"))
    again = mail_of(head(CSC, "客户投诉受理单 KF20261202-0151", msgid="KF20261202-0151.b@province.example",
                         date=_dt(2026, 12, 3, 9, 2)), text_part(form, "gb2312"))
    deliver(mail, ctx, first, CSC)
    deliver(mail, ctx, again, CSC)

    found = cases(ctx)
    assert len(found) == 1, ("same acceptance number, same content: one case", [(c.id, c.unit) for c in found])
    assert len(messages(ctx)) == 2, "both mails are stored"
    nothing_lost(ctx)
    assert len(supervision_mails(mail, SANYUAN)) == 1, "one 督办"


# ---- a 督办 thread ---------------------------------------------------------------------------------

def _routed_case(ctx, mail):
    form = _csc_form("KF20261203-0012", "2026-12-03 08:40", "方雪梅", "13515980437", "梅列支行",
                     "客户反映梅列支行营业厅空调坏了一周无人修，等候区温度很低，老人排队时冻得发抖。",
                     "要求梅列支行尽快修好空调。")
    deliver(mail, ctx, mail_of(head(CSC, "客户投诉受理单 KF20261203-0012", msgid="KF20261203-0012@province.example"),
                               text_part(form, "gb2312")), CSC)
    case = one_case(ctx)
    assert (case.unit, case.status) == ("ML", "routed"), (case.unit, case.status)
    [notice] = supervision_mails(mail, MEILIE)
    return case, notice


def _reply(ctx, mail, raw: bytes, sender: str) -> None:
    mail.send(raw, sender, [SERVICE])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)


def test_a_units_answer_from_an_iphone_without_a_quote(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    case, notice = _routed_case(ctx, mail)
    body = ("经核实，营业厅空调压缩机故障，已于12月3日下午请厂家更换，现已恢复正常；等候区已增设取暖器。"
            "网点主任已电话向方女士致歉，客户表示理解。\r\n\r\n发自我的iPhone")
    raw = reply_by_client(notice, MEILIE, body, date=_dt(2026, 12, 3, 17, 48), msgid="5E1F@meilie.iphone",
                          subject_prefix="回复：", quote=False, extra=(("X-Mailer", "iPhone Mail (22B91)"),))
    _reply(ctx, mail, vouched(raw), MEILIE)

    after = one_case(ctx)
    assert after.status == "answered" and after.answered_at is not None, ("the result is the unit's answer", after.status)
    assert "压缩机" in (after.result_text or "") and "发自我的iPhone" not in (after.result_text or ""), after.result_text
    nothing_lost(ctx)


def test_a_see_attachment_reply_with_the_filled_supervision_form(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    case, notice = _routed_case(ctx, mail)
    forms = {n: d for n, d in attachments(notice).items() if n.endswith(".docx")}
    assert forms, ("the 督办 carries the 督办单", list(attachments(notice)))
    name, blank = next(iter(forms.items()))
    filled = fill_feedback(blank, "经核实，空调外机电路老化，已于12月4日更换线路并修复，等候区温度已恢复正常，已向客户致歉并获谅解。")
    assert "外机电路老化" in "\n".join(c.text for t in Document(io.BytesIO(filled)).tables for r in t.rows for c in r.cells)
    raw = reply_by_client(notice, MEILIE, "见附件", date=_dt(2026, 12, 4, 10, 15), msgid="ml.reply.0004@branch.example",
                          quote=True)
    msg = raw.decode("ascii")
    head_end = msg.index("\r\n\r\n")
    headers, body = msg[:head_end], msg[head_end + 4:]
    headers = headers.replace('Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64', "")
    headers = headers.rstrip("\r\n")
    inner = 'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + body
    raw = mail_of(headers + "\r\n", multipart("mixed", [inner, file_part(name, DOCX, filled)], "----=_Part_ml_0004"))
    _reply(ctx, mail, vouched(raw), MEILIE)

    after = one_case(ctx)
    assert after.status == "answered", ("the filled 督办单 is the answer", after.status)
    assert "外机电路老化" in (after.result_text or ""), ("the form's feedback is the result", after.result_text)
    nothing_lost(ctx)


def test_a_staff_members_reply_from_a_private_mailbox_is_not_the_answer(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    case, notice = _routed_case(ctx, mail)
    private = "wangxiaoli1988@163.example"
    raw = reply_by_client(notice, private, "已处理，空调已修好。", date=_dt(2026, 12, 3, 20, 5),
                          msgid="163.reply.0001@163.example", extra=(("X-Mailer", "Coremail Webmail"),))
    _reply(ctx, mail, raw, private)

    after = one_case(ctx)
    assert after.status == "routed" and after.answered_at is None and not after.result_text, \
        ("only the unit's registered mailbox answers (使用说明 二.1)", after.status, after.result_text)
    assert len(messages(ctx)) == 2
    nothing_lost(ctx)
