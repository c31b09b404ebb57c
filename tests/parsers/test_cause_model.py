"""The learned cause weighting (parsers/cause_model.py) as the service uses it: weights read with
numpy from the shipped file, n-grams only where the letter complains, a few words left to the
rules. How well it classifies is measured by `python -m bench.bench_letters --cv`, not here."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from parsers.categories import CAUSES, classify
from parsers.cause_model import MIN_READABLE, CauseModel, decide, features, readable, shipped
from parsers.complaint_focus import focus


def test_the_shipped_model_knows_every_cause():
    model = shipped()
    assert model is not None and set(model.classes) == set(CAUSES)
    assert model.coef.shape == (len(model.index), len(CAUSES))


def test_a_letter_is_classified_by_the_model_and_says_so():
    c = classify("我去网点存钱，柜员没问我就给我开通了短信提醒，现在每个月都扣钱，我根本没同意过。")
    assert c.cause in CAUSES
    assert any(m.startswith(f"模型→{c.cause}(") for m in c.matched)
    assert 0 < c.cause_confidence < 1


def test_the_frame_gives_no_ngrams():
    focused, weights = focus("尊敬的领导：\n柜员态度恶劣。\n联系电话：13900001111")
    grams = features(focused, weights)
    assert "态度" in grams and not any("领导" in g or "电话" in g for g in grams)
    assert abs(sum(v * v for v in grams.values()) - 1.0) < 1e-9


@pytest.mark.parametrize("text", ["你好。", "收费", "信息安全"])
def test_a_few_words_are_left_to_the_rules(text):
    focused, weights = focus(text)
    assert readable(focused, weights) < MIN_READABLE
    assert decide({"其他": 0.1, "定价收费": 0.9}, {}, 0.0, readable(focused, weights)) is None
    assert not any(m.startswith("模型→") for m in classify(text).matched)


def test_the_rules_votes_weigh_as_much_as_the_model_is_told():
    p = {"定价收费": 0.45, "信息披露": 0.55}
    assert decide(p, {"定价收费": 3.0}, 0.0, MIN_READABLE) == "信息披露"
    assert decide(p, {"定价收费": 3.0}, 1.0, MIN_READABLE) == "定价收费"


def test_weights_survive_the_file(tmp_path):
    model = CauseModel(["a", "b"], ["x", "y"], np.array([[1.0, -1.0], [0.5, 0.25]]), np.array([0.1, -0.1]), 0.5)
    model.save(tmp_path / "m.npz")
    again = CauseModel.load(tmp_path / "m.npz")
    assert again.fusion == 0.5 and again.classes == ("a", "b")
    assert again.probabilities({"x": 1.0, "z": 3.0}) == pytest.approx(model.probabilities({"x": 1.0}), abs=1e-3)


def test_the_service_does_not_import_scikit_learn():
    code = "import sys, parsers.categories as c; c.classify('柜员态度很差，还把存折扔给我。'); print('sklearn' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
