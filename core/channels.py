"""The intake channels and their per-channel rules: one table.

A channel is where a complaint came from. Its row says what people read for it and what
follows from it: whether the source is outside the branch (it gets an acknowledgement
and the result back), whether the result goes back on the source's own acceptance form,
and whether the channel alone makes a case 重大问题 (media). The sender addresses that
identify a channel are settings (`core/config.py` `SourcesConfig`, one field per channel);
a channel whose mail is not one complaint has its own handler in the application
(`complaints/pipeline.py` `CHANNEL_HANDLERS`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Channel(StrEnum):
    CSC = "csc"
    WALK_IN = "walk_in"
    LETTER = "letter"
    COMMENT_BOOK = "comment_book"
    ONLINE = "online"
    MEDIA = "media"
    SUPERIOR = "superior"


@dataclass(frozen=True)
class ChannelRules:
    name: str                   # what people read (mails, the 督办单, reports, the digest)
    external: bool = False      # a source outside the branch: acknowledged, and told the result
    returns_form: bool = False  # the result goes back on the source's own acceptance form (.docx)
    serious: bool = False       # the channel alone makes a case 重大问题


CHANNEL_TABLE: dict[Channel, ChannelRules] = {
    Channel.CSC: ChannelRules("省行客户服务中心", external=True, returns_form=True),
    Channel.WALK_IN: ChannelRules("客户上门"),
    Channel.LETTER: ChannelRules("客户信件"),
    Channel.COMMENT_BOOK: ChannelRules("意见簿(箱)"),
    Channel.ONLINE: ChannelRules("网络(总行客服中心)", external=True),
    Channel.MEDIA: ChannelRules("媒体", serious=True),
    Channel.SUPERIOR: ChannelRules("上级行转来", external=True),
}

CHANNELS: tuple[str, ...] = tuple(map(str, Channel))
"""The codes in their fixed order (settings fields, report rows)."""
CHANNEL_NAMES: dict[str, str] = {str(c): rules.name for c, rules in CHANNEL_TABLE.items()}
EXTERNAL_CHANNELS: tuple[str, ...] = tuple(str(c) for c, r in CHANNEL_TABLE.items() if r.external)
FORM_CHANNELS: tuple[str, ...] = tuple(str(c) for c, r in CHANNEL_TABLE.items() if r.returns_form)
SERIOUS_CHANNELS: tuple[str, ...] = tuple(str(c) for c, r in CHANNEL_TABLE.items() if r.serious)


def channel_name(code: str | None) -> str:
    """The Chinese name of a channel; an unknown code as it is."""
    return CHANNEL_NAMES.get(code or "", code or "")
