"""Tests of the real test mail servers (mailserver/mailserver and its pytest plugin)."""
