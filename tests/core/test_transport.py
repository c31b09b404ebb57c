"""The transport's contract: TLS unless a config says otherwise, plaintext logins only on
loopback, TLS faults as one line naming host and fix, OAuth2 tokens renewed before they end."""

from __future__ import annotations

import base64
import ssl

import pytest
from pydantic import ValidationError

from core.config import ImapConfig, OAuth2Config, SmtpConfig
from core.oauth2 import TokenSource, sasl_string
from core.transport import is_loopback, tls_context, tls_failure


def test_a_config_that_does_not_say_gets_tls_on_the_standard_ports():
    imap, smtp = ImapConfig(), SmtpConfig()
    assert (imap.security, imap.port, imap.tls()) == ("tls", 993, True)
    assert (smtp.security, smtp.port, smtp.tls()) == ("starttls", 587, False)
    assert ImapConfig(security="starttls").port == 143 and SmtpConfig(security="tls").port == 465
    assert ImapConfig(security="ssl").tls() and ImapConfig(port=10993).port == 10993  # "ssl": the earlier name


def test_plaintext_login_is_refused_off_loopback_and_allowed_on_it():
    with pytest.raises(ValidationError, match='would send the login in clear to mail.bank.example'):
        ImapConfig(host="mail.bank.example", security="none", username="a@bank.example")
    assert ImapConfig(host="127.0.0.1", security="none", username="a@bank.example").port == 143
    assert SmtpConfig(host="relay.bank.example", security="none").port == 25   # no login: nothing to leak
    assert is_loopback("localhost") and is_loopback("::1") and not is_loopback("10.0.0.1")


def test_the_tls_context_verifies_chain_and_host_name():
    ctx = tls_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2


def _verify_error(code: int, message: str) -> ssl.SSLCertVerificationError:
    exc = ssl.SSLCertVerificationError(1, message)
    exc.verify_code, exc.verify_message = code, message
    return exc


@pytest.mark.parametrize("code, message, fix", [
    (62, "Hostname mismatch", "[imap] host"),
    (20, "unable to get local issuer certificate", "[imap] ca_file"),
    (10, "certificate has expired", "renewed"),
])
def test_a_certificate_fault_is_one_line_naming_host_and_fix(code, message, fix):
    line = tls_failure(_verify_error(code, message), "IMAP", "mail.bank.example", 993)
    assert line.startswith("IMAP mail.bank.example:993 证书验证失败") and message in line and fix in line
    assert "\n" not in line
    assert tls_failure(OSError("refused"), "IMAP", "h", 1) is None


def test_sasl_strings_follow_xoauth2_and_rfc7628():
    assert sasl_string("XOAUTH2", "a@b", "T", "h", 993) == "user=a@b\x01auth=Bearer T\x01\x01"
    assert sasl_string("OAUTHBEARER", "a@b", "T", "h", 993) == "n,a=a@b,\x01host=h\x01port=993\x01auth=Bearer T\x01\x01"
    base64.b64encode(sasl_string("XOAUTH2", "a@b", "T", "h", 1).encode())  # ASCII throughout


class _Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_token_is_reused_then_renewed_before_it_ends_and_after_a_refusal():
    clock, issued = _Clock(), []

    def fetch():
        issued.append(f"t{len(issued) + 1}")
        return issued[-1], 3600.0

    cfg = OAuth2Config(token_url="http://127.0.0.1:1/token", client_id="c")
    source = TokenSource(cfg, fetch=fetch, clock=clock)
    assert source.token() == "t1"
    clock.now += 3600 - 61
    assert source.token() == "t1"          # still more than a minute to go
    clock.now += 2
    assert source.token() == "t2"          # within the last minute: renewed before any server refuses it
    source.invalidate()
    assert source.token() == "t3" and source.fetched == 3


def test_oauth2_needs_what_its_provider_needs():
    with pytest.raises(ValidationError, match="token_url"):
        OAuth2Config(client_id="c")
    with pytest.raises(ValidationError, match="tenant"):
        OAuth2Config(provider="microsoft", client_id="c")
    assert OAuth2Config(provider="google", client_id="c", grant="refresh_token").token_url == ""
