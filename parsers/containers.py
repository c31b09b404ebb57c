"""Files that arrive inside another file: Outlook's winmail.dat and a .zip of forms.

An Outlook in Rich Text mode wraps every attachment into winmail.dat (TNEF), which no other
client opens; a call centre zips a day's forms with Windows' "Send to → Compressed folder",
which writes the members' names in the PC's code page (CP936 here) without the UTF-8 flag.
Either way the clerk means the files inside, so they take the container's place among the
mail's attachments: they are read, checked and sent on like files attached one by one.

A container that cannot be opened (damaged, encrypted) stays itself, an attachment noted as
unreadable; a hostile one (a bomb, a name that climbs out) raises HostileInput.
"""

from __future__ import annotations

import io
import mimetypes
import zipfile

from core.errors import HostileInput
from parsers.safety import DEFAULT_LIMITS, check_member_name, check_member_size
from parsers.tnef import TnefError, is_tnef, tnef_files

TNEF_TYPES = {"application/ms-tnef", "application/vnd.ms-tnef"}
ZIP_TYPES = {"application/zip", "application/x-zip-compressed", "application/x-zip"}
MAX_ZIP_MEMBERS = 50
UTF8_NAME_FLAG = 0x800
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
