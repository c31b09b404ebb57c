"""Dates as people and mail clients write them: forward headers, a letter's date, a form's 受理时间.

"2026年12月1日(星期二) 下午4:05", "Tuesday, December 1, 2026 4:05 PM", "12/01/2026 04:05 PM",
"2026-12-01 16:05:12", RFC 5322. A date without a zone is branch time. Pure.
"""

from __future__ import annotations

import email.utils
import functools
import re
from datetime import datetime, timedelta, timezone
from typing import Callable

from core.clock import BRANCH_ZONE
from parsers.pii import PiiMatch, normalize_width, scan

_WEEKDAY = re.compile(r"[(（]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]?|"
                      r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?", re.IGNORECASE)
_CN_DATE = re.compile(
    r"(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?"
    r"(?:\s*(上午|下午|晚上|凌晨|中午|AM|PM)?\s*(\d{1,2})\s*[:：时点]\s*(\d{1,2})?(?:\s*[:：分]\s*(\d{1,2}))?\s*(AM|PM)?)?",
    re.IGNORECASE)
_YEARLESS = re.compile(
    r"(?<!\d)(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*[日号]?"
    r"(?:\s*(上午|下午|晚上|凌晨|中午)?\s*(\d{1,2})\s*[:：时点]\s*(\d{1,2})?)?")
_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?", re.IGNORECASE)
_NOT_RFC = re.compile(r"\b(?:AM|PM)\b|[年月日午]|\d/\d|\d{4}-\d", re.IGNORECASE)
_EN_FORMATS = ("%B %d, %Y %I:%M %p", "%b %d, %Y %I:%M %p", "%B %d, %Y %H:%M", "%b %d, %Y %H:%M",
               "%B %d, %Y %I:%M:%S %p", "%b %d, %Y %I:%M:%S %p", "%B %d, %Y %H:%M:%S",
               "%d %B %Y %H:%M", "%d %b %Y %H:%M", "%B %d, %Y", "%b %d, %Y")
# Apple Mail's "GMT+8" (in "December 1, 2026 at 10:11:09 AM GMT+8", "2026年12月1日 GMT+8 上午10:11")
_GMT_OFFSET = re.compile(r"[(（]?\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?[)）]?", re.IGNORECASE)


def parse_loose_date(text: str) -> datetime | None:
    """A date as a client prints it in a forward header; branch time when no zone is given."""
    text = normalize_width(text or "").replace("\xa0", " ").strip()
    if not text or not re.search(r"\d", text):
        return None
    if not _NOT_RFC.search(text):  # parsedate reads "4:05 PM" as 04:05: only RFC 5322 dates go to it
        try:
            parsed = email.utils.parsedate_to_datetime(text)
            if parsed is not None:
                return parsed if parsed.tzinfo else parsed.replace(tzinfo=BRANCH_ZONE)
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    offset = _GMT_OFFSET.search(text)
    if offset:
        text = text[:offset.start()] + " " + text[offset.end():]
    bare = re.sub(r"\s+", " ", _WEEKDAY.sub(" ", text).replace(" at ", " ")).strip(" ,")
    found = _cn_date(bare) or _us_date(bare) or _en_date(bare)
    if found is None or offset is None:
        return found
    sign, hours, minutes = offset.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return found.replace(tzinfo=timezone(-delta if sign == "-" else delta))


def labelled_time(text: str, arrived: datetime | None) -> datetime | None:
    """A time a form or a registration gives under its label (受理时间：…): a full date as
    `parse_loose_date` reads it, or one without a year ("12月1日16时20分", "12-01 16:20"),
    which is in the year it `arrived`, or the year before when that is still to come then."""
    full = parse_loose_date(text)
    if full is not None or arrived is None:
        return full
    match = _YEARLESS.search(normalize_width(text or ""))
    if not match:
        return None
    month, day, half, hour, minute = match.groups()
    local = arrived.astimezone(BRANCH_ZONE)
    year = local.year - ((int(month), int(day)) > (local.month, local.day))
    return _made(year, int(month), int(day), _hour(int(hour or 0), half or ""), int(minute or 0), 0)


def _cn_date(text: str) -> datetime | None:
    match = _CN_DATE.search(text)
    if not match:
        return None
    year, month, day, half, hour, minute, second, ampm = match.groups()
    hour = _hour(int(hour or 0), (half or ampm or "").upper())
    return _made(int(year), int(month), int(day), hour, int(minute or 0), int(second or 0))


def _us_date(text: str) -> datetime | None:
    match = _US_DATE.search(text)
    if not match:
        return None
    month, day, year, hour, minute, second, ampm = match.groups()
    return _made(int(year), int(month), int(day), _hour(int(hour or 0), (ampm or "").upper()),
                 int(minute or 0), int(second or 0))


def _en_date(text: str) -> datetime | None:
    text = re.sub(r"\s*(?:GMT|UTC|CST)?[+-]\d{2}:?\d{2}$|\s*(?:GMT|UTC|CST)$", "", text)
    for fmt in _EN_FORMATS:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=BRANCH_ZONE)
        except ValueError:
            continue
    return None


def _hour(hour: int, half: str) -> int:
    if half in ("下午", "晚上", "PM") and hour < 12:
        return hour + 12
    if half in ("AM", "上午", "凌晨") and hour == 12:
        return 0
    return hour


def _made(year: int, month: int, day: int, hour: int, minute: int, second: int) -> datetime | None:
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=BRANCH_ZONE)
    except ValueError:
        return None



SIGNATURE_LINES = 4
SIGNATURE_LINE_MAX = 40  # a line this short under the letter is its signature (name, phone, date)
GLUED_TAIL = 60  # OCR may run the date into the line before it: only a line's last characters are read
_AFTER_SIGNED = re.compile(r"[\s。.!！]*$")
HEADER_LINES = 4  # a forward's Sent:/Date: field sits this close to its From: field
_FROM_FIELD = re.compile(r"(?:^|\s|>)(?:From|发件人|寄件者)\s*[:：]", re.IGNORECASE)
_SENT_FIELD = re.compile(r"(?:Sent|Date|发送时间|发送日期)[ \t]{0,3}[:：][ \t]{0,3}(?P<value>[^\n]{1,60}?)"
                         r"(?=[ \t]{0,3}(?:To|Cc|Subject|收件人|抄送|主题)[ \t]{0,3}[:：]|$)", re.IGNORECASE)
_SIGNER = re.compile(r"[^\s，,。！？!?；;：:]{0,6}")  # what may stand before a year-less signed date: a name


def letter_date(text: str, arrived: datetime | None = None) -> datetime | None:
    """The date a letter is signed with: a full date on one of its last lines (not a date
    the letter tells of, which sits in the text), in digits or in words ("二〇二六年十一月三日").

    OCR adds its own shapes: the date run into the phone line before it ("…7 2 2二〇二六年
    十一月二十日"), which counts when the date ends that line, and a date broken over two
    lines ("二〇二六年十一" / "月三日"), read as the two lines together.

    A letter signed without a year ("12月1日") was signed in the year it `arrived`, or the
    year before when that day is still to come then; without the arrival it has no date."""
    found = _signature_date(text)
    if found is None:
        return None
    day, written = found
    if not day.startswith("-"):
        return _with_time(written, day)
    if arrived is None:
        return None
    local = arrived.astimezone(BRANCH_ZONE)
    year = local.year - (day[2:] > local.strftime("%m-%d"))
    return _made(year, int(day[2:4]), int(day[5:7]), 0, 0, 0)


def signed_day(text: str) -> str | None:
    """The signed date as ISO ("2026-12-01"), or "--12-01" when the signature gives no year.

    A full date on the last lines wins; a year-less one counts only on a signature line of
    its own: nothing after it but a phone or an e-mail, at most a name before it
    ("林女士5月21日15880623417", "12月3号"), so "请在12月20日前答复" is no signature."""
    found = _signature_date(text)
    return found[0] if found else None


def _signature_date(text: str) -> tuple[str, str] | None:
    """The signed date's value and the signature from that date on (for its time of day);
    for a forwarded mail printed and scanned, with no date under the letter, the date its
    header gives (see `_sent_header`)."""
    lines = [line.strip() for line in normalize_width(text or "").splitlines() if line.strip()]
    tail = lines[-SIGNATURE_LINES:]
    # The second pass (a date without its year) reads the same lines again: each is scanned
    # once, for this letter only (a scan is most of the cost of reading a signature).
    dates_in = functools.cache(_dates_in)
    for yearless in (False, True):
        for n in range(len(tail) - 1, -1, -1):
            signed = _signed_on(tail[n], dates_in, yearless=yearless)
            if signed is None and n + 1 < len(tail):
                signed = _signed_on(tail[n] + tail[n + 1], dates_in, len(tail[n]), yearless=yearless)
            if signed is not None:
                return signed
    return _sent_header(lines)


def _sent_header(lines: list[str]) -> tuple[str, str] | None:
    """The Sent:/Date:/发送时间: of the last header block (the original mail, under any
    forwards) in a text with no mail structure left: a forward printed and scanned, where OCR
    runs the fields together ("From: 周海涛 <…>Sent: Thursday, July 9, 2026 8:47 PMTo: …").
    Only within HEADER_LINES of a From:/发件人: field, so a letter's own "日期：" is not taken."""
    found = None
    for n, line in enumerate(lines):
        if not _FROM_FIELD.search(line):
            continue
        for near in lines[n:n + HEADER_LINES]:
            sent = _SENT_FIELD.search(near)
            parsed = parse_loose_date(sent.group("value")) if sent else None
            if parsed is not None:
                found = (parsed.date().isoformat(), sent.group("value"))
                break
    return found


def _signed_on(line: str, dates_in: Callable[[str], tuple[PiiMatch, ...]], first_part: int | None = None, *,
               yearless: bool = False) -> tuple[str, str] | None:
    """The last full date of a signature line (its value, and the line from it on), of those
    `dates_in` finds; on a longer line only a date that ends it. `first_part` is where a
    second line was joined on: the date must straddle the join. With `yearless`, only a date
    without a year, standing as a signature's date stands (see `signed_day`)."""
    short = len(line if first_part is None else line[:first_part]) <= SIGNATURE_LINE_MAX
    offset = 0 if short else max(0, len(line) - GLUED_TAIL)
    for m in reversed(dates_in(line[offset:])):
        start, end = m.start + offset, m.end + offset
        if m.value.startswith("-") != yearless or (first_part is not None and not start < first_part < end):
            continue
        signs = (short and _alone_in_signature(line, start, end)) if yearless else \
            (short or _AFTER_SIGNED.fullmatch(line, end))
        if signs:
            return m.value, line[start:]
    return None


def _dates_in(text: str) -> tuple[PiiMatch, ...]:
    return scan(text, ("date",))


def _alone_in_signature(line: str, start: int, end: int) -> bool:
    """Whether a date stands on the line as a signature's: phones and e-mail aside, nothing
    after it but a full stop, and before it at most a short name with no punctuation."""
    rest = list(line)
    for m in scan(line, ("mobile", "landline", "email")):
        rest[m.start:m.end] = " " * (m.end - m.start)
    before, after = "".join(rest[:start]).strip(), "".join(rest[end:])
    return bool(_AFTER_SIGNED.fullmatch(after)) and _SIGNER.fullmatch(before) is not None


def _with_time(written: str, iso: str) -> datetime:
    """The signed date, with the time of day when the signature gives one ("… 下午4:05")."""
    parsed = parse_loose_date(written)
    if parsed is not None and parsed.date().isoformat() == iso:
        return parsed
    return datetime.fromisoformat(iso).replace(tzinfo=BRANCH_ZONE)
