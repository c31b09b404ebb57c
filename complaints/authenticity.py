"""Who is speaking: is a mail's From proven, and how? Decided before any handler acts on a case.

`From:` alone proves nothing (anyone with plain SMTP can write it). A mail acts for the
address in its From only with one of these proofs:

- `token`: it carries the reply token the service issued to that address for this case
  (in the address it was sent to — the Reply-To of our mail — or in In-Reply-To/References);
  a token issued to the union office's shared mailbox holds for every configured staff member;
- `server`: the receiving server vouches for the From (the topmost `Authentication-Results`
  of `[security] authserv_id` says dmarc=pass, or dkim=pass signed by the From's domain);
- `trusted_from`: the operator declared the From's domain guaranteed (`[security] trust_from`).

None of them holds when that same topmost header says `dmarc=fail` for the From's domain: our
server has found the From forged, and a token — which travels with every forwarded copy of our
mail — does not outweigh it. A mail with no single From address, or with none of these, is
`Proof.NONE`. Pure: the raw
mail, its parsed form, the case and the settings in; a `Speaker` out.
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from core.config import Settings
from ingest.identity import header_block
from core.message_ids import parse_message_id
from outbox.reply_tokens import Addressee, Token, read_token, token_holds, token_in_key, tokens_in_addresses
from parsers.auth_results import refutes, topmost_from, vouches_for
from parsers.mail import ParsedMessage

_HEADERS = email.parser.BytesHeaderParser(policy=email.policy.compat32)

UNVERIFIED_SOURCE = "source_unverified"   # key in Case.fields: why a new complaint's sender is not proven
UNVERIFIED_SOURCE_LABEL = "来源未验证"


class Proof(StrEnum):
    TOKEN = "token"
    SERVER = "server"
    TRUSTED_FROM = "trusted_from"
    NONE = "none"


@dataclass(frozen=True)
class Speaker:
    address: str          # the single From address ("" when there is none or several)
    proof: Proof
    why: str              # for the trail and the office: how it was proven, or why not

    @property
    def proven(self) -> bool:
        return self.proof != Proof.NONE


def authenticate(raw: bytes, msg: ParsedMessage, case_id: str | None, settings: Settings,
                 now: datetime) -> Speaker:
    """How (if at all) the mail proves its From for `case_id` (None: a mail about no case yet)."""
    head = _HEADERS.parsebytes(header_block(raw) + b"\r\n\r\n")
    addresses = email.utils.getaddresses([str(v) for v in head.get_all("From", [])])
    addresses = [a.strip().lower() for _, a in addresses if a.strip()]
    if len(addresses) != 1:
        return Speaker("", Proof.NONE, f"发件人（From）应为一个地址，实际为 {len(addresses)} 个")
    address = addresses[0]
    domain = address.rpartition("@")[2]
    vouched = topmost_from([str(v) for v in head.get_all("Authentication-Results", [])],
                           settings.security.authserv_id)
    if vouched is not None and refutes(vouched, domain):
        return Speaker(address, Proof.NONE, f"收信服务器 {vouched.authserv_id} 判定发件人地址是冒用的（dmarc=fail），"
                                            "即使邮件带有回复令牌也不予采信")
    keys = settings.keyring().valid_at(now)
    for token in _tokens(head, msg, settings, keys):
        if token.case_id == case_id and _holds(token, address, settings, keys):
            return Speaker(address, Proof.TOKEN, "回复了系统发给本人的邮件（回复令牌有效）")
    why = vouches_for(vouched, domain) if vouched is not None else None
    if why:
        return Speaker(address, Proof.SERVER, f"收信服务器 {vouched.authserv_id} 验证通过（{why}）")
    if settings.security.trust_from and domain == settings.security.trust_from.strip().lower():
        return Speaker(address, Proof.TRUSTED_FROM, f"按配置信任 {domain} 的发件人地址（trust_from）")
    return Speaker(address, Proof.NONE, "邮件既不是对系统发给本人邮件的回复（无有效回复令牌），"
                                        "也没有收信服务器的验证结果")


def _tokens(head, msg: ParsedMessage, settings: Settings, keys) -> list[Token]:
    """Tokens in the addresses the mail was sent to and in the Message-IDs it answers."""
    recipients = [a for _, a in email.utils.getaddresses(
        [str(v) for name in ("To", "Cc", "Delivered-To", "X-Original-To") for v in head.get_all(name, [])])]
    found = tokens_in_addresses(recipients, settings.service_address())
    for mid in [msg.in_reply_to or "", *msg.references]:
        parts = parse_message_id(mid, keys) if mid else None
        token = token_in_key(parts.key) if parts is not None else None
        if token:
            found.append(token)
    return [t for t in map(read_token, dict.fromkeys(found)) if t is not None]


def _holds(token: Token, address: str, settings: Settings, keys) -> bool:
    """The token was issued to this address — or to the office's shared mailbox, which every
    configured staff member reads."""
    if token_holds(token, address, keys):
        return True
    staff = {s.strip().lower() for s in settings.office.staff}
    return (token.addressee == Addressee.OFFICE and address in staff
            and token_holds(token, settings.office.address, keys))
