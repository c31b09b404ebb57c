"""Checks run before an untrusted attachment is opened, so a hostile file is refused cheaply.

A .docx is a zip of XML parts: it is checked from its central directory (sizes, ratios,
names) before anything is inflated, and its XML parts are refused if they declare a DTD
or entities. Every refusal is a `HostileInput` whose reason a clerk can read.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import struct
import threading
import unicodedata
import zipfile
import zlib
from collections import OrderedDict
from dataclasses import dataclass

from core.errors import HostileInput


@dataclass(frozen=True)
class Limits:
    """Ceilings for untrusted documents; the defaults fit real forms by a wide margin."""

    max_document_bytes: int = 50 * 1024 * 1024
    max_members: int = 1000
    max_total_inflated: int = 200 * 1024 * 1024
    max_member_inflated: int = 100 * 1024 * 1024
    max_ratio: int = 200  # inflated / compressed, for members above ratio_floor
    ratio_floor: int = 1024 * 1024
    max_xml_part: int = 50 * 1024 * 1024
    max_image_pixels: int = 90_000_000  # about Pillow's MAX_IMAGE_PIXELS
    max_image_side: int = 30_000


DEFAULT_LIMITS = Limits()

ARCHIVE_SUFFIXES = (".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".cab", ".jar")
ARCHIVE_MAGIC = (b"PK\x03\x04", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"MSCF")
# Office packages may embed objects (an Excel sheet in a Word form); they are never opened.
EMBEDDED_PREFIXES = ("word/embeddings/", "xl/embeddings/", "ppt/embeddings/")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def check_document_size(data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a document larger than any real acceptance form."""
    if len(data) > limits.max_document_bytes:
        raise HostileInput(
            f"document is {len(data) // (1024 * 1024)} MB, more than the "
            f"{limits.max_document_bytes // (1024 * 1024)} MB a form can be"
        )


def check_zip_package(data: bytes, limits: Limits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """Open a zip package (.docx) after checking its directory; returns the open ZipFile.

    Checks member count, names, declared sizes and compression ratios, then nested
    archives and DTDs in XML parts. Raises HostileInput; a broken zip is a HostileInput
    only when it is hostile, otherwise the caller's ParseError handles it.
    """
    check_document_size(data, limits)
    package = zipfile.ZipFile(io.BytesIO(data))
    members = package.infolist()
    if len(members) > limits.max_members:
        raise HostileInput(f"package has {len(members)} parts, more than {limits.max_members}")
    total = 0
    for info in members:
        check_member_name(info.filename)
        check_member_size(info, limits)
        total += info.file_size
        if total > limits.max_total_inflated:
            raise HostileInput(
                f"package inflates to more than {limits.max_total_inflated // (1024 * 1024)} MB "
                "(a zip bomb)"
            )
    for info in members:
        if info.filename.lower().endswith((".xml", ".rels")):
            _check_xml_member(package, data, info, limits)
        else:
            check_not_archive(package, info)
    return package


def _check_xml_member(package: zipfile.ZipFile, stored: bytes, info: zipfile.ZipInfo, limits: Limits) -> None:
    """`check_not_archive` then `check_xml_part`, inflating the member once instead of twice,
    and not at all when the very same stored member has passed before (`DigestMemo`)."""
    digest = stored_member_digest(stored, info, limits.max_xml_part)
    if digest is not None and _PASSED_XML.get(digest):
        return
    try:
        data = package.read(info)
    except Exception:
        check_not_archive(package, info)  # what the member's head would have told first
        raise
    _check_not_archive_head(info, data[:8] if info.file_size >= 4 else None)
    check_xml_part(info.filename, data, limits)
    if digest is not None:
        _PASSED_XML.put(digest, True)


class DigestMemo:
    """What was found out about stored zip members, by their digest; bounded, least recently
    used out, safe across threads.

    Forms from one sender's template carry the same styles, theme, settings and package
    parts; a member stored byte for byte as one already read reads the same again, so what
    was learnt from it (it passed the checks, it names the main part) holds without
    inflating it. Failures are never remembered: they are found out again each time.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._values: OrderedDict[bytes, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, digest: bytes) -> object | None:
        with self._lock:
            if digest not in self._values:
                return None
            self._values.move_to_end(digest)
            return self._values[digest]

    def put(self, digest: bytes, value: object) -> None:
        with self._lock:
            self._values[digest] = value
            self._values.move_to_end(digest)
            if len(self._values) > self._size:
                self._values.popitem(last=False)


_PASSED_XML = DigestMemo(1024)  # XML members that passed the checks (styles alone: ~800 KB)
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, ..., name length, extra length


def stored_member_digest(stored: bytes, info: zipfile.ZipInfo, *context: object) -> bytes | None:
    """SHA-256 of all that decides what reading a member gives: its directory entry as
    zipfile reads it, its local header and compressed bytes, and the caller's `context`
    (a limit, say); None if the member cannot be located in `stored`."""
    start = info.header_offset
    if start < 0 or start + _LOCAL_HEADER.size > len(stored):
        return None
    signature, name_length, extra_length = _LOCAL_HEADER.unpack_from(stored, start)
    end = start + _LOCAL_HEADER.size + name_length + extra_length + info.compress_size
    if signature != zipfile.stringFileHeader or end > len(stored):
        return None
    entry = (info.filename, info.flag_bits, info.compress_type, info.CRC, info.compress_size,
             info.file_size, context)
    digest = hashlib.sha256(repr(entry).encode("utf-8", "surrogatepass"))
    digest.update(memoryview(stored)[start:end])
    return digest.digest()


def check_member_name(name: str) -> None:
    """Refuse absolute paths, `..` segments and control characters in a member name."""
    if _CONTROL.search(name):
        raise HostileInput(f"package part name {name!r} contains control characters")
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in parts:
        raise HostileInput(f"package part name {name!r} points outside the package")


def check_member_size(info: zipfile.ZipInfo, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse one member whose declared inflated size or ratio is absurd."""
    if info.file_size > limits.max_member_inflated:
        raise HostileInput(
            f"package part {info.filename!r} inflates to {info.file_size // (1024 * 1024)} MB "
            "(a zip bomb)"
        )
    if info.file_size > limits.ratio_floor:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            raise HostileInput(
                f"package part {info.filename!r} is compressed {ratio:.0f}:1 (a zip bomb)"
            )


def check_not_archive(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse an archive inside the package (except Office embedded objects, never opened)."""
    name = info.filename.lower()
    if name.startswith(EMBEDDED_PREFIXES) or info.is_dir():
        return
    if name.endswith(ARCHIVE_SUFFIXES):
        raise HostileInput(f"package contains another archive ({info.filename!r})")
    if info.file_size >= 4:
        with package.open(info) as member:
            head = member.read(8)
        _check_not_archive_head(info, head)


def _check_not_archive_head(info: zipfile.ZipInfo, head: bytes | None) -> None:
    """The rest of `check_not_archive`, given the member's first bytes (None: too small to read)."""
    name = info.filename.lower()
    if name.startswith(EMBEDDED_PREFIXES) or info.is_dir():
        return
    if name.endswith(ARCHIVE_SUFFIXES):
        raise HostileInput(f"package contains another archive ({info.filename!r})")
    if head is not None and head.startswith(ARCHIVE_MAGIC):
        raise HostileInput(f"package contains another archive ({info.filename!r})")


def check_xml_part(name: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse XML that declares a DTD or entities (billion laughs, external entities)."""
    if len(data) > limits.max_xml_part:
        raise HostileInput(f"XML part {name!r} is larger than any real form needs")
    if _may_declare(data) and _DTD.search(_xml_text(data)):
        raise HostileInput(
            f"XML part {name!r} declares a DTD or entities, which a real document never "
            "does (entity expansion / external entity attack)"
        )


def _may_declare(data: bytes) -> bool:
    """False when no decoding of `data` can contain "<!": saves decoding a large clean part.

    UTF-8 decoding (errors replaced) keeps every ASCII byte as that character, so without
    the bytes "<!" the text has no "<!" either; UTF-16/32 texts are always decoded.
    """
    # "!" alone is searched with memchr, many times faster than "<!" in a part full of "<".
    return (b"!" in data and b"<!" in data) or data[:4] in (b"<\x00?\x00", b"\x00<\x00?") or data.startswith(
        (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))


def _xml_text(data: bytes) -> str:
    """Decode XML for the DTD check, honouring a UTF-16/32 byte order mark."""
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        return data.decode("utf-16-le" if data[0] == 0x3C else "utf-16-be", errors="replace")
    return data.decode("utf-8", errors="replace")


def check_image_size(width: int, height: int, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse an image whose dimensions would take absurd memory to decode."""
    if width <= 0 or height <= 0:
        raise HostileInput(f"image claims a size of {width}×{height} pixels")
    if width > limits.max_image_side or height > limits.max_image_side:
        raise HostileInput(
            f"image is {width}×{height} pixels; a side over {limits.max_image_side} is no scan"
        )
    if width * height > limits.max_image_pixels:
        raise HostileInput(
            f"image is {width}×{height} = {width * height:,} pixels, more than "
            f"{limits.max_image_pixels:,} (a decompression bomb)"
        )


def sanitize_filename(name: str, default: str = "attachment") -> str:
    """An attachment name safe to show and store: no directories, controls or reserved marks."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _CONTROL.sub("", name)
    name = re.sub(r'[<>:"|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]', "_", name)
    name = name.strip().lstrip(".").strip()
    if len(name) > 120:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 120 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else name[:120]
    return name or default


# Programs a mail client would run when a clerk opens them, by their own first bytes: a
# complaint's documents are never one, whatever name or type the mail gives them.
_PROGRAM_MAGIC = (
    (b"\x7fELF", "Linux 程序（ELF）"),
    (b"\xfe\xed\xfa\xce", "macOS 程序（Mach-O）"), (b"\xfe\xed\xfa\xcf", "macOS 程序（Mach-O）"),
    (b"\xce\xfa\xed\xfe", "macOS 程序（Mach-O）"), (b"\xcf\xfa\xed\xfe", "macOS 程序（Mach-O）"),
    (b"\xca\xfe\xba\xbe", "macOS/Java 程序"),
    (b"L\x00\x00\x00\x01\x14\x02\x00", "Windows 快捷方式（.lnk）"),
)
# Names Windows runs on a double click (a script host, an installer, a shortcut).
PROGRAM_SUFFIXES = (".exe", ".scr", ".bat", ".cmd", ".pif", ".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh",
                    ".hta", ".ps1", ".msi", ".lnk", ".cpl", ".dll", ".reg", ".sh", ".jar", ".apk")
# Script text: a shell's #! line, a batch file's first line, the Windows script host's objects.
_SCRIPT_TEXT = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:#!\s*/|@echo\s+off\b)|WScript\.(?:Shell|CreateObject)|new\s+ActiveXObject\s*\(|"
    rb"CreateObject\s*\(\s*\"(?:WScript|Shell\.Application|Scripting\.FileSystemObject|MSXML2|ADODB)|"
    rb"powershell(?:\.exe)?\s+-(?:e|enc|encodedcommand|nop|w)\b",
    re.IGNORECASE,
)
SCRIPT_LOOK = 4096  # bytes of a file searched for script text


def check_not_program(data: bytes, filename: str) -> None:
    """Refuse an attachment that is a program or a script, by its bytes or by its name
    (发票.pdf that is a Windows .exe, 说明.pdf.vbs): opening it would run it."""
    what = program_kind(data, filename)
    if what is not None:
        raise HostileInput(f"attachment '{filename}' is an executable program, not a document: {what}")


def program_kind(data: bytes, filename: str) -> str | None:
    """What program `data` is (its first bytes first, then its name), or None for a document."""
    head = data[:SCRIPT_LOOK]
    if head.startswith(b"MZ") and b"\x00" in head[:64]:
        return "Windows 程序（.exe/.dll）"
    found = next((what for magic, what in _PROGRAM_MAGIC if head.startswith(magic)), None)
    if found is not None:
        return found
    if b"\x00" not in head and _SCRIPT_TEXT.search(head):
        return "脚本"
    name = (filename or "").lower().rstrip(" .")
    if name.endswith(PROGRAM_SUFFIXES):
        return f"{name.rsplit('.', 1)[-1]} 文件"
    return None


_STREAM = re.compile(rb"stream\r?\n")


def check_pdf_streams(data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a PDF whose compressed streams inflate absurdly (a decompression bomb).

    pdfminer inflates every content stream it reads in full, so the streams are inflated
    here first, in chunks, counting bytes and keeping none. Images are left out: a
    scanned page legitimately inflates to tens of megabytes.
    """
    total = 0
    for match in _STREAM.finditer(data):
        end = data.find(b"endstream", match.end())
        if end < 0:
            break
        head = data[max(0, match.start() - 300):match.start()]
        head = head[head.rfind(b" obj") + 1:]  # this stream's own dictionary
        if b"/FlateDecode" not in head and b"/Fl " not in head and b"/Fl]" not in head:
            continue
        if b"/Image" in head:
            continue  # images are decoded only for OCR, whose own size caps apply
        raw = data[match.end():end]
        if b"/ASCII85Decode" in head or b"/A85" in head:
            total += _ascii85_inflated_size(raw, limits.max_total_inflated - total)
        else:
            total += _inflated_size(raw, limits.max_total_inflated - total)
        if total > limits.max_total_inflated:
            raise HostileInput(
                f"PDF streams inflate to more than {limits.max_total_inflated // (1024 * 1024)} "
                "MB (a decompression bomb)"
            )


A85_SAMPLE = 8 * 1024  # ASCII85 decodes slowly in Python: sample a stream's start first


def _ascii85_inflated_size(raw: bytes, budget: int) -> int:
    """Inflated size of an ASCII85-wrapped deflate stream, extrapolated from its start."""
    if len(raw) <= A85_SAMPLE:
        return _inflated_size(_ascii85(raw), budget)
    sample = _ascii85(raw[:A85_SAMPLE])
    size = _inflated_size(sample, budget)
    if size <= 50 * max(len(sample), 1):  # an ordinary ratio: extrapolate
        return size * len(raw) // A85_SAMPLE
    return _inflated_size(_ascii85(raw), budget)  # suspicious: decode all of it


def _ascii85(raw: bytes) -> bytes:
    text = raw.strip()
    text = text[:-2] if text.endswith(b"~>") else text
    try:
        return base64.a85decode(text.removeprefix(b"<~"), ignorechars=b" \t\n\r\x0b\x0c")
    except ValueError:
        return b""


def _inflated_size(raw: bytes, budget: int) -> int:
    """Bytes `raw` inflates to, counting at most a little past `budget`."""
    inflater = zlib.decompressobj()
    size = 0
    try:
        chunk = inflater.decompress(raw, 1 << 20)
        while chunk:
            size += len(chunk)
            if size > budget:
                return size
            chunk = inflater.decompress(inflater.unconsumed_tail, 1 << 20)
    except zlib.error:
        pass  # not deflate after all, or damaged: pdfminer will judge it
    return size
