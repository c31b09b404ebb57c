"""Outgoing mail: rendering, the transactional outbox and the SMTP sender."""
