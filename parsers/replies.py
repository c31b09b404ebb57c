"""What a person wrote in a reply, without the quoted history, signatures and forward headers.

Mail clients mark history differently: Outlook and QQ/Foxmail put a "-----原始邮件-----"
line or a 发件人:/From: header block above it, Gmail and NetEase an "On … wrote:" / "在…写道："
line over ">" quotes, Lotus Notes "----- 转发者 …" / "----- 由 … 转发" lines, phones a
"发自我的iPhone" signature. Everything from the first such mark down is history, except
">" quoting, where the unquoted lines between quotes are the person's inline answers.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(
    r"^-{2,}\s*(原始邮件|原始郵件|原邮件|原始消息|原始信息|邮件原文|original message|original|"
    r"转发邮件|转发的邮件|转发邮件信息|原始邮件信息|转发的消息|转发消息|轉寄郵件|forwarded message|"
    r"begin forwarded message|回复的原邮件|以下是回复的原邮件)\s*-{2,}$|^begin forwarded message\s*[:：]$|"
    r"^(?:以下为转发邮件|以下是转发的邮件|开始转发的邮件|转发的邮件)\s*[:：]?$",
    re.IGNORECASE,
)
_NOTES_FORWARD = re.compile(r"^-{3,}\s*(转发者|forwarded by\b|由\s*\S.*转发)", re.IGNORECASE)
_FROM_FIELD = re.compile(r"^[*]{0,2}(发件人|寄件者|发信人|from)[*]{0,2}\s*[:：]", re.IGNORECASE)
_OTHER_FIELD = re.compile(
    r"^[*]{0,2}(发送时间|发送日期|时间|日期|收件人|抄送|主题|主旨|回复地址|回复至|sent|date|to|cc|subject|reply-to)"
    r"[*]{0,2}\s*[:：]",
    re.IGNORECASE,
)
_ONE_LINE_HEADER = re.compile(r"^(from|发件人)\s*[:：].*\s(sent|date|发送时间|日期)\s*[:：]", re.IGNORECASE)
_RULE = re.compile(r"^(?:_{8,}|-{20,})$")  # Outlook's ____ rule; Sina's, Sohu's and Aliyun's ---- rule
# a quote's attribution line ("在 2026/12/1 20:33, 罗美琴 写道:", "On ... wrote:"); letter_names skips it too
WROTE = re.compile(
    r"^(on\s.+\swrote:?|.+\swrote\s+on\s.+:|在.+写道\s*[:：]?|.+于.+写道\s*[:：]?|.+写于.+[:：]|"
    r".+\s(schrieb|a écrit)\s*:)$",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"^(--|-- |发自我的\s*\S.*|来自我的\s*\S.*|sent from my\s.+|sent from mail for .+|get outlook for .+|"
    r"从我的\s*\S+\s*发送|发自\s*(网易邮箱|qq邮箱|outlook|windows|mail|邮箱|手机|华为|小米|荣耀|vivo|oppo).*|"
    r"来自\s*(网易邮箱|qq邮箱|outlook|华为|小米|荣耀|vivo|oppo).*)$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^\s*[>＞]")
_HEADER_LOOKAHEAD = 6
_ATTRIBUTION_MAX = 300  # characters: "在 2026年3月2日 星期一 上午9:15，张三 <…> 写道：" fits many times over


def _clean(line: str) -> str:
    return line.replace("\xa0", " ").replace("\u3000", " ").strip()


def _is_header_block(lines: list[str], index: int) -> bool:
    """A From:/发件人: line followed closely by Sent:/To:/Subject: style fields."""
    line = _clean(lines[index])
    if _ONE_LINE_HEADER.match(line):
        return True
    if not _FROM_FIELD.match(line):
        return False
    following = [_clean(text) for text in lines[index + 1:index + 1 + _HEADER_LOOKAHEAD]]
    return any(_OTHER_FIELD.match(text) for text in following if text)


def _wrote_span(lines: list[str], index: int) -> int:
    """Number of lines (1-3) forming an "On … wrote:" attribution starting here, or 0."""
    joined = ""
    for span in range(1, 4):
        if index + span > len(lines):
            break
        part = _clean(lines[index + span - 1])
        if not part or _QUOTED.match(lines[index + span - 1]):
            break
        joined = f"{joined} {part}".strip()
        if len(joined) > _ATTRIBUTION_MAX:
            break  # an attribution is a line or three; the pattern is not run on prose
        if WROTE.match(joined):
            return span
    return 0


def _history_start(lines: list[str], index: int) -> bool:
    line = _clean(lines[index])
    if _SEPARATOR.match(line) or _NOTES_FORWARD.match(line) or _SIGNATURE.match(line):
        return True
    if _RULE.match(line):
        nearby = [i for i in range(index + 1, min(index + 3, len(lines))) if _clean(lines[i])]
        return any(_is_header_block(lines, i) for i in nearby)
    return _is_header_block(lines, index)


def _quotes_follow(lines: list[str], index: int) -> bool:
    first = next((line for line in lines[index:] if _clean(line)), None)
    return first is not None and _QUOTED.match(first) is not None


def extract_reply(text: str) -> str:
    """The person's own words: history, ">" quotes, attributions and signatures removed."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _QUOTED.match(line):
            index += 1
            continue
        span = _wrote_span(lines, index)
        if span:
            if not _quotes_follow(lines, index + span):
                break
            index += span
            continue
        if _history_start(lines, index):
            break
        kept.append(line.rstrip())
        index += 1
    return _trim_blank_lines(kept)


def split_history(text: str) -> tuple[str, str]:
    """(what the sender typed, the earlier mail quoted under it), split at the first quoted
    line, attribution over quotes, separator or header block; (text, "") when nothing is
    quoted. Unlike `extract_reply` a signature ("--", "发自我的iPhone") is no history: the
    sender's own words may go on under it, and nothing below it is someone else's."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index, line in enumerate(lines):
        span = _wrote_span(lines, index)
        if (_QUOTED.match(line) or span and _quotes_follow(lines, index + span)
                or _history_start(lines, index) and not _SIGNATURE.match(_clean(line))):
            return "\n".join(lines[:index]).strip(), "\n".join(lines[index:]).strip()
    return text.strip(), ""


def _trim_blank_lines(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1].strip()):
            out.append(line)
    return "\n".join(out).strip()


def _header_block_end(lines: list[str], index: int) -> int:
    """Index just past a forward header block (fields, folded values, Notes label lines)."""
    seen_field = False
    while index < len(lines):
        line = _clean(lines[index])
        if not line:
            if seen_field:
                return index + 1
        elif _FROM_FIELD.match(line) or _OTHER_FIELD.match(line):
            seen_field = True
        elif seen_field and lines[index][:1] in (" ", "\t"):
            pass  # a folded To:/Cc: value
        else:
            return index
        index += 1
    return index


def strip_forward_header(text: str) -> str:
    """Drop forward separators and the header blocks under them; keep every other line.

    For an inline forward this leaves the forwarder's note and the forwarded body, without
    the 发件人/收件人/主题 fields that would otherwise read like complaint content.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = _clean(lines[index])
        if _SEPARATOR.match(line) or _NOTES_FORWARD.match(line) or _RULE.match(line):
            index = _skip_after_separator(lines, index + 1)
        elif _is_header_block(lines, index):
            index = _header_block_end(lines, index)
        else:
            kept.append(lines[index].rstrip())
            index += 1
    return _trim_blank_lines(kept)


def _skip_after_separator(lines: list[str], index: int) -> int:
    while index < len(lines) and not _clean(lines[index]):
        index += 1
    if index < len(lines) and _is_header_block(lines, index):
        return _header_block_end(lines, index)
    return _notes_memo_end(lines, index)


def _notes_memo_end(lines: list[str], index: int) -> int:
    """Notes memo headers put labels alone on a line ("To", "cc", "Subject" / "主题")."""
    window = [_clean(line).lower() for line in lines[index:index + 14]]
    for offset, line in enumerate(window):
        if line in ("subject", "主题"):
            return index + offset + 2
    return index
