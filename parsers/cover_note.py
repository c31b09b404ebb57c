"""Is a mail body only a cover note for its attachments, or a complaint in its own words?

A multifunction printer's scan-to-email always writes a body: its boilerplate ("请查阅附件",
device name, location, page count, file format, "Please open the attached document") or a
clerk's one line ("客户来信扫描件，请处理", "见附件"). Such a body says nothing about the
complaint, and the letter is in the scan. A body that still says something once the
boilerplate is taken out (a customer's own words, a clerk's summary of the call) is a text
of its own, kept beside the scan's. Pure: text in, a decision out.
"""

from __future__ import annotations

import re
import unicodedata

# Lines a scanner or a forwarding clerk writes whatever the letter says: a device report
# ("设备名称: MX-3070", "Device Location: 3F", "页数：3"), greetings, sign-offs, addresses,
# links, file names, dates.
_REPORT_LINE = re.compile(
    r"^(?:设备|扫描|机器|位置|地点|页数|总页数|图像|文件|附件|分辨率|发送|发件|日期|时间|型号|序列号|ip\s*地址|"
    r"device|location|model|serial|pages?|number\s+of|images?|attach|file|resolution|scan|sent|date|time|"
    r"from|host|ip\s*address|mac|user|sender|queries|reply\s*to)[^:：]{0,20}[:：].*$"
    r"|^(?:您好|你好|hi|hello|dear\s+\S+|谢谢|多谢|thanks?|thank\s+you|此致|敬礼)[,，:：!！。.]*$"
    r"|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^https?://\S+$|^[\w .()（）-]+\.(?:pdf|jpe?g|png|tiff?|docx?)$"
    r"|^[\d\s/.:：()（）+年月日时分秒-]+$|^[-=_*~—]{2,}$",
    re.IGNORECASE,
)
# A line that only points at the attachment or describes the scan ("客户来信扫描件，请处理",
# "请查阅附件", "It was scanned and sent to you using a Xerox device", "请使用Adobe Reader查看").
_POINTER_WORDS = re.compile(
    r"附件|附档|附图|扫描|影像|文档|设备|请(?:处理|阅处|查收|办理|转办|核实|跟进|知悉|审阅|批示)|"
    r"adobe|acrobat|reader|pdf|jpe?g|tiff?|dpi|attach|scan|document|device|trademark|e-?mail|"
    r"发自|来自|客户端|自动发送|请勿回复|do\s+not\s+reply",
    re.IGNORECASE,
)
# Words that only a complaint (or a clerk's summary of one) contains.
_COMPLAINT_WORDS = re.compile(
    r"投诉|不满|态度|要求|希望|诉求|赔偿|退还|退回|返还|反映|扣(?:款|费|了|除)|收费|乱收|刁难|拒绝|推诿|"
    r"损失|错误|差劲|冷漠|骂|吵|等了|排队|吞卡|被盗|诈骗|欺骗|误导|强制|搭售|说法|道歉|"
    r"complain|refund|rude"
)
_CONTENT_CHARS = re.compile(r"[\u4e00-\u9fff]")
SIGNATURE_SEPARATOR = re.compile(r"^(?:--|__+|-{3,}\s*$)")
MIN_OWN_WORDS = 15  # this many Chinese characters left after the boilerplate is a text of its own


def own_words(text: str) -> str:
    """The body without its boilerplate lines, greeting, signature block and blank lines."""
    kept: list[str] = []
    for line in unicodedata.normalize("NFKC", text or "").splitlines():
        line = line.strip().strip("\u3000")
        if SIGNATURE_SEPARATOR.match(line):
            break  # "-- " and what follows is a signature
        if line and not _is_boilerplate(line):
            kept.append(line)
    return "\n".join(kept)


def _is_boilerplate(line: str) -> bool:
    if _REPORT_LINE.match(line):
        return True
    return bool(_POINTER_WORDS.search(line)) and not _COMPLAINT_WORDS.search(line)


def is_cover_note(text: str) -> bool:
    """True when the body says nothing of its own about a complaint (read the attachments).

    A body is a text of its own when, the boilerplate taken out, it names a complaint
    ("投诉", "态度", "要求退还"…) or is long enough to be one.
    """
    left = own_words(text)
    if _COMPLAINT_WORDS.search(left):
        return False
    return len(_CONTENT_CHARS.findall(left)) < MIN_OWN_WORDS
