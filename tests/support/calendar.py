"""What the installed chinesecalendar knows, for tests that must not assume a release.

A newer package that knows next year moves these along, so the tests keep testing the
first year nobody has described instead of a hard-coded 2027.
"""

from __future__ import annotations

import chinese_calendar

LAST_KNOWN_YEAR = max(chinese_calendar.holidays).year
FIRST_UNKNOWN_YEAR = LAST_KNOWN_YEAR + 1  # 2027 with chinesecalendar 1.11

SLA_WITHOUT_EXTRA_HOLIDAYS = """
[sla]
handle_working_days = 5
remind_before_working_days = 1
regulatory_calendar_days = 15
"""
"""An [sla] section with no `extra_holidays`: replaces the test config's stand-ins."""
