"""Files that arrive inside another file: Outlook's winmail.dat, a .zip of forms, and a mail.

An Outlook in Rich Text mode wraps every attachment into winmail.dat (TNEF), which no other
client opens; a call centre zips a day's forms with Windows' "Send to → Compressed folder",
which writes the members' names in the PC's code page (CP936 here) without the UTF-8 flag.
Either way the clerk means the files inside, so they take the container's place among the
mail's attachments: they are read, checked and sent on like files attached one by one.

A container that cannot be opened (damaged, encrypted) stays itself, an attachment noted as
unreadable; a hostile one (a bomb, a name that climbs out) raises HostileInput.

A customer's mail attached as a file is a mail however it is labelled: message/rfc822 as
the standard says, or application/octet-stream, application/x-eml or text/plain named
"….eml", or nothing telling at all. `is_mail_file` knows it by its bytes (a header block of
mail fields, then a body), so `parsers.mail` reads it as a forwarded mail, from inside.
"""

from __future__ import annotations

import io
import mimetypes
import re
import zipfile

from core.errors import HostileInput
from parsers.header_repair import field_name
from parsers.safety import DEFAULT_LIMITS, check_member_name, check_member_size
from parsers.tnef import TnefError, is_tnef, tnef_files

TNEF_TYPES = {"application/ms-tnef", "application/vnd.ms-tnef"}
ZIP_TYPES = {"application/zip", "application/x-zip-compressed", "application/x-zip"}
MAX_ZIP_MEMBERS = 50
UTF8_NAME_FLAG = 0x800
MAIL_TYPES = {"message/rfc822", "message/global", "application/x-eml", "application/eml"}
MAIL_EXTENSIONS = (".eml",)
MAIL_FIELDS = {b"from", b"date", b"subject", b"to", b"cc", b"message-id", b"received", b"mime-version", b"sender"}
MAIL_HEAD_LOOK = 64 * 1024  # bytes searched for the end of an attached mail's header block
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
File = tuple[str, str, bytes]  # name, content type, bytes


def unwrapped(name: str, content_type: str, data: bytes) -> list[File]:
    """The files a winmail.dat or a .zip carries, in its place; any other file as it is."""
    try:
        if (content_type in TNEF_TYPES or name.lower() == "winmail.dat") and is_tnef(data):
            inside = [(f.name, f.data) for f in tnef_files(data)]
        elif (content_type in ZIP_TYPES or name.lower().endswith(".zip")) and data.startswith(b"PK\x03\x04"):
            inside = _zip_members(data)
        else:
            inside = []
    except (TnefError, zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, ValueError):
        inside = []  # damaged or encrypted: the container itself, noted as unreadable
    return [(n, _type_of(n), d) for n, d in inside] or [(name, content_type, data)]


def _zip_members(data: bytes) -> list[tuple[str, bytes]]:
    """The files of a plain .zip (not an Office package), after the checks a .docx gets."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [i for i in archive.infolist() if not i.is_dir()]
        if any(i.filename == "[Content_Types].xml" or i.filename == "mimetype" for i in members):
            return []  # an Office or OpenDocument file named .zip: the file itself
        if len(members) > MAX_ZIP_MEMBERS:
            raise HostileInput(f"压缩包内有 {len(members)} 个文件，超过 {MAX_ZIP_MEMBERS} 个")
        total = 0
        for info in members:
            check_member_name(info.filename)
            check_member_size(info)
            total += info.file_size
            if total > DEFAULT_LIMITS.max_total_inflated:
                raise HostileInput("压缩包解压后过大（疑为压缩炸弹）")
        return [(_member_name(info), archive.read(info)) for info in members]


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's own name: without the UTF-8 flag Windows wrote it in CP936 (GBK), which
    zipfile has read as CP437."""
    name = info.filename
    if not info.flag_bits & UTF8_NAME_FLAG:
        try:
            name = name.encode("cp437").decode("gb18030")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def _type_of(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def is_mail_file(name: str, content_type: str, data: bytes) -> bool:
    """Whether an attached file is a whole RFC 822 mail: a header block (after an mbox "From "
    line, if any) of well-formed fields up to a blank line. Labelled as a mail (type or .eml
    name), one mail field will do; unlabelled, it needs From and a Date or Subject."""
    fields = _header_fields(data[:MAIL_HEAD_LOOK])
    if content_type in MAIL_TYPES or name.lower().endswith(MAIL_EXTENSIONS):
        return bool(fields & MAIL_FIELDS)
    return b"from" in fields and bool(fields & {b"date", b"subject"})


def _header_fields(head: bytes) -> set[bytes]:
    """The field names of a header block at the start of `head`; none if it is not one."""
    end = _BLANK_LINE.search(head)
    if end is None:
        return set()
    lines = head[:end.start()].lstrip(b"\r\n").split(b"\n")
    if lines[0].startswith(b"From "):
        lines = lines[1:]
    names: set[bytes] = set()
    for line in lines:
        name = field_name(line)
        if name is not None:
            names.add(name)
        elif not line.startswith((b" ", b"\t")) or not names:
            return set()  # a line that is neither a field nor a continuation: not a header block
    return names
