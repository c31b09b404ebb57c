"""Who writes a letter: the complainant's name from a label, a closing, a self-introduction
or the signature lines at its end, in the shapes typing and OCR give them.

A name is a surname from the table in parsers/pii.py and one or two given characters (or a
title: 王先生). The signature lines are read hardest: OCR runs a name, a phone and a date
together, spaces a name's characters apart, and reads the bar between them as 丨.
Candidates come with a confidence; the best one is the complainant.

A registration the branch's own people type (a walk-in, a call) names the customer as 客户 /
投诉人 / 来访人 / 致电人; the person after 登记人 / 经办人 / 记录人 / 接待人 / 受理人 / 柜员, or with
"（柜员）" after the name, is staff and never the complainant, in any text. In a registration
(`registered`) the mail's signature is the clerk's too: no name is read from it. A sign-off
with the bank's own unit before the name ("省分行消保办 陈志明") is the sender's in any text.
"""

from __future__ import annotations

import re

from parsers.pii import COMPOUND_SURNAMES, SURNAMES, scan
from parsers.replies import WROTE

_TITLES = ("先生", "女士", "小姐", "阿姨", "老师", "大爷")
# Characters that end a name: function words and the words that usually follow a name.
_PLACE_SUFFIX = set("区市县镇村路街乡省")
_NAME_STOP = set("于在是的了和与及因为从对把被向到去也都就还又将已说称叫贵行银中部网点今现男女家住系持身电手联"
                 "号码卡账户年月日时之曾前后所等再来要想请望给跟同这那个位名客先女老阿") | _PLACE_SUFFIX
_MONTH_WORDS = set("份初底中末内")
_NUMERALS = set("一二三四五六七八九十正腊冬两〇零0123456789")  # 十月, 腊月: months, not names
# words of telling that follow a name on a form ("客户赵敏反映", "来电人陈述称", "据客户陈述"): they
# end a given name, and one that opens with a surname (陈述, 申诉) is no name at all
_TELLING = ("反映", "反应", "陈述", "表示", "诉称", "声称", "自述", "来电", "来访", "致电", "投诉", "申诉", "报称",
            "询问", "咨询", "要求", "介绍", "说明", "告知", "提出")
# what follows a caller's name opening a form's summary: a word of telling, or where it was told
_TELLS = re.compile(r"(?:来电|致电|来访|来信|到访|反映|反应|称|表示|诉称|投诉|陈述|[在到于来][^，。,\n]{0,12}?(?:反映|投诉|称))")
# a form's summary passed on by someone ("12378热线转来：", "信用卡中心转办：", "县侨联转来来信摘要：")
_PASSED_ON_PREFIX = re.compile(r"[^\n：:。，,]{0,24}?(?:转来|转办|转交|转送|移交|交办)[^\n：:。，,]{0,8}?[：:]\s*")
# the caller's role before the name: 买房人, 持卡人, 返乡华侨, 饭店老板, 护林员 (the bank's own people are staff)
_TELLER_ROLE = re.compile(r"(?![\u4e00-\u9fff]*(?:负责|经办|登记|记录|接待|受理|值班|填表|录入|柜员|营业员|信贷员|工作人员|保安|大堂))"
                          r"[\u4e00-\u9fff]{0,6}(?:人|华侨|侨胞|村民|市民|居民|家长|学生|老人|户|老板|店主|摊主|车主|业主|员)")
# the bank's own unit before a sign-off's name ("省分行消保办 陈志明"): the sender; not a customer's
# company or title ("竹制品有限公司 罗美玲", "退休干部 何国栋"); 客户服务中心 is read with 客户 cut off as noise
_BANK_SENDER = re.compile(r"分行|支行|总行|分理处|营业部|网点|消保|个金部|个人金融部|信用卡中心|服务中心|客服中心|呼叫中心|银行")
_ROLE_MAX = 8  # "来电人饭店老板郑先生称", "退休护林员邱先生称", "牛蛙养殖户钟先生"
# a name joined by a middle dot, as Uyghur, Tibetan and foreign names are written: "热依拉·艾山", "扎西·顿珠"
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}[·•‧・][\u4e00-\u9fff]{1,6}(?:[·•‧・][\u4e00-\u9fff]{1,6})?")
# 白 before a verb is "in vain", not a surname: "客户白跑一趟", "白等了两个小时"
_IN_VAIN = re.compile(r"白(?:跑|等|来|去|交|花|排|忙|干|费|搭|挨)")
_STAFF_TITLES = ("经理", "主任", "行长", "科长", "所长", "部长", "员")  # "张经理称…" is the bank's
_NOT_NAMES = {"谢谢", "多谢", "感谢", "此致", "敬礼", "您好", "你好", "盼复", "急盼", "黄金", "金条", "左右"}
_SIGN_OFF = re.compile(r"^[-—～~]+|(?:敬上|谨上|拜上|敬呈)?[!！。.]*$")
_SIGN_NOISE = re.compile(
    r"\d{4}\s*年.*$|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.*$|[〇零一二三四五六七八九]{4}年.*$"  # a date and what follows
    r"|(?:手机|电话|联系电话|Tel)?[:：]?\s*\+?[\d\-—–() ]{7,}"  # a phone number
    r"|\S+@\S+|市民|客户|读者|储户|投诉人|[A-Za-z]+"
    # a relative signing for the elderly, often run into the name by OCR: "女儿邱晓梅"
    r"|外孙女|外孙|孙女|孙子|女儿|儿子|儿媳|女婿|老伴|家属|侄女|侄子|代笔人|代笔|代写|代书|执笔|口述"
    r"|邻居|持卡人|卡主|户主"  # who signs, written before the name as a relative is: "持卡人 谢文华"
)
# What separates a signature's parts: spaces, brackets, colons, commas, and the bar OCR reads as
# 丨 (a Chinese stroke) in "郭美玲丨手机…丨2026年3月5日".
_SIGN_SPLIT = re.compile(r"[\s()（）:：,，丨|｜/、;；·•]+")
_SPACED_PIECES = 4  # a name spaced out is at most four characters: "谢  文  华", "蒋 先生"
_SIGNATURE_LINE_MAX = 120  # name, date, phone and e-mail fit; longer lines are not signatures
_LABELS = ("投诉人", "举报人", "来信人", "反映人", "来访人", "来电人", "致电人", "署名", "联系人", "客户姓名", "姓名")
_LABEL = re.compile("(?:" + "|".join(r"\s*".join(w) for w in _LABELS) + r")\s*(?P<colon>[:：])?\s*")
# A phone right after a name ("李阿姨电话0598…", "罗明13959801357"): OCR drops the spaces between them.
# A mobile has at least seven of its digits there, so an amount is none ("对账单费用150元" named 费用).
_CONTACT = re.compile(r"(?<![,，\s])[,，\s]*(?:(?:手机|电话|联系电话|联系方式|手机号)\s*[:：]?\s*)?"
                      r"(?<!\d)(?:1 ?[3-9]\d(?:[ \-－—–]?\d){4}|0\d{2,3}[-－—–)）\s]?\d{7,8}(?!\d)|[（(]0\d{2,3}[)）]"
                      r"|0(?: ?\d){2,3} ?[-－—–] ?\d)")  # OCR's dashes and spaces: "0598—…", "05 9 8- 3…"
_CHAT_SPEAKER = re.compile(r"^[ \t]*(?P<name>[^\s\d:：,，-]{2,4})[ \t]+\d{1,2}:\d{2}[ \t]*$", re.MULTILINE)
_SELF = re.compile(r"(?:我是|我叫|本人(?:叫|名叫|姓名为?[:：]?)?)\s*")
_CUSTOMER = re.compile(r"(?<![大])客户(?!经理|服务|中心|信息|资金|的|们)\s*[:：]?\s*")
# the roles a form gives the customer ("持卡人吴女士", "储户林大爷", "借款人郑先生称"); a contract's
# clause names the role too ("借款人任一期逾期"), so a name there is a titled one or one telling
_CUSTOMER_BY_ROLE = re.compile(r"(?:储户|持卡人|存款人|借款人|投保人|户主)\s*[:：]?\s*")
# what follows a name after a bare 本人 ("本人汪洋，家住…", "本人王小明于11月…"): a name ends there, and
# a noun does not ("本人肖像不得…", "本人钱款被盗", "本人包裹丢了")
_AFTER_SELF_NAME = re.compile(r"[\s,，、(（:：0-9]|于|现|今年|去年|前年|月[初底中末份]|系|家住|住|身份证|$")
_CLOSING = re.compile(r"敬礼[!！。]?\s*")
# Staff who took the complaint down: after a colon, the rest of the line or sentence (a unit, a
# title, then the name: "记录人：城关分理处 林芳芳"); without one, the name right after.
_STAFF_WORDS = ("登记人", "经办人", "记录人", "接待人", "受理人", "受理员", "登记员", "记录员", "接待员", "经办员",
                "值班人", "值班经理", "填表人", "填报人", "录入人", "报送人", "柜员")
_STAFF_LABEL = re.compile("(?:" + "|".join(_STAFF_WORDS) + r")\s*(?P<colon>[:：])?\s*")
_STAFF_AFTER = re.compile(r"[(（](?:柜员|大堂经理|客户经理|理财经理|值班经理|网点负责人|主管|经办人|登记人|记录人)[)）]")
_STAFF_END = re.compile(r"[\n。；;！!？?]")
_STAFF_SPAN = 40  # characters: a unit, a title and a name after the label
_CUSTOMER_ROLE = re.compile(r"客户|顾客|储户|投诉人|来访人|来电人|致电人|持卡人")
_SIGNATURE_BLOCK_LINES = 4
_SIGNATURE_BLOCK_LINE_MAX = 40


def best_name(plain: str, blocked: tuple[tuple[int, int], ...] = (),
              registered: bool = False) -> tuple[float, int, str] | None:
    """The likeliest complainant as (confidence, position, name), outside the `blocked` spans,
    never one of the staff who took it down; in a `registered` complaint, not its signature."""
    staff_spans, staff = _staff(plain)
    blocked = blocked + staff_spans
    if registered:
        blocked += ((_signature_block_start(plain), len(plain)),)
    found = _named_candidates(plain) + ([] if registered else _signature_candidates(plain))
    candidates = [c for c in found if not any(s <= c[1] < e for s, e in blocked) and c[2] not in staff]
    return max(candidates, key=lambda c: (c[0], -c[1])) if candidates else None


def _staff(plain: str) -> tuple[tuple[tuple[int, int], ...], frozenset[str]]:
    """Where staff are named (登记人：…, 柜员…, "吴晓燕（柜员）") and their names."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    for m in _STAFF_LABEL.finditer(plain):
        limit = min(len(plain), m.end() + (_STAFF_SPAN if m.group("colon") else 1))
        stop = _STAFF_END.search(plain, m.end(), limit)
        spans.append((m.end(), stop.start() if stop else limit))
        names.update(n for pos in range(m.end(), spans[-1][1]) if (n := name_at(plain, pos)) is not None
                     and (pos == m.end() or not _is_cjk(plain[pos - 1])))
    for m in _STAFF_AFTER.finditer(plain):
        name = _name_ending_at(plain, m.start())
        if name:
            spans.append((m.start() - len(name), m.start()))
            names.add(name)
    return tuple(spans), frozenset(names)


def _is_cjk(char: str) -> bool:
    """A Han character, the rare ones of names included: Extension A (刘䶮's 䶮) and the
    supplementary planes GB 18030 writes in four bytes (王𠈌's 𠈌)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\U00020000" <= char <= "\U0003134f"


def _signature_block_start(plain: str) -> int:
    """Where the signature block starts: the last paragraph when it is a few short lines that
    name no customer (the clerk's name, unit, phone); the end of the text when there is none."""
    cut = plain.rstrip().rfind("\n\n")
    if cut < 0:
        return len(plain)
    tail = [line for line in plain[cut:].splitlines() if line.strip()]
    if (len(tail) <= _SIGNATURE_BLOCK_LINES and all(len(line) <= _SIGNATURE_BLOCK_LINE_MAX for line in tail)
            and not any(_CUSTOMER_ROLE.search(line) for line in tail)):
        return cut
    return len(plain)


def name_at(text: str, pos: int, stops: frozenset[str] | set[str] = _NAME_STOP) -> str | None:
    """A personal name starting exactly at `pos` (surname + 1–2 given characters, 某某, or a
    title); a given name ends at one of `stops`."""
    if _telling_at(text, pos) or _IN_VAIN.match(text, pos):
        return None
    if dotted := _DOTTED_NAME.match(text, pos):
        return dotted.group()
    surname = next((s for s in COMPOUND_SURNAMES if text.startswith(s, pos)), None)
    if surname is None:
        if pos >= len(text) or text[pos] not in SURNAMES:
            return None
        surname = text[pos]
    rest = pos + len(surname)
    title = next((t for t in _TITLES if text.startswith(t, rest)), None)
    if title:
        return surname + title
    given = ""
    while len(given) < 2 and rest + len(given) < len(text):
        char = text[rest + len(given)]
        if not _is_cjk(char) or (char in stops and char != "某" and not _given_month(text, rest, given)) \
                or text.startswith(_TELLING, rest + len(given)):
            break
        given += char
    if not given or text[rest + len(given):rest + len(given) + 1] in _PLACE_SUFFIX:
        return None
    return surname + given


def _telling_at(text: str, pos: int) -> bool:
    """A word of telling at `pos` standing as a word ("据客户陈述，", "陈述称"), not opening a
    name that merely starts like one (陈述明)."""
    verb = next((v for v in _TELLING if text.startswith(v, pos)), None)
    after = text[pos + len(verb):pos + len(verb) + 1] if verb else ""
    return verb is not None and (not after or not _is_cjk(after) or after in _NAME_STOP or after in "其道她他")


def _given_month(text: str, rest: int, given: str) -> bool:
    """月 in a given name (黄月娥, 张月华; 严秋月, 李明月 before a comma or a space), not a month
    (王五月份, 李三月初, 王十月)."""
    at = rest + len(given)
    after = text[at + 1:at + 2]
    if text[at] != "月":
        return False
    if not given:
        return bool(after) and _is_cjk(after) and after not in _NAME_STOP and after not in _MONTH_WORDS
    return given not in _NUMERALS and not (after and _is_cjk(after))


def _opening_teller(plain: str) -> tuple[float, int, str] | None:
    """The name a form's summary opens with, telling what happened: "汤女士来电反映，…",
    "罗阿姨在徐碧网点柜台反映…", "李先生称…" — a clerk's record names its caller first; after
    whoever passed it on ("12378热线转来：邱先生反映…") and with the caller's role before the name
    ("买房人傅女士称", "返乡华侨郑立新称")."""
    start = len(plain) - len(plain.lstrip())
    passed_on = _PASSED_ON_PREFIX.match(plain, start)
    start = passed_on.end() if passed_on else start
    for role in range(_ROLE_MAX + 1):
        if role and not _TELLER_ROLE.fullmatch(plain, start, start + role):
            continue
        name = name_at(plain, start + role)
        told = name and (name.endswith(_TITLES) or _TELLS.match(plain, start + role + len(name)))  # "…转来：钟先生今年…"
        if told and not name.endswith(_STAFF_TITLES):
            return 0.8, start + role, name
    return None


def _named_candidates(plain: str) -> list[tuple[float, int, str]]:
    """Names right after a label, a closing, a self-introduction or the word 客户, and the
    speakers of a chat record forwarded from WeChat."""
    found = []
    for pattern, confidence in ((_LABEL, None), (_CLOSING, 0.9), (_SELF, 0.85), (_CUSTOMER, 0.7),
                                (_CUSTOMER_BY_ROLE, 0.7)):
        for m in pattern.finditer(plain):
            name = name_at(plain, m.end())
            if name is None and pattern is _LABEL:
                name = _spaced_name(plain, m.end())
            if name and name not in _NOT_NAMES and _stands_as_name(plain, m, name):
                found.append((confidence or (0.95 if m.groupdict().get("colon") else 0.85), m.end(), name))
    opening = _opening_teller(plain)
    if opening:
        found.append(opening)
    for m in _CHAT_SPEAKER.finditer(plain):  # a WeChat chat record: "刘䶮 19:42" over each message
        name = m.group("name")
        if name_at(name, 0) == name and name not in _NOT_NAMES:
            found.append((0.8, m.start("name"), name))
    for m in _CONTACT.finditer(plain):
        name = _name_ending_at(plain, m.start())
        if name and name not in _NOT_NAMES:
            found.append((0.85, m.start() - len(name), name))
    return found


def _stands_as_name(plain: str, cue: re.Match, name: str) -> bool:
    """Whether `name` read after `cue` is a name there: after a role (持卡人, 借款人) a titled
    name or one telling, not a contract's clause ("借款人任一期逾期"); after a bare 本人 one that
    a name's end follows, not a noun ("本人肖像不得…")."""
    after = cue.end() + len(name)
    if cue.re is _CUSTOMER_BY_ROLE:
        return name.endswith(_TITLES) or _TELLS.match(plain, after) is not None
    if cue.re is _SELF and cue.group().strip() == "本人":
        return _AFTER_SELF_NAME.match(plain, after) is not None
    return True


def _spaced_name(text: str, pos: int) -> str | None:
    """An OCR'd name with spaces between its characters: "杨 帆" → 杨帆."""
    m = re.match(r"(?:[\u4e00-\u9fff] ?){2,4}(?=\s|$|[,，;；(（])", text[pos:pos + 8])
    if not m:
        return None
    compact = m.group().replace(" ", "")
    return compact if name_at(compact, 0) == compact else None


def _name_ending_at(text: str, end: int) -> str | None:
    """The longest name that ends exactly at `end` (before a phone label or number)."""
    while end > 0 and text[end - 1] in " ,，、\t":
        end -= 1
    for length in (4, 3, 2):
        start = end - length
        if start >= 0 and name_at(text, start) == text[start:end]:
            return text[start:end]
    return None


def _signature_candidates(text: str) -> list[tuple[float, int, str]]:
    """A name alone (or last) on one of the final short lines: "王五", "——王五 敬上", "Zhou Min (周敏)".

    When the line above the one found is a signature line with a name too ("家长 彭丽萍 电话…"
    over "女儿 彭思雨 电话…"), the first signer is the one who writes: the others sign beside."""
    lines = [(m.group(), m.start()) for m in re.finditer(r"[^\n]+", text)][-6:]
    for i in range(len(lines) - 1, -1, -1):
        found = _line_signature(*lines[i])
        if found:
            above = _line_signature(*lines[i - 1]) if i else None
            return [above[0] if above and above[1] and found[1] else found[0]]
    return []


def _line_signature(line: str, start: int) -> tuple[tuple[float, int, str], bool] | None:
    """The signer's name on one line, and whether the line also held a phone, a date or a
    relative (a signature line's marks), or None."""
    if len(line) > _SIGNATURE_LINE_MAX:
        return None  # a signature is a short line; a long one is prose (and hostile to the noise pattern)
    if WROTE.match(line.lstrip("> ＞\t")):
        return None  # "在…，徐丽 <…> 写道：" names who wrote the quoted mail, not who signs this one
    body = _SIGN_NOISE.sub(" ", _contacts_blanked(line)).strip()
    if not body or len(body) > 24:
        return None
    marked = body != line.strip()
    dotted = next((t for t in body.split() if _DOTTED_NAME.fullmatch(t)), None)  # "热依拉·艾山": one name
    if dotted:
        return (0.9, start + line.index(dotted), dotted), marked
    tokens = [_SIGN_OFF.sub("", t) for t in reversed(_SIGN_SPLIT.split(body))]
    for n, token in enumerate(tokens):
        if 2 <= len(token) <= 4 and token not in _NOT_NAMES and _signed_name(token):
            if any(_BANK_SENDER.search(before) for before in tokens[n + 1:]):
                return None  # "省分行消保办 陈志明": a department signs off, the sender, not the customer
            return (0.9, start + line.index(token), token), marked
    spaced = _spaced_out_name(tokens)
    if spaced:
        return (0.85, start + line.index(spaced[0]), spaced), marked
    if marked:  # a phone, a date or a relative was there: a signature line
        for token in tokens:  # OCR lost the space after a title: "退休职工叶长青"
            name = _name_ending_at(token, len(token)) if len(token) > 4 else None
            if name and name not in _NOT_NAMES:
                return (0.8, start + line.index(token) + len(token) - len(name), name), marked
    return None


def _signed_name(token: str) -> bool:
    """Whether a signature's token, standing alone, is a name. 家, 贵, 中 … stop a name in prose
    ("王家住在…", "贵行") but alone on a signature line they are a given name's (陈家明, 黄德贵)."""
    return name_at(token, 0, _SIGNED_NAME_STOP) == token


_SIGNED_NAME_STOP = _NAME_STOP - set("家贵中来同望名前再今现先")


def _contacts_blanked(line: str) -> str:
    """The line with its phones, dates and e-mail blanked, in every shape the PII reader knows.

    OCR runs a signature's parts together without spaces ("林女士5月21日15880623417") and
    spaces a number as it likes; blanking what `scan` finds there, a year-less date and an
    OCR-spaced phone included, leaves the name standing alone. Same length, so positions hold."""
    out = list(line)
    for m in scan(line, ("email", "date", "mobile", "landline")):
        out[m.start:m.end] = " " * (m.end - m.start)
    return "".join(out)


def _spaced_out_name(tokens: list[str]) -> str | None:
    """A name written or OCR'd with spaces between its characters ("谢  文  华", "蒋 先生",
    "方 晓梅"): neighbouring pieces of one or two characters, at least one a single character,
    joined into two to four characters that read as a name — the longest such join, so
    "谢 文 华" is 谢文华 and not 文华. Only asked when no piece is a name by itself."""
    best = None
    for i in range(len(tokens)):  # tokens run from the end of the line: a join grows leftwards
        joined, single = "", False
        for n, piece in enumerate(tokens[i:i + _SPACED_PIECES]):
            if not 1 <= len(piece) <= 2 or len(joined) + len(piece) > 4:
                break
            joined, single = piece + joined, single or len(piece) == 1
            if (n and single and (best is None or len(joined) > len(best)) and joined not in _NOT_NAMES
                    and name_at(joined, 0) == joined):
                best = joined
    return best
