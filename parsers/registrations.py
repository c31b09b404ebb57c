"""What the branch's own people mail in: a complaint they registered, or a customer's praise.

A teller notes a phone complaint, an outlet registers a customer who came in (客户上门投诉
登记), union staff write down a call: each is a new complaint record, not a reply. A
comment-book entry that thanks or praises (表扬, 感谢) is praise, never a complaint, and so is
a unit's mail telling of a customer's 锦旗, 表扬信 or thanks. A
registration typed in the body says when the complaint was taken (受理时间 / 登记时间 / 来访时间 /
来电时间：…): its time limits count from then, as a form's do. Pure: text in, a decision out.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from parsers.loose_dates import labelled_time
from parsers.mail import ParsedMessage

_RECORD_WORDS = re.compile(
    r"投诉|登记|来电|来访|上门|到店|到柜|到网点|反映|不满|意见|诉求|要求|客户称|客户表示|客户反映|客诉|"
    r"吞卡|扣款|收费|态度|排队|等候|赔偿|退还|退款|道歉"
)
_CUSTOMER = re.compile(r"客户|顾客|储户|持卡人|来电人|投诉人|老人|先生|女士|阿姨|大爷|大妈")
_PRAISE = re.compile(r"表扬|感谢|谢谢|致谢|赞扬|称赞|点赞|好评|锦旗|感谢信|表扬信|服务(?:很|非常|特别)?(?:好|周到|热情|耐心)|满意"
                     # staff praised as people say it: "员工很耐心", "那边的柜员特别热情"
                     r"|(?<![不没])(?:很|非常|特别|十分|挺)(?:耐心|热情|热心|周到|细心|负责)")
_GRIEVANCE = re.compile(
    r"投诉|不满|不好|太差|很差|差劲|态度(?:差|恶劣|冷淡|生硬|不好)|冷漠|刁难|推诿|拒绝|慢|排队|等了|"
    r"扣(?:款|费)|乱收|吞卡|错误|失误|损失|赔偿|退还|退款|道歉|改改|改进|改正|整改|但是|但|可是|不过"
    # a question put to the bank is no praise ("为什么到了徐碧就要先…打好评？")
    r"|为什么|凭什么|怎么能|难道"
)

# A loss the staff averted or won back (the 反诈 锦旗's story) is no grievance.
_AVERTED = re.compile(r"(?:避免|挽回|减少|防止|追回|保住)了?[^，。,；;！!？?\n]{0,12}?损失")
# The writer's own courtesy, a clause to itself ("请查收，谢谢！", "感谢支持"): no customer's thanks.
_COURTESY = re.compile(r"^(?:请(?:查收|审阅|审核|阅知|知悉|批示|指示)|谢谢|多谢|感谢|此致|敬礼)+"
                       r"(?:您|你|各位|大家|领导)?(?:的)?(?:支持|配合|关注|指导|帮助)?$")
_SENTENCES = re.compile(r"[。！!？?\n]+")
_CLAUSES = re.compile(r"[，,；;、\s]+")

_TAKEN_AT = re.compile(r"^[ \t\u3000]*(?:受理|登记|来访|来电|接待)(?:时间|日期)[ \t\u3000]*[:：][ \t\u3000]*(?P<value>\S.*)$",
                       re.MULTILINE)


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


def is_complaint_record(text: str) -> bool:
    """Does this mail from a unit or a clerk record a customer's complaint (not a question,
    a note to the office or a thank-you)?"""
    plain = _plain(text)
    return bool(_RECORD_WORDS.search(plain) and _CUSTOMER.search(plain)) and not is_praise(plain)


def is_praise(text: str) -> bool:
    """Praise or thanks with nothing to put right ("客户表扬柜员耐心细致"); a thank-you that goes
    on "但是…" or names a grievance is a complaint."""
    plain = _plain(text)
    return bool(_PRAISE.search(plain)) and not _GRIEVANCE.search(_AVERTED.sub("", plain))


def reports_praise(text: str) -> bool:
    """Does a unit's mail tell of a customer's praise (a 锦旗, a 表扬信 or 感谢信, a customer's
    thanks)? Praise with nothing to put right, and a customer and the praise in one sentence —
    the writer's own closing 谢谢 or a 满意度 form's name is none."""
    plain = _plain(text)
    if not is_praise(plain):
        return False
    for sentence in _SENTENCES.split(plain.replace("满意度", "")):
        own = "，".join(c for c in _CLAUSES.split(sentence) if not _COURTESY.match(c.strip("~～")))
        if _CUSTOMER.search(own) and _PRAISE.search(own):
            return True
    return False


def is_invitation(msg: ParsedMessage) -> bool:
    """A meeting invitation, its answer or cancellation (an iCalendar part, RFC 5546): a
    unit inviting the office to a 投诉整改 meeting names complaints but registers none."""
    return any(a.content_type == "text/calendar" or a.filename.lower().endswith(".ics") for a in msg.attachments)


def registered_time(text: str, arrived: datetime | None) -> datetime | None:
    """When a registration typed in a mail body says the complaint was taken (its first
    受理时间/登记时间/来访时间/来电时间/接待时间 line that reads as a date), or None."""
    for match in _TAKEN_AT.finditer(_plain(text)):
        taken = labelled_time(match.group("value"), arrived)
        if taken is not None:
            return taken
    return None
