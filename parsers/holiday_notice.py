"""The State Council's yearly holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知), read.

The office forwards the notice to the service once it is published; this module finds the
year in its title and reads each numbered item ("二、春节：2月5日（农历除夕、周五）至11日
（农历正月初六、周四）放假调休，共7天。1月31日（周日）、2月20日（周六）上班。"): the days off
(a range or one day, 补休 days too) and the make-up working days (上班). Full- or half-width
punctuation, 星期/周, a range crossing a month or the year end, "与周末连休", "不调休" are all
read. Each range is checked against its own "共N天"; an item that cannot be read is an error
naming the line, never a guess. Pure: text in, a `HolidayNotice` or a `NoticeError` out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from parsers.mail import ParsedMessage

TITLE = re.compile(r"关于\s*(\d{4})\s*年\s*部分节假日安排的通知")
_ITEM = re.compile(r"^[一二三四五六七八九十]+、\s*(?P<names>[^：:]{2,12}?)\s*[：:](?P<body>.+)$")
_PARENS = re.compile(r"（[^）]*）|\([^)]*\)")
_DATE = r"(?:(?P<{p}y>\d{{4}})年)?(?:(?P<{p}m>\d{{1,2}})月)?(?P<{p}d>\d{{1,2}})日"
_RANGE = re.compile(_DATE.format(p="a") + r"(?:\s*(?:至|到|-|—|~)\s*" + _DATE.format(p="b") + r")?")
_ONE_DATE = re.compile(_DATE.format(p="a"))
_TOTAL = re.compile(r"共\s*(\d+)\s*天|放假\s*(\d+)\s*天")
FESTIVAL_NAMES = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")


@dataclass(frozen=True)
class NoticeItem:
    """One numbered item: the festival(s) it is about, its days off and its make-up working days."""

    names: str
    days_off: tuple[date, ...]
    workdays: tuple[date, ...]


@dataclass(frozen=True)
class HolidayNotice:
    year: int
    items: tuple[NoticeItem, ...]

    @property
    def days_off(self) -> tuple[date, ...]:
        """Every day off the notice names in its own year, in order."""
        return tuple(sorted({d for i in self.items for d in i.days_off if d.year == self.year}))

    @property
    def workdays(self) -> tuple[date, ...]:
        return tuple(sorted({d for i in self.items for d in i.workdays if d.year == self.year}))


@dataclass(frozen=True)
class NoticeError:
    """Why the text could not be read, in words the office can act on."""

    message: str


def notice_text(msg: ParsedMessage) -> str:
    """Where a forwarded notice can be: the subject, the body, a mail forwarded as an attachment."""
    parts = [msg.subject, msg.text] + [f"{f.subject}\n{f.text}" for f in msg.forwarded]
    return "\n".join(p for p in parts if p)


def notice_year(text: str) -> int | None:
    """The year in the notice's title, or None when the text is not such a notice."""
    found = TITLE.search(text.translate(_NORMAL))
    return int(found[1]) if found else None


_NORMAL = str.maketrans({"\u3000": " ", ",": "，", ";": "；", **{
    chr(0xFF10 + digit): str(digit) for digit in range(10)}})
_ITEM_START = re.compile(r"([一二三四五六七八九十]+、\s*(?:元旦|春节|清明|劳动|端午|中秋|国庆))")


def parse_notice(text: str) -> HolidayNotice | NoticeError:
    """The notice's items, or an error naming what could not be read."""
    text = text.translate(_NORMAL)
    year = notice_year(text)
    if year is None:
        return NoticeError("没有找到通知标题“国务院办公厅关于××××年部分节假日安排的通知”")
    items: list[NoticeItem] = []
    for line in (ln.strip(" >\t") for ln in _ITEM_START.sub(r"\n\1", text).splitlines()):
        item = _ITEM.match(line)
        if item is None or not any(name in item["names"] for name in FESTIVAL_NAMES):
            continue
        read = _item(year, item["names"].strip(), item["body"])
        if isinstance(read, NoticeError):
            return read
        items.append(read)
    if not items:
        return NoticeError(f"通知中没有找到 {year} 年各节日的放假安排（“一、元旦：……”这样的条目）")
    missing = [n for n in FESTIVAL_NAMES if not any(n in i.names for i in items)]
    if missing:
        return NoticeError(f"通知中缺少{'、'.join(missing)}的放假安排，请转发完整的通知全文")
    return HolidayNotice(year, tuple(items))


def _item(year: int, names: str, body: str) -> NoticeItem | NoticeError:
    days_off: list[date] = []
    workdays: list[date] = []
    for clause in filter(None, (c.strip() for c in _PARENS.sub("", body).split("。"))):
        if "上班" in clause:
            workdays += _workdays(year, clause)
        elif "放假" in clause or "补休" in clause:
            for part in clause.split("，"):
                off = _days_off(year, names, part)
                if isinstance(off, NoticeError):
                    return off
                days_off += off
            total = _TOTAL.search(clause)
            count = int(total[1] or total[2]) if total else None
            if count is not None and "补休" not in clause and count != len(days_off):
                return NoticeError(f"“{names}”一条写共 {count} 天，但读出的放假日期是 {len(days_off)} 天：{clause}")
    if not days_off:
        return NoticeError(f"“{names}”一条没有读出放假日期：{body}")
    return NoticeItem(names, tuple(days_off), tuple(workdays))


def _days_off(year: int, names: str, part: str) -> list[date] | NoticeError:
    if not ("放假" in part or "补休" in part):
        return []
    found = _RANGE.search(part)
    first = _start(year, names, found) if found else None
    if first is None:
        return NoticeError(f"“{names}”一条没有读出放假日期：{part}")
    if found["bd"] is None:
        return [first]
    last = _end(first, found)
    if last is None or not first <= last <= first + timedelta(days=14):
        return NoticeError(f"“{names}”一条的放假日期读不通：{part}")
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _start(year: int, names: str, found: re.Match) -> date | None:
    """A first day as written: the notice's year unless given, December of 元旦 being the year before."""
    if not found["am"]:
        return None
    month = int(found["am"])
    y = int(found["ay"]) if found["ay"] else (year - 1 if month == 12 and "元旦" in names else year)
    return _valid(y, month, int(found["ad"]))


def _end(first: date, found: re.Match) -> date | None:
    """The last day of a range: month and year as the first day's unless written ("至3日")."""
    month = int(found["bm"]) if found["bm"] else first.month
    y = int(found["by"]) if found["by"] else first.year + (1 if month < first.month else 0)
    return _valid(y, month, int(found["bd"]))


def _workdays(year: int, clause: str) -> list[date]:
    days = (_valid(int(m["ay"] or year), int(m["am"]), int(m["ad"])) for m in _ONE_DATE.finditer(clause) if m["am"])
    return [d for d in days if d is not None]


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
