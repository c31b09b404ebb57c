"""Builders for router inputs: a plain complaint with only what a test cares about filled in."""

from __future__ import annotations

from datetime import datetime

from core.clock import BRANCH_ZONE
from router.complaint import Complaint

NOW = datetime(2026, 3, 16, 10, 0, tzinfo=BRANCH_ZONE)


def a_complaint(**fields) -> Complaint:
    """A csc complaint about nothing in particular, with `fields` overriding."""
    base = dict(channel="csc", text="客户反映柜员办理业务时态度冷淡，要求道歉。")
    return Complaint(**{**base, **fields})
