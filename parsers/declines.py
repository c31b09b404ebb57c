"""A unit's "not ours" reply: 不属于我处, 非我行辖区, 请重新分派, 转其他单位 — a request to reassign.

Pure: the person's own text in (quoted history already removed by the caller or here), the
phrase that declines the case out, or None. The 督办单 invites exactly this reply ("如不属于
本单位办理范围，请回复说明"), so it must never be taken for the unit's result.

The class, not a list of examples: a negated ownership (不属于/不属/非/并非/不归/不在/不是 +
我/本 + 处/行/部/单位/支行/网点/辖区/…), an ask to route again (重新分派/改派/转派/另派/退回工会,
转其他单位/部门, 应由…负责/办理), or a wrong routing named as such (派错, 错派, 分派有误, 与我行无关).
"Not our fault" is a result, not a decline: 不是我行的责任/过错/问题 stays an answer.
"""

from __future__ import annotations

import re
import unicodedata

from parsers.replies import extract_reply

_PLACE = r"(?:单位|处|行|部|部门|支行|分行|网点|分理处|营业部|中心|科|室)"
_WE = rf"(?:(?:我|本){_PLACE}|我们{_PLACE}?|我方)"
_OWNERSHIP = (
    rf"(?:不属于|不属|并非|不归|非)\s*{_WE}"
    rf"|(?:不在|不是)\s*{_WE}\s*(?:的)?\s*(?:客户|辖区|管辖|业务|职责|负责|范围|办理|经办|受理)"
)
_REASSIGN = (
    r"重新(?:分派|派发|指派|转派|派单|转办|分办)|(?:请|烦请|麻烦)?(?:改派|转派|另派|另行分派|另行转办)"
    r"|退回(?:工会|贵部|贵处|分行)|退(?:回|还)?重新分派"
    r"|转(?:给|交|至|到)?(?:其他|其它|别的|相关|有关|对应)(?:的)?(?:单位|部门|网点|支行|机构)"
    r"|应(?:由|转|转交|转至|归|交)[^，。,.；;\n]{0,14}?(?:单位|部门|支行|网点|分理处|中心|部|处)"
    r"(?:负责|处理|办理|管辖|受理|跟进)"
    r"|派错|分派错|转办错|错派|误派|(?:分派|转办|派单|派发)(?:有误|错误)"
    r"|与\s*(?:我|本)(?:单位|处|行|部|支行|网点)?\s*无关|不涉及\s*(?:我|本)(?:单位|处|行|部|支行|网点)"
)
_DECLINE = re.compile(f"(?:{_OWNERSHIP}|{_REASSIGN})")
_FAULT = re.compile(rf"(?:不是|并非|不属于|非)\s*{_WE}\s*(?:的)?\s*(?:责任|过错|过失|问题|原因|失误|差错)")


def decline_phrase(text: str) -> str | None:
    """The phrase by which the writer says the case is not theirs, or None.

    `text` is the whole mail body; quoted history is removed first, so the 督办单's own
    invitation quoted under the reply does not count.
    """
    own = unicodedata.normalize("NFKC", extract_reply(text))
    for line in own.split("\n"):
        found = _DECLINE.search(line)
        if found and not _FAULT.search(line, max(0, found.start() - 2)):
            return found.group(0).strip()
    return None
