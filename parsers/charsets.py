"""Turn mail bytes into text the way Chinese mail really arrives: wrong labels, no labels, GBK.

Policy for a body or header: the declared label first (gb2312/gbk read as gb18030, big5 as
big5hkscs), then UTF-8, then detection (a Chinese-first check, then charset-normalizer).
A Western single-byte label (latin-1, cp1252 ...) on bytes that are not Western text never
produces latin-1 mojibake: those bytes go through UTF-8 and detection first. 7-bit
ISO-2022-JP and HZ-GB-2312 are read with or without a label; Shift_JIS under a Chinese
label is read as Japanese; unlabelled bytes whose every 8-bit byte stands alone are
Western (CP1252), not GBK ("Gebühr", never "Geb黨r").
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from functools import lru_cache

from charset_normalizer import from_bytes

_LABEL_ALIASES = {
    "gb2312": "gb18030", "gb_2312": "gb18030", "gb_2312-80": "gb18030", "gbk": "gb18030",
    "x-gbk": "gb18030", "cp936": "gb18030", "ms936": "gb18030", "windows-936": "gb18030",
    "euc-cn": "gb18030", "x-euc-cn": "gb18030", "csgb2312": "gb18030", "chinese": "gb18030",
    "iso-ir-58": "gb18030", "gb18030": "gb18030", "gb-18030": "gb18030",
    "big5": "big5hkscs", "big-5": "big5hkscs", "x-big5": "big5hkscs", "csbig5": "big5hkscs",
    "cn-big5": "big5hkscs", "big5-hkscs": "big5hkscs", "x-x-big5": "big5hkscs",
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
    "ks_c_5601-1987": "cp949",
}
_NO_LABEL = {"", "unknown", "unknown-8bit", "x-unknown", "default", "none", "8bit", "binary"}
_ENCODED_WORD = re.compile(r"=\?([^?\s]+?)\?([bBqQ])\?([^?]*?)\?=")
_FOLD = re.compile(r"\r?\n[ \t]+|\r?\n$")
_CJK_THRESHOLD = 0.8
_DETECTION_CANDIDATES = ("gb18030", "big5hkscs")


def codec_for(label: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when missing or unknown."""
    if label is None:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _NO_LABEL:
        return None
    name = _LABEL_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


@lru_cache(maxsize=64)
def _is_single_byte(codec: str) -> bool:
    """True for codecs that accept any byte (latin-1, cp1252 ...): success proves nothing."""
    if codec.startswith("utf"):
        return False
    probe = b"\xb0\xa1\xc4\xe3"
    return len(probe.decode(codec, errors="replace")) == len(probe)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


@lru_cache(maxsize=1)
def _common_chinese() -> frozenset[str]:
    """Frequent hanzi (GB2312 level 1 and Big5 frequent) plus CJK punctuation."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            chars.update(bytes((lead, trail)).decode("gb2312", errors="ignore"))
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            chars.update(bytes((lead, trail)).decode("big5", errors="ignore"))
    chars.update(chr(c) for c in range(0x3000, 0x3040))
    chars.update(chr(c) for c in range(0xFF01, 0xFF5F))
    chars.update("“”‘’…—·")
    return frozenset(chars)


def chinese_score(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese characters or punctuation."""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 0.0
    common = _common_chinese()
    return sum(c in common for c in wide) / len(wide)


def _guess_chinese(data: bytes) -> str | None:
    best: tuple[float, str] | None = None
    for codec in _DETECTION_CANDIDATES:
        text = _strict(data, codec)
        if text is None:
            continue
        score = chinese_score(text)
        if score >= _CJK_THRESHOLD and (best is None or score > best[0]):
            best = (score, text)
    return best[1] if best else None


def _detect(data: bytes) -> str | None:
    chinese = _guess_chinese(data)
    if chinese is not None:
        return chinese
    match = from_bytes(data).best()
    if match is None or _is_single_byte(codecs.lookup(match.encoding).name):
        return None
    return str(match)


def _utf8_reads_better(data: bytes, decoded: str) -> str | None:
    """UTF-8 text mislabeled as GBK decodes as GBK too; prefer UTF-8 when it reads better."""
    text = _strict(data, "utf-8")
    if text is not None and chinese_score(text) > chinese_score(decoded):
        return text
    return None


def decode_bytes(data: bytes, label: str | None) -> str:
    """Decode body or header bytes: label, then UTF-8, then detection; never latin-1 mojibake."""
    if not data:
        return ""
    data = bytes(data)
    if data.startswith(codecs.BOM_UTF8) and (text := _strict(data, "utf-8-sig")) is not None:
        return text
    codec = codec_for(label)
    if data.isascii() and (text := _seven_bit(data, codec)) is not None:
        return text
    if codec is not None and not _is_single_byte(codec):
        text = _strict(data, codec)
        if text is not None:
            if data.isascii():
                return text
            return _utf8_reads_better(data, text) or _japanese_reads_better(data, text) or text
    if data.isascii():
        return data.decode("ascii")
    text = _strict(data, "utf-8")
    if text is not None:
        return text
    if codec is not None:  # a single-byte label: only Chinese detection may overrule it
        return _guess_chinese(data) or data.decode(codec, errors="replace")
    if _looks_western(data):
        return data.decode("cp1252", errors="replace")
    return _detect(data) or data.decode("gb18030", errors="replace")


_ESCAPE_CODECS = ("iso2022_jp_2", "iso2022_jp_ext", "iso2022_kr")
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _seven_bit(data: bytes, codec: str | None) -> str | None:
    """7-bit CJK encodings, labelled or not: ISO-2022-JP/KR (escape sequences) and
    HZ-GB-2312 ("~{" … "~}" around GB2312 in 7 bits)."""
    if b"\x1b" in data:
        tried = ((codec,) if codec and codec.startswith("iso2022") else ()) + _ESCAPE_CODECS
        for name in tried:
            text = _strict(data, name)
            if text is not None and "\x1b" not in text:
                return text
    if b"~{" in data and b"~}" in data:
        text = _strict(data, "hz")
        if text is not None and chinese_score(text) >= _CJK_THRESHOLD:
            return text
    return None


def _looks_western(data: bytes) -> bool:
    """Latin-1/CP1252 text ("Gebühr", "café"): every 8-bit byte stands alone between ASCII.

    GBK and Big5 write a common character as two 8-bit bytes side by side, UTF-8 as two to
    four; a Western single-byte text puts one accented letter between ASCII letters."""
    runs = _HIGH_RUN.findall(data)
    return bool(runs) and all(len(run) == 1 for run in runs)


def _japanese_reads_better(data: bytes, decoded: str) -> str | None:
    """Shift_JIS/CP932 under a Chinese label decodes as GBK into rare characters; as CP932 it
    reads as Japanese (kana among the kanji)."""
    if chinese_score(decoded) >= _CJK_THRESHOLD:
        return None
    text = _strict(data, "cp932")
    if text is None:
        return None
    wide = [c for c in text if ord(c) > 0x7F]
    kana = sum(1 for c in wide if _KANA.match(c))
    return text if wide and kana / len(wide) >= 0.2 else None


def _word_bytes(encoding: str, payload: str) -> bytes:
    if encoding.lower() == "q":
        return binascii.a2b_qp(payload.encode("ascii", "replace"), header=True)
    if re.search(r"[^A-Za-z0-9+/=\s]", payload):
        raise ValueError("not base64")
    compact = re.sub(r"[^A-Za-z0-9+/]", "", payload)
    if len(compact) % 4 == 1:
        compact = compact[:-1]
    return base64.b64decode(compact + "=" * (-len(compact) % 4))


def _decode_encoded_words(text: str) -> str:
    """RFC 2047: adjacent words of one charset are joined as bytes (split characters survive)."""
    out: list[str] = []
    pending: list[bytes] = []
    pending_label = ""
    position, after_word = 0, False

    def flush() -> None:
        if pending:
            out.append(decode_bytes(b"".join(pending), pending_label))
            pending.clear()

    for match in _ENCODED_WORD.finditer(text):
        between = text[position:match.start()]
        label = match.group(1).split("*", 1)[0]
        try:
            chunk = _word_bytes(match.group(2), match.group(3))
        except (binascii.Error, ValueError):
            flush()
            out.append(between + match.group(0))
            position, after_word = match.end(), False
            continue
        adjacent = after_word and not between.strip()
        if not adjacent or label.lower() != pending_label.lower():
            flush()
            if not adjacent:
                out.append(between)
        pending.append(chunk)
        pending_label = label
        position, after_word = match.end(), True
    flush()
    out.append(text[position:])
    return "".join(out)


def to_bytes(value: str | bytes) -> bytes:
    """Bytes behind a header string from the email parser (8-bit bytes are surrogate escapes)."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    return value.encode("utf-8", "surrogateescape")


def decode_header_value(value: str | bytes | None) -> str:
    """A header value as text: raw 8-bit bytes (GBK or UTF-8) and RFC 2047 words, unfolded."""
    if value is None:
        return ""
    text = decode_bytes(to_bytes(value), None) if not isinstance(value, str) or not value.isascii() else value
    text = _FOLD.sub(lambda m: " " if m.group(0).strip("\r\n") else "", text)
    if "=?" in text:
        text = _decode_encoded_words(text)
    return text.strip()
