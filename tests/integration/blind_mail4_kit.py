"""Builders for the fourth round of blind mail tests (issue 12): a WeChat chat screenshot as a
phone saves it, a 12378 hotline work order as an .xlsx (one row, a real date cell), an S/MIME
detached signature as Outlook writes multipart/signed, and the 督办单 .docx filled in by a unit.

Written from how those programs write their files and mail, not from the parsers.
"""

from __future__ import annotations

import datetime as dt
import io

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFont

from tests.integration.blind_mail_kit import SC_FACE, b64

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# ---- a chat screenshot -------------------------------------------------------------------------

def chat_screenshot(title: str, bubbles: list[tuple[str, list[str]]], *, width: int = 1080) -> bytes:
    """A WeChat conversation as an Android phone screenshots it: status bar, a title bar, grey
    background, the other side's bubbles white on the left, ours green on the right. `bubbles`
    is (side, lines) with side "in" or "out"."""
    font = ImageFont.truetype(SANS, 42, index=SC_FACE)
    small = ImageFont.truetype(SANS, 34, index=SC_FACE)
    line_h = 62
    height = 260 + sum(len(lines) * line_h + 90 for _, lines in bubbles) + 200
    page = Image.new("RGB", (width, height), (237, 237, 237))
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, width, 70), fill=(237, 237, 237))
    draw.text((40, 12), "10:42", fill=(0, 0, 0), font=small)
    draw.text((width - 160, 12), "86%", fill=(0, 0, 0), font=small)
    draw.rectangle((0, 70, width, 200), fill=(237, 237, 237))
    draw.text((width // 2 - draw.textlength(title, font=font) // 2, 105), title, fill=(20, 20, 20), font=font)
    draw.line((0, 200, width, 200), fill=(215, 215, 215), width=2)
    y = 250
    for side, lines in bubbles:
        text_w = max(draw.textlength(line, font=font) for line in lines)
        box_w, box_h = int(text_w) + 60, len(lines) * line_h + 40
        if side == "in":
            draw.rectangle((40, y, 130, y + 90), fill=(120, 160, 200))          # avatar
            x0, colour = 160, (255, 255, 255)
        else:
            draw.rectangle((width - 130, y, width - 40, y + 90), fill=(90, 150, 90))
            x0, colour = width - 160 - box_w, (149, 236, 105)
        draw.rounded_rectangle((x0, y, x0 + box_w, y + box_h), radius=12, fill=colour)
        for k, line in enumerate(lines):
            draw.text((x0 + 30, y + 18 + k * line_h), line, fill=(25, 25, 25), font=font)
        y += box_h + 50
    out = io.BytesIO()
    page.save(out, "PNG")
    return out.getvalue()


# ---- a hotline work order in Excel ---------------------------------------------------------------

def work_order_xlsx(title: str, header: list[str], row: list) -> bytes:
    """A one-row work order exported from the hotline's system: a merged title row, a bold
    header row, the values (a real datetime cell for the time, formatted yyyy-mm-dd hh:mm)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "工单"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(header)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    sheet.append(row)
    for cell in sheet[3]:
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "yyyy-mm-dd hh:mm"
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ---- S/MIME ----------------------------------------------------------------------------------

def smime_signed(inner: str, signer: str, boundary: str) -> str:
    """multipart/signed as Outlook sends a signed mail: the inner MIME entity byte for byte as
    signed, then application/pkcs7-signature (a detached CMS signature over those bytes, by a
    self-issued certificate for `signer`)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, signer),
                      x509.NameAttribute(NameOID.EMAIL_ADDRESS, signer)])
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(20261203).not_valid_before(now).not_valid_after(now + dt.timedelta(days=730))
            .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(signer)]), critical=False)
            .sign(key, hashes.SHA256()))
    signature = (pkcs7.PKCS7SignatureBuilder().set_data(inner.encode("ascii"))
                 .add_signer(cert, key, hashes.SHA256())
                 .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature]))
    sig_part = ('Content-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
                'Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="smime.p7s"\r\n'
                f'Content-Description: S/MIME Cryptographic Signature\r\n\r\n{b64(signature)}\r\n')
    return (f'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;\r\n'
            f'\tboundary="{boundary}"\r\n\r\nThis is a cryptographically signed message in MIME format.\r\n\r\n'
            f"--{boundary}\r\n{inner}\r\n--{boundary}\r\n{sig_part}--{boundary}--\r\n")


# ---- the 督办单 filled in by the unit --------------------------------------------------------------

def fill_feedback(form: bytes, feedback: str) -> bytes:
    """The unit's clerk opens the 督办单 in Word and types into the cell beside (or below)
    处理情况反馈, as a person fills a form."""
    doc = Document(io.BytesIO(form))
    for table in doc.tables:
        for r, row in enumerate(table.rows):
            cells = row.cells
            for i, cell in enumerate(cells):
                if "处理情况" in cell.text:
                    after = [c for c in cells[i + 1:] if c._tc is not cell._tc]
                    target = after[0] if after else table.rows[r + 1].cells[i] if r + 1 < len(table.rows) else None
                    if target is None:
                        continue
                    target.text = feedback
                    out = io.BytesIO()
                    doc.save(out)
                    return out.getvalue()
    raise AssertionError("no 处理情况反馈 cell in the 督办单: " + " | ".join(
        c.text for t in doc.tables for row in t.rows for c in row.cells))
