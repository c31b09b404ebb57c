"""The complaint pipeline service: a bank branch's complaint handling over email."""
