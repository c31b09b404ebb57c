"""The mails that reach a customer's own e-mail address, and the office's draft of them.

A customer reads only neutral texts or a text the office approved: never a unit's internal
reply (staff names, disciplinary measures, internal units). The acknowledgement and the
closure notice here are such neutral texts; the draft (客户答复拟稿) shows the office, in the
case's thread, exactly the answer the customer would get, sent only on `同意回复` (or the
office's own `回复客户 …`). Pure, like `outbox/mails.py`: case and settings in, a mail out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from core.config import Directory, Settings
from core.message_ids import case_tag
from core.store.models import Case
from outbox.copies import OutgoingMail, assemble, text_lines
from outbox.followup_mails import case_forward_mail
from outbox.render import render_mail
from outbox.views import format_date_cn, short_text
from parsers.pii import mask_text

# The draft answer the office is offered: neutral, so `同意回复` can never send a unit's words.
NEUTRAL_ANSWER = ("您反映的问题，我行已责成相关单位核实处理，相关单位已将处理情况报我行。对给您带来的不便，我们深表歉意。"
                  "如您对处理结果仍有意见，请直接回复本邮件，我行将进一步核实处理。")
NEUTRAL_CLOSURE = "经核实处理，您反映的问题已办理完毕。如您仍有意见，请直接回复本邮件，我行将进一步核实处理。"


def _customer_notice(case: Case, settings: Settings, *, kind: str, key: str, title: str, intro: str,
                     lines: Sequence[str], now: datetime) -> OutgoingMail:
    if not case.customer_email:
        raise ValueError(f"case {case.id}: the customer gave no e-mail address")
    rendered = render_mail(
        "customer_notice", tag=case_tag(case.id), title=title, intro=intro, text_lines=tuple(lines),
        received_at_text=format_date_cn(case.received_at),
        short_content=short_text(mask_text(case.content or ""), 30), signature=settings.smtp.from_name,
        today_text=format_date_cn(now),
    )
    return assemble(settings, kind=kind, case_id=case.id, key=key, to=[case.customer_email], cc=[],
                    rendered=rendered, now=now)


def customer_ack_mail(case: Case, settings: Settings, *, now: datetime) -> OutgoingMail:
    """The customer hears that the complaint was received and its number — no unit, no staff."""
    return _customer_notice(case, settings, kind="cack", key="ack", title="您反映的问题已受理",
                            intro="您反映的问题我行已受理，登记编号为 " + case.id + "。我行将尽快核实处理，处理完毕后将告知您。",
                            lines=(), now=now)


def closure_notice_mail(case: Case, settings: Settings, *, approved_text: str | None, now: datetime,
                        key: str) -> OutgoingMail:
    """The case is closed: the text the office approved, or else the neutral closure sentence."""
    return _customer_notice(case, settings, kind="closure", key=key, title="您反映的问题已办结",
                            intro="您反映的问题已办理完毕。" + ("答复如下：" if approved_text else ""),
                            lines=text_lines(approved_text) if approved_text else text_lines(NEUTRAL_CLOSURE),
                            now=now)


def customer_draft_mail(case: Case, directory: Directory, settings: Settings, *, now: datetime, key: str,
                        to: Sequence[str], references: Sequence[str] = ()) -> OutgoingMail:
    """The office's draft of the customer's answer, in the case's thread: the customer mail as it
    would go (neutral), what sends it, and the unit's internal reply for reference only."""
    draft = render_mail(
        "customer_reply", tag=case_tag(case.id), received_at_text=format_date_cn(case.received_at),
        short_content=short_text(mask_text(case.content or ""), 30),
        text_lines=text_lines(NEUTRAL_ANSWER), signature=settings.smtp.from_name,
        today_text=format_date_cn(now))
    closing = [
        "以上为拟发客户邮箱的答复原文，未经工会审定不会发送。审定后请直接回复本邮件，正文第一行写：",
        "    同意回复　　（按上述拟稿原文发送客户）",
        "    回复客户 （另写经工会审定的答复文字，按所写文字发送客户）",
        "未经审定，客户只会收到中性的满意度回访邮件和办结通知，不会看到承办单位的内部反馈。",
        "承办单位内部反馈（仅供拟稿参考，不发送客户；其中的人员姓名、处理措施不得写入答复）：",
        *("    " + line for line in text_lines(case.result_text)),
    ]
    return case_forward_mail(
        case, directory, settings, now=now, kind="draft", key=key, title="客户答复拟稿（待审定）",
        addressee=f"{settings.office.name}经办人员", intro=f"客户留有电子邮箱（{case.customer_email}）。拟发送客户的答复如下：",
        quoted=draft.text, closing=closing, to=to, cc=[settings.office.address] if settings.office.address not in to else [],
        references=references)
