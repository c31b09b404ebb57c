"""The typed failures of the pipeline: what went wrong is a type, not a string.

Expected outcomes (duplicate, needs triage, auto-reply) are values elsewhere; these are the
faults. Each carries a `reason` a person can act on, stored with a quarantined message.
"""

import secrets
from collections.abc import Callable


class ComplaintsError(Exception):
    """Base of every error this project raises on purpose."""

    @property
    def reason(self) -> str:
        return str(self)


class ConfigError(ComplaintsError):
    """The configuration is missing, unreadable or has a bad key (file, key, expectation)."""


class DataKeyWrong(ComplaintsError):
    """A sealed column does not open: the data key is missing or not the one the database was written with."""


class DatabaseNotMigrated(ComplaintsError):
    """The database schema is older than the code: run `complaints db upgrade`."""


class ParseError(ComplaintsError):
    """A message or document cannot be read; the message goes to quarantine with this reason."""


class HostileInput(ParseError):
    """A document looks built to harm the parser (zip bomb, entity expansion, absurd size)."""


class PolicyLimitExceeded(ParseError):
    """A message breaks a configured limit (size, attachment count, attachment bytes)."""


class RoutingAmbiguous(ComplaintsError):
    """The router cannot pick one unit with confidence; the case goes to triage."""


class CalendarUnknown(ComplaintsError):
    """The working-day calendar does not know a year and the config does not cover it."""


class MailError(ComplaintsError):
    """A mail server failed."""


class TransientMailError(MailError):
    """Temporary: connection refused, timeout, 4xx. Retry with backoff."""


class PermanentMailError(MailError):
    """Permanent: 5xx, rejected recipient. Tell the union office, do not retry."""


class LoginFailed(MailError):
    """The server refused our credentials: a person must fix the config or the account."""


class CertificateRejected(LoginFailed):
    """The server's TLS certificate failed verification, or it offers no STARTTLS: no password
    or token is sent, and a person must fix the host name, `ca_file` or the server."""


def new_error_id(choice: Callable[[str], str] = secrets.choice) -> str:
    """The id a fault is logged and quarantined under, for the clerk to pass to IT: eight
    letters, no digits. The logs mask personal numbers, and 3.7 % of eight hex digits were
    taken for one ("[20149017]" → "[****9017]", "[68b37482]" → "[**b*7482]"): the operator could
    not find the fault. Letters that read as digits (o, l, i) and vowels (no words) are left out."""
    return "".join(choice(_ID_LETTERS) for _ in range(8))


_ID_LETTERS = "bcdfghjkmnpqrstvwxz"
