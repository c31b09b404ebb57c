"""Read a form in another word processor's format by letting LibreOffice convert it to .docx:
Word 97-2003 (.doc, and WPS Writer's .wps, the same OLE2 container), RTF and OpenDocument
text (.odt) — what older Word, WPS in its default settings and LibreOffice save.

LibreOffice is optional: without `soffice` on the PATH the form is refused with a reason
the sender can act on. Conversions run headless in a scratch directory with their own
user profile (so they never collide with a desktop session) and a timeout.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from core.errors import ParseError
from parsers import readings
from parsers.docx_form import parse_docx_form
from parsers.form_fields import FormFields
from parsers.safety import DEFAULT_LIMITS, Limits, check_document_size, check_zip_package

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"  # the first, stored member of an .odt
CONVERT_TIMEOUT = 120.0  # seconds; a first start with a fresh profile takes a while
NO_LIBREOFFICE = "legacy .doc: install LibreOffice or resend as .docx"


def parse_doc_form(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> FormFields:
    """The acceptance-form fields of a .doc/.wps, .rtf or .odt (via LibreOffice), source kind "doc"."""
    check_document_size(data, limits)
    if source_suffix(data) is None:
        raise ParseError("not a Word 97-2003, RTF or OpenDocument text document")
    if source_suffix(data) == ".odt":
        check_zip_package(data, limits).close()  # a bomb is refused before LibreOffice opens it
    if shutil.which("soffice") is None:
        raise ParseError(NO_LIBREOFFICE)
    docx_bytes = readings.read(readings.Job(readings.DOC, data, "form.doc", CONVERT_TIMEOUT),
                               lambda: doc_to_docx(data))
    return parse_docx_form(docx_bytes, source_kind="doc", limits=limits)


def doc_to_docx(data: bytes, timeout: float = CONVERT_TIMEOUT) -> bytes:
    """The .docx LibreOffice makes of a .doc (seconds: under `serve` the reading pool runs it)."""
    with tempfile.TemporaryDirectory(prefix="complaints-doc-") as scratch:
        source = Path(scratch) / f"form{source_suffix(data) or '.doc'}"
        source.write_bytes(data)
        converted = convert_documents([source], "docx", Path(scratch) / "out", timeout)
        if not converted[0].exists():
            raise ParseError("legacy .doc: LibreOffice could not convert it (damaged or "
                             "password-protected?); ask for a .docx")
        return converted[0].read_bytes()


def source_suffix(data: bytes) -> str | None:
    """".doc" (OLE2: Word 97-2003, WPS Writer), ".rtf" or ".odt" by the bytes, or None."""
    if data.startswith(OLE2_MAGIC):
        return ".doc"
    if data.lstrip()[:5] == RTF_MAGIC:
        return ".rtf"
    if data.startswith(b"PK\x03\x04") and data[30:38] == b"mimetype" and ODT_MIMETYPE in data[38:38 + 60]:
        return ".odt"
    return None


def convert_documents(
    sources: Sequence[Path], target: str, outdir: Path, timeout: float = CONVERT_TIMEOUT
) -> list[Path]:
    """Convert files with `soffice --headless --convert-to TARGET`; returns the output paths
    (which do not exist for files LibreOffice could not convert)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise ParseError(NO_LIBREOFFICE)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="complaints-soffice-profile-") as profile:
        command = [
            soffice, f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless", "--norestore", "--nolockcheck", "--nodefault",
            "--convert-to", target, "--outdir", str(outdir), *map(str, sources),
        ]
        _run_bounded(command, timeout, env={**os.environ, "HOME": profile})
    suffix = target.split(":", 1)[0]
    return [outdir / f"{Path(s).stem}.{suffix}" for s in sources]


def _run_bounded(command: list[str], timeout: float, env: dict[str, str]) -> None:
    """Run LibreOffice in its own process group; on timeout the whole group is killed."""
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise ParseError(f"LibreOffice did not finish converting within {timeout:.0f} s"
                         ) from exc
