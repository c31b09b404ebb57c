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
from dataclasses import dataclass
from datetime import datetime

from complaints.config import Directory, Leader, Settings
from complaints.store.models import Case
from outbox.compose import compose_mail
from outbox.message_ids import case_tag, make_message_id
from outbox.render import RenderedMail, render_mail
from outbox.supervision_form import DOCX_TYPE, supervision_form_docx, supervision_form_filename
from outbox.views import (
    QuarantineEntry,
    candidate_views,
    case_view,
    format_date_cn,
    quarantine_lines,
)

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

    @property
    def recipients(self) -> tuple[str, ...]:
        """Everyone the SMTP envelope must name (To and Cc, each once)."""
        return _unique(self.to + self.cc)


def routing_notice_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime,
    key: str | None = None, in_reply_to: str | None = None, references: Sequence[str] = (),
) -> OutgoingMail:
    """The 督办 mail to the responsible unit, with the 督办单 attached.

    To the unit; cc its supervising leader and the co-units. `key` tells apart two routings
    of one case (default: unit and reopen count; pass the event id if a case can go to the
    same unit twice without a reopen).
    """
    unit = directory.unit_by_code(case.unit or "")
    if unit is None:
        raise ValueError(f"case {case.id}: unit {case.unit!r} is not in the units directory")
    view = case_view(case, directory, reveal_contact=True)
    leader = directory.leader_by_id(unit.leader)
    cc_leaders = [leader] if leader else []
    co_emails = [u.email for u in map(directory.unit_by_code, case.co_units) if u is not None]
    attachment_name = supervision_form_filename(case.id)
    form = supervision_form_docx(view, issuer=settings.office.name, issued_at=now,
                                 cc_leaders=[_leader_title(x) for x in cc_leaders])
    rendered = render_mail(
        "routing_notice", case=view, office_name=settings.office.name,
        office_address=settings.office.address, attachment_name=attachment_name,
        cc_leaders_text="、".join(_leader_title(x) for x in cc_leaders),
    )
    return _case_mail(
        settings, case, kind="routing", key=key or f"{unit.code}-r{case.reopen_count}",
        to=[unit.email], cc=[x.email for x in cc_leaders] + co_emails, rendered=rendered,
        now=now, in_reply_to=in_reply_to, references=references,
        attachments=[(attachment_name, DOCX_TYPE, form)],
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
    recipients: Sequence[object] | None = None, key: str | None = None,
    in_reply_to: str | None = None, references: Sequence[str] = (),
) -> OutgoingMail:
    """Report a major or serious case to its leaders (the office in cc, or in To if none is known).

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
        no_leader_configured=not people,
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
               references: Sequence[str], attachments=()) -> OutgoingMail:
    parent = in_reply_to or case.source_message_id
    refs = list(references) or ([parent] if parent else [])
    return _mail(settings, kind=kind, case_id=case.id, key=key, to=to, cc=cc, rendered=rendered,
                 now=now, in_reply_to=parent, references=refs, attachments=attachments)


def _mail(settings: Settings, *, kind: str, case_id: str | None, key: str, to, cc,
          rendered: RenderedMail, now: datetime, in_reply_to: str | None = None,
          references: Sequence[str] = (), attachments=()) -> OutgoingMail:
    from_address = settings.smtp.from_address
    message_id = make_message_id(case_id=case_id, kind=kind, key=key,
                                 domain=from_address.rpartition("@")[2],
                                 secret=settings.security.secret())
    to_list = _unique(to)
    cc_list = tuple(a for a in _unique(cc) if a.lower() not in {t.lower() for t in to_list})
    raw = compose_mail(
        from_address=from_address, from_name=settings.smtp.from_name, to=to_list, cc=cc_list,
        subject=rendered.subject, text=rendered.text, html=rendered.html,
        attachments=attachments, message_id=message_id, in_reply_to=in_reply_to,
        references=references, loop_address=from_address, date=now, case_id=case_id,
    )
    return OutgoingMail(kind=kind, to=to_list, cc=cc_list, subject=rendered.subject, raw=raw,
                        message_id=message_id, case_id=case_id)


def _reply_subject(original: str | None, tag: str) -> str:
    """The original subject without Re:/回复: prefixes, with the case tag in it; "" for none."""
    if not original or not original.strip():
        return ""
    subject = _REPLY_PREFIX.sub("", " ".join(original.split()))
    if tag and tag not in subject:
        subject = f"{tag} {subject}"
    return subject


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
