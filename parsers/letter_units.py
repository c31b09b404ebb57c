"""Which directory units a letter names, and which of them it complains about.

Units are found through the directory's names and aliases (longest match first, never
overlapping), plus the usual outlet suffixes on a unit's stem ("梅列网点", "三元支行营业部"),
in the simplified text (parsers.traditional). A unit next to complaint words is complained
about; with none, the letter's other signs decide (`_mentions`), and a letter that leaves the
choice open says why (`unit_doubt`), for the office to decide. Split from parsers/letters.py,
which reads the rest of a letter.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import partial
from typing import Callable

from core.config import Directory, Unit
from parsers.pii import normalize_width
from parsers.registrations import is_praise
from parsers.traditional import simplified
from parsers.unit_background import background_only, next_other_starts, sent_on, went_to

SENTENCE = re.compile(r"[^。！？!?\n；;]+[。！？!?；;]?")
CLAUSE = re.compile(r"[^，,。！？!?\n；;]+")
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
# an account told as opened there ("在老家列西开了一张借记卡", "在城东开的卡"), not one being opened in
# what the letter tells ("到城东支行开基本户，柜员说…"); 农户信用贷款, 种植户 are borrowers, not accounts
_OPENED_THERE = re.compile(r"(?:营业部|网点)?(?:开|办)(?:了|的|过)(?:一张|一个|一本|张|个|本)?[^，。,；\n]{0,6}?"
                           r"(?:卡|(?<![农客用商住贫散植殖])户|存折|账户)"
                           r"|存(?:了|的)(?:一张|一笔|张|笔)?[^，。,；\n]{0,8}?(?:存单|定期)"  # a deposit placed there
                           # a card or account held there: "柜员说我在城东已经有一张你们的一类卡了"
                           r"|(?:已经|早就|还|都|也)?有(?:一张|一个|一本|张|个|本)[^，。,；\n]{0,8}?"
                           r"(?:卡|(?<![农客用商住贫散植殖])户|存折|账户)"
                           r"|那(?:张|本)")  # "城东那张卡绑着我医保": that card, held there
_OPENING_NEAR = re.compile(r"[^，。,；\n]{0,12}?(?:开|办)(?:了|的|过)?[^，。,；\n]{0,6}?(?:卡|(?<![农客用商住贫散植殖])户|存折)")
_WHILE = re.compile(r"(?:的)?(?:时|时候|之时|当时|过程中)")  # the opening is the scene: "办信用卡时，…"
_OPENED_BEFORE = re.compile(r"(?:卡|户|存折|账户)(?:都|也)?是?在$")      # "卡是在东门网点办的"
_OPENED_AFTER = re.compile(r"(?:营业部|网点)?(?:开|办)(?:的|了)")
# an account opened in the customer's name by someone else: the opening is the grievance
_IN_ONES_NAME = re.compile(r"以(?:其|我|他|她|老人)?(?:本人)?的?名义|用(?:我|其|他|她)的名字|冒名|冒用|盗用")
_CLOSED = re.compile(r"销户|销卡|注销|挂失|解挂|冻结")
_REFERRED_ON = re.compile(r"[^。！？!?\n]{0,16}?(?:让|叫|要|说)(?:我|我们)?(?:来)?(?:找|问|联系|写信给)你们")
_ASK = r"(?:恳请|请求|请|希望|要求|盼)(?:贵行|你们)?$"  # an ask right before a unit: anywhere, after a comma, opening a sentence
_ASKED_ANYWHERE = re.compile(_ASK)
_ASKED_IN_CLAUSE = re.compile(r"[，,；;]\s*" + _ASK)
_ASKED = re.compile(r"(?:^|[。！？!?\n”」])\s*" + _ASK)
ASK_WINDOW = 6  # characters before a unit read for an ask: "。恳请贵行" is five
# verbs whose object is the unit to be looked into: "请个金部管一管城东支行", "督促徐碧网点"
_LOOKED_INTO = re.compile(r"(?:查一查|查一下|查查|调查|核查|核实|查明|查处|追究|处理一下|处理|管一管|管管|管一下|督促|过问|"
                          r"整顿|整改|教育一下|批评|约谈|监督|问一问|问问)(?:一下)?$")  # "请个金部核实一下燕西这笔钱"
_ADDRESSEE_HERE = re.compile(r"你们(?:那里|那儿|那边|这里|这儿|网点|支行|分理处|营业厅|那(?![些个样么种时]))"
                             r"|贵(?:网点|支行|分理处|处)")
# a unit the writer clears of blame: "徐碧那边该做的都做了，我不怪他们"
_CLEARED = re.compile(r"不怪|不能怪|该做的都做了|挑不出(?:毛病|错)")  # the writer's words, not a unit's defence
_LOCATIVE = re.compile(r"[在到去至于对向被给和与及、]$|投诉$|举报$")


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
class _Surface:
    """One way of writing a unit, and how sure a match on it makes us."""

    text: str
    code: str
    confidence: float
    needs_context: bool = False
    name: str = ""
    addressee_here: bool = False  # "你们那里" standing for the outlet addressed (`_with_addressee_here`)
    department: bool = False  # a department (个人金融部, 信用卡中心): asked to act, it is the superior


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
    department = unit.kind == "department"
    out = [_Surface(unit.name, unit.code, 1.0, name=unit.name, department=department)]
    for alias in unit.aliases:
        money_like = bool(_MONEY_LIKE.match(alias))
        out.append(_Surface(alias, unit.code, 0.7 if len(alias) <= 2 else 0.9, money_like, unit.name,
                            department=department))
    if unit.kind == "outlet":
        for written in [unit.name, *unit.aliases]:
            stem = next((written[:-len(s)] for s in _OUTLET_SUFFIXES if written.endswith(s)), None)
            if stem and len(stem) >= 2:
                out += [_Surface(stem + s, unit.code, 0.85, name=unit.name)
                        for s in _OUTLET_SUFFIXES if stem + s != written]
    return out


def read_units(plain: str, original: str, directory: Directory,
               ) -> tuple[list[tuple[int, int, "_Surface"]], tuple[UnitMention, ...], str | None]:
    """Where `plain` (the letter normalised and simplified) names units, one mention per unit,
    and why the letter leaves its unit open (`unit_doubt`) or None."""
    spans = _letter_spans(plain, directory)
    units = _mentions(plain, spans, original)
    return spans, units, unit_doubt(plain, spans, units, directory)


def find_units(text: str, directory: Directory) -> tuple[UnitMention, ...]:
    """Units named in the text (traditional characters too: 城關分理處), in order of first
    mention, one per unit code."""
    plain = simplified(normalize_width(text))
    return _mentions(plain, _letter_spans(plain, directory), text)


def _letter_spans(plain: str, directory: Directory) -> list[tuple[int, int, "_Surface"]]:
    """The units the letter names, and its "你们那里" for the outlet it is written to."""
    return _with_addressee_here(plain, _unit_spans(plain, directory), directory)


def _with_addressee_here(plain: str, spans: list[tuple[int, int, "_Surface"]],
                         directory: Directory) -> list[tuple[int, int, "_Surface"]]:
    """The spans, and "你们那里", "贵网点"… as mentions of the outlet the letter is addressed to
    ("致燕西支行负责同志：…到你们那里换新票…以前在城东支行换，从来没收过钱"): the writer went
    to the addressee, not to the outlet only compared with."""
    begin, end = _salutation(plain)
    addressed = {surface.code: surface for start, _, surface in spans if begin <= start < end}
    if len(addressed) != 1:
        return spans
    (code, surface), = addressed.items()
    unit = directory.unit_by_code(code)
    if unit is None or unit.kind == "department":
        return spans
    here = [(m.start(), m.end(), replace(surface, addressee_here=True)) for m in _ADDRESSEE_HERE.finditer(plain, end)]
    return sorted(spans + here, key=lambda t: t[0]) if here else spans


def _mentions(plain: str, spans: list[tuple[int, int, "_Surface"]], original: str) -> tuple[UnitMention, ...]:
    """One mention per unit code: first position and text, best confidence, complained if any mention is.

    With no complaint words next to any unit, the letter still says which it complains about
    when it names one unit only, or when it thanks some of the units it names ("先感谢城东支行
    的小吴……再说投诉，燕西支行的柜员……"): the units it does not thank are the complained ones;
    or when one is where someone opened an account in the customer's name (`_opened_in_ones_name`);
    or when all units it names but one are only its addressee, where an account was once
    opened, who sent the writer on to the addressee, where it only asked, complained to a superior
    or fetched a statement, or one it only compares with (`_aside_codes`), or it asks to have one of
    them looked into (`_investigated_codes`) or asks one only to put things right
    (`_asked_codes`; after a comma, `_asked_in_clause_codes`: a form's "…，要求燕西支行道歉"), or
    calls one only "yours" (`_yours_codes`), or, all of them being background, is addressed to one
    (`_addressed_codes`) — tried in that order.

    That the writer went to one of them only (`_visited_codes`) picks none, for the office to decide
    (`unit_doubt`): right on 30 of 33 tuned letters, 10 of 17 on the next blind round (FRESH27/28,
    FORMS20/21: an errand after the grievance elsewhere); it still stops the addressee deciding."""
    complained = _complained_spans(plain, spans)
    codes = {surface.code for _, _, surface in spans}
    complained = _narrowed_to_looked_into(plain, spans, complained)
    complained = [hit and not sent_on(plain, end, upto)  # "那里办不了加急，被指到徐碧支行": the next one's
                  for (_, end, _), upto, hit in zip(spans, next_other_starts(plain, spans), complained)]
    if not any(complained) and len(codes) == 1:
        complained = [True] * len(spans)  # a letter naming one unit complains about that unit
    elif not any(complained):
        praised = {surface.code for (start, _, surface), hit in zip(spans, _praised_spans(plain, spans)) if hit}
        if praised and codes - praised:  # the rest, but not a unit named only as background (the addressee)
            blamed = (codes - praised - _aside_codes(plain, spans)) or (codes - praised)
            complained = [surface.code in blamed for _, _, surface in spans]
        else:
            for found in (_opened_in_ones_name, _aside_rest, _investigated_codes, _asked_codes, _asked_in_clause_codes,
                          _yours_codes, _visited_codes, _addressed_codes):
                if len(rest := found(plain, spans)) == 1:
                    if found is not _visited_codes:
                        complained = [surface.code in rest for _, _, surface in spans]
                    break
    merged: dict[str, UnitMention] = {}
    for (start, end, surface), hit in zip(spans, complained):
        old = merged.get(surface.code)
        if old is None:
            merged[surface.code] = UnitMention(surface.code, original[start:end], start, surface.confidence, hit)
        else:
            merged[surface.code] = UnitMention(old.code, old.text, old.start, max(old.confidence, surface.confidence),
                                               old.complained or hit, old.count + 1)
    return tuple(merged.values())


def _narrowed_to_looked_into(text: str, spans: list[tuple[int, int, "_Surface"]],
                             complained: list[bool]) -> list[bool]:
    """Complaint words next to several units, one of them asked to look into another ("请个金部督促
    城东尽快处理，损失请给个说法"): the one to be looked into is complained about."""
    hit_codes = {surface.code for (_, _, surface), hit in zip(spans, complained) if hit}
    looked_into = _investigated_codes(text, spans) & hit_codes
    if len(looked_into) != 1 or len(hit_codes) < 2:
        return complained
    return [hit and surface.code in looked_into for (_, _, surface), hit in zip(spans, complained)]


def _aside_codes(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units named only as the letter's addressee ("明溪县支行：", "尊敬的个人金融部领导：" on the
    first line), as where a card or account was once opened ("在老家列西开了一张借记卡"), or as
    other background (parsers.unit_background: an errand there, a unit compared with): who the
    letter is written to and its background, not where the grievance happened."""
    salutation = _salutation(text)
    addressed = _addressed_codes(text, spans)
    aside: dict[str, bool] = {}
    for (start, end, surface), upto in zip(spans, next_other_starts(text, spans)):
        asked_again = (surface.code in addressed and _asked_at(text, start)) or (  # "请个金部看看"
            surface.department and _asked_at(text, start, _ASKED_ANYWHERE) and not _asked_at(text, start))
        here = salutation[0] <= start < salutation[1] or asked_again or _only_addressee_here(text, start, surface) \
            or _opened_there(text, start, end) or _REFERRED_ON.match(text, end) is not None \
            or background_only(text, start, end, upto)
        aside[surface.code] = aside.get(surface.code, True) and here
    return {code for code, only_aside in aside.items() if only_aside}


def _only_addressee_here(text: str, start: int, surface: "_Surface") -> bool:
    """"你们那里" that only stands for the addressee ("在你们那里留的手机号"), not a visit to it
    ("到你们那里换新票"): the visit tells where it happened."""
    return surface.addressee_here and not went_to(text, start)


def _asked_at(text: str, start: int, ask: re.Pattern = _ASKED) -> bool:
    """A unit named right after an ask opening a sentence: "请明溪支行…", "希望列西分理处…"; after a
    comma (`_ASKED_IN_CLAUSE`: a form's "…，要求燕西支行道歉"); or anywhere (`_ASKED_ANYWHERE`:
    "…请支行答复，也请个人金融部看看": the addressee asked again, or a department asked to act, is
    who is to put it right, not where it happened)."""
    return ask.search(text, max(0, start - ASK_WINDOW), start) is not None


def _salutation(text: str) -> tuple[int, int]:
    """Where the letter's first line is an addressee ("信用卡中心：", "燕西支行的领导："), else (0, 0)."""
    first = re.match(r"\s*(?P<line>[^\n]*)", text)
    return first.span("line") if _SALUTATION.fullmatch(first["line"]) else (0, 0)


def _opened_there(text: str, start: int, end: int) -> bool:
    """The unit named as where a card or account was opened: "在列西开了一张借记卡", "卡是在东门网点办的"."""
    opened = _OPENED_THERE.match(text, end)
    if opened and _CLOSED.search(text, opened.start(), opened.end() + 3):
        return False  # "去东门网点办他存折的销户": the account was closed there, an errand told as it happened
    if _IN_ONES_NAME.search(text, max(0, start - 20), opened.end() if opened else end + 12):
        return False  # "以其名义在列西新开的账户": opened by someone else, the grievance itself
    if opened and _WHILE.match(text, opened.end()):
        return False  # "在徐碧网点办信用卡时，大堂经理说…": what happened at the opening is told
    return opened is not None or bool(
        _OPENED_BEFORE.search(text, max(0, start - 6), start) and _OPENED_AFTER.match(text, end))


def _opened_in_ones_name(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units where someone opened an account in the customer's name ("以其名义在列西新开的账户",
    "有人在城东支行用我的名字…办了一张卡"): the opening is the grievance, wherever else the money went."""
    return {surface.code for start, end, surface in spans
            if (opened := _OPENING_NEAR.match(text, end))
            and _IN_ONES_NAME.search(text, max(0, start - 20), opened.end())}


def _addressed_codes(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units named in the addressee line: who the letter turns to, taken when every unit it
    names is only background (the addressee, where a card was opened, who sent the writer on)."""
    begin, end = _salutation(text)
    passed_on = _PASSED_ON.search(text, begin, end)  # "明溪支行，请转信用卡中心：": the centre is addressed
    begin = passed_on.end() if passed_on else begin
    return {surface.code for start, _, surface in spans if begin <= start < end}


def _aside_rest(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    return {surface.code for _, _, surface in spans} - _aside_codes(text, spans)


def _asked_codes(text: str, spans: list[tuple[int, int, "_Surface"]], ask: re.Pattern = _ASKED) -> set[str]:
    """Units the letter asks to put things right ("请明溪支行查明……", "希望列西分理处给我一个书面道歉";
    with `_ASKED_IN_CLAUSE`, "…，要求燕西支行按当日金价回购"), but not its addressee: a letter asks
    whom it is written to ("致…个人金融部：…请个金部查一查"), and that says nothing of where it happened."""
    addressed = _addressed_codes(text, spans)
    return {surface.code for start, end, surface in spans
            if _asked_at(text, start, ask) and surface.code not in addressed}


_asked_in_clause_codes = partial(_asked_codes, ask=_ASKED_IN_CLAUSE)


def _investigated_codes(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units the letter asks to have looked into ("请个金部查一查城东支行这位理财经理"): what they did
    is the grievance, whoever is asked to look."""
    return {surface.code for start, _, surface in spans if _LOOKED_INTO.search(text, max(0, start - 6), start)}


def _yours_codes(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units the writer names as "yours" ("拿到你们燕西支行存"): the one the letter talks to, beside
    others it only compares with ("去了徐碧网点，人家的机器一张不退")."""
    return {surface.code for start, _, surface in spans if text.endswith(("你们", "你们的"), max(0, start - 3), start)}


def _visited_codes(text: str, spans: list[tuple[int, int, "_Surface"]]) -> set[str]:
    """Units the writer went to ("11月3日去城东支行补卡", "跑到列西分理处"), not as the place an
    account was opened: where what the letter tells happened, when nothing else says so."""
    return {surface.code for (start, end, surface), upto in zip(spans, next_other_starts(text, spans))
            if went_to(text, start) and not _opened_there(text, start, end)
            and not background_only(text, start, end, upto)}


def _praised_spans(text: str, spans: list[tuple[int, int, "_Surface"]]) -> list[bool]:
    """Whether each unit mention sits in thanks or praise with nothing to put right: its
    sentence when it is the only unit there, else (and also) its own clause with no "but" after
    it in the sentence (`_OwnClausePraise`)."""
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(text)]
    clauses = [(m.start(), m.end()) for m in CLAUSE.finditer(text)]
    starts = sorted(s for s, _, _ in spans)
    read: dict[tuple[int, int], bool] = {}  # mentions share sentences: each is read once
    own_clause = _OwnClausePraise(text, clauses, sentences)
    praised = []
    for start, end, _ in spans:
        si = _containing(sentences, start)
        begin, stop = sentences[si] if si >= 0 else (start, end)
        own = own_clause(start)
        if _count_in(starts, begin, stop) > 1:
            praised.append(own)
            continue
        if (begin, stop) not in read:
            read[begin, stop] = is_praise(text[begin:stop]) or _CLEARED.search(text, begin, stop) is not None
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
    clauses = [(m.start(), m.end()) for m in CLAUSE.finditer(text)]
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(text)]
    starts = sorted(s for s, _, _ in spans)
    searched: dict[tuple[int, int], bool] = {}  # mentions share sentences: each is searched once

    def has_complaint_words(begin: int, end: int) -> bool:
        if (begin, end) not in searched:
            searched[begin, end] = _COMPLAINT_WORDS.search(text, begin, end) is not None
        return searched[begin, end]

    own_clause = _OwnClausePraise(text, clauses, sentences)
    return [_near_complaint(text, start, end, clauses, sentences, starts, has_complaint_words)
            and not own_clause(start) for start, end, _ in spans]


class _OwnClausePraise:
    """Whether a mention's own clause praises it with no "but" after it in the sentence ("城东的员工
    很耐心，查了半天告诉我，是行里的短信平台出了故障"): the failure told later is not its; with a
    "but" ("城东的柜员很热情，但是把钱转错了") it is. Each clause is read once and the "but"s are
    found once, so a text of one endless clause naming a unit thousands of times stays linear."""

    def __init__(self, text: str, clauses: list[tuple[int, int]], sentences: list[tuple[int, int]]):
        self.text, self.clauses, self.sentences = text, clauses, sentences
        self.contrasts = [m.start() for m in _CONTRAST.finditer(text)]
        self.read: dict[int, bool] = {}  # a clause lies inside one sentence: its index says it all

    def __call__(self, start: int) -> bool:
        ci, si = _containing(self.clauses, start), _containing(self.sentences, start)
        if ci < 0 or si < 0:
            return False
        if ci not in self.read:
            begin, end = self.clauses[ci]
            self.read[ci] = (is_praise(self.text[begin:end])
                             and not _count_in(self.contrasts, end, self.sentences[si][1]))
        return self.read[ci]


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
    if _asked_at(text, start, _ASKED_IN_CLAUSE) and ci >= 0:
        near = [clauses[ci]]  # "…就是赚得太差，要求个金部研究给予补偿": asked to act, not what was bad
    elif _count_in(unit_starts, *sentence) == 1:
        near = [sentence]
    else:
        near = [clauses[ci]] if ci >= 0 else []
        nxt = clauses[ci + 1] if 0 <= ci < len(clauses) - 1 else None
        if nxt and nxt[1] <= sentence[1] and not _count_in(unit_starts, *nxt):
            near.append(nxt)
    if any(has_complaint_words(s, e) for s, e in near):
        return True
    return bool(re.search(r"投诉|举报|对$", text[max(0, start - 6):start]))


def unit_doubt(plain: str, spans: list[tuple[int, int, "_Surface"]], units: tuple[UnitMention, ...],
               directory: Directory) -> str | None:
    """Why the letter leaves its unit to the office, or None: it is written to a department
    (个人金融部：, 信用卡中心：) and tells of another unit, with no complaint words or thanks to
    say which of them it is about, nor an ask to look into one of them. Such a department is as often the one complained about (its
    product, its rule, its collectors) as the superior written to about an outlet: on the blind
    letter sets, 7 of 11 such letters were about the outlet, 4 about the department. A
    wrongly sent complaint costs more than the office's choice.

    So, too, a letter naming several units with nothing to say which it complains about: the
    router led with the first named, which was right on 33 of 33 tuned letters but 5 of 9 on the
    first blind set after (FORMS11: 4 wrong); and one where the writer only went to one of them
    (`_mentions`)."""
    chosen = [u.code for u in units if u.complained]
    if not chosen and len(units) >= 2:
        names = "、".join(unit.name if (unit := directory.unit_by_code(u.code)) else u.code for u in units)
        return f"提到{names}，没有说明投诉的是哪个单位"
    if len(chosen) != 1 or len(units) < 2 or any(_complained_spans(plain, spans)):
        return None
    praised = {surface.code for (_, _, surface), hit in zip(spans, _praised_spans(plain, spans)) if hit}
    if praised and {u.code for u in units} - praised:
        return None
    addressed = _addressed_codes(plain, spans)
    departments = [unit for code in addressed if (unit := directory.unit_by_code(code)) and unit.kind == "department"]
    if not departments or chosen[0] in addressed or _investigated_codes(plain, spans) == {chosen[0]}:
        return None  # "请个金部管一管城东支行" says which: the outlet is to be looked into
    told_of = directory.unit_by_code(chosen[0])
    return (f"来信写给{departments[0].name}，所述经过在{told_of.name if told_of else chosen[0]}，"
            "没有说明投诉的是哪个单位")


# Words that put a date still to come: a deadline or a promise ("答应12月15日前先还"), an
# appointment ("12月11日还得再请一次假", "预约到12月11日").
