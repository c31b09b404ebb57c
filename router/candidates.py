"""Units to propose when no rule is sure: the union picks one, and sees why each is on the list.

Candidates come from a form field that resembles a unit's name, business lines shared by
several units, and names that nearly occur in the text; each with a score (0-100).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.config import Directory
from router.business_lines import SOURCE_WORDS, match_business_lines
from router.complaint import Complaint
from router.unit_names import similar_units

MAX_CANDIDATES = 5
LINE_SHARE = 100.0   # a business line shared by N units gives each of them 100/N


@dataclass(frozen=True)
class Candidate:
    code: str
    name: str
    score: float
    why: str


def _from_field(complaint: Complaint, directory: Directory) -> list[Candidate]:
    value = (complaint.unit_field or "").strip()
    return [Candidate(m.unit.code, m.unit.name, m.score,
                      f"『被投诉单位』栏「{value}」与「{m.term}」相似（相似度 {m.score:g}）")
            for m in similar_units(value, directory)] if value else []


def _from_lines(complaint: Complaint, directory: Directory) -> list[Candidate]:
    found = match_business_lines(complaint, directory)
    if found is None:
        return []
    score = round(LINE_SHARE / len(found.units), 1)
    return [Candidate(u.code, u.name, score,
                      f"{SOURCE_WORDS[found.source]}「{line if found.source == 'text' else found.value}」"
                      f"属于该单位的业务条线「{line}」（{len(found.units)} 个单位共有）")
            for u, line in zip(found.units, found.lines)]


def _from_text(complaint: Complaint, directory: Directory) -> list[Candidate]:
    return [Candidate(m.unit.code, m.unit.name, m.score,
                      f"投诉内容中有与「{m.term}」相近的文字（相似度 {m.score:g}）")
            for m in similar_units(complaint.text or "", directory, in_text=True)]


def triage_candidates(complaint: Complaint, directory: Directory,
                      limit: int = MAX_CANDIDATES) -> tuple[Candidate, ...]:
    """The likeliest units, best first, one entry per unit (its best-scoring reason)."""
    best: dict[str, Candidate] = {}
    for candidate in (*_from_field(complaint, directory), *_from_lines(complaint, directory),
                      *_from_text(complaint, directory)):
        if candidate.code not in best or candidate.score > best[candidate.code].score:
            best[candidate.code] = candidate
    ranked = sorted(best.values(), key=lambda c: (-c.score, c.code))
    return tuple(ranked[:limit])
