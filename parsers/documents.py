"""One entry point for an acceptance form in any file format: pick the reader, read it.

The file's own bytes (magic numbers) decide the format; the name and the declared content
type only break ties, because senders rename files and mail clients guess types. A PDF
without text and every image go to OCR (`parsers.scan_form`).
"""

from __future__ import annotations

import io
import zipfile

from core.errors import ParseError
from parsers.doc_legacy import parse_doc_form, source_suffix
from parsers.docx_form import parse_docx_form
from parsers.form_fields import FormFields
from parsers.pdf_form import NoTextLayer, parse_pdf_form
from parsers.safety import DEFAULT_LIMITS, Limits, check_document_size
from parsers.scan_form import parse_scan_form
from parsers.xlsx_form import parse_xlsx_form

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
KIND_BY_SUFFIX = {  # "doc": what LibreOffice converts (Word 97-2003, WPS Writer, RTF, OpenDocument text)
    ".docx": "docx", ".doc": "doc", ".wps": "doc", ".rtf": "doc", ".odt": "doc", ".pdf": "pdf",
    ".xlsx": "xlsx", ".jpg": "image", ".jpeg": "image", ".png": "image", ".tif": "image", ".tiff": "image",
}
KIND_BY_TYPE = {
    DOCX_TYPE: "docx", XLSX_TYPE: "xlsx", "application/msword": "doc", "application/pdf": "pdf",
    "application/rtf": "doc", "text/rtf": "doc", "application/vnd.oasis.opendocument.text": "doc",
    "application/kswps": "doc", "application/wps-office.wps": "doc",
    "image/jpeg": "image", "image/pjpeg": "image", "image/png": "image", "image/tiff": "image",
}
MAGIC = (
    (b"%PDF-", "pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),
    (b"\xff\xd8\xff", "image"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
)


class NeedsOcr(ParseError):
    """The file is a scan (an image, a PDF without text) and the caller asked not to OCR it."""


def parse_form_document(data: bytes, filename: str, content_type: str = "",
                        *, limits: Limits = DEFAULT_LIMITS, ocr: bool = True) -> FormFields:
    """The acceptance-form fields of an attachment; ParseError (or HostileInput) if not.

    With `ocr=False` a scan raises NeedsOcr instead of being read, so a caller that reads
    scans as letters too (complaints.intake) reads each page once."""
    check_document_size(data, limits)
    kind = document_kind(data, filename, content_type)
    if kind == "docx":
        return parse_docx_form(data, limits=limits)
    if kind == "xlsx":
        return parse_xlsx_form(data, limits=limits)
    if kind == "doc":
        return parse_doc_form(data, limits=limits)
    if kind == "pdf":
        try:
            return parse_pdf_form(data, limits=limits)
        except NoTextLayer:
            return _parse_scan(data, filename, ocr)
    if kind == "image":
        return _parse_scan(data, filename, ocr)
    raise ParseError(f"{filename or 'attachment'}: unsupported file type for an acceptance "
                     "form (send .docx, .doc, .wps, .rtf, .odt, .xlsx, .pdf, .jpg, .png or .tif)")


def _parse_scan(data: bytes, filename: str, ocr: bool = True) -> FormFields:
    if not ocr:
        raise NeedsOcr(f"{filename or 'attachment'}: a scan, to be read by OCR")
    return parse_scan_form(data, filename)


def document_kind(data: bytes, filename: str = "", content_type: str = "") -> str | None:
    """"docx", "xlsx", "doc", "pdf", "image" or None, from the bytes first, then name, then type."""
    head = data[:1024]
    for magic, kind in MAGIC:
        if head.startswith(magic) or (kind == "pdf" and magic in head):
            return kind
    if source_suffix(data) is not None:  # Word 97-2003 / WPS, RTF, OpenDocument text
        return "doc"
    if head.startswith(b"PK\x03\x04"):
        return _package_kind(data, _kind_from_name(filename, content_type))
    # Unknown bytes: the reader the name asks for will say precisely what is wrong.
    return _kind_from_name(filename, content_type)


def _package_kind(data: bytes, named: str | None) -> str | None:
    """A zip is a .docx when it holds a word/ part, an .xlsx when it holds an xl/ part (read
    from the directory only); a broken one goes to the reader its name asks for, else docx's."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = package.namelist()
    except zipfile.BadZipFile:
        return "xlsx" if named == "xlsx" else "docx"  # that reader says what is wrong with it
    for prefix, kind in (("word/", "docx"), ("xl/", "xlsx")):
        if any(n.startswith(prefix) for n in names):
            return kind
    return None


def _kind_from_name(filename: str, content_type: str) -> str | None:
    suffix = "." + filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    mime = content_type.split(";", 1)[0].strip().lower()
    return KIND_BY_SUFFIX.get(suffix) or KIND_BY_TYPE.get(mime)


def is_form_attachment(filename: str, content_type: str = "") -> bool:
    """Could this attachment be an acceptance form (by its name or declared type)?"""
    return _kind_from_name(filename or "", content_type or "") is not None
