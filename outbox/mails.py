"""Assemble each mail the workflow sends: recipients, signed Message-ID, rendered parts, attachments.

Pure: the case, the directory, the settings and the decision's values in, an
`OutgoingMail` (raw RFC 5322 bytes and what the outbox table needs) out. The same inputs
give the same Message-ID, so a mail recomputed after a crash is recognised as already
written or sent. Case mails thread under the case's source message unless the caller
names another parent.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from core.config import Directory, Leader, Settings
from core.message_ids import case_tag, make_message_id, parse_message_id
from core.store.models import Case
from outbox.compose import compose_mail
from outbox.render import RenderedMail, render_mail
from outbox.reply_tokens import (
    Addressee,
    key_without_token,
    make_token,
    reply_address,
    token_in_key,
    with_token,
)
from outbox.supervision_form import DOCX_TYPE, supervision_form_docx, supervision_form_filename
from outbox.views import (
    QuarantineEntry,
    candidate_views,
    case_view,
    format_date_cn,
    format_datetime_cn,
    quarantine_lines,
    short_text,
)
from parsers.pii import mask_personal_text, mask_text

ROLE_TITLES = {"vice_president": "副行长", "president": "行长"}
_REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|回复|答复|转发)\s*[:：]\s*)+", re.IGNORECASE)


@dataclass(frozen=True)
class OutgoingMail:
    """One mail ready for the outbox table: who gets it, its subject, bytes and Message-ID."""

    kind: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    raw: bytes
    message_id: str
    case_id: str | None = None
    copies: tuple["MailCopy", ...] = ()

    @property
    def recipients(self) -> tuple[str, ...]:
        """Everyone the mail is for (To and Cc, each once); each gets a copy of their own."""
        return _unique(self.to + self.cc)

    def copy_for(self, address: str) -> "MailCopy":
        return next(c for c in self.copies if c.to[0].lower() == address.strip().lower())


@dataclass(frozen=True)
class Masked:
    """The version of a mail for those without a need to know (leaders, the office): the
    customer's name, phone and other personal data masked, in the text and the attachments."""

    need_to_know: tuple[str, ...]
    rendered: RenderedMail
    attachments: tuple = ()


@dataclass(frozen=True)
class MailCopy:
    """One recipient's copy: its own reply token in Reply-To and Message-ID (one outbox row)."""

    to: tuple[str, ...]
    raw: bytes
    message_id: str
    cc: tuple[str, ...] = ()


def routing_notice_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime,
    key: str | None = None, in_reply_to: str | None = None, references: Sequence[str] = (),
    originals: Sequence[tuple[str, str, bytes]] = (),
) -> OutgoingMail:
    """The 督办 mail to the responsible unit, with the 督办单 attached.

    To the unit; cc its supervising leader and the co-units. `key` tells apart two routings
    of one case (default: unit and reopen count; pass the event id if a case can go to the
    same unit twice without a reopen). `originals` (name, type, bytes) are the scanned
    letter or form the case was read from: the unit gets the customer's own letter too.
    """
    unit = directory.unit_by_code(case.unit or "")
    if unit is None:
        raise ValueError(f"case {case.id}: unit {case.unit!r} is not in the units directory")
    leader = directory.leader_by_id(unit.leader)
    cc_leaders = [leader] if leader else []
    co_emails = [u.email for u in map(directory.unit_by_code, case.co_units) if u is not None]
    attachment_name = supervision_form_filename(case.id)

    def version(reveal: bool) -> tuple[RenderedMail, tuple]:
        """The unit's copy has the customer's own letter too; a leader's has neither it nor the contact."""
        view = case_view(case, directory, reveal_contact=reveal)
        form = supervision_form_docx(view, issuer=settings.office.name, issued_at=now,
                                     cc_leaders=[_leader_title(x) for x in cc_leaders])
        attached = tuple(originals) if reveal else ()
        rendered = render_mail(
            "routing_notice", case=view, office_name=settings.office.name,
            office_address=settings.office.address, attachment_name=attachment_name,
            cc_leaders_text="、".join(_leader_title(x) for x in cc_leaders),
            original_names="、".join(name for name, _, _ in attached),
        )
        return rendered, ((attachment_name, DOCX_TYPE, form), *attached)

    full, masked = version(True), version(False)
    return _case_mail(
        settings, case, kind="routing", key=key or f"{unit.code}-r{case.reopen_count}",
        to=[unit.email], cc=[x.email for x in cc_leaders] + co_emails, rendered=full[0],
        now=now, in_reply_to=in_reply_to, references=references, attachments=full[1],
        masked=Masked(_unit_addresses(case, directory), *masked),
    )


def triage_request_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime,
    candidates: Sequence[object] = (), explanation: str | Sequence[str] = (),
    key: str | None = None, in_reply_to: str | None = None, references: Sequence[str] = (),
) -> OutgoingMail:
    """Ask the union office to pick the unit: the case, the router's candidates and why.

    `candidates`: the Decision's candidates (`code`, `why`) or (code, reason) pairs;
    `explanation`: `Decision.explain()` text or its lines.
    """
    views = candidate_views(candidates, directory)
    if isinstance(explanation, str):
        explanation = [ln.strip() for ln in explanation.splitlines() if ln.strip()]
    example = views[0].code if views else (directory.unit[0].code if directory.unit else "SY")
    rendered = render_mail(
        "triage_request", case=case_view(case, directory, reveal_contact=False),
        office_name=settings.office.name, candidates=views,
        explanation_lines=tuple(explanation) or ("路由规则未能确定唯一的被投诉单位。",),
        units=tuple(directory.unit), example_code=example,
    )
    return _case_mail(
        settings, case, kind="triage", key=key or f"r{case.reopen_count}",
        to=[settings.office.address], cc=[], rendered=rendered, now=now,
        in_reply_to=in_reply_to, references=references,
    )


def leaders_to_notify(case: Case, directory: Directory) -> tuple[Leader, ...]:
    """Supervising leaders of the unit and co-units; for a serious case the presidents too."""
    ids = [u.leader for u in map(directory.unit_by_code, [case.unit or "", *case.co_units]) if u]
    leaders = [x for x in map(directory.leader_by_id, ids) if x is not None]
    if case.severity == "serious":
        leaders += directory.presidents()
    seen: dict[str, Leader] = {}
    for leader in leaders:
        seen.setdefault(leader.id, leader)
    return tuple(seen.values())


def leader_notice_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime,
    recipients: Sequence[object] | None = None, key: str | None = None, reason: str = "",
    in_reply_to: str | None = None, references: Sequence[str] = (),
) -> OutgoingMail:
    """Report a 较大问题 or 重大问题 case to its leaders (the office in cc, or in To if none is known).

    `reason`: why the office raised the level by command, quoted to the leaders.

    `recipients` are the router's notify list (objects with `name` and `email`); by default
    `leaders_to_notify`. Names get their title (副行长/行长) from the directory.
    """
    people = [(r.name, r.email) for r in recipients] if recipients is not None else [
        (x.name, x.email) for x in leaders_to_notify(case, directory)]
    people = [(name, email) for name, email in people if email]
    rendered = render_mail(
        "leader_notice", case=case_view(case, directory, reveal_contact=False),
        office_name=settings.office.name, office_address=settings.office.address,
        leaders_text="、".join(_titled(name, email, directory) for name, email in people) or "各位领导",
        no_leader_configured=not people, reason=reason,
    )
    to = [email for _, email in people] or [settings.office.address]
    return _case_mail(
        settings, case, kind="leader", key=key or f"{case.severity}-r{case.reopen_count}",
        to=to, cc=[settings.office.address] if people else [], rendered=rendered, now=now,
        in_reply_to=in_reply_to, references=references,
    )


def acknowledgement_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime,
    to: str | None = None, key: str = "1", in_reply_to: str | None = None,
    references: Sequence[str] = (),
) -> OutgoingMail:
    """Tell the source (default: the case's source address) that the case is in, its id and time limit."""
    address = to or case.source_address
    if not address:
        raise ValueError(f"case {case.id}: no source address to acknowledge to")
    rendered = render_mail(
        "acknowledgement", case=case_view(case, directory, reveal_contact=False),
        office_name=settings.office.name, office_address=settings.office.address,
        today_text=format_date_cn(now),
        unreadable_names="、".join(f"「{u['file']}」" for u in (case.fields or {}).get("unreadable", [])),
    )
    return _case_mail(
        settings, case, kind="ack", key=key, to=[address], cc=[], rendered=rendered, now=now,
        in_reply_to=in_reply_to, references=references,
    )


def command_reply_mail(
    case_id: str | None, to: str | Sequence[str], in_reply_to: str | None,
    references: Sequence[str], ok: bool, lines: Sequence[str], *, settings: Settings,
    now: datetime, original_subject: str | None = None, key: str | None = None,
) -> OutgoingMail:
    """Confirm (ok) or refuse a staff command, in the thread of the mail that carried it.

    `key` defaults to a digest of `in_reply_to` (one answer per command mail), or of the
    recipients, subject and lines when the command mail had no Message-ID.
    """
    if key is None:
        basis = in_reply_to or "\x1f".join([str(to), original_subject or "", *lines])
        key = hashlib.sha256(basis.encode()).hexdigest()[:16]
    tag = case_tag(case_id) if case_id else ""
    subject = _reply_subject(original_subject, tag)
    rendered = render_mail("command_reply", ok=ok, lines=tuple(lines), case_id=case_id or "",
                           tag=tag, original_subject=subject, office_name=settings.office.name)
    recipients = [to] if isinstance(to, str) else list(to)
    refs = list(references) or ([in_reply_to] if in_reply_to else [])
    return _mail(settings, kind="reply", case_id=case_id, key=key, to=recipients, cc=[],
                 rendered=rendered, now=now, in_reply_to=in_reply_to, references=refs)


def query_reply_mail(
    *, to: str, reader_name: str, title: str, lines: Sequence[str], fields: Sequence[tuple[str, str]],
    tables: Sequence[object], timeline: Sequence[tuple[str, str, str, str]],
    attachments: Sequence[tuple[str, str, bytes]], guide_line: str, in_reply_to: str | None,
    references: Sequence[str], original_subject: str | None, key: str, settings: Settings, now: datetime,
    kind: str = "query",
) -> OutgoingMail:
    """The answer to a read-only command (帮助, 在办清单, 查询, 统计), to the directory's address only;
    also the scheduled 在办清单 (kind `openlist`, no thread).

    `tables` are values with `title`, `header` and `rows` (the digest's Table).
    """
    timeline_table = _GridValues("处理记录", ("时间", "事项", "经办", "说明"), tuple(timeline))
    rendered = render_mail("query_reply", reader_name=reader_name, title=title, lines=tuple(lines),
                           fields=tuple(fields), tables=tuple(tables), timeline=tuple(timeline),
                           timeline_table=timeline_table, attachment_names=tuple(a[0] for a in attachments),
                           guide_line=guide_line, original_subject=_reply_subject(original_subject, ""),
                           office_name=settings.office.name)
    refs = list(references) or ([in_reply_to] if in_reply_to else [])
    return _mail(settings, kind=kind, case_id=None, key=key, to=[to], cc=[], rendered=rendered, now=now,
                 in_reply_to=in_reply_to, references=refs, attachments=tuple(attachments))


@dataclass(frozen=True)
class _GridValues:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def office_alert_mail(
    title: str, paragraphs: Sequence[str], table: Sequence[tuple[str, str]], key: str, *,
    settings: Settings, now: datetime, to: Sequence[str] = (), case_id: str | None = None,
) -> OutgoingMail:
    """A notice to the union office (bounce, unverified reply, login failure, calendar gap...).

    `key` makes the Message-ID: the same alert with the same key is one mail.
    """
    rendered = render_mail("office_alert", title=title, paragraphs=tuple(paragraphs),
                           table=tuple(table), tag=case_tag(case_id) if case_id else "",
                           office_name=settings.office.name)
    return _mail(settings, kind="alert", case_id=case_id, key=key,
                 to=list(to) or [settings.office.address], cc=[], rendered=rendered, now=now)


def quarantine_summary_mail(
    entries: Sequence[QuarantineEntry], key: str, *, settings: Settings, now: datetime,
    to: Sequence[str] = (),
) -> OutgoingMail:
    """The list of newly quarantined mails for the office, each with its retry command."""
    if not entries:
        raise ValueError("a quarantine summary needs at least one entry")
    rendered = render_mail("quarantine_summary", entries=quarantine_lines(entries),
                           office_name=settings.office.name)
    return _mail(settings, kind="quarantine", case_id=None, key=key,
                 to=list(to) or [settings.office.address], cc=[], rendered=rendered, now=now)


def _case_mail(settings: Settings, case: Case, *, kind: str, key: str, to, cc,
               rendered: RenderedMail, now: datetime, in_reply_to: str | None,
               references: Sequence[str], attachments=(), masked: Masked | None = None) -> OutgoingMail:
    parent = in_reply_to or case.source_message_id
    refs = list(references) or ([parent] if parent else [])
    return _mail(settings, kind=kind, case_id=case.id, key=key, to=to, cc=cc, rendered=rendered,
                 now=now, in_reply_to=parent, references=refs, attachments=attachments, masked=masked)


def _unit_addresses(case: Case, directory: Directory) -> tuple[str, ...]:
    """The lead and co-units: the only ones who must call the customer (full name and phone)."""
    units = map(directory.unit_by_code, [case.unit or "", *case.co_units])
    return tuple(u.email for u in units if u is not None)


def _mail(settings: Settings, *, kind: str, case_id: str | None, key: str, to, cc,
          rendered: RenderedMail, now: datetime, in_reply_to: str | None = None,
          references: Sequence[str] = (), attachments=(), masked: "Masked | None" = None) -> OutgoingMail:
    """The mail as one copy per recipient, each with the recipient's own reply token.

    A copy is addressed to its recipient alone (who else was told is in the text), so a
    token is never shown to anyone but its holder, not even by a reply-all. With `masked`,
    only its `need_to_know` addresses get `rendered`; everyone else the masked version."""
    to_list = _unique(to)
    cc_list = tuple(a for a in _unique(cc) if a.lower() not in {t.lower() for t in to_list})
    keyring = settings.keyring()
    refs = tuple(_without_token(r, keyring.every()) for r in references)
    def version(r: str):
        if masked is None or r.lower() in {a.lower() for a in masked.need_to_know}:
            return rendered, attachments
        return masked.rendered, masked.attachments

    copies = tuple(_copy(settings, keyring.current, kind=kind, case_id=case_id, key=key, recipient=r,
                         rendered=version(r)[0], now=now, in_reply_to=in_reply_to, references=refs,
                         attachments=version(r)[1]) for r in (*to_list, *cc_list))
    if not copies:
        raise ValueError("a mail needs at least one recipient")
    return OutgoingMail(kind=kind, to=to_list, cc=cc_list, subject=rendered.subject, raw=copies[0].raw,
                        message_id=copies[0].message_id, case_id=case_id, copies=copies)


def _copy(settings: Settings, secret: bytes, *, kind: str, case_id: str | None, key: str, recipient: str,
          rendered: RenderedMail, now: datetime, in_reply_to: str | None, references: Sequence[str],
          attachments) -> MailCopy:
    from_address = settings.smtp.from_address
    token = make_token(case_id=case_id, address=recipient, addressee=addressee_of(recipient, settings), key=secret)
    message_id = make_message_id(case_id=case_id, kind=kind, key=with_token(key, token),
                                 domain=from_address.rpartition("@")[2], secret=secret)
    raw = compose_mail(
        from_address=from_address, from_name=settings.smtp.from_name, to=[recipient], cc=[],
        subject=rendered.subject, text=rendered.text, html=rendered.html,
        attachments=attachments, message_id=message_id, in_reply_to=in_reply_to,
        references=references, loop_address=from_address, date=now, case_id=case_id,
        reply_to=reply_address(from_address, token),
    )
    return MailCopy(to=(recipient,), raw=raw, message_id=message_id)


def addressee_of(address: str, settings: Settings) -> Addressee:
    """What the recipient is to the service, for its token."""
    address = address.strip().lower()
    if address in {s.lower() for s in settings.office.staff}:
        return Addressee.STAFF
    if address == settings.office.address.lower():
        return Addressee.OFFICE
    if settings.units.unit_by_email(address) is not None:
        return Addressee.UNIT
    if settings.units.leader_by_email(address) is not None:
        return Addressee.LEADER
    if settings.sources.channel_of(address):
        return Addressee.SOURCE
    return Addressee.OTHER


def _without_token(message_id: str, keys: Sequence[bytes]) -> str:
    """An earlier copy's Message-ID as its untokened form: References must not pass one
    person's token to another."""
    parts = parse_message_id(message_id, keys)
    if parts is None or token_in_key(parts.key) is None:
        return message_id
    return make_message_id(case_id=parts.case_id, kind=parts.kind, key=key_without_token(parts.key),
                           domain=parts.domain, secret=keys[0])


def _reply_subject(original: str | None, tag: str) -> str:
    """The original subject without Re:/回复: prefixes, with the case tag in it; "" for none."""
    if not original or not original.strip():
        return ""
    subject = _REPLY_PREFIX.sub("", " ".join(original.split()))
    if tag and tag not in subject:
        subject = f"{tag} {subject}"
    return subject


def people_text(recipients: Sequence[object], directory: Directory) -> str:
    """`张明副行长、王强行长`: the names (with titles) of a notify list."""
    return "、".join(_titled(r.name, r.email, directory) for r in recipients)


def people_text_of(addresses: Sequence[str], directory: Directory) -> str:
    """`张明副行长、王强行长` for addresses; an address the directory does not know as is."""
    return "、".join(_titled(a, a, directory) for a in addresses)


def _leader_title(leader: Leader) -> str:
    return leader.name + ROLE_TITLES.get(leader.role, "")


def _titled(name: str, email: str, directory: Directory) -> str:
    """`张明副行长` when the directory knows the address as a leader's, else the name as given."""
    leader = next((x for x in directory.leader if x.email.lower() == email.lower()), None)
    return _leader_title(leader) if leader is not None else name


def _unique(addresses: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for address in addresses:
        if address and address.strip():
            seen.setdefault(address.strip().lower(), address.strip())
    return tuple(seen.values())


# --- The case's life after routing: satisfaction, result back to the source, deadlines,
# --- extensions, reopening, the daily comment-book duty.


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
        office_address=settings.office.address, result_lines=_lines(case.result_text),
        handler_text=case.handler or view.unit_name, answered_at_text=format_datetime_cn(case.answered_at),
        survey_sent=bool(case.customer_email),
    )
    to = list(settings.office.staff) or [settings.office.address]
    cc = [settings.office.address] if settings.office.staff else []
    return _case_mail(settings, case, kind="satisfaction", key=key, to=to, cc=cc, rendered=rendered,
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
    return _mail(settings, kind="survey", case_id=case.id, key=key, to=[case.customer_email], cc=[],
                 rendered=rendered, now=now)


def customer_reply_mail(case: Case, settings: Settings, *, text: str, now: datetime, key: str) -> OutgoingMail:
    """The office's approved answer to the customer (`回复客户` / `同意回复`), signed with the service's public name."""
    if not case.customer_email:
        raise ValueError(f"case {case.id}: the customer gave no e-mail address")
    rendered = render_mail(
        "customer_reply", tag=case_tag(case.id), received_at_text=format_date_cn(case.received_at),
        short_content=short_text(mask_text(case.content or ""), 30), text_lines=_lines(text),
        signature=settings.smtp.from_name, today_text=format_date_cn(now),
    )
    return _mail(settings, kind="answer", case_id=case.id, key=key, to=[case.customer_email], cc=[],
                 rendered=rendered, now=now)


def result_report_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime, to: str,
    original_subject: str | None, handled_at_text: str, satisfaction_text: str,
    attachment: tuple[str, bytes] | None = None, references: Sequence[str] = (),
) -> OutgoingMail:
    """The result back to the source, in the thread of its own mail (the completed form for CSC)."""
    view = case_view(case, directory, reveal_contact=False)
    attachments = [(attachment[0], DOCX_TYPE, attachment[1])] if attachment else []
    rendered = render_mail(
        "result_report", case=view, original_subject=_reply_subject(original_subject, view.tag),
        result_lines=_lines(case.result_text), handler_text=case.handler or view.unit_name,
        handled_at_text=handled_at_text, satisfaction_text=satisfaction_text,
        attachment_name=attachment[0] if attachment else "", office_name=settings.office.name,
        office_address=settings.office.address, today_text=format_date_cn(now),
    )
    return _case_mail(settings, case, kind="result", key=f"r{case.reopen_count}", to=[to], cc=[],
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
        addressee = "、".join(_leader_title(x) for x in presidents) or settings.office.name
    def version(view) -> tuple[RenderedMail, tuple]:
        attachments = ()
        if stage == "overdue":
            form = supervision_form_docx(view, issuer=settings.office.name, issued_at=now,
                                         cc_leaders=[_leader_title(leader)] if leader else [])
            attachments = ((supervision_form_filename(case.id), DOCX_TYPE, form),)
        rendered = render_mail(
            "deadline_notice", case=view, stage=stage, addressee=addressee, overdue_days=overdue_days,
            escalate_after=escalate_after, regulatory_days=regulatory_days,
            cc_leaders_text=_leader_title(leader) if leader else "",
            attachment_name=attachments[0][0] if attachments else "", office_name=settings.office.name,
            office_address=settings.office.address,
        )
        return rendered, attachments

    full = version(view)
    masked = version(case_view(case, directory, reveal_contact=False)) if stage != "escalate" else full
    return _case_mail(settings, case, kind=stage, key=key, to=to, cc=cc, rendered=full[0], now=now,
                      in_reply_to=None, references=references, attachments=full[1],
                      masked=Masked(_unit_addresses(case, directory), *masked))


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
        addressee="、".join(_leader_title(x) for x in presidents), requested_by=requested_by, days=days,
        reason=reason, total_days=total_days, new_regulatory_text=format_datetime_cn(new_regulatory_at),
        limit_days=settings.sla.regulatory_extended_days, max_days=settings.sla.regulatory_approved_days,
        office_name=settings.office.name, office_address=settings.office.address,
    )
    return _case_mail(settings, case, kind="approval", key=key, to=[x.email for x in presidents],
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
    return _case_mail(settings, case, kind="due", key=key, to=[view.unit_email], cc=[settings.office.address],
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
    return _case_mail(settings, case, kind="due", key=key, to=[view.unit_email], cc=[settings.office.address],
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
    titles = [_leader_title(x) for x in supervisors]
    name = supervision_form_filename(case.id)
    co_emails = [u.email for u in map(directory.unit_by_code, case.co_units) if u is not None]

    def version(reveal: bool) -> tuple[RenderedMail, tuple]:
        view = case_view(case, directory, reveal_contact=reveal)
        form = supervision_form_docx(view, issuer=settings.office.name, issued_at=now, cc_leaders=titles)
        rendered = render_mail(
            "reopen_notice", case=view, why=why, why_short=why_short, reopen_count=case.reopen_count,
            supervisors_text="、".join(titles) or settings.office.name,
            previous_result_lines=_lines(previous_result), objection_lines=_lines(objection),
            attachment_name=name,
            office_name=settings.office.name, office_address=settings.office.address,
        )
        return rendered, ((name, DOCX_TYPE, form),)

    full, masked = version(True), version(False)
    return _case_mail(settings, case, kind="reopen", key=key, to=[unit.email],
                      cc=[x.email for x in supervisors] + co_emails + [settings.office.address],
                      rendered=full[0], now=now, in_reply_to=None, references=references,
                      attachments=full[1], masked=Masked(_unit_addresses(case, directory), *masked))


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
    return _mail(settings, kind="cbook", case_id=None, key=key, to=[unit.email], cc=[],
                 rendered=rendered, now=now)


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(ln.rstrip() for ln in (text or "").replace("\r\n", "\n").split("\n") if ln.strip())


def thread_reply_mail(
    case_id: str | None, to: str, in_reply_to: str | None, references: Sequence[str], heading: str,
    lines: Sequence[str], *, settings: Settings, now: datetime, original_subject: str | None, key: str,
) -> OutgoingMail:
    """A short answer in the thread of a mail that is no command: a request for a missing result,
    a comment-book confirmation. `key` makes the Message-ID (one answer per mail answered)."""
    tag = case_tag(case_id) if case_id else ""
    rendered = render_mail("thread_reply", heading=heading, lines=tuple(lines), case_id=case_id or "", tag=tag,
                           original_subject=_reply_subject(original_subject, tag), office_name=settings.office.name)
    refs = list(references) or ([in_reply_to] if in_reply_to else [])
    return _mail(settings, kind="reply", case_id=case_id, key=key, to=[to], cc=[], rendered=rendered, now=now,
                 in_reply_to=in_reply_to, references=refs)


def case_forward_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime, kind: str, key: str,
    title: str, addressee: str, intro: str, quoted: str | None, closing: Sequence[str], to: Sequence[str],
    cc: Sequence[str] = (), reveal_contact: bool = False, references: Sequence[str] = (),
) -> OutgoingMail:
    """A case message passed on in its thread: a leader's 批示 to the units, a co-unit's
    contribution to the lead unit, a unit's request to reassign to the office, a result report
    to the leaders. What is quoted is the units' own words, which name the customer: masked
    like the case's fields unless the addressees must call the customer (`reveal_contact`)."""
    if not reveal_contact:
        names = (case.customer_name or "",)
        quoted = mask_personal_text(quoted or "", names)
        closing = [mask_personal_text(line, names) for line in closing]
    rendered = render_mail(
        "case_forward", case=case_view(case, directory, reveal_contact=reveal_contact), title=title,
        addressee=addressee, intro=intro, quoted_lines=_lines(quoted), closing_lines=tuple(closing),
        office_name=settings.office.name, office_address=settings.office.address,
    )
    return _case_mail(settings, case, kind=kind, key=key, to=list(to) or [settings.office.address], cc=cc,
                      rendered=rendered, now=now, in_reply_to=None, references=references)
