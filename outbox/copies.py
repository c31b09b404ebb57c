"""One mail as the outbox holds it: one copy per recipient, each with its own reply token.

The building blocks every mail family uses (`outbox/mails.py` for intake and the office,
`outbox/followup_mails.py` for the case's life after routing): the copies with signed
Message-IDs, masking for those without a need to know, threading, titles of leaders.
Pure: the same inputs give the same Message-ID, so a mail recomputed after a crash is
recognised as already written or sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from core.config import Directory, Leader, Settings
from core.message_ids import make_message_id, parse_message_id
from core.store.models import Case
from outbox.compose import compose_mail
from outbox.render import RenderedMail
from outbox.reply_tokens import (
    Addressee,
    key_without_token,
    make_token,
    reply_address,
    token_in_key,
    with_token,
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
    copies: tuple["MailCopy", ...] = ()

    @property
    def recipients(self) -> tuple[str, ...]:
        """Everyone the mail is for (To and Cc, each once); each gets a copy of their own."""
        return unique_addresses(self.to + self.cc)

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


def case_mail(settings: Settings, case: Case, *, kind: str, key: str, to, cc,
               rendered: RenderedMail, now: datetime, in_reply_to: str | None,
               references: Sequence[str], attachments=(), masked: Masked | None = None) -> OutgoingMail:
    parent = in_reply_to or case.source_message_id
    refs = list(references) or ([parent] if parent else [])
    return assemble(settings, kind=kind, case_id=case.id, key=key, to=to, cc=cc, rendered=rendered,
                 now=now, in_reply_to=parent, references=refs, attachments=attachments, masked=masked)


def unit_addresses(case: Case, directory: Directory) -> tuple[str, ...]:
    """The lead and co-units: the only ones who must call the customer (full name and phone)."""
    units = map(directory.unit_by_code, [case.unit or "", *case.co_units])
    return tuple(u.email for u in units if u is not None)


def assemble(settings: Settings, *, kind: str, case_id: str | None, key: str, to, cc,
          rendered: RenderedMail, now: datetime, in_reply_to: str | None = None,
          references: Sequence[str] = (), attachments=(), masked: "Masked | None" = None) -> OutgoingMail:
    """The mail as one copy per recipient, each with the recipient's own reply token.

    A copy is addressed to its recipient alone (who else was told is in the text), so a
    token is never shown to anyone but its holder, not even by a reply-all. With `masked`,
    only its `need_to_know` addresses get `rendered`; everyone else the masked version."""
    to_list = unique_addresses(to)
    cc_list = tuple(a for a in unique_addresses(cc) if a.lower() not in {t.lower() for t in to_list})
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
                                 domain=from_address.rpartition("@")[2], secret=secret,
                                 epoch=settings.message_id_epoch)
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
                           domain=parts.domain, secret=keys[0], epoch=parts.epoch)


def reply_subject(original: str | None, tag: str) -> str:
    """The original subject without Re:/回复: prefixes, with the case tag in it; "" for none."""
    if not original or not original.strip():
        return ""
    subject = _REPLY_PREFIX.sub("", " ".join(original.split()))
    if tag and tag not in subject:
        subject = f"{tag} {subject}"
    return subject


def people_text(recipients: Sequence[object], directory: Directory) -> str:
    """`张明副行长、王强行长`: the names (with titles) of a notify list."""
    return "、".join(titled(r.name, r.email, directory) for r in recipients)


def people_text_of(addresses: Sequence[str], directory: Directory) -> str:
    """`张明副行长、王强行长` for addresses; an address the directory does not know as is."""
    return "、".join(titled(a, a, directory) for a in addresses)


def leader_title(leader: Leader) -> str:
    return leader.name + ROLE_TITLES.get(leader.role, "")


def titled(name: str, email: str, directory: Directory) -> str:
    """`张明副行长` when the directory knows the address as a leader's, else the name as given."""
    leader = next((x for x in directory.leader if x.email.lower() == email.lower()), None)
    return leader_title(leader) if leader is not None else name


def unique_addresses(addresses: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for address in addresses:
        if address and address.strip():
            seen.setdefault(address.strip().lower(), address.strip())
    return tuple(seen.values())


def text_lines(text: str | None) -> tuple[str, ...]:
    return tuple(ln.rstrip() for ln in (text or "").replace("\r\n", "\n").split("\n") if ln.strip())
