"""The one typed configuration schema: complaints.toml and units.toml, loaded once, passed in.

The key names are a contract with operators (docs/DESIGN.md §6): keys may be added, never renamed.
A bad or missing key becomes a `ConfigError` naming the file, the key and what is expected,
so the command line can print one line instead of a traceback."""

from __future__ import annotations

import ipaddress
import os
import tomllib
import datetime as dt
from datetime import datetime
from pathlib import Path
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from core.channels import CHANNELS
from core.errors import ConfigError
from core.keys import Key, KeyFileWatch, Keyring, checked_secret, env_keyring
from core.sealing import Sealer, env_data_key, read_data_key_file
from core.transport import is_loopback



class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatabaseConfig(_Section):
    url: str = "sqlite:///complaints.db"


def _from_env(name: str, fallback: str) -> str:
    return os.environ.get(name, fallback) if name else fallback


class OAuth2Config(_Section):
    """Log in with an OAuth2 access token (XOAUTH2 / OAUTHBEARER) instead of a password.

    provider "microsoft" (Microsoft 365 / Exchange Online): msal, client credentials of an app
    registration with IMAP.AccessAsApp / SMTP.SendAsApp (or a refresh token). "google"
    (Gmail) and "generic": authlib at `token_url`, a refresh token from a one-time consent
    (or client credentials where the provider allows them). See README "Running it for real".
    """

    provider: Literal["microsoft", "google", "generic"] = "generic"
    mechanism: Literal["XOAUTH2", "OAUTHBEARER"] = "XOAUTH2"
    grant: Literal["client_credentials", "refresh_token"] = "client_credentials"
    client_id: str
    client_secret: str = ""
    client_secret_env: str = ""
    refresh_token: str = ""
    refresh_token_env: str = ""
    token_url: str = ""          # google: https://oauth2.googleapis.com/token by default; generic: required
    tenant: str = ""             # microsoft: the directory (tenant) id or domain
    authority: str = ""          # microsoft: default https://login.microsoftonline.com/<tenant>
    scope: list[str] = []        # default per provider (microsoft: outlook.office365.com/.default; google: mail.google.com)

    def secret(self) -> str:
        return _from_env(self.client_secret_env, self.client_secret)

    def refresh_secret(self) -> str:
        return _from_env(self.refresh_token_env, self.refresh_token)

    @model_validator(mode="after")
    def _complete(self) -> "OAuth2Config":
        if self.provider == "generic" and not self.token_url:
            raise ValueError("a generic provider needs token_url")
        if self.provider == "microsoft" and not (self.tenant or self.authority):
            raise ValueError("provider \"microsoft\" needs tenant (or authority)")
        return self


Security = Literal["tls", "starttls", "none", "ssl"]   # "ssl" is the earlier name of "tls"


class _ServerLogin(_Section):
    """Where a mail server is and how the service proves who it is there.

    security: "tls" (TLS from the first byte), "starttls" (plain, then upgraded before login) or
    "none" (plaintext: loopback only when a password or token is sent — see README security).
    Certificates are verified against `ca_file` when set, else the system's CAs.
    """

    DEFAULT_PORTS: ClassVar[dict[str, int]] = {}
    host: str = "127.0.0.1"
    port: int
    security: Security = "tls"
    ca_file: str = ""
    username: str = ""
    password: str = ""
    password_env: str = ""
    oauth2: OAuth2Config | None = None

    def secret(self) -> str:
        """The password, from `password_env` when it names a variable, else `password`."""
        return _from_env(self.password_env, self.password)

    def tls(self) -> bool:
        return self.security in ("tls", "ssl")

    def auth_method(self) -> str:
        if self.oauth2 is not None:
            return f"{self.oauth2.mechanism} (OAuth2, {self.oauth2.provider})"
        return "password" if self.username else "none"

    @model_validator(mode="before")
    @classmethod
    def _default_port(cls, data):
        """The port follows the security when the config does not name one (993/143, 465/587)."""
        if isinstance(data, dict) and data.get("port") is None and cls.DEFAULT_PORTS:
            security = data.get("security") or cls.model_fields["security"].default
            data = {**data, "port": cls.DEFAULT_PORTS[security]}
        return data

    @model_validator(mode="after")
    def _no_cleartext_secret(self) -> "_ServerLogin":
        """A password or token in clear over the network is refused at load time, not warned."""
        if self.security == "none" and (self.username or self.oauth2) and not is_loopback(self.host):
            raise ValueError(f"security = \"none\" would send the login in clear to {self.host}: "
                             "use \"tls\" or \"starttls\" (plaintext is for loopback hosts only)")
        return self


class ImapConfig(_ServerLogin):
    DEFAULT_PORTS: ClassVar[dict[str, int]] = {"tls": 993, "ssl": 993, "starttls": 143, "none": 143}
    port: int = 993
    inbox: str = "INBOX"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    idle: bool = True
    poll_seconds: float = Field(60, gt=0)
    batch_size: int = Field(100, gt=0)
    timeout_seconds: float = Field(30, gt=0)
    batch_bytes: int = Field(8 * 1024 * 1024, gt=0)    # a fetch holds at most this much (a bigger mail alone)
    idle_renew_minutes: float = Field(25, gt=0, lt=29)  # re-issue IDLE before servers drop it at 30 min
    stall_minutes: float = Field(10, gt=0)              # no good round this long → alert the office


class SmtpConfig(_ServerLogin):
    DEFAULT_PORTS: ClassVar[dict[str, int]] = {"tls": 465, "ssl": 465, "starttls": 587, "none": 25}
    port: int = 587
    security: Security = "starttls"     # submission: STARTTLS on 587
    from_address: str = "complaints@branch.example"
    from_name: str = "分行客户投诉处理"
    sent_folder: str = "Sent"
    timeout_seconds: float = Field(30, gt=0)
    # SMTP connections a delivery batch sends over at once (more helps on a slow relay).
    connections: int = Field(1, ge=1, le=16)
    # One more envelope recipient of every mail sent: the server files that copy (the
    # receipt) into the Sent folder, which is how the sender knows after a crash what was
    # handed over. Default: from_address with "+<sent_folder>" (Dovecot:
    # recipient_delimiter = + and lmtp_save_to_detail_mailbox = yes).
    receipt_address: str | None = None
    # A mail the server will not take for now (refused connection, timeout, 4xx) is retried
    # this long before it is marked failed (MTAs keep mail 5 days too).
    give_up_days: float = Field(5, gt=0)
    # A 督办 mail waiting longer than this: the union office is told once (and once when it goes out).
    waiting_alert_minutes: float = Field(60, gt=0)

    def receipt_recipient(self) -> str:
        if self.receipt_address:
            return self.receipt_address
        local, _, domain = self.from_address.partition("@")
        return f"{local}+{self.sent_folder}@{domain}"


class OfficeConfig(_Section):
    name: str = "分行工会"
    address: str
    staff: list[str] = []
    leader: str | None = None              # id of the office's supervising leader (units.toml): chased triage


class SourcesConfig(_Section):
    csc: list[str] = []
    walk_in: list[str] = []
    letter: list[str] = []
    comment_book: list[str] = []
    online: list[str] = []
    media: list[str] = []
    superior: list[str] = []

    def channel_of(self, address: str) -> str | None:
        """The channel whose source list holds this sender address, if any."""
        address = address.strip().lower()
        for channel in CHANNELS:
            if address in (a.lower() for a in getattr(self, channel)):
                return channel
        return None


class SlaConfig(_Section):
    handle_working_days: int = Field(5, ge=1)
    remind_before_working_days: int = Field(1, ge=0)
    regulatory_calendar_days: int = Field(15, ge=1)
    calendar: Literal["CN"] = "CN"
    extra_holidays: list[str] = []
    extra_workdays: list[str] = []
    escalate_after_working_days: int = Field(3, ge=1)      # overdue this long → the president
    triage_working_days: int = Field(1, ge=1)               # a case unassigned this long → the office is chased
    satisfaction_call_working_days: int = Field(2, ge=1)    # an answer without a recorded verdict → chased
    regulatory_extended_days: int = Field(30, ge=1)         # 延期 with a reason, up to this total
    regulatory_approved_days: int = Field(60, ge=1)         # beyond that only with 批准 by a president


Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class DigestConfig(_Section):
    """The office's scheduled mail: the weekly digest, the daily and weekly 在办清单, the 考核 reports."""

    weekday: Weekday = "monday"
    time: dt.time = dt.time(8, 30)
    to: list[str] = []
    open_list: bool = True                      # 在办清单 to the office on each working day at open_list_time
    open_list_time: dt.time = dt.time(8, 30)
    unit_lists: bool = True                     # each unit's own 在办清单, weekly (first working day from the weekday)
    unit_list_weekday: Weekday = "monday"
    period_reports: bool = True                 # month/quarter/year 考核 reports, first working day after, at `time`
    number_prefix: str = "工会投诉"              # the .docx report's 文号: 工会投诉月报〔2026〕11号


class CommentBookConfig(_Section):
    """The daily comment-book duty (意见簿): when outlets are reminded, when silence is reported."""

    enabled: bool = True
    time: dt.time = dt.time(16, 30)        # each working day: remind every outlet
    report_by: dt.time = dt.time(9, 0)     # next working day: list the outlets that did not reply


class DirectoryConfig(_Section):
    path: str = "units.toml"


class LimitsConfig(_Section):
    max_message_bytes: int = Field(25 * 1024 * 1024, gt=0)
    max_attachments: int = Field(20, gt=0)
    max_attachment_bytes: int = Field(40 * 1024 * 1024, gt=0)
    mail_seconds: float = Field(30, gt=0)  # wall time to handle one mail; past it: quarantined
    reading_workers: int = Field(0, ge=0)  # serve's OCR / .doc worker processes; 0 = one per core
    auto_answers_per_address_per_day: int = Field(40, ge=1)  # replies/acks to one address in 24 h (loops end)
    forged_notice_minutes: int = Field(60, ge=1)  # at most one ✗ "not proven to be you" per person in this time


class LettersConfig(_Section):
    """A letter a source sends as several mails ("客户来信（1/2）"): how long its parts are waited for."""

    part_wait_minutes: int = Field(240, ge=1)        # a "k/n" set still incomplete this long after its first part opens
    unnumbered_wait_minutes: int = Field(30, ge=1)   # a set with no total (之一, 第二部分) opens this long after its last part
    part_window_hours: int = Field(24, ge=1)         # a part joins a letter (or its case, as 补充) this long after its first part


class LoggingConfig(_Section):
    """How log lines look: text for a terminal, or one JSON object per line for a collector
    (`--log-format` / $COMPLAINTS_LOG_FORMAT win over this)."""

    format: Literal["text", "json"] = "text"


class HealthConfig(_Section):
    """`serve`'s HTTP endpoint for the operator's monitoring: /healthz and /metrics (Prometheus).

    Off unless `listen` is set; only a loopback address is accepted, because the answers
    name mail accounts and servers (a scraper elsewhere goes through a proxy or an SSH tunnel).
    """

    listen: str = ""                       # e.g. "127.0.0.1:9810"; empty: no endpoint

    @field_validator("listen")
    @classmethod
    def _loopback(cls, value: str) -> str:
        if value:
            host, _, port = value.rpartition(":")
            host = host.strip("[]")
            try:
                loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
            except ValueError:
                loopback = False
            if not (loopback and port.isdigit() and 0 < int(port) < 65536):
                raise ValueError("must be a loopback address and port such as \"127.0.0.1:9810\"")
        return value

    def address(self) -> tuple[str, int] | None:
        if not self.listen:
            return None
        host, _, port = self.listen.rpartition(":")
        return host.strip("[]"), int(port)


class RetentionConfig(_Section):
    years: int = Field(3, ge=1)  # 第六条: a closed case's personal data and mails go this long after closure


class SecurityConfig(_Section):
    """Who may act on a case: the signing key, and which mail servers' word is trusted.

    See core/keys.py for the key and README's security section for the risks.
    """

    key_file: str = ""                     # made by `complaints init`; relative to this file's directory;
                                           # "${CREDENTIALS_DIRECTORY}/complaints.key" under systemd's LoadCredential
    thread_secret: str = ""                # the key itself (discouraged: the config is read by more people)
    thread_secret_env: str = "COMPLAINTS_THREAD_SECRET"  # the key from the environment (wins over the file)
    previous_key_days: int = Field(30, ge=0)  # a rotated-out key verifies replies this long
    data_key_file: str = ""  # the data key sealing personal data (core/sealing.py); not the signing key
    data_key_env: str = "COMPLAINTS_DATA_KEY"  # the data key from the environment (wins over the file)
    # The receiving server's name in its Authentication-Results header: a mail outside a
    # thread acts only when the topmost such header says dmarc=pass (or aligned dkim=pass).
    authserv_id: str = ""
    # A mail domain whose From the receiving system itself guarantees (a closed internal mail
    # system): From alone then proves the sender. Off by default; see README before use.
    trust_from: str = ""


class Unit(_Section):
    code: str
    name: str
    aliases: list[str] = []
    kind: Literal["outlet", "department"]
    email: str
    leader: str | None = None
    lines: list[str] = []


class Leader(_Section):
    id: str
    name: str
    email: str
    role: Literal["vice_president", "president"]
    supervises: list[str] = []


class Directory(_Section):
    """The units directory: who can be complained about, and who supervises them."""

    unit: list[Unit] = []
    leader: list[Leader] = []

    @field_validator("unit")
    @classmethod
    def _unique_codes(cls, units: list[Unit]) -> list[Unit]:
        seen: set[str] = set()
        for u in units:
            if u.code in seen:
                raise ValueError(f"unit code {u.code!r} appears twice")
            seen.add(u.code)
        return units

    def unit_by_code(self, code: str) -> Unit | None:
        code = code.strip().upper()
        return next((u for u in self.unit if u.code.upper() == code), None)

    def leader_by_id(self, leader_id: str | None) -> Leader | None:
        return next((x for x in self.leader if x.id == leader_id), None)

    def presidents(self) -> list[Leader]:
        return [x for x in self.leader if x.role == "president"]

    def outlets(self) -> list[Unit]:
        """The units of kind outlet (网点): the ones that keep a comment book."""
        return [u for u in self.unit if u.kind == "outlet"]

    def unit_by_email(self, address: str) -> Unit | None:
        address = address.strip().lower()
        return next((u for u in self.unit if u.email.lower() == address), None)

    def leader_by_email(self, address: str) -> Leader | None:
        address = address.strip().lower()
        return next((x for x in self.leader if x.email.lower() == address), None)


class Settings(_Section):
    """Everything the service needs to know, read once at start."""

    database: DatabaseConfig = DatabaseConfig()
    imap: ImapConfig = ImapConfig()
    smtp: SmtpConfig = SmtpConfig()
    office: OfficeConfig
    sources: SourcesConfig = SourcesConfig()
    sla: SlaConfig = SlaConfig()
    digest: DigestConfig = DigestConfig()
    comment_book: CommentBookConfig = CommentBookConfig()
    directory: DirectoryConfig = DirectoryConfig()
    limits: LimitsConfig = LimitsConfig()
    letters: LettersConfig = LettersConfig()
    security: SecurityConfig = SecurityConfig()
    retention: RetentionConfig = RetentionConfig()
    health: HealthConfig = HealthConfig()
    logging: LoggingConfig = LoggingConfig()
    units: Directory = Directory()
    base_dir: str = "."
    message_id_epoch: str = ""  # not a file key: the database's epoch, set by `make_context` (core/message_ids.py)
    _key_file: KeyFileWatch = PrivateAttr(default_factory=KeyFileWatch)  # copies share it

    def service_address(self) -> str:
        return self.smtp.from_address

    def keyring(self) -> Keyring:
        """The signing keys (ConfigError when missing or too short: there is no default key)."""
        cfg = self.security
        from_env = os.environ.get(cfg.thread_secret_env, "") if cfg.thread_secret_env else ""
        if from_env:
            return env_keyring(cfg.thread_secret_env, from_env)
        if cfg.key_file:  # a rotation is in force within KEY_RECHECK_SECONDS (core/keys.py)
            where = (cfg.key_file, self.base_dir, os.environ.get("CREDENTIALS_DIRECTORY"))
            return self._key_file.keyring(where, lambda: key_path(cfg.key_file, self.base_dir), cfg.previous_key_days)
        if cfg.thread_secret:
            return Keyring((Key(datetime.min.replace(tzinfo=dt.timezone.utc),
                                checked_secret(cfg.thread_secret.encode(), "security.thread_secret")),), 0)
        raise ConfigError("[security]: no signing key — set key_file (made by `complaints init`) "
                          f"or ${cfg.thread_secret_env}")

    def data_key(self) -> Sealer:
        """The data key's sealer (ConfigError when missing, short or readable by others)."""
        cfg = self.security
        if cfg.data_key_env and os.environ.get(cfg.data_key_env):
            return env_data_key(cfg.data_key_env, os.environ[cfg.data_key_env])
        if cfg.data_key_file:
            return read_data_key_file(key_path(cfg.data_key_file, self.base_dir))  # read once per engine
        raise ConfigError(f"[security]: no data key — set data_key_file (`complaints init`) or ${cfg.data_key_env}")


CREDENTIALS = "${CREDENTIALS_DIRECTORY}"


def key_path(key_file: str, base_dir: str, env: dict[str, str] | None = None) -> Path:
    """Where the key file is: relative paths from the config's directory, and
    `${CREDENTIALS_DIRECTORY}` is systemd's credential directory (LoadCredential=, readable
    by the service alone) — or, outside systemd (the operator's `doctor`), the config's directory."""
    env = os.environ if env is None else env
    if key_file.startswith(CREDENTIALS):
        key_file = env.get("CREDENTIALS_DIRECTORY", base_dir) + key_file[len(CREDENTIALS):]
    path = Path(key_file)
    return path if path.is_absolute() else Path(base_dir) / path


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


def _explain(path: Path, exc: ValidationError, prefix: str = "") -> ConfigError:
    """Turn pydantic's report into one line: file, key, what is expected."""
    err = exc.errors()[0]
    key = ".".join(str(p) for p in err["loc"]) or "(top level)"
    kind = err["type"]
    if kind == "missing":
        what = "is missing"
    elif kind == "extra_forbidden":
        what = "is not a known key"
    else:
        what = f"is wrong: {err['msg']} (got {err.get('input')!r})"
    more = f" (+{len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
    return ConfigError(f"{path}: key '{prefix}{key}' {what}{more}")


def load_directory(path: Path) -> Directory:
    data = _read_toml(path)
    try:
        return Directory.model_validate(data)
    except ValidationError as exc:
        raise _explain(path, exc) from None


def load_settings(path: str | os.PathLike | None = None) -> Settings:
    """Load complaints.toml and the units directory it names; raise ConfigError on any fault."""
    path = Path(path or os.environ.get("COMPLAINTS_CONFIG") or "complaints.toml")
    data = _read_toml(path)
    base = path.resolve().parent
    dir_path = Path(data.get("directory", {}).get("path", "units.toml"))
    if not dir_path.is_absolute():
        dir_path = base / dir_path
    directory = load_directory(dir_path)
    db = dict(data.get("database", {}))
    url = db.get("url", DatabaseConfig().url)
    if isinstance(url, str) and url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        rel = url[len("sqlite:///"):]
        if rel and rel != ":memory:":
            db["url"] = "sqlite:///" + str(base / rel)
    data = {**data, "database": db, "units": directory, "base_dir": str(base)}
    for name in ("imap", "smtp"):
        section = data.get(name)
        if isinstance(section, dict) and section.get("ca_file") and not Path(section["ca_file"]).is_absolute():
            data[name] = {**section, "ca_file": str(base / section["ca_file"])}
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise _explain(path, exc) from None
