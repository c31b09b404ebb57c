"""Pure routing: parsed complaint + directory + clock in, Decision out.

- complaint.py: the input values (Complaint, Signal, PriorCase)
- rules.py: the ordered table of unit rules (UNIT_RULES), each a named check with a reason
- unit_names.py, business_lines.py: finding units by name/alias and by business line
- candidates.py: triage candidates when no rule is sure
- severity.py: normal/major/serious and whom to notify at once
- decide.py: route() → Decision (to_json/from_json); explain.py: the Decision in Chinese
- calendar.py, deadlines.py: working days (chinesecalendar + config) and a case's deadlines
"""
