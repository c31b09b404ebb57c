"""Read a customer's free-text letter: who complains, how to reach them, which units, what they ask.

A letter (scanned and OCR'd, or typed into an email) has no form fields, so every value is a
guess with a confidence and the snippet it came from; the router decides whether the guesses
are good enough or the case goes to triage. Units are found through the directory's names and
aliases (longest match first, never overlapping), plus the usual outlet suffixes on a unit's
stem ("梅列网点", "三元支行营业部"). Positions are offsets into the text as given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from core.config import Directory, Unit
from parsers.letter_names import best_name
from parsers.loose_dates import letter_date
from parsers.pii import PiiMatch, normalize_width, scan
from parsers.registrations import is_praise
from parsers.traditional import simplified

_REQUEST = re.compile(r"要求|希望|请求|诉求|请贵行|恳请|请你们|请尽快|望贵行|务必|讨个说法|给个说法|给我一个说法")
_REQUEST_LABEL = re.compile(r"(?:客户诉求|客户要求|我的诉求是?|诉求|(?:^|\n)[^\S\n]*(?:请求|要求))\s*[:：]\s*(?P<body>[^\n]+)")
_LEAD_IN = re.compile(r"我们|我|本人|特此|现在?|再次|强烈|故|因此|所以|也|还|并且?|同时|最后|另外|在此|真诚|诚恳|郑重|地|的")
_THIRD_PARTY = re.compile(r"柜员|工作人员|经理|行长|保安|大堂|客服|他们|他|她|对方|银行|贵行|你行|网点|支行")
_FIRST_PERSON = re.compile(r"我|本人|特此|强烈|恳请|请贵行|望贵行")
_SENTENCE = re.compile(r"[^。！？!?\n；;]+[。！？!?；;]?")
_CLAUSE = re.compile(r"[^，,。！？!?\n；;]+")
_PASSED_ON = re.compile(r"(?:请|烦请|并)?(?:转交|转呈|转给|转)")
_CONTRAST = re.compile(r"但|可是|不过|然而|却")

# Words that mark the unit next to them as the one complained about.
_COMPLAINT_WORDS = re.compile(
    r"被?投诉|举报|不满|气愤|愤怒|刁难|推诿|推来推去|敷衍|怠慢|冷漠|辱骂|不耐烦|拒绝|拒收|乱收费|违规|失职|"
    r"不作为|欺骗|误导|强制|搭售|吞卡|盗刷|未告知|没有?告知|坏了|故障|不解释|没修好|办不了|不能办|不给换|"
    r"不能换|拖延|不给办理?|不予办理|态度[^，,。]{0,4}(?:差|恶劣|冷漠|蛮横|生硬|不好)|太差|很差|极差|"
    r"讨个说法|要个说法|给个说法|被投诉单位|被投诉网点|被投诉部门|涉及机构"
)
_OUTLET_SUFFIXES = ("支行", "分理处", "网点", "营业部", "营业所", "营业室", "储蓄所", "分行")
_AFTER_UNIT = re.compile(r"营业部|营业室|营业厅|营业所|网点")
_MONEY_LIKE = re.compile(r"^[零一二两三四五六七八九十百千万\d]+[元块角]$")
_PLACE_AFTER = re.compile(r"街道|大街|路|街|小区|社区|村|镇|大道|花园|公园|广场|派出所|医院|学校|中学|小学")
SPLIT_NAME_MIN = 4  # a unit's surface this long may be broken by a line end or a space
_SALUTATION = re.compile(r"[^\n：:。，,]{2,30}(?:[，,](?:请|烦请|并)?转[^\n：:。，,]{2,30})?[：:]\s*")
_OPENED_THERE = re.compile(r"(?:营业部|网点)?(?:开|办)(?:了|的|过)?(?:一张|一个|一本|张|个|本)?[^，。,；\n]{0,6}?"
                           r"(?:卡|户|存折|账户)")
_OPENED_BEFORE = re.compile(r"(?:卡|户|存折|账户)(?:都|也)?是?在$")      # "卡是在东门网点办的"
_OPENED_AFTER = re.compile(r"(?:营业部|网点)?(?:开|办)(?:的|了)")
_REFERRED_ON = re.compile(r"[^。！？!?\n]{0,16}?(?:让|叫|要|说)(?:我|我们)?(?:来)?(?:找|问|联系|写信给)你们")
_ASKED = re.compile(r"(?:^|[。！？!?\n])\s*(?:恳请|请求|请|希望|要求|盼)(?:贵行|你们)?$")
_LOOKED_INTO = re.compile(r"(?:查一查|查一下|查查|调查|核查|追究|处理一下|处理)$")
_WENT_TO = re.compile(r"(?:去|到|来|跑|前往|赶到|来到)(?:了|过)?$")
_LOCATIVE = re.compile(r"[在到去至于对向被给和与及、]$|投诉$|举报$")


@dataclass(frozen=True)
class Extracted:
    """One value read from free text, how sure we are, and the snippet it was read from."""

    value: str
    confidence: float
    evidence: str


@dataclass(frozen=True)
class UnitMention:
    """A directory unit named in the letter: first mention, best confidence, complained about or not."""

    code: str
    text: str
    start: int
    confidence: float
    complained: bool
    count: int = 1


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

    def complained_units(self) -> tuple[UnitMention, ...]:
        return tuple(u for u in self.units if u.complained)


def extract_letter(text: str, directory: Directory, registered: bool = False) -> LetterFields:
    """Everything a letter tells us, each value with its confidence and evidence; a
    `registered` text is the branch's own people's record of a complaint (its signature is theirs)."""
    plain = simplified(normalize_width(text))
    spans = _unit_spans(plain, directory)
    blocked = tuple((start, end) for start, end, _ in spans)
    found = [m for m in scan(plain) if not any(s <= m.start < e for s, e in blocked)]

    def values(*kinds: str, confidence=lambda m: 0.95) -> tuple[Extracted, ...]:
        seen: dict[str, Extracted] = {}
        for m in found:
            if m.kind in kinds and m.value not in seen:
                seen[m.value] = Extracted(m.value, confidence(m), _evidence(text, m.start, m.end))
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
        units=_mentions(plain, spans, text),
        request=find_request(plain, text),
        email=emails[0] if emails else None,
    )


# Words that put a date still to come: a deadline or a promise ("答应12月15日前先还"), an
# appointment ("12月11日还得再请一次假", "预约到12月11日").
_TO_COME_BEFORE = re.compile(r"(?:答应|承诺|约定|约好|预约|定在|改到|推到|等到|要到|到时|届时|将于|将在|最迟|截止到?)\s*$")
_TO_COME_AFTER = re.compile(r"\s*(?:之前|以前|前(?!后)|还得|还要|到期|截止)")


def dated_in_year(dates: tuple[Extracted, ...], signed: datetime | None,
                  to_come: frozenset[str] = frozenset()) -> tuple[Extracted, ...]:
    """A date told without a year ("11月1日", "十月二十日") is in the year the letter is signed,
    or the year before when that day is still to come then — unless the letter speaks of it
    as still to come (`to_come`: a deadline, a promise, an appointment): a letter signed in
    November that says "答应12月15日前先还" means this December, not the last one.
    Without a signed date it stays year-less ("--11-01")."""
    if signed is None:
        return dates
    out: dict[str, Extracted] = {}
    for d in dates:
        value = d.value
        if value.startswith("--"):
            ahead = value[2:] > signed.strftime("%m-%d") and value not in to_come
            value = f"{signed.year - ahead:04d}-{value[2:]}"
        out.setdefault(value, Extracted(value, d.confidence, d.evidence))
    return tuple(out.values())


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
    for sentence in _SENTENCE.finditer(plain):
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
    for clause in _CLAUSE.finditer(sentence):
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

@dataclass(frozen=True)
class _Surface:
    """One way of writing a unit, and how sure a match on it makes us."""

    text: str
    code: str
    confidence: float
    needs_context: bool = False
    name: str = ""


def unit_surfaces(directory: Directory) -> tuple[_Surface, ...]:
    """Every way a unit can be written: name, aliases, and an outlet's stem with each outlet suffix."""
    surfaces: dict[str, _Surface] = {}
    for unit in directory.unit:
        for surface in _surfaces_of(unit):
            current = surfaces.get(surface.text)
            if current is None or surface.confidence > current.confidence:
                surfaces[surface.text] = surface
    return tuple(sorted(surfaces.values(), key=lambda s: (-len(s.text), -s.confidence)))


def _surfaces_of(unit: Unit) -> list[_Surface]:
    """Name (1.0), aliases (0.9; 0.7 for two characters), outlet stem + another suffix (0.85)."""
    out = [_Surface(unit.name, unit.code, 1.0, name=unit.name)]
    for alias in unit.aliases:
        money_like = bool(_MONEY_LIKE.match(alias))
        out.append(_Surface(alias, unit.code, 0.7 if len(alias) <= 2 else 0.9, money_like, unit.name))
    if unit.kind == "outlet":
        for written in [unit.name, *unit.aliases]:
            stem = next((written[:-len(s)] for s in _OUTLET_SUFFIXES if written.endswith(s)), None)
            if stem and len(stem) >= 2:
                out += [_Surface(stem + s, unit.code, 0.85, name=unit.name)
                        for s in _OUTLET_SUFFIXES if stem + s != written]
    return out


def find_units(text: str, directory: Directory) -> tuple[UnitMention, ...]:
    """Units named in the text (traditional characters too: 城關分理處), in order of first
    mention, one per unit code."""
    plain = simplified(normalize_width(text))
    return _mentions(plain, _unit_spans(plain, directory), text)


def _mentions(plain: str, spans: list[tuple[int, int, "_Surface"]], original: str) -> tuple[UnitMention, ...]:
    """One mention per unit code: first position and text, best confidence, complained if any mention is.

    With no complaint words next to any unit, the letter still says which it complains about
    when it names one unit only, or when it thanks some of the units it names ("先感谢城东支行
    的小吴……再说投诉，燕西支行的柜员……"): the units it does not thank are the complained ones;
    or when all units it names but one are only its addressee, where an account was once
    opened or who sent the writer on to the addressee (`_aside_codes`), or it asks to have one of
    them looked into (`_investigated_codes`) or asks one only to put things right
    (`_asked_codes`), or calls one only "yours" (`_yours_codes`), or went to one only
    (`_visited_codes`), or, all of them being background, is addressed to one
    (`_addressed_codes`) — tried in that order.
    """
    complained = _complained_spans(plain, spans)
    codes = {surface.code for _, _, surface in spans}
    if not any(complained) and len(codes) == 1:
        complained = [True] * len(spans)  # a letter naming one unit complains about that unit
    elif not any(complained):
        praised = {surface.code for (start, _, surface), hit in zip(spans, _praised_spans(plain, spans)) if hit}
        if praised and codes - praised:
            complained = [surface.code not in praised for _, _, surface in spans]
        elif any(len(rest := found(plain, spans)) == 1 for found in (_aside_rest, _investigated_codes, _asked_codes,
                                                               _yours_codes, _visited_codes, _addressed_codes)):
            complained = [surface.code in rest for _, _, surface in spans]
    merged: dict[str, UnitMention] = {}
    for (start, end, surface), hit in zip(spans, complained):
        old = merged.get(surface.code)
        if old is None:
            merged[surface.code] = UnitMention(surface.code, original[start:end], start, surface.confidence, hit)
        else:
            merged[surface.code] = UnitMention(old.code, old.text, old.start, max(old.confidence, surface.confidence),
                                               old.complained or hit, old.count + 1)
    return tuple(merged.values())


def _aside_codes(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units named only as the letter's addressee ("明溪县支行：", "尊敬的个人金融部领导：" on the
    first line) or as where a card or account was once opened ("在老家列西开了一张借记卡"): who
    the letter is written to and its background, not where the grievance happened."""
    salutation = _salutation(text)
    aside: dict[str, bool] = {}
    for start, end, surface in spans:
        here = salutation[0] <= start < salutation[1] or _opened_there(text, start, end) \
            or _REFERRED_ON.match(text, end) is not None
        aside[surface.code] = aside.get(surface.code, True) and here
    return {code for code, only_aside in aside.items() if only_aside}


def _salutation(text: str) -> tuple[int, int]:
    """Where the letter's first line is an addressee ("信用卡中心：", "燕西支行的领导："), else (0, 0)."""
    first = re.match(r"\s*(?P<line>[^\n]*)", text)
    return first.span("line") if _SALUTATION.fullmatch(first["line"]) else (0, 0)


def _opened_there(text: str, start: int, end: int) -> bool:
    """The unit named as where a card or account was opened: "在列西开了一张借记卡", "卡是在东门网点办的"."""
    return _OPENED_THERE.match(text, end) is not None or bool(
        _OPENED_BEFORE.search(text, max(0, start - 6), start) and _OPENED_AFTER.match(text, end))


def _addressed_codes(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units named in the addressee line: who the letter turns to, taken when every unit it
    names is only background (the addressee, where a card was opened, who sent the writer on)."""
    begin, end = _salutation(text)
    passed_on = _PASSED_ON.search(text, begin, end)  # "明溪支行，请转信用卡中心：": the centre is addressed
    begin = passed_on.end() if passed_on else begin
    return {surface.code for start, _, surface in spans if begin <= start < end}


def _aside_rest(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    return {surface.code for _, _, surface in spans} - _aside_codes(text, spans)


def _asked_codes(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units the letter asks to put things right ("请明溪支行查明……", "希望列西分理处给我一个书面道歉")."""
    return {surface.code for start, end, surface in spans if _ASKED.search(text, max(0, start - 4), start)}


def _investigated_codes(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units the letter asks to have looked into ("请个金部查一查城东支行这位理财经理"): what they did
    is the grievance, whoever is asked to look."""
    return {surface.code for start, _, surface in spans if _LOOKED_INTO.search(text, max(0, start - 4), start)}


def _yours_codes(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units the writer names as "yours" ("拿到你们燕西支行存"): the one the letter talks to, beside
    others it only compares with ("去了徐碧网点，人家的机器一张不退")."""
    return {surface.code for start, _, surface in spans if text.endswith(("你们", "你们的"), max(0, start - 3), start)}


def _visited_codes(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units the writer went to ("11月3日去城东支行补卡", "跑到列西分理处"), not as the place an
    account was opened: where what the letter tells happened, when nothing else says so."""
    return {surface.code for start, end, surface in spans
            if _WENT_TO.search(text, max(0, start - 3), start) and not _opened_there(text, start, end)}


def _praised_spans(text: str, spans: list[tuple[int, int, "_Surface"]]) -> list[bool]:
    """Whether each unit mention sits in thanks or praise with nothing to put right: its
    sentence when it is the only unit there, else (and also) its own clause with no "but" after
    it in the sentence (`_praised_in_own_clause`)."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    starts = sorted(s for s, _, _ in spans)
    read: dict[tuple[int, int], bool] = {}  # mentions share sentences: each is read once
    praised = []
    for start, end, _ in spans:
        si = _containing(sentences, start)
        begin, stop = sentences[si] if si >= 0 else (start, end)
        own = _praised_in_own_clause(text, start, clauses, sentences)
        if _count_in(starts, begin, stop) > 1:
            praised.append(own)
            continue
        if (begin, stop) not in read:
            read[begin, stop] = is_praise(text[begin:stop])
        praised.append(read[begin, stop] or own)
    return praised


def _unit_spans(text: str, directory: Directory) -> list[tuple[int, int, _Surface]]:
    """Non-overlapping matches, longest surface first; a trailing 营业部/网点 joins the match.

    A name may be broken by the end of a printed line or by OCR's spaces ("信用卡中\n心",
    "明溪县 支行"): surfaces are matched on the text without its whitespace and mapped back.
    Only a surface of SPLIT_NAME_MIN characters or more may be broken, so two lines that
    happen to end "…排列" and start "西…" do not make the alias 列西."""
    compact, where = _without_spaces(text)
    taken: list[tuple[int, int, _Surface]] = []
    claimed = bytearray(len(compact) + 1)  # 1 under a taken match: the overlap test costs the match's length
    for surface in unit_surfaces(directory):
        for m in re.finditer(re.escape(surface.text), compact):
            start, end = m.start(), m.end()
            if any(claimed[start:end]):
                continue
            if where[end - 1] - where[start] >= end - start and len(surface.text) < SPLIT_NAME_MIN:
                continue  # a short surface broken by whitespace: two words that meet, not a name
            if surface.needs_context and not _unit_context(compact, start, end):
                continue
            if surface.text != surface.name and _PLACE_AFTER.match(compact, end):
                continue
            tail = _AFTER_UNIT.match(compact, end)
            end = tail.end() if tail else end
            taken.append((where[start], where[end - 1] + 1, surface))
            claimed[start:end] = b"\x01" * (end - start)
    return sorted(taken, key=lambda t: t[0])


def _without_spaces(text: str) -> tuple[str, list[int]]:
    """The text with its whitespace taken out, and where each remaining character stood."""
    where = [i for i, char in enumerate(text) if not char.isspace()]
    return "".join(text[i] for i in where), where


def _unit_context(text: str, start: int, end: int) -> bool:
    """A money-like alias ("三元") counts as a unit only next to a place word or an outlet word."""
    return bool(_LOCATIVE.search(text[max(0, start - 2):start]) or re.match(r"区|的|那|网点|营业|工作人员|柜", text[end:]))


def _complained_spans(text: str, spans: list[tuple[int, int, _Surface]]) -> list[bool]:
    """Whether each unit mention sits next to complaint words.

    "Next to" is the whole sentence when the mention is the only unit in it; otherwise its own
    clause and the clause after it (unless that clause names another unit), or a 投诉/举报/对
    right before it. So in "在三元支行开的卡，在梅列支行被吞卡" only 梅列支行 is complained about.
    """
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    starts = sorted(s for s, _, _ in spans)
    searched: dict[tuple[int, int], bool] = {}  # mentions share sentences: each is searched once

    def has_complaint_words(begin: int, end: int) -> bool:
        if (begin, end) not in searched:
            searched[begin, end] = _COMPLAINT_WORDS.search(text, begin, end) is not None
        return searched[begin, end]

    return [_near_complaint(text, start, end, clauses, sentences, starts, has_complaint_words)
            and not _praised_in_own_clause(text, start, clauses, sentences)
            for start, end, _ in spans]


def _praised_in_own_clause(text: str, start: int, clauses: list[tuple[int, int]],
                           sentences: list[tuple[int, int]]) -> bool:
    """A mention whose own clause praises it with no "but" after it in the sentence ("城东的员工
    很耐心，查了半天告诉我，是行里的短信平台出了故障"): the failure told later is not its; with a
    "but" ("城东的柜员很热情，但是把钱转错了") it is."""
    ci, si = _containing(clauses, start), _containing(sentences, start)
    if ci < 0 or si < 0:
        return False
    begin, end = clauses[ci]
    return is_praise(text[begin:end]) and not _CONTRAST.search(text, end, sentences[si][1])


def _containing(bounds: list[tuple[int, int]], pos: int) -> int:
    """The index of the (sorted, disjoint) span holding `pos`, or -1; a binary search."""
    i = bisect.bisect_right(bounds, (pos, float("inf"))) - 1
    return i if i >= 0 and bounds[i][0] <= pos < bounds[i][1] else -1


def _count_in(sorted_starts: list[int], begin: int, end: int) -> int:
    return bisect.bisect_left(sorted_starts, end) - bisect.bisect_left(sorted_starts, begin)


def _near_complaint(text: str, start: int, end: int, clauses: list[tuple[int, int]],
                    sentences: list[tuple[int, int]], unit_starts: list[int],
                    has_complaint_words: Callable[[int, int], bool]) -> bool:
    si, ci = _containing(sentences, start), _containing(clauses, start)
    sentence = sentences[si] if si >= 0 else (start, end)
    if _count_in(unit_starts, *sentence) == 1:
        near = [sentence]
    else:
        near = [clauses[ci]] if ci >= 0 else []
        nxt = clauses[ci + 1] if 0 <= ci < len(clauses) - 1 else None
        if nxt and nxt[1] <= sentence[1] and not _count_in(unit_starts, *nxt):
            near.append(nxt)
    if any(has_complaint_words(s, e) for s, e in near):
        return True
    return bool(re.search(r"投诉|举报|对$", text[max(0, start - 6):start]))
