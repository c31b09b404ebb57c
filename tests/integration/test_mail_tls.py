"""The service on mail servers that demand TLS: IMAPS/STARTTLS and submission with STARTTLS or
SMTPS, certificates verified against a test CA, SMTP AUTH with the password from the
environment, OAuth2 (XOAUTH2 and OAUTHBEARER) against Dovecot's oauth2 passdb — and the one
line an operator reads when the CA or the host name is wrong, or a refresh token is revoked."""

from __future__ import annotations

import email
import email.policy
import time
from pathlib import Path

import pytest

from complaints.sample_mail import complaint_mail
from core.imap import connect
from complaints.context import make_context
from core.clock import FixedClock
from core.config import load_settings
from core.store.db import make_engine
from tests.ingest.helpers import AT, CSC, OFFICE, SERVICE, cases, serving, set_keys, wait_until, write_ingest_config
from tests.integration.test_cli import cli
from tests.support.databases import migrated
from tests.support.env import run_until_idle
from tests.support.mailservers import _exclusive
from tests.support.tls_mail import TlsMail, other_ca, tls_mail_from_environment, up
from tests.support.tokens import CLIENT_SECRET, REFRESH_TOKEN, serve

NEVER = lambda ctx: 600.0  # noqa: E731 - no timed job due while the test looks


@pytest.fixture(scope="module")
def tls_servers(mail_servers):
    servers = tls_mail_from_environment(mail_servers.state_dir)
    running = [serve(servers.tokens)]
    try:
        up(servers)
        running.append(serve(servers.tokens, servers.certificate))
        yield servers
    finally:
        for httpd in running:
            httpd.shutdown()
            httpd.server_close()


@pytest.fixture
def tls_mail(tls_servers: TlsMail):
    with _exclusive(Path(tls_servers.plain.state_dir) / "tests.lock"):
        tls_servers.plain.reset()
        tls_servers.tokens.lifetime = 3600.0
        yield tls_servers


def _complaint(n: int) -> bytes:
    return complaint_mail(sender=CSC, to=SERVICE, subject=f"客户投诉 {n}",
                          body=f"客户反映三元支行柜员服务态度差（第{n}件），要求道歉。")


def _config(tmp_path, servers: TlsMail, db_url: str, *, imap: dict, smtp: dict, oauth2: dict | None = None):
    path = write_ingest_config(tmp_path, servers.plain, db_url, imap={"ca_file": servers.ca_file, **imap},
                               sections={"smtp": {"ca_file": servers.ca_file, "username": SERVICE, **smtp}})
    if oauth2:
        text = path.read_text(encoding="utf-8")
        for section in ("imap.oauth2", "smtp.oauth2"):
            text = set_keys(text, section, oauth2[section])
        path.write_text(text, encoding="utf-8")
    return path


def _context(path: Path):
    settings = load_settings(path)
    engine = make_engine(settings.database.url, settings.data_key())
    migrated(engine)
    return make_context(settings, engine, FixedClock(AT))


def _received_over(raw: bytes) -> str:
    """How the service's mail reached Postfix: the protocol in Postfix's Received header
    (ESMTPSA: ESMTP over TLS (S) after AUTH (A); ESMTP alone: plaintext, anonymous)."""
    received = email.message_from_bytes(raw, policy=email.policy.default).get_all("Received")
    postfix = next(" ".join(str(r).split()) for r in received if "(Postfix) with" in " ".join(str(r).split()))
    return postfix.split("(Postfix) with ")[1].split()[0]


@pytest.mark.parametrize("imap_security, smtp_security", [("tls", "starttls"), ("starttls", "tls")])
def test_the_service_fetches_and_sends_over_verified_tls_with_smtp_auth(
        tmp_path, tls_mail, db_url, monkeypatch, imap_security, smtp_security):
    monkeypatch.setenv("COMPLAINTS_SMTP_PASSWORD", "secret")
    imap_port = tls_mail.imaps_port if imap_security == "tls" else tls_mail.starttls_imap_port
    smtp_port = tls_mail.smtps_port if smtp_security == "tls" else tls_mail.submission_port
    ctx = _context(_config(tmp_path, tls_mail, db_url, imap={"security": imap_security, "port": imap_port},
                           smtp={"security": smtp_security, "port": smtp_port,
                                 "password_env": "COMPLAINTS_SMTP_PASSWORD"}))
    tls_mail.plain.send(_complaint(1), CSC, [SERVICE])
    run_until_idle(ctx)
    assert len(cases(ctx.engine)) == 1
    ack = tls_mail.plain.wait_for(CSC, 1)[0]
    assert _received_over(ack) == "ESMTPSA", "handed over with TLS (S) and AUTH (A)"
    with connect(ctx.settings.imap) as box:
        assert box.transport.startswith("TLSv1.") and "verified against CA" in box.transport


def test_a_wrong_ca_or_host_name_fails_with_one_line_naming_host_and_fix(tmp_path, tls_mail, db_url, monkeypatch):
    monkeypatch.setenv("COMPLAINTS_SMTP_PASSWORD", "secret")
    good = {"imap": {"security": "tls", "port": tls_mail.imaps_port},
            "smtp": {"security": "starttls", "port": tls_mail.submission_port,
                     "password_env": "COMPLAINTS_SMTP_PASSWORD"}}
    config = _config(tmp_path, tls_mail, db_url, **good)
    cli(config, "db", "upgrade")
    lines = {line.split()[1]: line for line in cli(config, "doctor", check=False).stdout.splitlines()}
    for part in ("imap:", "smtp:"):
        assert lines[part].startswith("ok ") and "TLSv1." in lines[part] and "certificate verified" in lines[part]
    assert "login password" in lines["smtp:"]

    wrong_ca = str(other_ca(tmp_path))
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(tls_mail.ca_file, wrong_ca), encoding="utf-8")
    out = cli(config, "doctor", check=False)
    assert out.returncode == 1
    lines = {line.split()[1]: line for line in out.stdout.splitlines()}
    assert lines["imap:"].startswith("FAIL  imap: IMAP 127.0.0.1:%d 证书验证失败" % tls_mail.imaps_port), out.stdout
    assert "[imap] ca_file" in lines["imap:"] and "[smtp] ca_file" in lines["smtp:"], out.stdout
    assert f"SMTP 127.0.0.1:{tls_mail.submission_port} 证书验证失败" in lines["smtp:"]

    config.write_text(text.replace('host = "127.0.0.1"', 'host = "localhost"'), encoding="utf-8")
    out = cli(config, "doctor", check=False)
    lines = {line.split()[1]: line for line in out.stdout.splitlines()}
    assert out.returncode == 1 and "IMAP localhost:" in lines["imap:"] and "[imap] host" in lines["imap:"], out.stdout
    assert "SMTP localhost:" in lines["smtp:"] and "[smtp] host" in lines["smtp:"], out.stdout


def test_serve_refuses_an_unverified_imap_server_and_tells_the_office(tmp_path, tls_mail, db_url, monkeypatch):
    """No password goes to a server whose certificate fails: the fault is the operator's to fix,
    so the union office gets the one line (over the SMTP server, which verifies)."""
    monkeypatch.setenv("COMPLAINTS_SMTP_PASSWORD", "secret")
    config = _config(tmp_path, tls_mail, db_url, imap={"security": "tls", "port": tls_mail.imaps_port},
                     smtp={"security": "starttls", "port": tls_mail.submission_port,
                           "password_env": "COMPLAINTS_SMTP_PASSWORD"})
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(f'ca_file = "{tls_mail.ca_file}"', f'ca_file = "{other_ca(tmp_path)}"', 1),
                      encoding="utf-8")
    ctx = _context(config)
    assert ctx.settings.smtp.ca_file == tls_mail.ca_file != ctx.settings.imap.ca_file
    with serving(ctx, next_job_in=NEVER) as service:
        alert = tls_mail.plain.wait_for(OFFICE, 1, timeout=30)[0]
        assert service.health.failures >= 1 and "证书验证失败" in service.health.last_error
    body = email.message_from_bytes(alert, policy=email.policy.default).get_body(("plain",)).get_content()
    assert f"IMAP 127.0.0.1:{tls_mail.imaps_port} 证书验证失败" in body and "[imap] ca_file" in body
    assert not cases(ctx.engine)


def test_oauth2_tokens_expire_mid_run_and_are_renewed_without_a_failed_pass(tmp_path, tls_mail, db_url, monkeypatch):
    """IMAP with XOAUTH2 (client credentials, as Microsoft 365 app access), SMTP with OAUTHBEARER
    (a refresh token, as Gmail): tokens live 3 s, the service works across several lifetimes."""
    monkeypatch.setenv("COMPLAINTS_OAUTH2_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("COMPLAINTS_OAUTH2_REFRESH", REFRESH_TOKEN)
    common = {"provider": "generic", "token_url": tls_mail.tokens.token_url, "client_id": SERVICE,
              "client_secret_env": "COMPLAINTS_OAUTH2_SECRET", "scope": [f"mail {tmp_path.name}"]}
    oauth2 = {"imap.oauth2": {**common, "mechanism": "XOAUTH2"},
              "smtp.oauth2": {**common, "mechanism": "OAUTHBEARER", "grant": "refresh_token",
                              "refresh_token_env": "COMPLAINTS_OAUTH2_REFRESH"}}
    ctx = _context(_config(tmp_path, tls_mail, db_url, oauth2=oauth2,
                           imap={"security": "tls", "port": tls_mail.imaps_port, "password": "not used"},
                           smtp={"security": "starttls", "port": tls_mail.submission_port}))
    tls_mail.tokens.lifetime = 3.0
    issued_before, refused_before = len(tls_mail.tokens.issued), len(tls_mail.tokens.refused)
    with serving(ctx, next_job_in=NEVER) as service:
        for n in range(1, 4):
            tls_mail.plain.send(_complaint(n), CSC, [SERVICE])
            wait_until(lambda: len(tls_mail.plain.messages(CSC)) == n, timeout=30, what=f"acknowledgement {n}")
            time.sleep(3.2)                                     # the token of this round has lapsed
        assert service.health.failures == 0 and service.health.rounds >= 3
    assert len(tls_mail.tokens.refused) == refused_before, "renewed before the end, not after a refusal"
    with connect(ctx.settings.imap) as box:                    # a reconnect after expiry: a new token
        assert "XOAUTH2" in box.transport
    assert len(tls_mail.tokens.issued) - issued_before >= 5, "each lifetime's first login got a new token"
    # Dovecot asks the introspection endpoint about every token: an old one would be refused there
    # (not tried over IMAP/SMTP here: Dovecot delays logins after a refusal by 2 s, 4 s, ...,
    # longer than these 3-second tokens live, and the delay would spill into the next test).
    assert tls_mail.tokens.introspect(tls_mail.tokens.issued[issued_before]) == {"active": False}
    assert len(cases(ctx.engine)) == 3
    assert {_received_over(raw) for raw in tls_mail.plain.messages(CSC)} == {"ESMTPSA"}


def test_msal_gets_microsoft_365_style_app_tokens_from_an_entra_shaped_authority(tmp_path, tls_mail, db_url,
                                                                                  monkeypatch):
    """provider = "microsoft": msal reads the authority's OpenID configuration and asks its token
    endpoint for client-credentials tokens, as it does at login.microsoftonline.com."""
    monkeypatch.setenv("COMPLAINTS_OAUTH2_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", tls_mail.ca_file)     # msal's HTTPS trusts the test CA
    oauth = {"provider": "microsoft", "authority": tls_mail.tokens.authority, "client_id": SERVICE,
             "client_secret_env": "COMPLAINTS_OAUTH2_SECRET", "scope": [f"https://outlook.office365.com/{tmp_path.name}"]}
    ctx = _context(_config(tmp_path, tls_mail, db_url, oauth2={"imap.oauth2": oauth, "smtp.oauth2": oauth},
                           imap={"security": "tls", "port": tls_mail.imaps_port},
                           smtp={"security": "starttls", "port": tls_mail.submission_port}))
    issued_before = len(tls_mail.tokens.issued)
    tls_mail.plain.send(_complaint(1), CSC, [SERVICE])
    run_until_idle(ctx)
    assert len(cases(ctx.engine)) == 1
    assert [_received_over(raw) for raw in tls_mail.plain.wait_for(CSC, 1)] == ["ESMTPSA"]
    with connect(ctx.settings.imap) as box:
        assert "XOAUTH2 (OAuth2, microsoft)" in box.transport
    assert len(tls_mail.tokens.issued) > issued_before


def test_a_revoked_refresh_token_is_one_line_for_the_operator(tmp_path, tls_mail, db_url, monkeypatch):
    monkeypatch.setenv("COMPLAINTS_OAUTH2_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("COMPLAINTS_OAUTH2_REFRESH", "revoked-by-the-user")
    oauth = {"provider": "generic", "token_url": tls_mail.tokens.token_url, "client_id": SERVICE,
             "client_secret_env": "COMPLAINTS_OAUTH2_SECRET", "grant": "refresh_token",
             "refresh_token_env": "COMPLAINTS_OAUTH2_REFRESH"}
    config = _config(tmp_path, tls_mail, db_url, imap={"security": "tls", "port": tls_mail.imaps_port},
                     smtp={"security": "starttls", "port": tls_mail.submission_port},
                     oauth2={"imap.oauth2": oauth, "smtp.oauth2": oauth})
    cli(config, "db", "upgrade")
    out = cli(config, "doctor", check=False)
    lines = {line.split()[1]: line for line in out.stdout.splitlines()}
    assert out.returncode == 1
    for part in ("imap:", "smtp:"):
        assert lines[part].startswith("FAIL") and "令牌申请被拒绝" in lines[part] and "invalid_grant" in lines[part], out.stdout
