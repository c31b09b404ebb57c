"""Issue 12 from outside, round two: letters and forwards as they are typed, encoded and
forwarded — written blind, from the issue and how clients write mail, not from the parsers.

A letter typed into the mail above a staff signature and a legal disclaimer, traditional
characters, a WeChat chat forwarded with emoji and a rare name, phones
with +86 and full-width digits, quoted-printable broken inside a character, ragged base64,
GB18030 under a gb2312 label, a BOM, no charset at all; a forward of a forward (two .eml
levels), a reply quoted with "> ", an iPhone forward of a reply chain, a Huawei phone forward.
"""

from __future__ import annotations

from datetime import date, datetime
from email.header import Header

import pytest

from core.clock import BRANCH_ZONE, local
from tests.integration.blind_mail2_kit import b64_ragged, qp_soft_broken
from tests.integration.blind_mail_kit import (
    AT, CARD, CHENGGUAN, CSC, HEAD_OFFICE, MEILIE, PROVINCE, SANYUAN, cases, deliver, expect_case, head, mail_of,
    multipart, nothing_lost, text_part,
)
from tests.support.env import make_test_context

SERVICE_HEAD = "service@head-office.example"


def _dt(*args) -> datetime:
    return datetime(*args, tzinfo=BRANCH_ZONE)


def _plain(sender: str, subject: str, msgid: str, text: str, charset: str = "utf-8", **kw) -> bytes:
    return mail_of(head(sender, subject, msgid=msgid, **kw), text_part(text, charset))


def _raw_body(sender: str, subject: str, msgid: str, ctype: str, cte: str, body: bytes) -> bytes:
    return head(sender, subject, msgid=msgid).encode() + (
        f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n").encode() + body + b"\r\n"


DISCLAIMER = ("本邮件及其附件含有福建省分行的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式"
              "使用（包括但不限于全部或部分地泄露、复制、或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件"
              "通知发件人并删除本邮件！\r\nThis e-mail and its attachments contain confidential information from the "
              "Fujian Branch, which is intended only for the person or entity whose address is listed above.")


def test_a_letter_typed_into_the_mail_above_a_signature_and_a_disclaimer(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("各位同事：\r\n\r\n以下为客户来信原文，请相关网点核实处理，于五个工作日内反馈。\r\n\r\n——————————\r\n"
            "尊敬的领导：\r\n　　我叫骆春华，是贵行三元支行的老客户。2026年11月28日上午，我到三元支行办理定期存款到期转存，"
            "柜员未经我同意，将我的十万元定期存款转成了一款保险产品，说是“收益更高”，我回家看了合同才发现是五年期的"
            "分红保险，提前退保要损失近一万元。\r\n　　我今年六十八岁，不懂这些产品，我要求三元支行撤销这份保险合同、"
            "全额退还本金，并对相关人员严肃处理。\r\n　　联系电话：13509581276\r\n"
            "　　　　　　　　　　　　　　　　骆春华\r\n　　　　　　　　　　　　　　2026年11月30日\r\n——————————\r\n\r\n"
            "陈志明\r\n福建省分行 消费者权益保护部\r\n电话：0591-87091234  手机：13805001234\r\n"
            "地址：福州市鼓楼区五四路158号\r\n\r\n" + DISCLAIMER + "\r\n")
    deliver(mail, ctx, _plain(PROVINCE, "客户来信转办（三元支行）", "xf.1130.0001@province.example", text, "gb18030"),
            PROVINCE)

    case = expect_case(ctx, mail, unit="SY", box=SANYUAN, name="骆春华", phone="13509581276", words=("分红保险",))
    assert local(case.received_at).date() == date(2026, 11, 30), "the letter's date"
    for staff in ("保密信息", "confidential", "87091234", "五四路"):
        assert staff not in case.content, (staff, case.content)


def test_a_letter_in_traditional_characters(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("致貴行客服：\r\n　　本人陳志遠，於2026年11月29日前往貴行城關分理處辦理外幣兌換業務，櫃員以系統維護為由"
            "拒絕辦理，但同一時間其他客戶卻可以辦理。本人專程從香港回來，白白浪費一天時間，對此深表不滿。\r\n"
            "　　請城關分理處給予合理解釋並致歉。\r\n　　內地手機：13960581422\r\n\r\n陳志遠 敬上\r\n2026年11月30日")
    deliver(mail, ctx, _plain(HEAD_OFFICE, "投訴：城關分理處拒絕辦理業務", "big5.1130@head-office.example", text, "big5"),
            HEAD_OFFICE)

    case = expect_case(ctx, mail, unit="CG", box=CHENGGUAN, name="陳志遠", phone="13960581422", words=("外幣兌換",))
    assert local(case.received_at).date() == date(2026, 11, 30)


def test_a_wechat_chat_with_emoji_and_a_rare_name_forwarded_by_an_outlet(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("客户微信反映的情况，转来登记。\r\n\r\n“刘䶮”和“梅列支行-小陈”的聊天记录\r\n\r\n————— 2026-12-02 —————\r\n\r\n"
            "刘䶮 19:42\r\n小陈你好🙏我今天下午在你们梅列支行ATM取钱，卡被吞了😭，卡里还有两万多\r\n\r\n"
            "刘䶮 19:43\r\n保安说要等明天才能取卡，我明天一早要出差，急死了！！\r\n\r\n"
            "梅列支行-小陈 19:50\r\n刘先生您好，我已登记，明天一早帮您处理\r\n\r\n"
            "刘䶮 19:51\r\n👍 我电话 139 5986 1024，麻烦一定要今天给我个答复\r\n\r\n—— 来自微信聊天记录")
    deliver(mail, ctx, _plain(MEILIE, "“刘䶮”的聊天记录", "wx.20261202.1952@branch.example", text), MEILIE)

    case = expect_case(ctx, mail, unit="ML", box=MEILIE, channel="walk_in", name="刘䶮", phone="13959861024",
                       words=("卡被吞了",))
    assert "\ufffd" not in case.content and "?" not in case.content.replace("？", ""), case.content


PHONES = {  # how the number is written, what it is
    "plus-86": ("客户施美英（电话：+86 159-8051-7730）来电反映，三元支行柜员在办理存单挂失时要求其本人以外的家属签字，"
                "客户认为不合理，要求三元支行说明依据。", "施美英", "15980517730", "SY"),
    "full-width": ("客户林国栋来电投诉：城关分理处自助设备区的存款机连续三天故障无人维修，要求城关分理处尽快修复。"
                   "联系电话：１３８５０９８７２１６", "林国栋", "13850987216", "CG"),
}


@pytest.mark.parametrize("shape", list(PHONES))
def test_a_phone_with_a_country_code_or_full_width_digits(tmp_path, mail, db_url, shape):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text, name, phone, unit = PHONES[shape]
    deliver(mail, ctx, _plain(CSC, "客户投诉转办", f"{shape}.1203@province.example", text, "gbk"), CSC)
    expect_case(ctx, mail, unit=unit, box={"SY": SANYUAN, "CG": CHENGGUAN}[unit], name=name, phone=phone)


def test_quoted_printable_with_soft_breaks_inside_characters(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("客户郭丽萍来电投诉：12月2日在城关分理处办理转账时，柜员操作失误将款项转错账户，"
            "要求城关分理处尽快追回。\r\n联系电话13859012274。")
    raw = _raw_body(CSC, "客户投诉转办", "qp.1202@province.example", 'text/plain; charset="utf-8"',
                    "quoted-printable", qp_soft_broken(text).encode())
    deliver(mail, ctx, raw, CSC)
    expect_case(ctx, mail, unit="CG", box=CHENGGUAN, name="郭丽萍", phone="13859012274", words=("转错账户",))


def test_base64_in_lines_of_uneven_lengths(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = "网上留言：客户许文斌反映三元支行门口的ATM经常暂停服务，周末取不到钱，要求三元支行增加维护。电话15259876621"
    raw = _raw_body(HEAD_OFFICE, "网上留言", "b64.1202@head-office.example", "text/plain; charset=GBK", "base64",
                    b64_ragged(text.encode("gbk")).encode())
    deliver(mail, ctx, raw, HEAD_OFFICE)
    expect_case(ctx, mail, unit="SY", box=SANYUAN, name="许文斌", phone="15259876621", words=("暂停服务",))


def test_gb18030_text_under_a_gb2312_label(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("客户王𠈌来电投诉：信用卡中心的催收人员多次在深夜打电话催款，还向其同事朱镕透露欠款情况。"
            "客户要求信用卡中心停止骚扰并道歉。联系电话13905986612。")
    raw = _raw_body(CSC, "客户投诉转办", "gb18030.1202@province.example", 'text/plain; charset="gb2312"', "8bit",
                    text.encode("gb18030"))
    deliver(mail, ctx, raw, CSC)
    case = expect_case(ctx, mail, unit="CARD", box=CARD, name="王𠈌", phone="13905986612", words=("深夜打电话", "朱镕"))
    assert "\ufffd" not in case.content


def test_utf8_with_a_byte_order_mark(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("客户姓名：邱丽芳\r\n联系电话：13606958812\r\n被投诉单位：梅列支行\r\n"
            "投诉内容：客户反映梅列支行大堂经理拒绝为其打印近一年的流水，称只能在手机银行自助下载。\r\n客户诉求：要求网点提供纸质流水。")
    raw = _raw_body(PROVINCE, "客户投诉", "bom.1202@province.example", "text/plain; charset=utf-8", "base64",
                    b64_ragged(b"\xef\xbb\xbf" + text.encode()).encode())
    deliver(mail, ctx, raw, PROVINCE)
    case = expect_case(ctx, mail, unit="ML", box=MEILIE, name="邱丽芳", phone="13606958812", words=("打印近一年的流水",))
    assert "\ufeff" not in case.content + (case.customer_name or "")


UNLABELLED = {  # codec, text
    "utf-8": ("utf-8", "客户罗建新来电反映：梅列支行理财经理私下向其推销非本行产品，现产品逾期无法兑付，"
                       "要求梅列支行协助追回本金。电话13559801147", "罗建新", "13559801147", "ML"),
    "gbk": ("gbk", "客户黄月娥来电反映：三元支行柜员办理养老金取款时多次出错，让她来回跑了三趟，"
                   "要求三元支行改进服务。电话13860501138", "黄月娥", "13860501138", "SY"),
}


@pytest.mark.parametrize("codec", list(UNLABELLED))
def test_a_body_with_no_charset_at_all(tmp_path, mail, db_url, codec):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    enc, text, name, phone, unit = UNLABELLED[codec]
    raw = _raw_body(CSC, "客户投诉转办", f"nocharset.{codec}@province.example", "text/plain", "8bit", text.encode(enc))
    deliver(mail, ctx, raw, CSC)
    expect_case(ctx, mail, unit=unit, box={"SY": SANYUAN, "ML": MEILIE}[unit], name=name, phone=phone,
                words=(text[14:22],))


# ---- forwards ----------------------------------------------------------------------------

def _eml(sender: str, subject: str, msgid: str, when: datetime, to: str, parts: list[str], boundary: str) -> str:
    return mail_of(head(sender, subject, msgid=msgid, date=when, to=to), multipart("mixed", parts, boundary)).decode()


def _attached(name: str, eml: str) -> str:
    enc = Header(name, "utf-8").encode(linesep="\r\n")
    return f'Content-Type: message/rfc822; name="{enc}"\r\nContent-Disposition: attachment\r\n\r\n{eml}\r\n'


def test_a_forward_of_a_forward_two_eml_levels_deep(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    customer = f"{Header('方志刚', 'utf-8').encode()} <fangzhigang@sina.com>"
    inner = _eml(customer, "投诉城关分理处", "20261129210512.fzg@sina.com", _dt(2026, 11, 29, 21, 5), SERVICE_HEAD,
                 [text_part("你们城关分理处的柜员在我办理大额取款时，未经我同意就把我的身份证复印了三份，"
                            "还说是规定。我担心个人信息被泄露，要求城关分理处销毁复印件并给我书面说明。\r\n"
                            "方志刚 13799812265\r\n", "gbk")], "sina_b1")
    middle = _eml(f"{Header('李娜', 'utf-8').encode()} <{HEAD_OFFICE}>", "转发：投诉城关分理处",
                  "AAMkADk0.lina@head-office.example", _dt(2026, 11, 30, 9, 12), PROVINCE,
                  [text_part("转省分行处理，请按时反馈。\r\n\r\n总行客服中心 李娜", "gb2312"),
                   _attached("投诉城关分理处.eml", inner)], "ho_b2")
    raw = mail_of(head(PROVINCE, "转发：转发：投诉城关分理处", msgid="fw2.1203@province.example"),
                  multipart("mixed", [text_part("转你行处理，请于五个工作日内反馈。", "gb2312"),
                                      _attached("转发：投诉城关分理处.eml", middle)], "prov_b3"))
    deliver(mail, ctx, raw, PROVINCE)

    case = expect_case(ctx, mail, unit="CG", box=CHENGGUAN, channel="superior", name="方志刚", phone="13799812265",
                       words=("身份证复印",))
    assert case.source_address == PROVINCE
    assert case.fields.get("original", {}).get("sender") == "fangzhigang@sina.com", case.fields.get("original")
    assert local(case.received_at) == _dt(2026, 11, 29, 21, 5), "the customer's own mail's date"
    assert "转省分行处理" not in case.content and "李娜" not in case.content, case.content


def test_a_forward_whose_original_is_quoted_with_angle_brackets(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("请城关分理处核实处理。\r\n\r\n在 2026/12/1 20:33, 罗美琴 写道:\r\n> 你好，\r\n"
            "> 我是城关分理处的客户罗美琴，电话13705982291。\r\n> 12月1日下午我去城关分理处存钱，点钞机点出来少了200元，\r\n"
            "> 柜员坚持说是我数错了，监控也不让看。\r\n> 希望城关分理处调取监控还我清白，把钱退给我。\r\n>\r\n")
    deliver(mail, ctx, _plain(CSC, "Re: 城关分理处存款少了200元", "tb.1202@province.example", text,
                              extra=(("User-Agent", "Mozilla Thunderbird"),)), CSC)

    case = expect_case(ctx, mail, unit="CG", box=CHENGGUAN, name="罗美琴", phone="13705982291", words=("点钞机",))
    assert ">" not in case.content and "请城关分理处核实处理" not in case.content, case.content
    assert local(case.received_at) == _dt(2026, 12, 1, 20, 33)


def test_an_iphone_forward_of_a_reply_chain(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("请梅列支行处理，谢谢！\r\n\r\n发自我的iPhone\r\n\r\n开始转发的邮件：\r\n\r\n"
            "> 发件人: 徐丽 <xuli@province.example>\r\n> 日期: 2026年12月2日 GMT+8 下午3:12:45\r\n"
            "> 收件人: 客服中心 <csc@province.example>\r\n> 主题: 回复: 客户投诉\r\n> \r\n"
            "> 补充：客户电话是13859907712。\r\n> \r\n> 发自我的iPhone\r\n> \r\n"
            ">> 在 2026年12月2日，下午2:05，徐丽 <xuli@province.example> 写道：\r\n>> \r\n"
            ">> 客户陶文华来电投诉，梅列支行信贷员在其办理经营贷款时要求其购买理财产品作为放款条件，"
            "客户要求梅列支行停止搭售并退还理财款。\r\n")
    deliver(mail, ctx, _plain(CSC, "转发：回复: 客户投诉", "iph.1202.1530@province.example", text,
                              extra=(("X-Mailer", "iPhone Mail (22B91)"),)), CSC)

    case = expect_case(ctx, mail, unit="ML", box=MEILIE, channel="csc", name="陶文华", phone="13859907712",
                       words=("搭售",))
    assert "发自我的iPhone" not in case.content


def test_a_huawei_phone_forward(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    text = ("转梅列支行处理。\r\n\r\n发自我的华为手机\r\n\r\n\r\n-------- 原始邮件 --------\r\n"
            "发件人： 林小燕 <linxiaoyan@126.com>\r\n日期： 2026年12月1日周二 晚上8:16\r\n"
            "收件人： complaints@province.example\r\n主题： 投诉梅列支行\r\n\r\n"
            "我是林小燕，电话13799805531。11月30日在梅列支行办理信用卡还款，柜员把钱存到了我的借记卡上，"
            "导致信用卡逾期产生罚息和不良记录。要求梅列支行消除不良记录并赔偿罚息。\r\n")
    deliver(mail, ctx, _plain(PROVINCE, "转发：投诉梅列支行", "hw.1203.0830@province.example", text,
                              extra=(("X-Mailer", "Huawei Email"),)), PROVINCE)

    case = expect_case(ctx, mail, unit="ML", box=MEILIE, channel="superior", name="林小燕", phone="13799805531",
                       words=("不良记录",))
    assert case.fields.get("original", {}).get("sender") == "linxiaoyan@126.com", case.fields.get("original")
    assert local(case.received_at) == _dt(2026, 12, 1, 20, 16)
    assert "发自我的华为手机" not in case.content and "转梅列支行处理" not in case.content, case.content
    assert len(cases(ctx)) == 1
    nothing_lost(ctx)
