"""Sealed columns: personal data and raw mails are AES-GCM ciphertext in the database.

The column types seal on the way in and open on the way out, so the rest of the code reads
and writes plain values on SQLite and PostgreSQL alike. The key travels with the engine
(`make_engine(url, sealer)` puts it on the engine's dialect, the one object a column type
is handed): there is no process-wide key, and an engine made without one refuses to read or
write a sealed value rather than store it in the clear.

Sealed values cannot be compared in SQL; a column searched by equality keeps a keyed hash
beside it (`Case.customer_phone_hash`, kept by `_hash_phone` on every insert and update).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import LargeBinary, Text, event
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.types import TypeDecorator

from core.errors import DataKeyWrong
from core.sealing import Sealer, phone_lookup

_ATTRIBUTE = "complaints_sealer"


def attach_sealer(engine: Engine, sealer: Sealer | None) -> Engine:
    setattr(engine.dialect, _ATTRIBUTE, sealer)
    return engine


def sealer_of(dialect: Dialect) -> Sealer:
    sealer = getattr(dialect, _ATTRIBUTE, None)
    if sealer is None:
        raise DataKeyWrong("no data key: this engine was made without one, and sealed columns "
                           "are never read or written in the clear ([security] data_key_file)")
    return sealer


class SealedBytes(TypeDecorator):
    """Bytes (a raw mail) stored as nonce + ciphertext."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        return None if value is None else sealer_of(dialect).seal(value)

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        return None if value is None else sealer_of(dialect).open(bytes(value))


class SealedText(TypeDecorator):
    """Text (a name, a phone, a complaint) stored as base64 of nonce + ciphertext."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else sealer_of(dialect).seal_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else sealer_of(dialect).open_text(value)


class SealedJSON(TypeDecorator):
    """A JSON value (a case's parsed fields) sealed whole, as SealedText."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return sealer_of(dialect).seal_text(json.dumps(value, ensure_ascii=False, default=str))

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(sealer_of(dialect).open_text(value))


def phone_hash_for(connection_or_session, phone: str | None) -> str | None:
    """The lookup hash of `phone` with the key of the engine behind a connection or session."""
    bind = connection_or_session.get_bind() if hasattr(connection_or_session, "get_bind") else connection_or_session
    return phone_lookup(sealer_of(bind.dialect), phone)


def keep_phone_hash(case_class: type) -> None:
    """Every insert and update of a case writes its phone's lookup hash from its phone."""
    def _hash_phone(_mapper, connection, target) -> None:
        target.customer_phone_hash = phone_lookup(sealer_of(connection.dialect), target.customer_phone)

    event.listen(case_class, "before_insert", _hash_phone)
    event.listen(case_class, "before_update", _hash_phone)
