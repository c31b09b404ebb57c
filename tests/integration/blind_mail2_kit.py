"""Builders for the second round of blind mail tests (issue 12): documents in the carriers a
branch really gets (Word 97, WPS, RTF, ODT, a zip from Windows, a PDF printed from WPS, an
Outlook winmail.dat, a phone photo of a printed form) and raw header blocks as odd clients write
them. Written from how those programs produce their files, not from the parsers.

The acceptance form is the province's 《客户投诉受理单》 as a Word table with merged cells and
☑/□ boxes for the channel and the business; LibreOffice (which the project needs anyway)
turns the .docx into the older formats and the PDF, once per test session.
"""

from __future__ import annotations

import base64
import io
import os
import struct
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.integration.blind_mail_kit import SC_FACE, SERIF

SYMBOLS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CHANNELS = ("电话", "信函", "来访", "网络", "其他")
BUSINESSES = ("存款", "银行卡", "贷款", "理财", "信用卡", "其他")


@dataclass(frozen=True)
class Form:
    """One filled-in 《客户投诉受理单》 as the province's call centre types it."""

    number: str
    accepted: str          # 受理时间 as typed, e.g. "2026年12月1日 15:40"
    name: str
    phone: str
    unit: str              # 被投诉单位 as typed (or the ☑ line of a unit list)
    content: str
    request: str
    channel: str = "电话"
    business: str = "银行卡"
    taker: str = "李静"

    def rows(self) -> list[tuple[str, ...]]:
        """Label/value rows; a 2-tuple row is one label over three merged value cells."""
        boxes = lambda options, chosen: "  ".join(("☑" if o == chosen else "□") + o for o in options)  # noqa: E731
        return [("受理编号", self.number, "受理时间", self.accepted),
                ("客户姓名", self.name, "联系电话", self.phone),
                ("投诉渠道", boxes(CHANNELS, self.channel)),
                ("被投诉单位", self.unit),
                ("业务类别", boxes(BUSINESSES, self.business)),
                ("投诉内容", self.content),
                ("客户诉求", self.request),
                ("受理人", self.taker, "受理部门", "省分行客户服务中心")]


def _cjk(run, size: float = 10.5, bold: bool = False) -> None:
    run.font.size, run.font.bold = Pt(size), bold
    run.font.name = "宋体"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")


def form_docx(form: Form) -> bytes:
    """The form as Word writes it: a title, a 4-column grid table, merged value cells."""
    doc = Document()
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _cjk(title.add_run("客户投诉受理单"), 16, True)
    rows = form.rows()
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        if len(row) == 2:
            cells[1].merge(cells[3])
        for c, text in enumerate(row):
            _cjk(cells[c].paragraphs[0].add_run(text), bold=(c % 2 == 0))
    doc.add_paragraph()
    _cjk(doc.add_paragraph().add_run("（本单一式两份，受理部门、承办单位各执一份）"), 9)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@lru_cache(maxsize=None)
def converted(docx: bytes, target: str) -> bytes:
    """`docx` saved by LibreOffice as `target` (doc, rtf, odt, pdf); a private profile so that
    it never meets another soffice of this machine."""
    profile = Path(tempfile.gettempdir()) / f"blind2-lo-{os.getpid()}"
    with tempfile.TemporaryDirectory() as work:
        src = Path(work) / "受理单.docx"
        src.write_bytes(docx)
        filters = {"doc": "doc:MS Word 97", "rtf": "rtf:Rich Text Format", "odt": "odt", "pdf": "pdf:writer_pdf_Export"}
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", filters[target], "--outdir", work, str(src)],
                       check=True, capture_output=True, timeout=240)
        return (Path(work) / f"受理单.{target}").read_bytes()


def windows_zip(name: str, data: bytes) -> bytes:
    """A zip from Windows' 'Send to → Compressed folder': the member's name in CP936, no UTF-8 flag."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("tmp", date_time=(2026, 12, 1, 16, 5, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
    return _rename_member(out.getvalue(), b"tmp", name.encode("cp936"))


def _rename_member(raw: bytes, old: bytes, new: bytes) -> bytes:
    """Rebuild a one-member zip with the member's name bytes replaced (flag bit 11 stays off)."""
    local = raw.index(b"PK\x03\x04")
    central = raw.index(b"PK\x01\x02")
    end = raw.index(b"PK\x05\x06")
    lh = bytearray(raw[local:local + 30])
    struct.pack_into("<H", lh, 26, len(new))
    body = raw[local + 30 + len(old):central]
    ch = bytearray(raw[central:central + 46])
    struct.pack_into("<H", ch, 28, len(new))
    struct.pack_into("<I", ch, 42, 0)
    central_rest = raw[central + 46 + len(old):end]
    new_local = bytes(lh) + new + body
    new_central = bytes(ch) + new + central_rest
    eocd = bytearray(raw[end:])
    struct.pack_into("<I", eocd, 12, len(new_central))
    struct.pack_into("<I", eocd, 16, len(new_local))
    return new_local + new_central + bytes(eocd)


# ---- Outlook's winmail.dat -------------------------------------------------------------------

def _tnef_attr(level: int, attr: int, data: bytes) -> bytes:
    return struct.pack("<BII", level, attr, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def _mapi_string(prop_type: int, prop_id: int, text: bytes) -> bytes:
    pad = (-len(text)) % 4
    return struct.pack("<HHII", prop_type, prop_id, 1, len(text)) + text + b"\0" * pad


def winmail_dat(name: str, data: bytes, subject: str) -> bytes:
    """A TNEF stream as Outlook sends it when the message is in Rich Text format: the message
    class, the OEM code page 936, and the attachment with its 8.3 title and long Unicode name."""
    short = ("~" + name[-8:]).encode("cp936", "replace")
    props = (struct.pack("<I", 3)
             + _mapi_string(0x001F, 0x3707, (name + "\0").encode("utf-16-le"))      # PR_ATTACH_LONG_FILENAME
             + _mapi_string(0x001E, 0x3703, b"." + name.rsplit(".", 1)[1].encode() + b"\0")  # PR_ATTACH_EXTENSION
             + _mapi_string(0x001E, 0x370E, b"application/vnd.openxmlformats-officedocument."
                                            b"wordprocessingml.document\0"))     # PR_ATTACH_MIME_TAG
    return (struct.pack("<IH", 0x223E9F78, 0x0A1B)
            + _tnef_attr(1, 0x00089006, struct.pack("<I", 0x00010000))                # attTnefVersion
            + _tnef_attr(1, 0x00069007, struct.pack("<II", 936, 0))                   # attOemCodepage
            + _tnef_attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\0")                 # attMessageClass
            + _tnef_attr(1, 0x00018004, subject.encode("cp936") + b"\0")              # attSubject
            + _tnef_attr(2, 0x00069002, struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0xFFFF, 0xFFFF, 0))  # attAttachRendData
            + _tnef_attr(2, 0x00018010, short + b"\0")                                # attAttachTitle
            + _tnef_attr(2, 0x0006800F, data)                                         # attAttachData
            + _tnef_attr(2, 0x00069005, props))                                       # attAttachment


# ---- a printed form, as a picture --------------------------------------------------------------

def form_picture(form: Form, *, dpi: int = 150) -> Image.Image:
    """The printed form as the page looks: a ruled table, labels and values in a CJK serif."""
    width, height = int(8.27 * dpi), int(7.0 * dpi)
    page = Image.new("RGB", (width, height), (250, 250, 247))
    draw = ImageDraw.Draw(page)
    big = ImageFont.truetype(SERIF, int(dpi * 18 / 72), index=SC_FACE)
    font = ImageFont.truetype(SERIF, int(dpi * 11 / 72), index=SC_FACE)
    draw.text((width // 2 - int(dpi * 1.3), int(dpi * 0.4)), "客户投诉受理单", fill=(20, 20, 20), font=big)
    left, top, right = int(dpi * 0.6), int(dpi * 1.0), width - int(dpi * 0.6)
    cols = [left, left + int(dpi * 1.2), left + int(dpi * 3.6), left + int(dpi * 4.8), right]
    row_h = int(dpi * 0.55)
    y = top
    for row in form.rows():
        tall = 2 if row[0] in ("投诉内容",) else 1
        h = row_h * tall
        draw.rectangle((left, y, right, y + h), outline=(30, 30, 30), width=2)
        edges = cols[1:-1] if len(row) == 4 else cols[1:2]
        for x in edges:
            draw.line((x, y, x, y + h), fill=(30, 30, 30), width=2)
        for i, text in enumerate(row):
            x0 = cols[i] + 8 if len(row) == 4 else cols[0 if i == 0 else 1] + 8
            room = (cols[i + 1] if len(row) == 4 else (cols[1] if i == 0 else right)) - x0 - 8
            _fill(draw, (x0, y + 10), text, font, room)
        y += h
    return page


def _fill(draw: ImageDraw.ImageDraw, at: tuple[int, int], text: str, font, room: int) -> None:
    """Text wrapped at `room` pixels, as Word wraps a long value in its cell; ☑ comes from a
    symbol font, as Word takes it from one when the CJK font lacks it."""
    symbols = ImageFont.truetype(SYMBOLS, font.size)
    x, y = at
    for ch in text:
        face = symbols if ch in "☑☒" else font
        step = draw.textlength(ch, font=face)
        if x + step > at[0] + room:
            x, y = at[0], y + int(font.size * 1.3)
        draw.text((x, y), ch, fill=(15, 15, 15), font=face)
        x += step


def phone_photo(page: Image.Image) -> bytes:
    """The page photographed with a phone on a desk: a perspective, a soft shadow across one
    corner, some blur, a warm desk around it, saved as a phone's JPEG (4:3)."""
    w, h = page.size
    canvas = Image.new("RGB", (int(w * 1.15), int(h * 1.2)), (122, 98, 74))
    canvas.paste(page, (int(w * 0.07), int(h * 0.1)))
    cw, ch = canvas.size
    # the phone leans: the far edge is narrower (a mild keystone)
    coeffs = _perspective([(0, 0), (cw, 0), (cw, ch), (0, ch)],
                          [(cw * 0.04, ch * 0.02), (cw * 0.97, 0), (cw, ch), (0, ch * 0.99)])
    photo = canvas.transform((cw, ch), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(122, 98, 74))
    shade = Image.linear_gradient("L").resize((cw, ch)).rotate(35, expand=False, fillcolor=255)
    shade = shade.point(lambda v: 185 + v * 70 // 255).filter(ImageFilter.GaussianBlur(cw / 12))
    photo = Image.composite(photo, Image.new("RGB", (cw, ch), (0, 0, 0)), shade)
    photo = photo.filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=85)
    return out.getvalue()


def _perspective(src, dst) -> list[float]:
    """Coefficients for Image.transform mapping output points `src` to input points `dst`."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(src, dst):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return list(np.linalg.solve(np.array(rows, float), np.array(rhs, float)))


def png_of(page: Image.Image) -> bytes:
    out = io.BytesIO()
    page.save(out, "PNG")
    return out.getvalue()


# ---- transfer encodings as odd clients write them ----------------------------------------------

def qp_soft_broken(text: str, width: int = 40) -> str:
    """Quoted-printable of UTF-8 text with soft breaks every `width` characters of output, even
    between the bytes of one character (some webmail encoders count bytes, not characters)."""
    encoded = "".join(chr(b) if 33 <= b <= 126 and b != 61 else f"={b:02X}" for b in text.encode())
    encoded = encoded.replace("=0D=0A", "\r\n")
    lines = []
    for para in encoded.split("\r\n"):
        while len(para) > width:
            cut = width
            while para[cut - 1] == "=" or para[cut - 2] == "=":  # never cut inside one =XX
                cut -= 1
            lines.append(para[:cut] + "=")
            para = para[cut:]
        lines.append(para)
    return "\r\n".join(lines)


def b64_ragged(data: bytes) -> str:
    """Base64 in lines of uneven lengths (57, 60, 73, 3 …), as a broken gateway rewraps it."""
    text = base64.b64encode(data).decode()
    widths, out, i, k = (57, 60, 73, 3, 64, 71), [], 0, 0
    while i < len(text):
        out.append(text[i:i + widths[k % len(widths)]])
        i += widths[k % len(widths)]
        k += 1
    return "\r\n".join(out)
