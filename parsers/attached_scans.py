"""The scans attached to a mail read as one document: an acceptance form, or one letter in order.

A scan-to-email mail carries the letter as one multi-page PDF, or as several images (one a
page); a clerk may attach a photo taken with a phone. Each file is read once by OCR; a
file that is a 《投诉受理单》 is returned as a form, the rest are pages of one letter in the
order their names number them (`parsers.page_order`: a clerk may attach page 3 first), else
in the order they were attached. A page that comes twice — the MFP sent it as PDF and as
JPEG, or a clerk attached it again — is one page of the letter, told by its text, not its
file's name; both files stay originals of the case. A damaged file (cut short, not what its
name says) is noted and the next one is still read; a hostile one (a bomb, an absurd size)
raises HostileInput, because then the whole mail is quarantined.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from core.errors import HostileInput, ParseError
from parsers import readings
from parsers.documents import document_kind
from parsers.form_fields import FormFields, fields_from_candidates
from parsers.mail import MailAttachment
from parsers.ocr import OcrPage, ocr_document, page_text
from parsers.page_order import page_order
from parsers.scan_form import form_candidates

SCAN_KINDS = ("image", "pdf")
FORM_MIN_FIELDS = 3  # a letter that writes "姓名：…" is not a form; a form fills several labels
SAME_PAGE = 90.0  # two pages' texts this alike (rapidfuzz ratio, 0-100) are one page read twice
_LONG_NUMBER = re.compile(r"\d{4,}")  # phones, accounts, amounts, years: pages alike but for these differ


@dataclass(frozen=True)
class ScanReading:
    """One attached file as OCR read it: its text, the form it is (if any), or why it failed."""

    filename: str
    pages: int = 0
    text: str = ""
    page_texts: tuple[str, ...] = ()  # each page's text; `text` is them joined
    form: FormFields | None = None
    error: str | None = None


def is_scan(att: MailAttachment) -> bool:
    """An image, or a PDF (read here only once it is known to have no text layer)."""
    return document_kind(att.data, att.filename, att.content_type) in SCAN_KINDS


def read_scans(attachments: tuple[MailAttachment, ...] | list[MailAttachment], *,
               time_limit: float = 60.0) -> tuple[ScanReading, ...]:
    """Every scan among the attachments, in page order; HostileInput stops the whole mail.

    Under `serve` all of them are asked of the reading pool at once, read side by side."""
    ordered = [attachments[i] for i in page_order([a.filename for a in attachments])]
    readings.prefetch([readings.Job(readings.OCR, a.data, a.filename, time_limit) for a in ordered])
    return tuple(read_scan(att, time_limit=time_limit) for att in ordered)


def read_scan(att: MailAttachment, *, time_limit: float = 60.0) -> ScanReading:
    try:
        pages = ocr_document(att.data, att.filename, time_limit=time_limit)
    except HostileInput:
        raise
    except ParseError as exc:
        return ScanReading(att.filename, error=exc.reason)
    form = scan_form(pages)
    texts = [page_text(page) for page in pages]
    longest = max((len(line) for text in texts for line in text.split("\n")), default=0)
    unwrapped = tuple(unwrap(t, longest) for t in texts)
    return ScanReading(att.filename, pages=len(pages), text="\n\n".join(unwrapped).strip(),
                       page_texts=unwrapped, form=form)


def scan_form(pages: tuple[OcrPage, ...]) -> FormFields | None:
    """The acceptance form these pages show, or None when they are a letter."""
    candidates = [c for page in pages for c in form_candidates(page.boxes)]
    form = fields_from_candidates(candidates, source_kind="scan")
    filled = len(form.fields)
    if form.get("content") and filled >= FORM_MIN_FIELDS - 1 or filled >= FORM_MIN_FIELDS + 1:
        return form
    return None


def letter_text(readings: tuple[ScanReading, ...]) -> str:
    """The letter the scans make together: their pages in the order read, each page once."""
    pages = distinct_pages(page for r in readings if r.form is None for page in r.page_texts)
    return "\n\n".join(pages).strip()


def distinct_pages(texts: Iterable[str]) -> list[str]:
    """The pages, a page whose text is near-identical to one before it left out: the same
    sheet read from two files (PDF and JPEG) or twice, whatever OCR made of it each time
    ("，" here, "," there). A page alike but for its long numbers (another signer's phone
    on the same typed letter) is a page of its own."""
    kept: list[str] = []
    seen: list[str] = []
    for text in texts:
        compact = "".join(unicodedata.normalize("NFKC", text).split())
        if compact and not _read_before(compact, seen):
            kept.append(text)
            seen.append(compact)
    return kept


def _read_before(compact: str, seen: list[str]) -> bool:
    numbers = _LONG_NUMBER.findall(compact)
    alike = process.extract(compact, seen, scorer=fuzz.ratio, score_cutoff=SAME_PAGE, limit=None)
    return any(_LONG_NUMBER.findall(other) == numbers for other, _, _ in alike)


_SENTENCE_END = tuple("。！？!?；;：:…”’」』)）")
FULL_LINE = 0.8  # a line this long (of the page's longest) ran into the margin: the text goes on


def unwrap(text: str, longest: int | None = None) -> str:
    """A page's OCR lines with the printed line wrap taken out: a line that runs to the right
    margin without ending its sentence goes on in the next line ("让我去别" + "的网点。").
    Short lines (a greeting, a signature, a date) stay lines of their own, so sentences are
    whole when the letter's request and content are read from them. `longest` is the longest
    line of the whole document: a last page holding only the signature has no full line."""
    lines = text.split("\n")
    longest = longest or max((len(line) for line in lines), default=0)
    out: list[str] = []
    printed = ""  # the previous line as printed: a joined paragraph is long, its last line need not be
    for line in lines:
        if (out and out[-1] and line.strip() and len(printed) >= FULL_LINE * longest
                and not printed.rstrip().endswith(_SENTENCE_END)):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
        printed = line
    return "\n".join(out)
