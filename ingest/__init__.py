"""Mail intake: the IMAP adapter, UID bookkeeping, raw-first storage, message kinds."""
