"""The ground floor: config, errors, clock, retry, the store, the IMAP adapter, Message-IDs.

Every stage (ingest/ parsers/ router/ outbox/) and the application (complaints/) import
from here; nothing here imports a stage or the application.
"""
