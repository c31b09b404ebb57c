"""Learned weightings of a letter's cause and of its business (issue 12): multinomial logistic
regression over the character 1–3-grams of the focused text (complaint_focus), its
log-probabilities added to the rules' votes on the same axis (categories.cause_votes,
categories.business_votes) at a learned weight. One class for both axes; two weight files.

Hand rules learn the examples' wording; this reads the same evidence and weighs it by what it
was worth on letters (tests/parsers/letters_*.py) and the cause tests' sentences. Training is
bench/cause_training.py's (scikit-learn, a dev dependency); the service only multiplies the
learned weights (parsers/cause_model.npz) with numpy. `features` is shared by both, so what is
trained is what is scored.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL = Path(__file__).with_name("cause_model.npz")
BUSINESS_MODEL = Path(__file__).with_name("business_model.npz")
NGRAMS = (1, 2, 3)
# how sure the model must be of a cause that names its own business to let it decide the business
# when no rule voted for the cause (categories.CAUSE_BUSINESS)
SURE = 0.5
# a text with fewer characters of words than this is left to the rules (see `decide`)
MIN_READABLE = 8


def _is_text(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isalpha()


def ngram_features(focused: str, weights: list[float]) -> dict[str, float]:
    """Character 1–3-grams of the text, each counted by the lightest place it stands in (nothing in
    the frame, little in a denial or a threat); grams with digits or punctuation are left out.
    The counts are damped (log) and the vector scaled to unit length."""
    usable = [w if w > 0 and _is_text(ch) else 0.0 for ch, w in zip(focused, weights)]
    counts: dict[str, float] = {}
    get = counts.get
    last = len(focused)
    for i, w1 in enumerate(usable):  # NGRAMS = 1, 2, 3, unrolled: this runs for every letter
        if not w1:
            continue
        gram = focused[i]
        counts[gram] = get(gram, 0.0) + w1
        w2 = usable[i + 1] if i + 1 < last else 0.0
        if not w2:
            continue
        gram, w12 = focused[i:i + 2], min(w1, w2)
        counts[gram] = get(gram, 0.0) + w12
        w3 = usable[i + 2] if i + 2 < last else 0.0
        if w3:
            gram = focused[i:i + 3]
            counts[gram] = get(gram, 0.0) + min(w12, w3)
    damped = {k: math.log1p(v) for k, v in counts.items()}
    norm = math.sqrt(sum(v * v for v in damped.values())) or 1.0
    return {k: v / norm for k, v in damped.items()}


def features(focused: str, weights: list[float]) -> dict[str, float]:
    """The feature dict of one letter (its n-grams; the rules' votes join later, see `combine`)."""
    return ngram_features(focused, weights)


def combine(probabilities: dict[str, float], scores: dict[str, float], fusion: float) -> dict[str, float]:
    """The model's log-probabilities plus `fusion` times each cause's share of the rules' votes:
    the rules break the model's near ties, and cannot outvote it when it is sure."""
    total = sum(v for v in scores.values() if v > 0)
    return {cause: math.log(p + 1e-9) + (fusion * max(scores.get(cause, 0.0), 0.0) / total if total else 0.0)
            for cause, p in probabilities.items()}


def readable(focused: str, weights: list[float]) -> int:
    """How many characters of words the model can read: those outside the frame."""
    return sum(1 for ch, w in zip(focused, weights) if w > 0 and _is_text(ch))


def decide(probabilities: dict[str, float], scores: dict[str, float], fusion: float, length: int) -> str | None:
    """The cause the model and the rules' votes elect; None for a text shorter than a sentence
    (MIN_READABLE characters of words: "你好", a form's "收费"), which the rules' keywords decide."""
    if length < MIN_READABLE:
        return None
    fused = combine(probabilities, scores, fusion)
    return max(fused, key=fused.get)


class CauseModel:
    """Learned weights: `classes`, `vocabulary` (feature → row), `coef` (rows × classes), `intercept`,
    and how much the rules' votes weigh beside them (`fusion`, see `combine`)."""

    def __init__(self, classes, vocabulary, coef, intercept, fusion: float = 0.0):
        self.classes = tuple(classes)
        self.fusion = float(fusion)
        self.index = {name: i for i, name in enumerate(vocabulary)}
        self.coef = np.asarray(coef, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float32)

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        known = [(self.index[name], value) for name, value in feats.items() if name in self.index]
        logits = self.intercept.astype(np.float64)
        if known:
            rows, values = zip(*known)
            logits = logits + np.asarray(values) @ self.coef[list(rows)].astype(np.float64)
        logits -= logits.max()
        p = np.exp(logits)
        p /= p.sum()
        return {c: float(x) for c, x in zip(self.classes, p)}

    def save(self, path: Path) -> None:
        vocabulary = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, classes=np.array(self.classes), vocabulary=np.array(vocabulary),
                            coef=self.coef.astype(np.float16), intercept=self.intercept,
                            fusion=np.array(self.fusion))

    @classmethod
    def load(cls, path: Path) -> "CauseModel":
        with np.load(path, allow_pickle=False) as data:
            return cls(data["classes"].tolist(), data["vocabulary"].tolist(), data["coef"], data["intercept"],
                       float(data["fusion"]))

    def elect(self, focused: str, weights: list[float], scores: dict[str, float]) -> tuple[str, float] | None:
        """The class (a cause, or a business) `decide` elects and the model's probability of it,
        or None (nothing to go on)."""
        p = self.probabilities(features(focused, weights))
        best = decide(p, scores, self.fusion, readable(focused, weights))
        return (best, p[best]) if best else None


@lru_cache(maxsize=1)
def shipped() -> CauseModel | None:
    """The cause model shipped with the parsers, or None when none is."""
    return CauseModel.load(MODEL) if MODEL.exists() else None


@lru_cache(maxsize=1)
def shipped_business() -> CauseModel | None:
    """The business model shipped with the parsers, or None when none is."""
    return CauseModel.load(BUSINESS_MODEL) if BUSINESS_MODEL.exists() else None
