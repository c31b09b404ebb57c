"""Inline forwards in the layouts of the webmail and desktop clients customers and service centres use
besides Outlook/Foxmail/Gmail/Notes: 163/126 and Coremail, Sina/Sohu/Aliyun, Apple Mail, Thunderbird,
NetEase Mail Master. Each body is typed as that client writes it (separator, field order, date shape)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from core.clock import BRANCH_ZONE
from parsers.forwards import inline_forward
from parsers.replies import extract_reply

COMPLAINT = ("三元支行的理财经理把一款分红保险说成是定期存款卖给我母亲，十年不能取。"
             "要求三元支行全额退保。黄永祥 13906051234")
AUTHOR = "hxs1980@163.com"
SUBJECT = "三元支行理财经理推销保险"
WRITTEN = datetime(2026, 12, 1, 10, 11, tzinfo=BRANCH_ZONE)

LAYOUTS = {
    "163-126": ("客户邮件转你行，请核实。\n\n\n\n\n-------- 转发邮件信息 --------\n"
                f"发件人：\"黄先生\" <{AUTHOR}>\n发送日期：2026-12-01 10:11:09\n"
                f"收件人：kefu@province.example\n主题：{SUBJECT}\n\n{COMPLAINT}\n"),
    "coremail-xt": ("请核实处理\n\n\n------------------ 原始邮件 ------------------\n"
                    f"发件人：\"黄先生\"<{AUTHOR}>\n发送时间：2026年12月1日(星期二) 上午10:11\n"
                    f"收件人：\"客服中心\"<kefu@province.example>\n抄送：\n主题：{SUBJECT}\n\n{COMPLAINT}\n"),
    "forwarded-mail": (f"----- 转发的邮件 -----\n发件人：黄先生 <{AUTHOR}>\n收件人：kefu@province.example\n"
                       f"主题：{SUBJECT}\n日期：2026年12月01日 10点11分\n\n{COMPLAINT}\n"),
    "aliyun": ("转来客户邮件。\n\n------------------------------------------------------------------\n"
               f"发件人：黄先生 <{AUTHOR}>\n发送时间：2026年12月1日(星期二) 10:11\n"
               f"收件人：客服中心 <kefu@province.example>\n主　题：{SUBJECT}\n\n{COMPLAINT}\n"),
    "sina": ("请处理\n\n\n--------------------------------\n\n"
             f"----- 原始邮件 -----\n发件人：\"黄先生\" <{AUTHOR}>\n收件人：kefu@province.example\n"
             f"主题：{SUBJECT}\n日期：2026年12月01日 10点11分\n\n{COMPLAINT}\n"),
    "apple-mail": ("FYI\n\nBegin forwarded message:\n\n"
                   f"From: 黄先生 <{AUTHOR}>\nSubject: {SUBJECT}\nDate: December 1, 2026 at 10:11:09 AM GMT+8\n"
                   f"To: kefu@province.example\n\n{COMPLAINT}\n\n"),
    "apple-mail-cn": ("\n\n开始转发的邮件：\n\n"
                      f"发件人: 黄先生 <{AUTHOR}>\n主题: {SUBJECT}\n日期: 2026年12月1日 GMT+8 上午10:11:09\n"
                      f"收件人: kefu@province.example\n\n{COMPLAINT}\n"),
    "thunderbird": ("\n\n\n-------- Forwarded Message --------\n"
                    f"Subject: \t{SUBJECT}\nDate: \tTue, 1 Dec 2026 10:11:09 +0800\nFrom: \t黄先生 <{AUTHOR}>\n"
                    f"Reply-To: \t{AUTHOR}\nTo: \tkefu@province.example\n\n\n\n{COMPLAINT}\n"),
    "thunderbird-cn": ("转你行\n\n-------- 转发的消息 --------\n"
                       f"主题：\t{SUBJECT}\n日期：\tTue, 1 Dec 2026 10:11:09 +0800\n发件人：\t黄先生 <{AUTHOR}>\n"
                       f"收件人：\tkefu@province.example\n\n\n{COMPLAINT}\n"),
    "mail-master": (f"请核实\n\n---- 转发的邮件 ----\n| 发件人 | 黄先生<{AUTHOR}> |\n| 日期 | 2026年12月01日 10:11 |\n"
                    f"| 收件人 | kefu@province.example |\n| 主题 | {SUBJECT} |\n\n{COMPLAINT}\n"),
}


@pytest.mark.parametrize("client", list(LAYOUTS))
def test_the_forwarded_mail_is_read_from_inside(client):
    found = inline_forward(LAYOUTS[client])
    assert found is not None
    assert found.text == COMPLAINT, found.text
    assert found.sender_address == AUTHOR and found.sender_name == "黄先生"
    assert found.subject == SUBJECT
    assert found.date is not None and found.date.replace(second=0) == WRITTEN
    assert "发件人" not in found.note and "From" not in found.note


@pytest.mark.parametrize("client", list(LAYOUTS))
def test_a_reply_above_such_a_history_is_only_its_own_words(client):
    body = LAYOUTS[client]
    note = body[:body.index(COMPLAINT)]
    assert "黄先生" not in extract_reply(f"已核实，客户款项已退回。\n\n{note}{COMPLAINT}")


def test_a_rule_of_dashes_with_no_header_under_it_is_no_forward():
    assert inline_forward(f"{COMPLAINT}\n\n------------------------------\n网点：三元支行\n") is None


def test_a_table_row_that_is_not_a_header_field_is_left_as_it_is():
    found = inline_forward(LAYOUTS["mail-master"].replace(COMPLAINT, f"| 金额 | 10000 |\n{COMPLAINT}"))
    assert found.text.startswith("| 金额 | 10000 |")


def test_apple_mails_zone_is_kept():
    found = inline_forward(LAYOUTS["apple-mail"].replace("GMT+8", "GMT-5"))
    assert found.date == datetime(2026, 12, 1, 10, 11, 9, tzinfo=timezone(-timedelta(hours=5)))
