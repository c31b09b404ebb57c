"""How the service reaches its mail servers: the TLS context, and TLS faults as one line to act on.

Certificates are always verified (system CAs, or the CA in `ca_file`) and the host name is
checked: a bank's mail password or OAuth2 token must not go to whoever answers on the port.
A failed handshake becomes one Chinese/English line naming the server and the key to fix,
for `doctor`, the service's log and the office's alert alike.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl

# OpenSSL's X509_V_ERR_* codes that say which fix applies.
_NAME_MISMATCH = {62, 64}                      # hostname / IP address mismatch
_UNKNOWN_ISSUER = {2, 18, 19, 20, 21}          # self-signed, unknown or missing issuer
_EXPIRED = {9, 10}                             # not yet valid, expired


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """Verify the chain (against `ca_file`, else the system's CAs) and the host name; TLS 1.2 or newer."""
    ctx = ssl.create_default_context(cafile=ca_file or None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def is_loopback(host: str) -> bool:
    """Only a literal loopback address or `localhost`: no DNS is asked at config time."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def tls_failure(exc: BaseException, proto: str, host: str, port: int) -> str | None:
    """The one line for a TLS fault (None when `exc` is not one): what failed and the fix."""
    section = proto.lower()
    where = f"{proto} {host}:{port}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        code = getattr(exc, "verify_code", None)
        said = getattr(exc, "verify_message", None) or str(exc)
        if code in _NAME_MISMATCH:
            fix = (f"证书上没有 {host} 这个名字，请把 [{section}] host 改为证书上的主机名 "
                   f"(set [{section}] host to a name the certificate carries)")
        elif code in _UNKNOWN_ISSUER:
            fix = (f"签发证书的 CA 不受信任，请在 [{section}] ca_file 指定该 CA 的证书 "
                   f"(set [{section}] ca_file to the PEM file of the CA that signed it)")
        elif code in _EXPIRED:
            fix = "证书已过期或尚未生效，请邮件服务器管理员更换证书 (the server's certificate must be renewed)"
        else:
            fix = f"请检查服务器证书与 [{section}] ca_file (check the server's certificate and [{section}] ca_file)"
        return f"{where} 证书验证失败 certificate verify failed: {said} — {fix}"
    if isinstance(exc, ssl.SSLError):
        return (f"{where} TLS 握手失败 TLS handshake failed: {exc.reason or exc} — 该端口是否为 TLS 端口？"
                f"[{section}] security = \"tls\" 用 {'993' if section == 'imap' else '465'}，\"starttls\" 用 "
                f"{'143' if section == 'imap' else '587'} (is {port} the port for this security setting?)")
    return None


def no_starttls(proto: str, host: str, port: int) -> str:
    section = proto.lower()
    return (f"{proto} {host}:{port} 不支持 STARTTLS (the server offers no STARTTLS) — 请改用其 TLS 端口并设 "
            f"[{section}] security = \"tls\"，或请管理员开启 STARTTLS")


def describe(sock: socket.socket | None, ca_file: str, auth: str) -> str:
    """What `doctor` says of a live connection: TLS version and cipher, how it was verified, the login."""
    if isinstance(sock, ssl.SSLSocket):
        cipher = (sock.cipher() or ("?",))[0]
        trusted = f"CA {ca_file}" if ca_file else "system CAs"
        link = f"{sock.version()} ({cipher}), certificate verified against {trusted}"
    else:
        link = "NO TLS (plaintext)"
    return f"{link}, login {auth}"
