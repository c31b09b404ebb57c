"""Builders and readers for the blind mail tests (issue 12): mails written from the issue's text
and from how real clients, MFPs and gateways format mail — not from the parsers or their corpus.

Scans are rendered here with PIL from a typed Chinese letter (a CJK font of this machine,
200 dpi, a slight skew, paper speckle, JPEG) the way a multifunction printer sends them.
"""

from __future__ import annotations

import base64
import email
import email.policy
import io
import json
import random
import re
from datetime import datetime
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

from PIL import Image, ImageDraw, ImageFont
from sqlmodel import Session, select

from core.clock import BRANCH_ZONE
from core.store.models import Case, Event, Message, OutboundMail
from tests.support.env import SERVICE, run_until_idle

AT = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)  # a Thursday
SCANNER = "scanner@branch.example"
CSC = "csc@province.example"
PROVINCE = "complaints@province.example"
HEAD_OFFICE = "service@head-office.example"
SANYUAN, MEILIE, CHENGGUAN = "sanyuan@branch.example", "meilie@branch.example", "chengguan@branch.example"
CARD, OFFICE, CLERK2 = "card@branch.example", "union@branch.example", "clerk2@branch.example"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SC_FACE = 2  # the Simplified Chinese face of the Noto CJK collection
CJK = re.compile(r"[\u4e00-\u9fff]")


# ---- scans ---------------------------------------------------------------------------------

def typed_page(lines: list[str], *, dpi: int = 200, skew: float = 0.6, seed: int = 1) -> Image.Image:
    """One A4 page of a typed letter as a flatbed scanner sees it: grey paper, dark toner, a tilt."""
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("L", (width, height), 246)
    font = ImageFont.truetype(SERIF, int(dpi * 13 / 72), index=SC_FACE)
    draw = ImageDraw.Draw(page)
    y, step = int(dpi * 1.1), int(dpi * 13 / 72 * 1.9)
    for line in lines:
        draw.text((int(dpi * 0.95), y), line, fill=28, font=font)
        y += step
    rnd = random.Random(seed)
    for _ in range(1500):  # dust and paper grain
        x, yy = rnd.randrange(width), rnd.randrange(height)
        draw.point((x, yy), fill=rnd.randrange(150, 230))
    return page.rotate(skew, resample=Image.BICUBIC, fillcolor=246)


def jpeg_of(page: Image.Image, dpi: int = 200) -> bytes:
    out = io.BytesIO()
    page.save(out, "JPEG", quality=72, dpi=(dpi, dpi))
    return out.getvalue()


def pdf_of(pages: list[Image.Image], dpi: int = 200) -> bytes:
    """A multi-page image PDF as scanners write it (one JPEG per page)."""
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return out.getvalue()


# ---- raw mail ------------------------------------------------------------------------------

def head(sender: str, subject: str, *, date: datetime = AT, msgid: str, to: str = SERVICE,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> str:
    """The header block a client writes (CRLF lines, a Chinese subject as encoded words)."""
    encoded = Header(subject, charset).encode(linesep="\r\n") if not subject.isascii() else subject
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {encoded}", f"Date: {format_datetime(date)}",
             f"Message-ID: <{msgid}>", "MIME-Version: 1.0", *[f"{k}: {v}" for k, v in extra]]
    return "\r\n".join(lines) + "\r\n"


def b64(data: bytes) -> str:
    text = base64.b64encode(data).decode()
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def text_part(text: str, charset: str = "utf-8", subtype: str = "plain") -> str:
    return (f'Content-Type: text/{subtype}; charset="{charset}"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            f"{b64(text.encode(charset))}\r\n")


def file_part(name: str, ctype: str, data: bytes) -> str:
    """An attachment as Outlook/Coremail name it: RFC 2047 name= and RFC 2231 filename*=."""
    enc = Header(name, "utf-8").encode(linesep="\r\n")
    return (f'Content-Type: {ctype}; name="{enc}"\r\nContent-Transfer-Encoding: base64\r\n'
            f"Content-Disposition: attachment; filename*=UTF-8''{quote(name)}\r\n\r\n{b64(data)}\r\n")


def multipart(subtype: str, parts: list[str], boundary: str) -> str:
    body = "".join(f"--{boundary}\r\n{p}" for p in parts) + f"--{boundary}--\r\n"
    return (f'Content-Type: multipart/{subtype};\r\n\tboundary="{boundary}"\r\n\r\n'
            f"This is a multi-part message in MIME format.\r\n\r\n{body}")


def mail_of(header_block: str, body: str) -> bytes:
    return (header_block + body).encode("ascii")


# ---- running and reading -------------------------------------------------------------------

def deliver(mail, ctx, raw: bytes, sender: str, to: str = SERVICE) -> None:
    """SMTP to the service as the sender's server would, then passes until nothing moves."""
    mail.send(raw, sender, [to])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)


def parsed(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def cases(ctx) -> list[Case]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(Case).order_by(Case.id)).all())


def messages(ctx) -> list[Message]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(Message).order_by(Message.id)).all())


def events(ctx, case_id: str) -> list[Event]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(Event).where(Event.case_id == case_id).order_by(Event.id)).all())


def outbound(ctx) -> list[OutboundMail]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(OutboundMail).order_by(OutboundMail.id)).all())


def one_case(ctx) -> Case:
    found = cases(ctx)
    assert len(found) == 1, [(c.id, c.channel, c.unit, c.content[:40]) for c in found] or _stored(ctx)
    return found[0]


def _stored(ctx) -> list[tuple]:
    return [(m.kind, m.state, m.quarantine_reason) for m in messages(ctx)]


def nothing_lost(ctx) -> None:
    """Every stored mail ended as a case, a handled/recorded kind, or a quarantine with a Chinese reason."""
    for m in messages(ctx):
        assert m.state in ("processed", "quarantined"), (m.subject, m.state)
        if m.state == "quarantined":
            assert m.quarantine_reason and CJK.search(m.quarantine_reason.split("技术信息")[0]), m.quarantine_reason
        else:
            assert m.case_id or m.kind, (m.subject, m.kind)


def supervision_mails(mail, user: str, timeout: float = 20) -> list[email.message.EmailMessage]:
    """The 督办 mails in a unit's inbox (waits for the first)."""
    mail.delivered()
    found = [parsed(m) for m in mail.wait_for(user, 1, timeout=timeout)]
    return [m for m in found if "督办" in str(m["Subject"])]


def case_text(case: Case) -> str:
    """Everything the case stores as text: its content and its fields."""
    return case.content + "\n" + json.dumps(case.fields, ensure_ascii=False, default=str)


def digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


def expect_case(ctx, mail, *, unit: str, box: str | None, channel: str | None = None, name: str | None = None,
                phone: str | None = None, words: tuple[str, ...] = ()):
    """The one case the mail opened, as its unit and the office see it; the unit's inbox holds its 督办."""
    case = one_case(ctx)
    assert (case.unit, case.channel) == (unit, channel or case.channel), (case.unit, case.channel, case.routing)
    assert name is None or case.customer_name == name, (case.customer_name, case.content)
    assert phone is None or digits(case.customer_phone) == phone, case.customer_phone
    assert all(w in case.content for w in words), case.content
    assert box is None or supervision_mails(mail, box)
    nothing_lost(ctx)
    return case
