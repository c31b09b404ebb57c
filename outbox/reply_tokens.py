"""Reply tokens: proof that a reply comes from the person the service wrote to.

Every mail the service sends to a person carries a token bound to (case, recipient address,
role), signed with the service key. It sits in the mail's reply address, as the sub-address
of the service mailbox (`complaints+ts2026000123-u-k7d2…@branch.example`, the Reply-To a
mail client answers to), and in its Message-ID (which the reply's In-Reply-To/References
repeat). Only the recipient ever sees it: each person gets a copy of their own. A reply
counts as that person's only when it carries their token and its From is their address.

Lower-case letters, digits and '-' only, so a server that folds the local part to lower
case keeps it valid. Pure: no settings, no clock; keys are passed in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

_MAC_BYTES = 10
_TOKEN = re.compile(r"^(ts\d{10}|x)-([a-z])-([a-z2-7]{16})$")
_NO_CASE = "x"
_IN_KEY = "+"


class Addressee(StrEnum):
    """What the recipient was to the service when the mail went out (one letter in the token)."""

    STAFF = "s"        # a union staff member's own address
    OFFICE = "o"       # the union office's shared mailbox: valid for any staff member
    UNIT = "u"
    LEADER = "l"
    CUSTOMER = "c"
    SOURCE = "r"       # a channel source (CSC, head office...)
    OTHER = "x"


@dataclass(frozen=True)
class Token:
    case_id: str | None
    addressee: Addressee
    mac: str


def make_token(*, case_id: str | None, address: str, addressee: Addressee, key: bytes) -> str:
    case_part = _case_part(case_id)
    return f"{case_part}-{addressee.value}-{_mac(case_part, address, addressee, key)}"


def read_token(text: str) -> Token | None:
    """The token's parts when `text` has a token's shape (its MAC is not checked here)."""
    match = _TOKEN.match(text.strip().lower())
    if match is None:
        return None
    case_part, letter, mac = match.groups()
    case_id = None if case_part == _NO_CASE else f"TS-{case_part[2:6]}-{case_part[6:]}"
    return Token(case_id=case_id, addressee=Addressee(letter), mac=mac)


def token_holds(token: Token, address: str, keys: Sequence[bytes]) -> bool:
    """Was this token issued (under one of `keys`) to `address` for its case and addressee?"""
    case_part = _case_part(token.case_id)
    return any(hmac.compare_digest(token.mac, _mac(case_part, address, token.addressee, k)) for k in keys)


def reply_address(service_address: str, token: str) -> str:
    local, _, domain = service_address.partition("@")
    return f"{local}+{token}@{domain}"


def tokens_in_addresses(addresses: Iterable[str], service_address: str) -> list[str]:
    """The sub-address tokens of the service's own address among `addresses`."""
    local, _, domain = service_address.lower().partition("@")
    out = []
    for address in addresses:
        a_local, _, a_domain = (address or "").strip().lower().partition("@")
        base, plus, detail = a_local.partition("+")
        if plus and base == local and a_domain == domain and read_token(detail) is not None:
            out.append(detail)
    return out


def with_token(key: str, token: str) -> str:
    """A Message-ID key carrying the recipient's token (`routing.SY-1` → `SY-1+ts…`)."""
    return f"{key}{_IN_KEY}{token}"


def token_in_key(key: str) -> str | None:
    """The token a Message-ID key carries, if any."""
    _, sep, token = key.rpartition(_IN_KEY)
    return token if sep and read_token(token) is not None else None


def key_without_token(key: str) -> str:
    return key.rpartition(_IN_KEY)[0] if token_in_key(key) else key


def _case_part(case_id: str | None) -> str:
    return "ts" + case_id[3:7] + case_id[8:] if case_id else _NO_CASE


def _mac(case_part: str, address: str, addressee: Addressee, key: bytes) -> str:
    payload = "\x1f".join(("reply-token", case_part, address.strip().lower(), addressee.value)).encode("utf-8")
    digest = hmac.new(key, payload, hashlib.sha256).digest()[:_MAC_BYTES]
    return base64.b32encode(digest).decode("ascii").lower()
