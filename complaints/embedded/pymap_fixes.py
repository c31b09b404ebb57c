"""A fix for pymap 0.36's maildir COPY, which writes an empty message (MOVE is fine).

`MailboxData.copy` builds the copy from `get_message_metadata()`, which never reads the
file, so the copy in the destination folder is a bare newline. A mail client copying a
complaint to another folder would silently lose it; this re-reads the content first.
Applied once, only to the pymap series measured to have the bug.
"""

from __future__ import annotations

from mailbox import MaildirMessage

from pymap.__about__ import __version__ as PYMAP_VERSION
from pymap.backend.maildir.mailbox import MailboxData
from pymap.backend.maildir.uidlist import Record, UidList

_BUGGY_SERIES = ("0.36.",)


async def _copy_with_content(self: MailboxData, uid: int, destination: MailboxData, *,
                             recent: bool = False) -> int | None:
    try:
        record, _ = await self._get_maildir_msg(uid)
    except KeyError:
        return None
    async with self.messages_lock.read_lock():
        try:
            source = self._maildir.get_message(record.key)
        except (KeyError, FileNotFoundError):
            return None
    copy_msg = MaildirMessage(source)
    copy_msg.set_subdir("new" if recent else "cur")
    async with destination.messages_lock.write_lock():
        dest_key = destination._maildir.add(copy_msg)
        dest_filename = dest_key + ":" + copy_msg.get_info()
    async with UidList.with_write(destination._path) as uidl:
        new_rec = Record(uidl.next_uid, record.fields, dest_filename)
        uidl.next_uid += 1
        uidl.set(new_rec)
    return new_rec.uid


def apply() -> None:
    """Patch `MailboxData.copy` if this pymap is one with the empty-copy bug."""
    if PYMAP_VERSION.startswith(_BUGGY_SERIES) and MailboxData.copy is not _copy_with_content:
        MailboxData.copy = _copy_with_content  # type: ignore[method-assign]
