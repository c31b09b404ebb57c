"""An auto-responder's own text: away, on leave, or "received, will read it later" — and nothing more.

Many responders (Coremail and Exchange rules, 企业微信, a phone's "vacation" setting) send no
RFC 3834 header and keep the plain "回复：" subject, so only the words of the body tell. A short
own text (the quote already stripped) is an auto-answer when it says its writer is away
(休年假, 出差, 外出培训, I'm currently away …), cannot read mail now (期间不能及时处理邮件,
暂时无法回复您的邮件), points to someone else for urgent matters, or that the mail was received
and will be read later — and holds nothing a unit's real answer has (what was done: 核实, 已联系
客户, 致歉, 处理结果 …) nor a complaint's words. The whole text decides, not the phrase: a unit's
answer that mentions a colleague's leave ("该柜员休年假，已由林晓联系客户致歉") is an answer.
Pure: text in, the phrase that gave it away (or None) out.
"""

from __future__ import annotations

import re

AUTO_TEXT_MAX = 300  # an own text longer than this is a person's mail, whatever phrase it holds

# Ways of being away from one's mail (the vocabulary the phrases below are built from).
_AWAY = (r"休(?:年|公|病|事|婚|产|探亲)?假|(?:年|公)休假?|请假|调休|轮休|休息|外出|出差|公出|公干|"
         r"(?:外出|在外)?(?:培训|学习|开会)|不在(?:办公室|单位|行内|岗位?|工位|座位)|离岗|脱产")
# The writer themself: 我 / 本人, never 我行 / 我们 / 我处 (the unit, which a real answer speaks for).
_SELF = r"(?:我|本人)(?![行们司部处室单支分网])"
# What may stand between the writer and the away word: when, in numbers and plain words.
_WHEN = (r"(?:[于从自在将已正因\d\s年月日号周天至到起止~～\-—－./／:：]|经|目前|现在|最近|近期|近日|这几天|"
         r"本周|下周|今天|今日|明天|暂时|因事|因公|上午|下午){0,30}?")
_MAIL = r"(?:您的|你的)?(?:邮件|来信|来函|信件|邮箱|消息)"

_AUTO_PHRASES = re.compile(
    r"自动回复|自動回覆|自动答复|"
    rf"{_SELF}{_WHEN}(?:{_AWAY})|(?:{_AWAY})期间[^。！!\n]{{0,12}}?(?:不能|无法|不便|暂停|暂不)|"
    rf"(?:不能|无法|没法|未能|不便)(?:及时|亲自|马上|立即|正常|随时)?(?:处理|回复|查看|查阅|阅读|答复|收取|登录){_MAIL}|"
    r"(?:邮件|来信)(?:我)?(?:不能|无法)及时(?:处理|回复|查看)|暂时(?:无法|不能)(?:及时)?(?:回复|处理|查看)(?:您|你)|"
    r"(?:急事|要事|紧急(?:事务|事项|事宜|事情|情况|业务)?)[^。\n]{0,6}?(?:请|可)(?:直接)?(?:联系|致电|拨打|找|转)|"
    r"(?:您的|你的)?(?:邮件|来信|来函)(?:我|我们|本人)?已(?:经)?收(?:到|悉)|已收到(?:您|你)的(?:邮件|来信|来函)|"
    r"(?:我|我们|本人)?(?:会|将)(?:在[^。，,\n]{0,12}后)?尽快(?:给您|给你)?回复|"
    r"\bout of (?:the )?(?:office|town|country)\b|\bauto(?:matic|mated)?[- ]?(?:reply|response)\b|"
    r"\b(?:I am|I['’]m|I will be|I['’]ll be)\s+(?:currently\s+|now\s+)?"
    r"(?:away|on (?:annual |sick |parental |maternity )?leave|on (?:vacation|holiday)|travell?ing|"
    r"on (?:a )?business trip|off)\b|\bon (?:annual )?leave\b|\blimited access to (?:my )?e-?mails?\b|"
    r"\b(?:upon|after|on) my return\b|\bfor urgent (?:matters|issues|requests)\b|"
    r"\bthank you for your (?:e-?mail|message)\b|\byour (?:e-?mail|message) has been received\b|"
    r"\bI will (?:get back to you|reply|respond) (?:as soon as|when)\b",
    re.IGNORECASE,
)
# What a unit's real answer has — what was done about the complaint. One of these in the text and
# it is a person's answer, whatever away words it also holds.
_ANSWER_WORDS = re.compile(
    r"处理(?:情况|结果|意见)|核实|核查|查明|经查|调取|调阅|监控|录像|已联系|联系了?客户|致电客户|电话联系|上门|当面|"
    r"回访|整改|致歉|道歉|赔偿|补偿|退还|退款|返还|已办理|办结|办妥|补办|已解决|已处理|处理人|批准|满意|谅解|"
    r"表示理解|表示认可|撤回|撤诉|(?:向|与|和|给|为)客户|告知客户|解释|说明情况|沟通|协商|批评教育|考核|问责")
# Words of a complaint or a work order (a form's labels): a text holding one carries a complaint,
# which no auto-responder writes, whatever footer the sending system adds. (No 联系电话: an
# auto-responder's signature has one.)
_COMPLAINT_WORDS = re.compile(
    r"投诉(?:人|内容|事项|编号|单|原因|渠道)|工单|受理(?:时间|编号|渠道)|客户(?:姓名|投诉)|被投诉|诉求")


def auto_answer_phrase(own: str) -> str | None:
    """The auto-responder's phrase in a short own text with nothing of an answer or a complaint, or None."""
    if not own or len(own) > AUTO_TEXT_MAX or _ANSWER_WORDS.search(own) or _COMPLAINT_WORDS.search(own):
        return None
    found = _AUTO_PHRASES.search(own)
    return found.group() if found else None
