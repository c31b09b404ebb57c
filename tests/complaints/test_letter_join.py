"""Joining a letter's parts (issue 12): number order, every file kept, the missing parts named."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from types import SimpleNamespace

from complaints.handlers.letter_parts import window
from complaints.letter_join import Part, is_resend, join
from core.clock import BRANCH_ZONE
from core.config import LettersConfig
from parsers.letter_parts import part_marker
from parsers.mail import parse_message

T0 = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)


def _part(row_id: int, subject: str, body: str, files=(), minutes: int = 0) -> Part:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "complaints@province.example", "complaints@branch.example", subject
    msg["Message-ID"] = f"<part{row_id}@province.example>"
    msg.set_content(body)
    for name in files:
        msg.add_attachment(b"%PDF-1.4 " + name.encode(), maintype="application", subtype="pdf", filename=name)
    return Part(row_id, T0 + timedelta(minutes=minutes), parse_message(bytes(msg)), part_marker(subject))


def test_parts_are_joined_by_number_not_by_arrival():
    joined = join([_part(7, "来信（3/3）", "第三段"), _part(8, "来信（1/3）", "第一段", minutes=1),
                   _part(9, "来信（2/3）", "第二段", minutes=2)])
    text = joined.msg.text
    assert text.index("第一段") < text.index("第二段") < text.index("第三段")
    assert joined.rows == (8, 9, 7) and joined.numbers == (1, 2, 3) and joined.missing == ()
    assert joined.msg.subject == "来信" and joined.msg.message_id == "<part8@province.example>"
    assert joined.arrived_at == T0


def test_every_part_keeps_its_files_and_a_shared_name_gets_the_part_number():
    joined = join([_part(2, "来信（2/2）", "下半", ["扫描.pdf"]), _part(1, "来信（1/2）", "上半", ["扫描.pdf", "身份证.pdf"])])
    assert [a.filename for a in joined.msg.attachments] == ["扫描.pdf", "身份证.pdf", "第2封-扫描.pdf"]
    assert joined.sources == {"扫描.pdf": (1, "扫描.pdf"), "身份证.pdf": (1, "身份证.pdf"), "第2封-扫描.pdf": (2, "扫描.pdf")}


def test_the_missing_parts_are_named():
    joined = join([_part(1, "来信（第1封，共4封）", "一"), _part(2, "来信（第4封，共4封）", "四")])
    assert joined.missing == (2, 3) and joined.missing_text() == "共4封，第2封、第3封"
    assert joined.fields()["missing"] == [2, 3] and joined.fields()["total"] == 4
    lone = join([_part(5, "来信（2/2）", "下半")])
    assert lone.missing == (1,) and lone.numbers == (2,)


def test_a_continuation_comes_after_the_numbered_parts():
    joined = join([_part(3, "续上封：来信", "补充的话"), _part(1, "来信之一", "正文")])
    assert joined.numbers == (1, 2) and joined.msg.text.index("正文") < joined.msg.text.index("补充的话")


def test_a_part_sent_twice_counts_once():
    joined = join([_part(1, "来信（1/2）", "上半"), _part(2, "来信（1/2）", "上半", minutes=5),
                   _part(3, "来信（2/2）", "下半", minutes=6)])
    assert joined.numbers == (1, 2) and joined.msg.text.count("上半") == 1 and joined.missing == ()
    assert joined.rows == (1, 3, 2), "every mail is the case's; the resend last"
    assert not is_resend(_part(1, "来信（1/2）", "上半"), _part(2, "来信（1/2）", "另一封信的上半"))


def test_a_part_forwarded_as_an_attached_mail_keeps_the_forwarded_text():
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "customer@customer.example", "投诉"
    inner.set_content("客户原信的下半部分")
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "complaints@province.example", "complaints@branch.example", "来信（2/2）"
    outer.set_content("转你行处理。")
    outer.add_attachment(inner)
    second = Part(2, T0, parse_message(bytes(outer)), part_marker("来信（2/2）"))
    joined = join([_part(1, "来信（1/2）", "客户原信的上半部分"), second])
    assert joined.msg.text.index("上半部分") < joined.msg.text.index("下半部分"), joined.msg.text


def test_a_part_is_of_its_letter_for_as_long_as_it_may_be_held():
    def ctx(**letters):
        return SimpleNamespace(settings=SimpleNamespace(letters=LettersConfig(**letters)))
    assert window(ctx()) == timedelta(hours=24)
    assert window(ctx(part_window_hours=1, part_wait_minutes=240)) == timedelta(minutes=240)
