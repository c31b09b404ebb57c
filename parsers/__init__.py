"""Pure parsers: bytes in, frozen dataclasses out; no database, network or settings."""
