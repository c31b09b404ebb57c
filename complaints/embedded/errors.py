"""The one failure the embedded servers raise, so `complaints demo` can print a clear cause."""

from core.errors import MailError


class EmbeddedMailServerError(MailError):
    """The embedded mail servers could not start (port taken, bad account name, ...)."""
