"""Find and mask personal data (phones, ID numbers, accounts, amounts, dates) in free text.

Every parser and every log line shares these patterns, so a phone number is recognised the
same way in a letter, a form and a digest, and nothing unmasked leaks into logs.
`scan` finds everything at once and resolves overlaps by priority (an 18-digit ID is not
also an account; a spaced card number is not also a phone); the `find_*` functions are
views of that one scan. Values are normalised: digits only for mobiles, IDs and accounts,
"0591-12345678" for landlines, plain decimal yuan for amounts, ISO dates ("--10-08" when
the year is missing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from parsers.ocr_digits import digits_restored

_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

# Priority order: an earlier kind wins a span over a later one.
KINDS = ("id_number", "account", "email", "date", "mobile", "landline", "amount")

_ID18 = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_ID15 = re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")
_ACCOUNT = re.compile(r"(?<![0-9A-Za-z])(?:\d{16,19}|\d{4,6}(?:[ \-]\d{3,6}){2,4})(?![0-9A-Za-z])")
# OCR runs the signed date into the phone before it ("…138590588162026年4月6日"): eleven
# digits then a year that a 年 closes end the number; the year is read as the date's.
_YEAR_GLUED = r"(?=[ \t]?(?:19|20)\d{2}[ \t]{0,2}年)"
_MOBILE = re.compile(rf"(?<![\d+])(?:(?:\+|00)?86[\s\-]?)?(1[3-9]\d)[\s\-]?(\d{{4}})[\s\-]?(\d{{4}})(?:(?!\d)|{_YEAR_GLUED})")
# OCR spaces a number as it likes ("1 3 69 5 9 80 0 1 1"): 11 digits with at most a few spaces
# or dashes between any two; not the tail of a longer spaced run. Bounded repeats only.
_GAP = r"[ \t\-—–]{0,3}"
_MOBILE_SPACED = re.compile(rf"(?<![\d+])(?<!\d[ \t\-])1{_GAP}[3-9](?:{_GAP}\d){{9}}(?:(?![ \t\-]?\d)|{_YEAR_GLUED})")
_LANDLINE = re.compile(
    r"(?<![\dA-Za-z])(?:[(（]\s*(0\d{2,3})\s*[)）]\s*|(0\d{2,3})[\-－—\s]|(0\d{2,3})(?=[2-9]))"
    r"(\d{7,8})(?:[\-－转]\d{1,5})?(?!\d)"
    r"|(?<![\dA-Za-z¥￥\-])(?<!\d[.,])([2-9]\d{7})(?!\d|[.,]\d|\s*[元块万千])"
)
# "05 9 8- 3 61 7 7 2 2", "(059 8) 833 6677", "0598 8336 677": an area code and a local number,
# spaced by OCR; split at the dash or bracket when there is one, else by the area-code plan.
_SP = r"[ \t]{0,2}"
_LANDLINE_SPACED = re.compile(
    rf"(?<![\dA-Za-z])(?<!\d[ \t])(?:[(（]{_SP})?(0(?:{_SP}\d){{2,3}}){_SP}(?:([)）\-—–]){_SP})?"
    rf"([2-9](?:{_SP}\d){{6,7}})(?![ \t]{{0,2}}\d)"
)
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_CN_DIGITS = "〇零一二两三四五六七八九"
_OCR_DASH = re.compile(r"(?<=\d)[一_~](?=\d)")  # OCR reads the dash of "0598-8336677" as 一, _ or ~
_OCR_ZERO = "Oo○0Ｏ"  # OCR reads the 〇 of "二〇二六年" as a letter O or a circle
# The parts of a date, in digits or in words, each as one group: a year of four digits or four
# numerals, a month ("元月" is January), a day ("廿五" is 25, "卅一" 31). A numeral may be
# broken by one space or line break where OCR split the printed line ("十\n一月").
_CN_YEAR_DIGIT = f"[{_CN_DIGITS}{_OCR_ZERO}]"
_YEAR = rf"(?:(?:(?<!\d)|(?<=(?<!\d)1[3-9]\d{{9}}))(\d{{4}})|((?:{_CN_YEAR_DIGIT}\s?){{3}}{_CN_YEAR_DIGIT}))"  # words may follow a phone's digits
_MONTH = r"(\d{1,2}|十(?:\s?[一二])?|[一二三四五六七八九]|元)"
_DAY = (r"(\d{1,2}|(?:[一二三]\s?)?十(?:\s?[一二三四五六七八九])?|廿(?:\s?[一二三四五六七八九])?|卅(?:\s?一)?"
        r"|[一二三四五六七八九])")
_S = r"\s{0,3}"  # OCR spaces the parts, or breaks the line between them
_DAY_END = "[日号曰]"  # OCR (and a hurried typist) reads 日 as 曰, a stroke wider: "3月26曰"
_DATE_YMD = re.compile(rf"{_YEAR}{_S}年{_S}{_MONTH}{_S}月{_S}{_DAY}{_S}{_DAY_END}")
_DATE_SEP = re.compile(r"(?<!\d)(?<!\d\.)(\d{4})[ \t]?([\-/.])[ \t]?(\d{1,2})[ \t]?\2[ \t]?(\d{1,2})(?!\d|\.\d)")
# "11月3日", "十月二十日" without a year; not the tail of a longer numeral ("二十一月" is no
# month, nor is "十\n一月" or "1 1月") nor of a year ("二〇二六年十一月" is read whole above), but
# "今年九月一日" is year-less, and so is a date on the line under a phone ("…5126\n12月1日": a
# run of digits that a line break ends is a number of its own, not half of the month).
_NUMERAL_BEFORE = (rf"(?<![\d{_CN_DIGITS}十廿卅])(?<![{_CN_DIGITS}十廿卅]\s)(?<!(?<!\d)\d\s)"
                   rf"(?<![\d{_CN_DIGITS}{_OCR_ZERO}]年)")
_DATE_MD = re.compile(rf"{_NUMERAL_BEFORE}{_MONTH}{_S}月{_S}{_DAY}{_S}{_DAY_END}")
# A date as an English mail client writes it in a forward's header: "July 9, 2026", "9 Jul 2026".
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = (r"(January|February|March|April|May|June|July|August|September|October|November|December"
             r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])\.?")
_DATE_EN = re.compile(rf"(?<![A-Za-z])(?:{_EN_MONTH}[ \t]{{1,3}}(\d{{1,2}}),?|(?<!\d)(\d{{1,2}})[ \t]{{1,3}}{_EN_MONTH},?)"
                      rf"[ \t]{{1,3}}(\d{{4}})(?!\d)", re.IGNORECASE)
_AMOUNT_DIGITS = re.compile(
    r"(?:(?P<cur>[¥￥]|人民币|RMB)\s*)?(?<!\d)(?<!\d[.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d{1,2})?"
    r"(?:\s*(?P<mult>万|千)?\s*(?P<unit>元|块钱|块|圆))?"
)
_AMOUNT_CN = re.compile(
    r"(?<![零一二两三四五六七八九十百千万])(?P<num>[一二两三四五六七八九十][零一二两三四五六七八九十百千万]*)"
    r"(?P<unit>元|块钱)(?![区县市镇村路街支分网营])"
)
_CN_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2, "〇": 0} | dict.fromkeys(_OCR_ZERO, 0)
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_TENS = {"廿": 20, "卅": 30}  # a day of the month written short: 廿五 is 25

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


@dataclass(frozen=True)
class PiiMatch:
    """One piece of personal data found in a text: its normalised value and where it is."""

    kind: str
    value: str
    text: str
    start: int
    end: int


def normalize_width(text: str) -> str:
    """Full-width ASCII (１３８, ：, （）) to half-width, character for character (positions stay valid)."""
    return text.translate(_FULL_WIDTH)


def id_checksum_valid(number: str) -> bool:
    """True when an 18-character resident ID has a valid birth date and check character."""
    number = number.upper()
    if not re.fullmatch(r"\d{17}[\dX]", number) or not _valid_birth(number[6:14]):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17]


def _valid_birth(yyyymmdd: str) -> bool:
    try:
        born = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2099


def _ids(text: str) -> list[PiiMatch]:
    found = [PiiMatch("id_number", m.group().upper(), m.group(), m.start(), m.end())
             for m in _ID18.finditer(text) if id_checksum_valid(m.group())]
    found += [PiiMatch("id_number", m.group(), m.group(), m.start(), m.end())
              for m in _ID15.finditer(text) if m.group()[0] in "12345678" and _valid_birth("19" + m.group()[6:12])]
    return found


def _accounts(text: str) -> list[PiiMatch]:
    found = []
    for m in _ACCOUNT.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 16 <= len(digits) <= 19 and not _ID_CONTEXT.search(text[max(0, m.start() - 8):m.start()]):
            found.append(PiiMatch("account", digits, m.group(), m.start(), m.end()))
    return found


_ID_CONTEXT = re.compile(r"身份证|证件")


def _mobiles(text: str) -> list[PiiMatch]:
    """Mobiles as written ("138 1234 5678") first, then as OCR spaced them."""
    found = [PiiMatch("mobile", "".join(m.groups()), m.group(), m.start(), m.end()) for m in _MOBILE.finditer(text)]
    found += [PiiMatch("mobile", _only_digits(m.group()), m.group(), m.start(), m.end())
              for m in _MOBILE_SPACED.finditer(text)]
    return found


def _only_digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _landlines(text: str) -> list[PiiMatch]:
    """Landlines as written first, then as OCR spaced them (an earlier match wins a span)."""
    found = []
    for m in _LANDLINE.finditer(text):
        area = m.group(1) or m.group(2) or m.group(3)
        if m.group(5):
            if _looks_like_date(m.group(5)):
                continue
            value = m.group(5)
        else:
            value = f"{area}-{m.group(4)}"
        found.append(PiiMatch("landline", value, m.group().strip(), m.start(), m.end()))
    for m in _LANDLINE_SPACED.finditer(text):
        value = _spaced_landline(_only_digits(m.group(1)), _only_digits(m.group(3)), m.group(2) is not None)
        if value:
            found.append(PiiMatch("landline", value, m.group(), m.start(), m.end()))
    return found


def area_code_length(digits: str) -> int:
    """How long the area code that starts these digits is: 010 and 02x have three digits,
    every other code (0xxx) four; 0 when no area code starts them."""
    if digits.startswith("010") or digits.startswith("02"):
        return 3
    return 4 if re.match(r"0[3-9]", digits) else 0


def _spaced_landline(area: str, local: str, marked: bool) -> str | None:
    """"0598-3617722" from the digits OCR spaced; unmarked digits split by the area-code plan."""
    if not marked:
        digits = area + local
        cut = area_code_length(digits)
        area, local = digits[:cut], digits[cut:]
    if area_code_length(area) != len(area) or not 7 <= len(local) <= 8 or local[0] in "01":
        return None
    return f"{area}-{local}"


def _looks_like_date(digits: str) -> bool:
    return digits.startswith(("19", "20")) and _valid_birth(digits)


def _emails(text: str) -> list[PiiMatch]:
    return [PiiMatch("email", m.group().lower(), m.group(), m.start(), m.end()) for m in _EMAIL.finditer(text)]


def _iso(year: int | None, month: int, day: int) -> str | None:
    try:
        date(year or 2000, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _dates(text: str) -> list[PiiMatch]:
    found = []
    for m in _DATE_YMD.finditer(text):
        found.append((m, _iso(_year(m.group(1) or m.group(2)), _number(m.group(3)), _number(m.group(4)))))
    for m in _DATE_SEP.finditer(text):
        found.append((m, _iso(int(m.group(1)), int(m.group(3)), int(m.group(4)))))
    for m in _DATE_MD.finditer(text):
        found.append((m, _iso(None, _number(m.group(1)), _number(m.group(2)))))
    for m in _DATE_EN.finditer(text):
        month = _EN_MONTHS.index((m.group(1) or m.group(4))[:3].lower()) + 1
        found.append((m, _iso(int(m.group(5)), month, int(m.group(2) or m.group(3)))))
    return [PiiMatch("date", v, m.group(), m.start(), m.end()) for m, v in found if v]


def _year(text: str) -> int:
    """"2026", "二〇二六", "二零二六" or OCR's "二O二六": read digit by digit."""
    text = "".join(text.split())
    return int(text) if text.isdigit() else int("".join(str(_CN_VALUE[c]) for c in text))


def _number(text: str) -> int:
    """A month or a day: "11", "十一", "廿五", "元" (the first month)."""
    text = "".join(text.split())
    if text.isdigit():
        return int(text)
    return 1 if text == "元" else chinese_number(text)


def chinese_number(text: str) -> int:
    """The value of a Chinese numeral: "五千" 5000, "三万五千" 35000, "十二" 12, "两千五百" 2500."""
    total, section, digit = 0, 0, 0
    for char in text:
        if char in _CN_VALUE:
            digit = _CN_VALUE[char]
        elif char in _CN_UNIT:
            section += (digit or 1) * _CN_UNIT[char]
            digit = 0
        elif char in _CN_TENS:
            section += _CN_TENS[char]
        elif char == "万":
            total += (section + digit) * 10000
            section, digit = 0, 0
    return total + section + digit


def _money(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return str(value.quantize(Decimal("0.01")))


def _amounts(text: str) -> list[PiiMatch]:
    found = []
    for m in _AMOUNT_DIGITS.finditer(text):
        if not (m.group("cur") or m.group("unit")):
            continue
        try:
            value = Decimal(m.group("num").replace(",", "") + (m.group("frac") or ""))
        except InvalidOperation:
            continue
        value *= {"万": 10000, "千": 1000}.get(m.group("mult") or "", 1)
        found.append(PiiMatch("amount", _money(value), m.group().strip(), m.start(), m.end()))
    for m in _AMOUNT_CN.finditer(text):
        found.append(PiiMatch("amount", str(chinese_number(m.group("num"))), m.group(), m.start(), m.end()))
    return found


_FINDERS = {"id_number": _ids, "account": _accounts, "email": _emails, "date": _dates,
            "mobile": _mobiles, "landline": _landlines, "amount": _amounts}


def scan(text: str, kinds: tuple[str, ...] = KINDS) -> tuple[PiiMatch, ...]:
    """Every match of the given kinds, in text order, with no two matches overlapping.

    Matches are taken kind by kind in `KINDS` order, each where no match taken before it lies:
    a kind after every kind asked for cannot change what is found, so it is not looked for
    (a signature's dates need no phones or amounts: each finder tries every position)."""
    # One character for one, so spans stay put: OCR's dashes and digit look-alikes undone first.
    text = _OCR_DASH.sub("-", digits_restored(_OCR_DASH.sub("-", normalize_width(text))))
    taken: list[PiiMatch] = []
    claimed = bytearray(len(text) + 1)  # 1 where a taken match lies: an overlap test costs its own length
    for kind in KINDS[:1 + max((n for n, kind in enumerate(KINDS) if kind in kinds), default=-1)]:
        for match in _FINDERS[kind](text):
            if not any(claimed[match.start:match.end]):
                taken.append(match)
                claimed[match.start:match.end] = b"\x01" * (match.end - match.start)
    return tuple(sorted((m for m in taken if m.kind in kinds), key=lambda m: m.start))


def find_mobiles(text: str) -> tuple[PiiMatch, ...]:
    return scan(text, ("mobile",))


def find_landlines(text: str) -> tuple[PiiMatch, ...]:
    return scan(text, ("landline",))


def find_id_numbers(text: str) -> tuple[PiiMatch, ...]:
    return scan(text, ("id_number",))


def find_accounts(text: str) -> tuple[PiiMatch, ...]:
    return scan(text, ("account",))


def find_amounts(text: str) -> tuple[PiiMatch, ...]:
    return scan(text, ("amount",))


def find_dates(text: str) -> tuple[PiiMatch, ...]:
    return scan(text, ("date",))


def find_emails(text: str) -> tuple[PiiMatch, ...]:
    return scan(text, ("email",))


# Data: common single-character surnames. Surnames that are also everyday function words
# (于, 和, 向, 时, 都 ...) are left out so that "本人于…" or "我是向…" is not read as a name.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔汤温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍华喻祁蒲滕饶艾尤"
    "穆卓吉缪简芦麦褚娄窦戚岑景费卜冷晏席卫柏瞿桂佟臧闵苟邬卞姬栾隋刁巫寇桑郎甄仲虞敖巩佘"
    "邝鞠荆冀郁胥储栗燕楚鄢谌奚粟冼蔺阚屠朴廉禹漆狄扈晁芮阙訾林洪"
    "赖邰邸裘亓嵇昝逯郜仝辜茹"  # 赖 is among the commonest surnames in Fujian and Guangdong
    "官"  # common in western Fujian (官秀兰)
    "古贝满车池项宫麻厉苑米湛帅凤况揭巴晋屈茅宗戈仇牟闻匡钮荀羊萧亢"  # rarer, none an everyday word (代, 全, 常 are)
)
COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
    "宇文", "长孙", "夏侯", "轩辕", "端木", "南宫", "西门", "独孤", "司徒", "申屠",
)
_TITLES = ("先生", "女士", "小姐", "老师", "阿姨")


def mask_name(name: str) -> str:
    """Surname kept, one "*" per other character: 张三 → 张*, 欧阳娜娜 → 欧阳**, 王先生 unchanged."""
    name = name.strip()
    if name.endswith(_TITLES) or len(name) < 2:
        return name
    surname = name[:2] if name.startswith(COMPOUND_SURNAMES) and len(name) > 2 else name[:1]
    return surname + "*" * (len(name) - len(surname))


def _mask_digits(text: str, keep_head: int, keep_tail: int) -> str:
    """Star every digit (and X) except the first `keep_head` and last `keep_tail`; keep separators."""
    positions = [i for i, c in enumerate(text) if c.isdigit() or c in "Xx"]
    hidden = set(positions[keep_head:len(positions) - keep_tail])
    return "".join("*" if i in hidden else c for i, c in enumerate(text))


def mask_phone(phone: str) -> str:
    """13812345678 → 138****5678; 0591-12345678 → 0591-****5678; 87654321 → ****4321."""
    if len(phone) == 11 and phone.isascii() and phone.isdigit() and phone[0] == "1" and phone[1] in "3456789":
        return phone[:3] + "****" + phone[7:]  # a mobile as stored, at once: a year's report masks 250,000
    return _mask_any_phone(phone)


def _mask_any_phone(phone: str) -> str:
    """mask_phone for any way of writing a number (full-width digits, separators, area codes)."""
    plain = normalize_width(phone)
    digits = re.sub(r"\D", "", plain)
    if re.fullmatch(r"(?:86)?1[3-9]\d{9}", digits):
        return _mask_digits(phone, len(digits) - 8, 4)
    area = re.match(r"\s*\(?\s*0\d{2,3}", plain)
    head = len(re.sub(r"\D", "", area.group())) if area else 0
    return _mask_digits(phone, head, 4)


def mask_id(number: str) -> str:
    """350403199001011234 → 3504**********1234 (first four and last four kept)."""
    return _mask_digits(number, 4, 4)


def mask_account(account: str) -> str:
    """6222 0212 3456 7890 → **** **** **** 7890 (only the last four digits kept)."""
    return _mask_digits(account, 0, 4)


_LONG_DIGITS = re.compile(r"(?<!\d)\d{15,}[Xx]?(?!\d)")


def mask_text(text: str) -> str:
    """The text with every phone, ID number and account masked (and any other long digit run)."""
    masks = {"mobile": mask_phone, "landline": mask_phone, "id_number": mask_id, "account": mask_account}
    pieces, last = [], 0
    for m in scan(text, tuple(masks)):
        pieces.append(text[last:m.start])
        pieces.append(masks[m.kind](text[m.start:m.end]))
        last = m.end
    pieces.append(text[last:])
    return _LONG_DIGITS.sub(lambda m: mask_account(m.group()), "".join(pieces))


# Names with an honorific (周女士, 王先生, 李阿姨, 欧阳老师): the surname goes, the title stays.
_HONORIFIC_NAME = re.compile(
    "(" + "|".join(COMPOUND_SURNAMES) + f"|[{SURNAMES}])" + r"(?=(?:先生|女士|小姐|阿姨|老师|大爷|大妈|师傅|奶奶|爷爷))")
# A street address: a place name ending in 路/街/巷/大道/弄/里, its number, and any building/room after it.
_STREET_ADDRESS = re.compile(
    r"(?:(?![住在于到往从是的和与及向至近旁位])[\u4e00-\u9fa5]){1,6}(?:大道|路|街|巷|弄|里)\s*[0-9０-９一二三四五六七八九十百零〇-]+\s*号"
    r"(?:\s*(?:[0-9０-９A-Za-z一二三四五六七八九十-]+\s*(?:栋|幢|座|单元|楼|层|室|号楼|号房)))*")


def mask_personal_text(text: str, names: tuple[str, ...] = ()) -> str:
    """Free text as people without a need to know may read it: phones, IDs, accounts and card
    numbers (`mask_text`), the given names (the case's customer) wherever they appear, names
    with an honorific (周女士 → *女士) and street addresses (和平路12号 → [地址]) masked."""
    out = mask_text(text)
    for name in sorted({n.strip() for n in names if n and len(n.strip()) >= 2}, key=len, reverse=True):
        out = out.replace(name, mask_name(name))
    out = _HONORIFIC_NAME.sub(lambda m: "*" * len(m.group()), out)
    return _STREET_ADDRESS.sub("[地址]", out)
