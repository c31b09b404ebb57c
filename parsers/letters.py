"""Read a customer's free-text letter: who complains, how to reach them, which units, what they ask.

A letter (scanned and OCR'd, or typed into an email) has no form fields, so every value is a
guess with a confidence and the snippet it came from; the router decides whether the guesses
are good enough or the case goes to triage. Units are found through the directory's names and
aliases (longest match first, never overlapping), plus the usual outlet suffixes on a unit's
stem ("梅列网点", "三元支行营业部"). Positions are offsets into the text as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from core.config import Directory
from parsers.letter_names import best_name
from parsers.letter_units import CLAUSE, SENTENCE, UnitMention, find_units, read_units
from parsers.loose_dates import letter_date
from parsers.pii import PiiMatch, normalize_width, scan
from parsers.traditional import simplified

__all__ = ["Extracted", "LetterFields", "UnitMention", "dated_in_year", "extract_letter", "find_complainant",
           "find_request", "find_units"]

_REQUEST = re.compile(r"要求|希望|请求|诉求|请贵行|恳请|请你们|请尽快|望贵行|务必|讨个说法|给个说法|给我一个说法")
_REQUEST_LABEL = re.compile(r"(?:客户诉求|客户要求|我的诉求是?|诉求|(?:^|\n)[^\S\n]*(?:请求|要求))\s*[:：]\s*(?P<body>[^\n]+)")
_LEAD_IN = re.compile(r"我们|我|本人|特此|现在?|再次|强烈|故|因此|所以|也|还|并且?|同时|最后|另外|在此|真诚|诚恳|郑重|地|的")
_THIRD_PARTY = re.compile(r"柜员|工作人员|经理|行长|保安|大堂|客服|他们|他|她|对方|银行|贵行|你行|网点|支行")
_FIRST_PERSON = re.compile(r"我|本人|特此|强烈|恳请|请贵行|望贵行")


@dataclass(frozen=True)
class Extracted:
    """One value read from free text, how sure we are, and the snippet it was read from."""

    value: str
    confidence: float
    evidence: str


@dataclass(frozen=True)
class LetterFields:
    """What a letter says about who, how to reach them, which units and what they want."""

    complainant: Extracted | None
    phones: tuple[Extracted, ...]
    accounts: tuple[Extracted, ...]
    id_numbers: tuple[Extracted, ...]
    amounts: tuple[Extracted, ...]
    dates: tuple[Extracted, ...]
    units: tuple[UnitMention, ...]
    request: Extracted | None
    email: Extracted | None
    unit_doubt: str | None = None  # why the units it names leave open which one it is about (`unit_doubt`)

    def complained_units(self) -> tuple[UnitMention, ...]:
        return tuple(u for u in self.units if u.complained)


def extract_letter(text: str, directory: Directory, registered: bool = False) -> LetterFields:
    """Everything a letter tells us, each value with its confidence and evidence; a
    `registered` text is the branch's own people's record of a complaint (its signature is theirs)."""
    plain = simplified(normalize_width(text))
    spans, units, doubt = read_units(plain, text, directory)
    blocked = tuple((start, end) for start, end, _ in spans)
    found = [m for m in scan(plain) if not any(s <= m.start < e for s, e in blocked)]

    def values(*kinds: str, confidence=lambda m: 0.95) -> tuple[Extracted, ...]:
        seen: dict[str, Extracted] = {}
        for m in found:
            value = _years_back_marked(plain, m) if m.kind == "date" else m.value
            if m.kind in kinds and value not in seen:
                seen[value] = Extracted(value, confidence(m), _evidence(text, m.start, m.end))
        return tuple(seen.values())

    emails = values("email")
    to_come = frozenset(m.value for m in found if m.kind == "date" and _spoken_of_as_to_come(plain, m))
    return LetterFields(
        complainant=find_complainant(plain, text, blocked, registered),
        phones=values("mobile", "landline", confidence=lambda m: _phone_confidence(plain, m)),
        accounts=values("account", confidence=lambda m: 0.95 if len(m.value) in (16, 19) else 0.85),
        id_numbers=values("id_number", confidence=lambda m: 0.99 if len(m.value) == 18 else 0.8),
        amounts=values("amount", confidence=lambda m: 0.9),
        dates=dated_in_year(values("date", confidence=lambda m: 0.9 if m.value[0] != "-" else 0.7),
                            letter_date(text), to_come),
        units=units,
        request=find_request(plain, text),
        email=emails[0] if emails else None,
        unit_doubt=doubt,
    )


_TO_COME_BEFORE = re.compile(r"(?:答应|承诺|约定|约好|预约|定在|改到|推到|等到|要到|到时|届时|将于|将在|最迟|截止到?)\s*$")
_TO_COME_AFTER = re.compile(r"\s*(?:之前|以前|前(?!后)|还得|还要|到期|截止)")


def dated_in_year(dates: tuple[Extracted, ...], signed: datetime | None,
                  to_come: frozenset[str] = frozenset()) -> tuple[Extracted, ...]:
    """A date told without a year ("11月1日", "十月二十日") is in the year the letter is signed,
    or the year before when that day is still to come then — unless the letter speaks of it
    as still to come (`to_come`: a deadline, a promise, an appointment): a letter signed in
    November that says "答应12月15日前先还" means this December, not the last one.
    A year told relative to it ("去年11月18日", "前年12月8日": marked "--11-18@1" by
    `_years_back_marked`) is that many years before the signing year.
    Without a signed date it stays year-less ("--11-01")."""
    out: dict[str, Extracted] = {}
    for d in dates:
        value, _, back = d.value.partition("@")
        if signed is not None and back:
            value = f"{signed.year - int(back):04d}-{value[2:]}"
        elif signed is not None and value.startswith("--"):
            ahead = value[2:] > signed.strftime("%m-%d") and value not in to_come
            value = f"{signed.year - ahead:04d}-{value[2:]}"
        out.setdefault(value, Extracted(value, d.confidence, d.evidence))
    return tuple(out.values())


_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2, "大前年": 3}
_YEAR_WORD = re.compile(r"(大前年|前年|去年|今年)(?:的)?\s*$")


def _years_back_marked(text: str, m: PiiMatch) -> str:
    """A year-less date with the year in words right before it ("去年11月18日") as "--11-18@1":
    dated_in_year puts it that many years before the signing year, and the same day told of
    this year and last ("今年11月18日到期", "去年11月18日…") stays two dates."""
    said = _YEAR_WORD.search(text, max(0, m.start - 4), m.start) if m.value.startswith("--") else None
    return f"{m.value}@{_YEARS_BACK[said.group(1)]}" if said else m.value


def _spoken_of_as_to_come(text: str, m: PiiMatch) -> bool:
    """Whether the words next to a date put it in the future (see dated_in_year)."""
    return bool(_TO_COME_BEFORE.search(text, max(0, m.start - 6), m.start) or _TO_COME_AFTER.match(text, m.end))


def _evidence(text: str, start: int, end: int, around: int = 12) -> str:
    """The matched text with a little context, whitespace collapsed, as the person wrote it."""
    return re.sub(r"\s+", " ", text[max(0, start - around):end + around]).strip()


def _phone_confidence(text: str, m: PiiMatch) -> float:
    """Mobiles and landlines with an area code are sure; a bare 8-digit number needs a 电话 label."""
    if m.kind == "mobile":
        return 0.95
    labelled = re.search(r"电话|座机|联系|固话|手机|Tel", text[max(0, m.start - 8):m.start], re.I)
    if "-" in m.value:
        return 0.9
    return 0.85 if labelled else 0.6


# ---------------------------------------------------------------- complainant

def find_complainant(plain: str, original: str | None = None,
                     blocked: tuple[tuple[int, int], ...] = (), registered: bool = False) -> Extracted | None:
    """The person who writes: a label (投诉人：), a signature, "我是/本人…", or "客户王某某".

    `blocked` spans (unit names) are never read as names: "我是梅列区…" is a place, not 梅列.
    """
    original = original if original is not None else plain
    found = best_name(plain, blocked, registered)
    if found is None:
        return None
    score, pos, name = found
    if len(original) == len(plain) and plain[pos:pos + len(name)] == name:  # as written (陳志遠)
        name = original[pos:pos + len(name)]
    return Extracted(name, score, _evidence(original, pos, pos + len(name), 8))


# ---------------------------------------------------------------- request

def find_request(plain: str, original: str | None = None) -> Extracted | None:
    """What the customer asks for: a 诉求 label, or their clauses with 要求/希望/请贵行 … to the sentence end.

    A clause that opens with the request ("希望贵行…", "我要求…", "请…") is preferred over a
    request told in passing ("去网点要求查看监控"); what staff demanded ("要求我…") is no request.
    """
    original = original if original is not None else plain
    label = _REQUEST_LABEL.search(plain)
    if label:
        body = original[label.start("body"):label.end("body")].strip()
        return Extracted(body, 0.95, _evidence(original, label.start("body"), label.end(), 0))
    strong, weak = [], []
    for sentence in SENTENCE.finditer(plain):
        found = _request_in(sentence.group())
        if found:
            offset, is_strong = found
            text = original[sentence.start() + offset:sentence.end()].strip()
            (strong if is_strong else weak).append((text, sentence.start() + offset))
    picked = (strong or weak)[:3]
    if not picked:
        return None
    value = "".join(t for t, _ in picked)
    first_person = bool(_FIRST_PERSON.search(value))
    confidence = (0.9 if first_person else 0.85) if strong else 0.7
    return Extracted(value, confidence, _evidence(original, picked[0][1], picked[0][1] + len(picked[0][0]), 0))


def _request_in(sentence: str) -> tuple[int, bool] | None:
    """Where the customer's request starts in a sentence and whether it opens its clause."""
    for clause in CLAUSE.finditer(sentence):
        body = clause.group()
        word = _REQUEST.search(body) or re.match(r"\s*(?:请(?!问)|麻烦)", body)
        if not word or re.match(r"要求(?:我|其|本人|客户|他|她)", body[word.start():]):
            continue
        before = body[:word.start()]
        if _THIRD_PARTY.search(before) and not _FIRST_PERSON.search(before):
            continue
        lead_in = _LEAD_IN.sub("", before)
        return clause.start(), not lead_in.strip()
    return None


# ---------------------------------------------------------------- units
