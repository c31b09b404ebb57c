"""Cover notes (a scanner's boilerplate, a clerk's "见附件") told apart from bodies with words of their own."""

from __future__ import annotations

import pytest

from parsers.cover_note import is_cover_note, own_words

SHARP = """Reply to: scan-3f@branch.example
Device Name: SHARP MX-3070N
Device Model: MX-3070N
Location: 三楼工会办公室

File Format: PDF (Compact)
Resolution: 200dpi x 200dpi

Attached file is scanned image in PDF format.
Use Acrobat(R)Reader(R) or Adobe(R)Reader(R) of Adobe Systems Incorporated to view the document.
Adobe(R)Reader(R) can be downloaded from the following URL:
http://www.adobe.com/
Adobe, the Adobe logo, Acrobat, the Adobe PDF logo, and Reader are registered trademarks or trademarks of Adobe Systems Incorporated in the United States and other countries.
"""

SHARP_CN = """设备名称: SHARP MX-M3658N
设备型号: MX-M3658N
位置: 分行工会 3楼

文件格式: PDF
分辨率: 300dpi x 300dpi

附件文件是PDF格式的扫描图像。
请使用Adobe(R)Reader(R)查看文件。
"""

XEROX = """Please open the attached document. It was scanned and sent to you using a Xerox multifunction device.

Attachment File Type: PDF, Multi-Page

multifunction device Location: 2F 工会
Device Name: XRX9C934E3F12A0

For more information on Xerox products and solutions, please visit http://www.xerox.com
"""

HP_CN = """请打开附件文档。该文档是使用 HP 数码发送设备扫描并发送给您的。

页数: 3
文件格式: PDF
"""

RICOH = """This E-mail was sent from "RNP0026738B5B0B" (MP C3004).

Scan Date: 03.12.2026 10:15:22 (+0800)
Queries to: scanner@branch.example
"""

CANON_CN = """附件为扫描的图像。

发件人: iR-ADV C5535 (三楼工会)
页数: 2
"""

KONICA = "来自 bizhub C360 的扫描数据\n\n扫描日期: 2026/12/03 09:41\n文件名: SKM_C36026120309410.pdf"

CLERK_LINES = ("见附件", "请查阅附件。", "客户来信扫描件，请处理", "附件是客户来信，请阅处。谢谢！",
               "您好，\n请查收附件中的客户来信扫描件。\n\n张敏\n分行工会\n0598-8231234",
               "Sent from my iPhone", "")


@pytest.mark.parametrize("body", [SHARP, SHARP_CN, XEROX, HP_CN, RICOH, CANON_CN, KONICA, *CLERK_LINES])
def test_scanner_and_clerk_cover_notes(body):
    assert is_cover_note(body)


COMPLAINTS = (
    "我是三元支行的客户王秀英，今天上午在柜台办理取款，柜员态度恶劣，要求贵行给个说法。扫描件是我写的信，见附件。",
    "客户来信反映梅列支行柜员服务态度差，详见附件扫描件。",
    "10月8日我在列东网点ATM机取款500元，机器没有吐钞但账户已扣款，至今未退回。",
    "昨天下午到城关分理处办理房贷提前还款，前后跑了四趟都说系统不行，耽误了我整整两天时间，请领导过问一下。",
)


@pytest.mark.parametrize("body", COMPLAINTS)
def test_bodies_with_words_of_their_own(body):
    assert not is_cover_note(body)


def test_own_words_drop_the_device_report_and_keep_the_complaint():
    body = SHARP_CN + "\n客户反映ATM吞卡后三天未处理。"
    assert own_words(body) == "客户反映ATM吞卡后三天未处理。"
    assert not is_cover_note(body)
