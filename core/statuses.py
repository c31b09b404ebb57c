"""A case's statuses and their Chinese names: one table, read by the workflow and by every view.

The workflow (`complaints/workflow.py`) is the only writer of `case.status`; the names here
are what people read in mails, forms, reports and the digest.
"""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    RECEIVED = "received"
    TRIAGE = "triage"
    ROUTED = "routed"
    ANSWERED = "answered"
    CLOSED = "closed"
    REOPENED = "reopened"


STATUS_NAMES = {
    CaseStatus.RECEIVED: "已接收", CaseStatus.TRIAGE: "待分派", CaseStatus.ROUTED: "已转办",
    CaseStatus.ANSWERED: "已反馈", CaseStatus.CLOSED: "已办结", CaseStatus.REOPENED: "重新办理",
}


def status_name(status: str) -> str:
    """The Chinese name of a status as people read it (never the code's English word)."""
    try:
        return STATUS_NAMES[CaseStatus(status)]
    except ValueError:
        return status
