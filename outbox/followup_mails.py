"""The mails of a case's life after routing: satisfaction, the result back to the source,
deadlines, extensions, reopening, forwarded words, the daily comment-book duty.

Pure, like `outbox/mails.py`: the case, the directory, the settings and the decision's
values in, an `OutgoingMail` out (`outbox/copies.py` makes the per-recipient copies).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from core.config import Directory, Leader, Settings
from core.message_ids import case_tag
from core.store.models import Case
from outbox.copies import (
    Masked,
    OutgoingMail,
    assemble,
    case_mail,
    leader_title,
    reply_subject,
    text_lines,
    unit_addresses,
)
from outbox.render import RenderedMail, render_mail
from outbox.supervision_form import DOCX_TYPE, supervision_form_docx, supervision_form_filename
from outbox.views import case_view, format_date_cn, format_datetime_cn, short_text
from parsers.pii import mask_personal_text, mask_text


def satisfaction_call_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime, key: str,
    references: Sequence[str] = (),
) -> OutgoingMail:
    """Ask union staff to call the customer (name and phone in full, what a call needs; the
    complaint text masked like a leader's) and answer `满意度 …` by reply."""
    view = replace(case_view(case, directory, reveal_contact=False), customer_name=case.customer_name or "",
                   customer_phone=case.customer_phone or "")
    rendered = render_mail(
        "satisfaction_call", case=view, office_name=settings.office.name,
        office_address=settings.office.address, result_lines=text_lines(case.result_text),
        handler_text=case.handler or view.unit_name, answered_at_text=format_datetime_cn(case.answered_at),
        survey_sent=bool(case.customer_email),
    )
    to = list(settings.office.staff) or [settings.office.address]
    cc = [settings.office.address] if settings.office.staff else []
    return case_mail(settings, case, kind="satisfaction", key=key, to=to, cc=cc, rendered=rendered,
                      now=now, in_reply_to=None, references=references)


def satisfaction_survey_mail(case: Case, settings: Settings, *, now: datetime, key: str) -> OutgoingMail:
    """A short survey to the customer's own e-mail address, answered by replying 满意/基本满意/不满意.

    A neutral text: the unit's reply is internal (names, measures, staff) and never reaches
    the customer; it is signed with the service's public name, not the office's."""
    if not case.customer_email:
        raise ValueError(f"case {case.id}: the customer gave no e-mail address")
    rendered = render_mail(
        "satisfaction_survey", tag=case_tag(case.id), received_at_text=format_date_cn(case.received_at),
        short_content=short_text(mask_text(case.content or ""), 30), signature=settings.smtp.from_name,
        today_text=format_date_cn(now),
    )
    return assemble(settings, kind="survey", case_id=case.id, key=key, to=[case.customer_email], cc=[],
                 rendered=rendered, now=now)


def customer_reply_mail(case: Case, settings: Settings, *, text: str, now: datetime, key: str) -> OutgoingMail:
    """The office's approved answer to the customer (`回复客户` / `同意回复`), signed with the service's public name."""
    if not case.customer_email:
        raise ValueError(f"case {case.id}: the customer gave no e-mail address")
    rendered = render_mail(
        "customer_reply", tag=case_tag(case.id), received_at_text=format_date_cn(case.received_at),
        short_content=short_text(mask_text(case.content or ""), 30), text_lines=text_lines(text),
        signature=settings.smtp.from_name, today_text=format_date_cn(now),
    )
    return assemble(settings, kind="answer", case_id=case.id, key=key, to=[case.customer_email], cc=[],
                 rendered=rendered, now=now)


def result_report_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime, to: str,
    original_subject: str | None, handled_at_text: str, satisfaction_text: str,
    attachment: tuple[str, bytes] | None = None, references: Sequence[str] = (),
    contributions: Sequence[tuple[str, str]] = (),
) -> OutgoingMail:
    """The result back to the source, in the thread of its own mail (the completed form for CSC);
    `contributions` (co-unit, text) are printed beside the lead unit's result, never in its place."""
    view = case_view(case, directory, reveal_contact=False)
    attachments = [(attachment[0], DOCX_TYPE, attachment[1])] if attachment else []
    rendered = render_mail(
        "result_report", case=view, original_subject=reply_subject(original_subject, view.tag),
        result_lines=text_lines(case.result_text), handler_text=case.handler or view.unit_name,
        contributions=[(name, text_lines(text)) for name, text in contributions],
        handled_at_text=handled_at_text, satisfaction_text=satisfaction_text,
        attachment_name=attachment[0] if attachment else "", office_name=settings.office.name,
        office_address=settings.office.address, today_text=format_date_cn(now),
    )
    return case_mail(settings, case, kind="result", key=f"r{case.reopen_count}", to=[to], cc=[],
                      rendered=rendered, now=now, in_reply_to=case.source_message_id,
                      references=references, attachments=attachments)


def deadline_notice_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime, stage: str, key: str,
    overdue_days: int = 0, escalate_after: int = 3, regulatory_days: int = 15,
    references: Sequence[str] = (),
) -> OutgoingMail:
    """`remind` (to the unit), `overdue` (督办: the unit, its leader in cc, the 督办单 again) or
    `escalate` (to the president, the leader and the office in cc)."""
    unit = directory.unit_by_code(case.unit or "")
    if unit is None:
        raise ValueError(f"case {case.id}: unit {case.unit!r} is not in the units directory")
    leader = directory.leader_by_id(unit.leader)
    co_emails = [u.email for u in map(directory.unit_by_code, case.co_units) if u is not None]
    view = case_view(case, directory, reveal_contact=stage != "escalate")
    presidents = directory.presidents()
    if stage == "remind":
        to, cc, addressee = [unit.email], co_emails, unit.name
    elif stage == "overdue":
        to, cc, addressee = [unit.email], ([leader.email] if leader else []) + co_emails, unit.name
    else:
        to = [x.email for x in presidents] or [settings.office.address]
        cc = ([leader.email] if leader else []) + [settings.office.address]
        addressee = "、".join(leader_title(x) for x in presidents) or settings.office.name
    def version(view) -> tuple[RenderedMail, tuple]:
        attachments = ()
        if stage == "overdue":
            form = supervision_form_docx(view, issuer=settings.office.name, issued_at=now,
                                         cc_leaders=[leader_title(leader)] if leader else [])
            attachments = ((supervision_form_filename(case.id), DOCX_TYPE, form),)
        rendered = render_mail(
            "deadline_notice", case=view, stage=stage, addressee=addressee, overdue_days=overdue_days,
            escalate_after=escalate_after, regulatory_days=regulatory_days,
            cc_leaders_text=leader_title(leader) if leader else "",
            attachment_name=attachments[0][0] if attachments else "", office_name=settings.office.name,
            office_address=settings.office.address,
        )
        return rendered, attachments

    full = version(view)
    masked = version(case_view(case, directory, reveal_contact=False)) if stage != "escalate" else full
    return case_mail(settings, case, kind=stage, key=key, to=to, cc=cc, rendered=full[0], now=now,
                      in_reply_to=None, references=references, attachments=full[1],
                      masked=Masked(unit_addresses(case, directory), *masked))


def extension_request_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime, key: str, days: int,
    reason: str, total_days: int, new_regulatory_at: datetime, requested_by: str,
    references: Sequence[str] = (),
) -> OutgoingMail:
    """Ask the president to approve an extension beyond the limit staff may grant (回复“批准”)."""
    presidents = directory.presidents()
    if not presidents:
        raise ValueError("no president in the units directory to approve an extension")
    rendered = render_mail(
        "extension_request", case=case_view(case, directory, reveal_contact=False),
        addressee="、".join(leader_title(x) for x in presidents), requested_by=requested_by, days=days,
        reason=reason, total_days=total_days, new_regulatory_text=format_datetime_cn(new_regulatory_at),
        limit_days=settings.sla.regulatory_extended_days, max_days=settings.sla.regulatory_approved_days,
        office_name=settings.office.name, office_address=settings.office.address,
    )
    return case_mail(settings, case, kind="approval", key=key, to=[x.email for x in presidents],
                      cc=[settings.office.address], rendered=rendered, now=now, in_reply_to=None,
                      references=references)


def due_changed_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime, key: str, days: int,
    reason: str, decided_by: str, regulatory_days: int, references: Sequence[str] = (),
) -> OutgoingMail:
    """Tell the unit its new due date after a 延期 (the office in cc)."""
    view = case_view(case, directory, reveal_contact=True)
    if not view.unit_email:
        raise ValueError(f"case {case.id}: no unit address to tell about the new due date")
    rendered = render_mail(
        "due_changed", case=view, days=days, reason=reason, decided_by=decided_by,
        regulatory_days=regulatory_days, office_name=settings.office.name,
        office_address=settings.office.address,
    )
    return case_mail(settings, case, kind="due", key=key, to=[view.unit_email], cc=[settings.office.address],
                      rendered=rendered, now=now, in_reply_to=None, references=references)


def due_recomputed_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime, key: str, years: Sequence[int],
    previous_due_text: str, references: Sequence[str] = (),
) -> OutgoingMail:
    """Tell the unit its provisional (暂定) due date moved now that the year's arrangement is known."""
    view = case_view(case, directory, reveal_contact=True)
    if not view.unit_email:
        raise ValueError(f"case {case.id}: no unit address to tell about the new due date")
    rendered = render_mail(
        "due_recomputed", case=view, years_text="、".join(map(str, years)), previous_due_text=previous_due_text,
        office_name=settings.office.name, office_address=settings.office.address,
    )
    return case_mail(settings, case, kind="due", key=key, to=[view.unit_email], cc=[settings.office.address],
                      rendered=rendered, now=now, in_reply_to=None, references=references)


def reopen_notice_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime, key: str, why: str,
    why_short: str, supervisors: Sequence[Leader], previous_result: str | None, objection: str = "",
    references: Sequence[str] = (),
) -> OutgoingMail:
    """The case back to its unit one level up: the supervising leaders in cc, a fresh 督办单."""
    unit = directory.unit_by_code(case.unit or "")
    if unit is None:
        raise ValueError(f"case {case.id}: unit {case.unit!r} is not in the units directory")
    titles = [leader_title(x) for x in supervisors]
    name = supervision_form_filename(case.id)
    co_emails = [u.email for u in map(directory.unit_by_code, case.co_units) if u is not None]

    def version(reveal: bool) -> tuple[RenderedMail, tuple]:
        view = case_view(case, directory, reveal_contact=reveal)
        form = supervision_form_docx(view, issuer=settings.office.name, issued_at=now, cc_leaders=titles)
        rendered = render_mail(
            "reopen_notice", case=view, why=why, why_short=why_short, reopen_count=case.reopen_count,
            supervisors_text="、".join(titles) or settings.office.name,
            previous_result_lines=text_lines(previous_result), objection_lines=text_lines(objection),
            attachment_name=name,
            office_name=settings.office.name, office_address=settings.office.address,
        )
        return rendered, ((name, DOCX_TYPE, form),)

    full, masked = version(True), version(False)
    return case_mail(settings, case, kind="reopen", key=key, to=[unit.email],
                      cc=[x.email for x in supervisors] + co_emails + [settings.office.address],
                      rendered=full[0], now=now, in_reply_to=None, references=references,
                      attachments=full[1], masked=Masked(unit_addresses(case, directory), *masked))


def comment_book_reminder_mail(
    unit_code: str, directory: Directory, settings: Settings, *, now: datetime, day_text: str,
    key: str, report_by_text: str,
) -> OutgoingMail:
    """The daily reminder to an outlet: check the comment book, reply with the entries or 无."""
    unit = directory.unit_by_code(unit_code)
    if unit is None:
        raise ValueError(f"unit {unit_code!r} is not in the units directory")
    rendered = render_mail("comment_book_reminder", unit_name=unit.name, day_text=day_text,
                           report_by_text=report_by_text, office_name=settings.office.name)
    return assemble(settings, kind="cbook", case_id=None, key=key, to=[unit.email], cc=[],
                 rendered=rendered, now=now)


def case_forward_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime, kind: str, key: str,
    title: str, addressee: str, intro: str, quoted: str | None, closing: Sequence[str], to: Sequence[str],
    cc: Sequence[str] = (), reveal_contact: bool = False, references: Sequence[str] = (),
    attachments: Sequence[tuple[str, str, bytes]] = (),
) -> OutgoingMail:
    """A case message passed on in its thread: a leader's 批示 to the units, a co-unit's
    contribution to the lead unit, a unit's request to reassign to the office, a result report
    to the leaders, a late part of the customer's letter (补充) with its scans (`attachments`).
    What is quoted is the units' own words, which name the customer: masked like the case's
    fields unless the addressees must call the customer (`reveal_contact`)."""
    if not reveal_contact:
        names = (case.customer_name or "",)
        quoted = mask_personal_text(quoted or "", names)
        closing = [mask_personal_text(line, names) for line in closing]
    rendered = render_mail(
        "case_forward", case=case_view(case, directory, reveal_contact=reveal_contact), title=title,
        addressee=addressee, intro=intro, quoted_lines=text_lines(quoted), closing_lines=tuple(closing),
        office_name=settings.office.name, office_address=settings.office.address,
    )
    return case_mail(settings, case, kind=kind, key=key, to=list(to) or [settings.office.address], cc=cc,
                      rendered=rendered, now=now, in_reply_to=None, references=references,
                      attachments=tuple(attachments))
