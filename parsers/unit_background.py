"""Where a letter names a unit only as background: the place of an errand (the writer went there
to ask, to complain, or to get a statement, and learnt there what happened elsewhere), a unit
only compared with, one that passed the matter on or is asked to act on another, where the
writer lives, or a unit the writer phoned.

"到个金部咨询才知现金价值只有9.1万", "客户到城东支行询问，得知该催收员为…", "在燕西支行问过，人家
一年才一百二", "到列西分理处打了一张对账单，发现每月扣十九块九", "在明溪支行打的流水上，扣款清清楚楚…",
"到明溪县支行反映后经核实属实", "个金部转来：客户反映…", "逾期记录已由明溪县支行报上去",
"要求明溪县支行督促网点…", "我住在列西那边", "我已经打电话到明溪县支行说过": each unit is
background, like where an account was once opened; the grievance happened at another unit the
letter names. parsers.letter_units sets such units aside when it chooses the unit complained
about, and only then — a unit a letter names alone, or next to complaint words ("到城东支行咨询，
大堂经理态度很差"), stays the one complained about.
"""

from __future__ import annotations

import re
from typing import Any

_STOP = r"[，,。；;！!？?\n]"
_SENTENCE_END = re.compile(r"[。！？!?\n；;]")
# said of a unit held up for comparison: "人家十分钟就办好了", "从来没出过这种事"
_COMPARED = re.compile(r"人家|从来没|从没|从来不|从不|一直都没")
_TURNS_BACK = re.compile(r"但|可是|却|这次|这回|这一次|结果")
TURN_WINDOW = 80  # characters after the comparison read for a "but" that turns back to the unit
# the writer going there; not a thing sent or moved there ("搬到明溪县支行", "转到", "汇到")
_WENT_TO = re.compile(r"(?:去|(?<![搬转送寄调划汇打存移话])到|来|跑|前往|赶到|来到)(?:了|过)?$")
# there, also past a few words of where ("到家门口的列西分理处问", "去离家最近的城东支行")
_AT = re.compile(r"(?:在|去|到|来|跑|前往|赶到|来到|向)(?:了|过)?(?:[^，,。；;！!？?\n的]{1,5}的)?$")
AT_WINDOW = 10  # characters before a unit read for _AT
# the visit's clause goes on to what the writer found out: "到明溪支行咨询才知道", "打流水才发现"
_FOUND_OUT = re.compile(rf"(?:(?!{_STOP}).){{0,12}}?(?:才知|才发现|才得知|才晓得|方知|才看到|才明白)")
# a later visit only to ask: "事后到城东支行询问，对方称…", "其后又到城东支行咨询，答复相同"
_LATER = re.compile(rf"(?:事后|其后|之后|后来|随后|又|再)(?:(?!{_STOP}).){{0,3}}$")
_TO_ASK = re.compile(r"(?:询问|咨询|打听|问询|问了?一?问)")
# a visit whose only deed is asking, what was learnt told next: "到城东支行询问，得知…",
# "在燕西支行问过，人家…", "先到燕西支行咨询，网点让其…"; and telling a superior: "到明溪县支行反映后"
_ONLY_ASKED = re.compile(rf"(?:想|要|去)?(?:询问|咨询|打听|问询|问了?一?问|问过|问了|问|查一查|查查|查询|查一下)"
                         rf"(?:过|了|一下|情况)?(?={_STOP}|后|才|得知)"
                         rf"|反映(?:情况)?(?:后|(?={_STOP}))")
# a clerk there looked it up and told what had happened: "到城东支行想转存，柜员一查，说…"; not
# a glance that was the deed itself ("柜员看了一眼就说只能按半额兑"); "柜员一看就说必须要原件"
# stays a lookup (it told the rule: f10)
_LOOKED_UP = re.compile(rf"(?:(?![。！？!?\n]).){{0,12}}?[，,](?:柜员|工作人员|营业员|经理|对方|他们|她|他)?(?:也)?"
                        r"(?:一查|查了一下|一看|一问|看了(?:一下|记录)?(?!一眼|就))")
# a later visit where it was put right: "后来到明溪县支行营业部才办了挂失换折"
_PUT_RIGHT = re.compile(r"(?:才|总算|终于)(?:给|把|帮)?(?:我|其|他|她)?(?:办|补|换|处理|解决)")
# asked later, or by phone, before the unit is named: "后来问了个金部的热线，说…", "又打电话问了城东支行"
_ASKED_BEFORE = re.compile(r"(?:事后|其后|之后|后来|随后|又|再|打电话|电话)(?:(?!\n).){0,2}?(?:问了?|询问了?|咨询了?|打听了?)"
                           r"(?:县里|市里|行里|上面|上级)?的?$")  # "打电话问了县里的个人金融部"
# a statement fetched there, and what it showed: "打了一张对账单，发现…", "打的流水上，扣款…"
_STATEMENT = re.compile(r"(?:打印|调取|查询|打|拉|查|调|开)(?:了|的|过)?(?:一张|一份|一下)?(?:(?![，,。；;\n]).){0,4}?"
                        r"(?:流水|对账单|明细|回单|记录|凭证|清单|单据|报告|账)")
# a unit the writer phoned or wrote to: "给明溪县支行办公室打电话反映", "向个金部写信"
_CONTACTED = r"(?:打了?(?:个|几次|多次)?电话|写了?(?:封)?信|发了?(?:短信|邮件))"  # phoned, wrote, messaged
_PHONED = re.compile(r"(?:办公室|客服|热线)?" + _CONTACTED)
# a unit named as a landmark: "住在东门网点对面的出租房里"
_LANDMARK = re.compile(r"的?(?:斜对面|对面|旁边|隔壁|附近|楼上|楼下|后面)")
# the unit that passed the complaint on: "个金部转来：客户反映…", "经信用卡中心转办"
_PASSED_BY = re.compile(r"(?:转来|转办|转过来|移交过来|交办|报上去|上报|报送)")
# the staff who took the complaint down: "记录人：城关分理处 林芳芳", "接待人：三元支行 大堂经理 何敏"
_RECORDED_BY = re.compile(r"(?:记录|登记|经办|接待|受理)(?:人|员)\s*[:：]\s*$")
# where the writer lives: "我住在列西那边", "家在城东"
_LIVES_THERE = re.compile(r"(?:住在|家住|家在|老家在|老家|住)$")
# could not do it, sent on to the unit named next ("那里办不了加急，被指到徐碧支行", "列西说开不了，让其到明溪县支行")
_SENT_ON = re.compile(r"(?:(?:办|开|做|弄|受理|处理|办理)不了|(?:不能|没法|无法|不给)(?:办|开|做|受理|处理)|不办)"
                      r"[^。！？!?\n]{0,16}?"
                      r"(?:被指到|被介绍到|指到|转到|让(?:我|其|她|他)?(?:去|到|找)|叫(?:我|其|她|他)?(?:去|到|找))$")
SENT_ON_SPAN = 30  # characters from the unit to the next one named
# a unit asked to act on another: "要求明溪县支行督促网点负责人道歉"
_ACTS_ON = re.compile(r"(?:督促|责成|督办|追究|查处)")
# the writer phoned its line to ask: "我打信用卡中心的电话，人家说…", "拨打个金部的热线"
_DIALLED = re.compile(r"(?:我|又|再|就|便|后来|于是)(?:打|拨打|拨|打了|拨打了)$")
_DIALLED_LINE = re.compile(r"的?(?:电话|热线|客服电话|客服热线|客服)")
# the writer phoned or wrote to it: "我已经打电话到明溪县支行说过", "我也写信给个金部" (not "哥哥打电话到你们网点")
_PHONED_TO = re.compile(r"(?:我|我们|已经?|也|还|又|曾经?)(?:(?![，。,\n]).){0,6}?"
                        + _CONTACTED + r"(?:到|给)$")
_SHOWED = re.compile(rf"(?:上|里)?(?:{_STOP})?(?:(?!{_STOP}).){{0,6}}?"
                     r"(?:发现|才知|得知|一看|看到|显示|写着|清清楚楚|上面)|上(?:，|,)")


def went_to(text: str, start: int) -> bool:
    """A unit named right after going there: "去城东支行", "跑到列西分理处"."""
    return _WENT_TO.search(text, max(0, start - 3), start) is not None


def next_other_starts(text: str, spans: list[tuple[int, int, Any]]) -> list[int]:
    """Where the letter names another unit after each mention (the text's end after the last): the
    same unit named again ("列西分理处，列西说开不了，让其到…") goes on telling of it. One pass
    from the end: the nearest mention after, and the nearest after that of another unit."""
    starts = [len(text)] * len(spans)
    near, near_code, other = len(text), None, len(text)
    for i in range(len(spans) - 1, -1, -1):
        start, _, surface = spans[i]
        starts[i] = near if near_code != surface.code else other
        if surface.code != near_code:
            other = near
        near, near_code = start, surface.code
    return starts


def background_only(text: str, start: int, end: int, upto: int) -> bool:
    """Whether the unit at text[start:end] is named only as background: an errand there
    (`errand_only`) or a unit only compared with (`compared_only`), read up to `upto`, where
    the letter names its next unit."""
    return errand_only(text, start, end) or compared_only(text, end, upto) or sent_on(text, end, upto)


def sent_on(text: str, end: int, upto: int) -> bool:
    """A unit that could not do it and sent the writer on to the next unit named: "先去列西分理处，
    那里办不了加急，被指到徐碧支行" — what follows happened at the next one. A unit that only says
    it cannot ("柜员说那就办不了，要我去派出所换证") stays where the grievance is."""
    return upto - end <= SENT_ON_SPAN and _SENT_ON.search(text, end, upto) is not None


def compared_only(text: str, end: int, upto: int) -> bool:
    """A unit the writer holds up against the one complained about: "我以前在列西存硬币好多年，
    从来没出过这种事", "我弟弟在城东支行也有一笔…，人家直接转到了…". The rest of its sentence
    calls it "人家" or says nothing ever went wrong there, and no "but" turns back to it
    ("在城东存了十年，从来没出过事，可是这次…" is about 城东). What follows the next unit named
    is that unit's ("到明溪县支行取现…，称以前在徐碧网点取现从没被要求过")."""
    stop = _SENTENCE_END.search(text, end, upto)
    marker = _COMPARED.search(text, end, stop.start() if stop else upto)
    return marker is not None and _TURNS_BACK.search(text, marker.end(), marker.end() + TURN_WINDOW) is None


def errand_only(text: str, start: int, end: int) -> bool:
    """Whether the unit at text[start:end] is named only as where the writer asked, complained to
    a superior or fetched a statement, and learnt there what happened elsewhere."""
    later = _LATER.search(text, max(0, start - 8), start) is not None
    if went_to(text, start) and (_FOUND_OUT.match(text, end) or _LOOKED_UP.match(text, end) or (
            later and (_TO_ASK.match(text, end) or _PUT_RIGHT.match(text, end)))):
        return True
    if (_ASKED_BEFORE.search(text, max(0, start - 12), start) or _PHONED_TO.search(text, max(0, start - 16), start)
            or _LIVES_THERE.search(text, max(0, start - 2), start)
            or _RECORDED_BY.search(text, max(0, start - 8), start)):
        return True
    if _PASSED_BY.match(text, end) or _LANDMARK.match(text, end) or _ACTS_ON.match(text, end):
        return True
    if text.endswith(("给", "向"), max(0, start - 1), start) and _PHONED.match(text, end):
        return True
    if _DIALLED.search(text, max(0, start - 5), start) and _DIALLED_LINE.match(text, end):
        return True
    if not _AT.search(text, max(0, start - AT_WINDOW), start):
        return False
    if _ONLY_ASKED.match(text, end):
        return True
    statement = _STATEMENT.match(text, end)
    return statement is not None and _SHOWED.match(text, statement.end()) is not None
