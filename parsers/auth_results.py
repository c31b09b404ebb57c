"""Authentication-Results (RFC 8601): what a receiving server says it verified about a mail.

Pure: header values in, the verdicts of one server out. Only a header written by the
server the operator names (`authserv_id`) means anything, and only the topmost such header
(the receiving server adds its own on top of whatever the mail arrived with; a sender can
write any header below it). Comments `( … )` are dropped before reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_COMMENT = re.compile(r"\([^()]*\)")
_RESULT = re.compile(r"^\s*([a-z0-9_-]+)\s*=\s*([a-z]+)\b(.*)$", re.IGNORECASE | re.DOTALL)
_PROPERTY = re.compile(r"([a-z0-9_-]+\.[a-z0-9_-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)", re.IGNORECASE)


@dataclass(frozen=True)
class MethodResult:
    method: str                      # dmarc, dkim, spf...
    result: str                      # pass, fail, none...
    properties: dict[str, str]       # header.from, header.d, header.i ...


@dataclass(frozen=True)
class AuthResults:
    authserv_id: str
    results: tuple[MethodResult, ...]


def parse_auth_results(value: str) -> AuthResults | None:
    """One header's value; None when it has no authserv-id."""
    text = " ".join(value.split())
    while _COMMENT.search(text):
        text = _COMMENT.sub(" ", text)
    head, *rest = text.split(";")
    words = head.split()
    if not words:
        return None
    results = []
    for part in rest:
        match = _RESULT.match(part)
        if match is None:
            continue
        method, result, tail = match.groups()
        props = {k.lower(): v.strip('"').lower() for k, v in _PROPERTY.findall(tail)}
        results.append(MethodResult(method.lower(), result.lower(), props))
    return AuthResults(authserv_id=words[0].lower(), results=tuple(results))


def topmost_from(values: Sequence[str], authserv_id: str) -> AuthResults | None:
    """The first (topmost) header written by `authserv_id`; None without one or without an id."""
    wanted = authserv_id.strip().lower()
    if not wanted:
        return None
    for value in values:
        parsed = parse_auth_results(value)
        if parsed is not None and parsed.authserv_id == wanted:
            return parsed
    return None


def vouches_for(results: AuthResults, from_domain: str) -> str | None:
    """Why the server vouches for a From in `from_domain` (dmarc=pass for that domain, or a
    dkim=pass signed by it); None if it does not."""
    domain = from_domain.strip().lower()
    for r in results.results:
        if r.method == "dmarc" and r.result == "pass" and r.properties.get("header.from", domain) == domain:
            return "dmarc=pass"
    for r in results.results:
        signer = r.properties.get("header.d") or r.properties.get("header.i", "").rpartition("@")[2]
        if r.method == "dkim" and r.result == "pass" and signer and _aligned(signer, domain):
            return f"dkim=pass (d={signer})"
    return None


def refutes(results: AuthResults, from_domain: str) -> bool:
    """Does the server say the From is forged — dmarc=fail for that domain? A reply token (a
    secret that travels with every forwarded copy of our mail) must not outweigh that verdict."""
    domain = from_domain.strip().lower()
    return any(r.method == "dmarc" and r.result == "fail" and r.properties.get("header.from", domain) == domain
               for r in results.results)


def _aligned(signer: str, domain: str) -> bool:
    """DMARC relaxed alignment, without a public-suffix list: the same domain or a parent of it
    (a key for branch.example signs mail.branch.example), never a mere suffix like 'example'."""
    return domain == signer or (domain.endswith("." + signer) and "." in signer)
