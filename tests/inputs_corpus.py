"""Mail shaped as a branch receives it, with what a clerk reads from each, for bench_inputs.

Scan-to-email mails from several printer brands (cover note + rendered, scanned letter),
inline and attached forwards in each client's shape, HTML-only complaints with stub plain
parts, registrations by a unit's own mailbox, and charset samples. Each item carries the
values a careful clerk would write down, typed here by hand, not taken from the parsers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from core.clock import BRANCH_ZONE
from complaints.sample_mail import complaint_mail
from tests.complaints.test_intake_forwards import HTML_FORM, _alternative
from tests.parsers.scans import render_letter, save_pages, scanify
from tests.parsers.test_charsets_real import SAMPLES as CHARSETS
from tests.parsers.test_cover_note import CANON_CN, HP_CN, KONICA, RICOH, SHARP_CN, XEROX
from tests.parsers.test_forwards import COMPLAINT, COREMAIL, FOXMAIL, GMAIL, NOTES, OUTLOOK, OUTLOOK_CN

SERVICE = "complaints@branch.example"


@dataclass(frozen=True)
class InputItem:
    kind: str  # "scan-to-email", "forward", "html-only"
    name: str
    raw: bytes
    expected: dict[str, str] = field(default_factory=dict)  # customer_name, customer_phone, unit, original_sender


LETTERS = (
    ("尊敬的分行领导：", ["我叫林秀兰，今年七十二岁，联系电话13960512345。",
                   "2026年11月3日上午我到城关分理处取养老金，柜员说我的存折消磁了让我去别的网点。",
                   "我腿脚不便，来回折腾了一个上午也没有办成。",
                   "希望贵行对城关分理处的服务进行整改，并给我一个明确的答复。", "林秀兰 2026年11月5日"],
     {"customer_name": "林秀兰", "customer_phone": "13960512345", "unit": "CG"}),
    ("三元支行负责人：", ["我是替我父亲写这封信的，我父亲叫陈德福，八十一岁，电话 139 5077 6655。",
                   "上个月他在三元支行被大堂经理推销了一份保险，说是存款，利息高。",
                   "现在要用钱才发现取不出来，要扣很多手续费。",
                   "请三元支行把钱全额退给我父亲，并对推销人员严肃处理。", "陈德福之女 陈丽 2026年11月20日"],
     # the complainant is who writes and signs (DESIGN §4): the daughter, not the father she writes for
     {"customer_name": "陈丽", "customer_phone": "13950776655", "unit": "SY"}),
    ("投诉信", ["本人黄国平，手机号码158-5980-3344。",
              "11月18日我在梅列支行自助银行存款2000元，机器显示故障，钱没有入账。",
              "打了三次客服电话都说在处理，到今天还没有结果。",
              "要求梅列支行尽快核实并把钱存入我的账户。", "黄国平", "二〇二六年十一月二十五日"],
     {"customer_name": "黄国平", "customer_phone": "15859803344", "unit": "ML"}),
)
PRINTERS = (("SHARP", SHARP_CN, "pdf"), ("Xerox", XEROX, "pdf"), ("HP", HP_CN, "jpeg"), ("RICOH", RICOH, "pdf"),
            ("Canon", CANON_CN, "jpeg"), ("KONICA", KONICA, "pdf"))


def scanner_mails() -> list[InputItem]:
    items = []
    for n, (brand, note, fmt) in enumerate(PRINTERS):
        title, sentences, expected = LETTERS[n % len(LETTERS)]
        pages = [scanify(p, seed=200 + n + k, skew=((n * 7) % 5 - 2) * 0.6, rotation=0)
                 for k, p in enumerate(render_letter(title, sentences, 200 if n % 2 else 150))]
        files = [(f"{brand}_{n:04d}_{k + 1}.{'jpg' if fmt == 'jpeg' else 'pdf'}",
                  "image/jpeg" if fmt == "jpeg" else "application/pdf", save_pages([page], fmt, 150))
                 for k, page in enumerate(pages)] if fmt == "jpeg" else \
            [(f"{brand}_{n:04d}.pdf", "application/pdf", save_pages(pages, "pdf", 150))]
        raw = complaint_mail(sender="scanner@branch.example", to=SERVICE, subject=f"Scanned from {brand}",
                             body=note, attachments=tuple(files))
        items.append(InputItem("scan-to-email", brand, raw, expected))
    return items


FORWARD_EXPECTED = {"customer_phone": "13905987766", "unit": "ML", "original_sender": "zhengli@customer.example"}


def forwards() -> list[InputItem]:
    shapes = {"outlook": OUTLOOK, "outlook-cn": OUTLOOK_CN, "foxmail": FOXMAIL, "gmail": GMAIL,
              "coremail": COREMAIL, "notes": NOTES}
    items = [InputItem("forward", name, complaint_mail(sender="service@head-office.example", to=SERVICE,
                                                      subject="转发：投诉", body=body), FORWARD_EXPECTED)
             for name, body in shapes.items()]
    original = complaint_mail(sender="郑丽 <zhengli@customer.example>", to="kf@bank.example", subject="投诉",
                              body=COMPLAINT, date=datetime(2026, 12, 1, 16, 5, tzinfo=BRANCH_ZONE))
    items.append(InputItem("forward", "message/rfc822", complaint_mail(
        sender="service@head-office.example", to=SERVICE, subject="FW: 投诉", body="请阅处",
        attachments=(("投诉.eml", "message/rfc822", original),)), FORWARD_EXPECTED))
    return items


def html_only() -> list[InputItem]:
    stubs = ("请使用支持 HTML 的邮件客户端查看本邮件。", "", "https://ts.head-office.example/view?id=31",
             "This is an HTML message. Please use an HTML capable mail program to read it.")
    expected = {"customer_name": "苏明", "customer_phone": "13805987788", "unit": "SY"}
    return [InputItem("html-only", f"stub-{n}", _alternative(stub, HTML_FORM), expected) for n, stub in enumerate(stubs)]


def charset_samples() -> list[tuple[str, bytes, str | None, str]]:
    return list(CHARSETS)
