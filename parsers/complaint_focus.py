"""Where in a complaint's text the complaint is: a weight for every character, for the classifier.

A letter is mostly frame — greeting, who the writer is, address, phone, signature, date — and
background ("我妈六十八岁"). The cause is in the few sentences that tell what went wrong
(却, 结果, 凭什么, a question) and what the writer asks for (请, 希望, 要求). Keywords in the
frame should not vote, keywords in the grievance should vote more, a clause of praise
("态度还不错") or one that denies ("不是态度问题") should not vote for what it names, nor
should what the writer threatens to do next ("不然我就把钱全部转走", "再打我就去报警": the
writer's act, not the bank's). OCR puts spaces between characters and reads full-width
forms; matching is done on a text with those taken out, and `focus` returns the normalised
text with one weight per character.
"""

from __future__ import annotations

import re
import unicodedata

FRAME = 0.0
DENIED = 0.2
THREAT = 0.2
PLAIN = 1.0
REQUEST = 1.2
GRIEVANCE = 1.3

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
_CLAUSE = re.compile(r"[^，,、：:]+[，,、：:]*")
# a short line ending in a colon is a salutation ("尊敬的领导：", "信用卡中心：")
_SALUTATION = re.compile(r"^.{0,16}[：:]$")
_CLOSING = re.compile(r"^(此致|敬礼|此致敬礼|谢谢|顺祝|祝好)")
# a contact label with what it labels ("电话 139…", "地址：…"), or a signature's 代写/口述
_CONTACT = re.compile(r"(电话|手机|手机号|联系方式|地址|住址|邮箱)[:：]?[\d(（]|(电话|地址|住址|邮箱)[:：]|代写|代笔|口述")
_DIGITS = re.compile(r"\d[\d\-—－ ]{6,}\d")
_DATE_LINE = re.compile(r"^[\d〇零一二三四五六七八九十廿年月日号.／/\-—]{4,14}$")
_GRIEVANCE = re.compile(r"却|竟然|居然|根本|凭什么|为什么|为何|怎么能|怎么可以|不肯|结果|但是|可是|然而|难道|"
                        r"太过分|不合理|讲不讲理|才知道|才发现|一问才|[?？]")
_REQUEST = re.compile(r"^(请|希望|要求|恳请|麻烦|诉求)|我要求|请你们|请贵行|请领导|希望你们|希望贵行")
_PRAISE = re.compile(r"(?<![不没])(很好|挺好|还好|不错|热情|周到|耐心|满意|感谢|谢谢|表扬)")
_DENIAL = re.compile(r"^(我)?(不是|并不是|并非|倒不是|也不是)")
_RHETORICAL = re.compile(r"吗|是什么|难道")
# what the writer will do if nothing changes ("不然我就把钱转走", "再打我就去报警", "否则我将向人民银行
# 投诉"): the writer's own next step, not what the bank did — its money and police words are no
# cause. The step must be the writer's act (去, 把, 向, 投诉…): "不然我就拿不到贷款" is the bank's condition.
_ACT = r"我们?(就|只好|只能|将|会|也|要)?(去|把|向|到|找|投诉|报警|报案|告|起诉|曝光|销户|转走|取走|不再|再也不)"
_THREAT = re.compile(r"(不然|否则|要不然|再不|再这样|再)[^，,。！!？?]{0,6}?" + _ACT)
# ... or the condition in a clause of its own: "如果再不处理，我们只好去销户"
_CONDITION = re.compile(r"不然|否则|要不然|再不|再这样|如果|要是|若是")
_THREAT_AFTER_CONDITION = re.compile(r"^(那|那么|就)?" + _ACT)
# characters an OCR engine reads for another, in words the classifier looks for
_OCR_SWAPS = (("末告", "未告"), ("末提", "未提"), ("末说", "未说"), ("末经", "未经"), ("己经", "已经"))


def normalise(text: str) -> str:
    """Full-width forms folded, spaces and tabs taken out (OCR spaces CJK), common OCR swaps undone."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"[ \t\u3000]+", "", text)
    for wrong, right in _OCR_SWAPS:
        text = text.replace(wrong, right)
    return text


def _sentence_weight(sentence: str, line: str) -> float:
    bare = sentence.strip()
    if not bare:
        return FRAME
    short_line = len(line.strip()) <= 24
    if _SALUTATION.match(line.strip()) or _CLOSING.match(bare) or _DATE_LINE.match(bare):
        return FRAME
    if short_line and (_DIGITS.search(bare) or _CONTACT.search(bare)):
        return FRAME
    if _GRIEVANCE.search(bare):
        return GRIEVANCE
    if _REQUEST.search(bare):
        return REQUEST
    return PLAIN


def _clause_weight(clause: str, weight: float, after_condition: bool = False) -> float:
    if weight == FRAME:
        return FRAME
    if _PRAISE.search(clause) and not _GRIEVANCE.search(clause):
        return FRAME
    if _DENIAL.match(clause.strip()) and not _RHETORICAL.search(clause):
        return DENIED
    if _THREAT.search(clause) or (after_condition and _THREAT_AFTER_CONDITION.match(clause.strip())):
        return THREAT
    return weight


def focus(text: str) -> tuple[str, list[float]]:
    """The normalised text and a weight for each of its characters (see the module's docstring)."""
    text = normalise(text)
    weights: list[float] = [PLAIN] * len(text)
    offset = 0
    for line in text.split("\n"):
        for sentence in _SENTENCE.finditer(line):
            sentence_weight = _sentence_weight(sentence.group(), line)
            after_condition = False
            for clause in _CLAUSE.finditer(sentence.group()):
                start = offset + sentence.start() + clause.start()
                weight = _clause_weight(clause.group(), sentence_weight, after_condition)
                after_condition = after_condition or bool(_CONDITION.search(clause.group()))
                weights[start:start + len(clause.group())] = [weight] * len(clause.group())
        offset += len(line) + 1
    return text, weights
