"""The cause rules' votes on each blind letter set as the rules stood when the set was committed,
before anyone tuned on it (issue 12). Written once to bench/blind_rule_scores.json, read by
`python -m bench.bench_letters --cv`.

Today's rules were tuned on FRESH … FRESH4, so their votes on those letters are 100 % right and
say nothing about how far the votes can be trusted on a letter nobody has read. A learned
weighting trained on them would learn to copy the rules; trained and scored on the votes of the
rules as they were, it learns how much the votes are worth on unseen letters. FRESH5 was never
tuned on: its votes are those of the rules on main when this was written (c3861f6).

Run from the repository (it needs git): `python -m bench.blind_rule_scores`. It takes each
commit's parsers/ out with `git archive` into a temporary directory and runs that classifier in
a child process, capturing the per-cause scores its `_best` is given.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.parsers.letters_fresh import FRESH
from tests.parsers.letters_fresh2 import FRESH2
from tests.parsers.letters_fresh3 import FRESH3
from tests.parsers.letters_fresh4 import FRESH4
from tests.parsers.letters_fresh5 import FRESH5
from tests.parsers.letters_fresh6 import FRESH6
from tests.parsers.letters_fresh7 import FRESH7
from tests.parsers.letters_fresh8 import FRESH8
from tests.parsers.letters_fresh9 import FRESH9
from tests.parsers.letters_fresh10 import FRESH10
from tests.parsers.letters_fresh11 import FRESH11
from tests.parsers.forms_blind1 import FORMS1
from tests.parsers.forms_blind2 import FORMS2
from tests.parsers.letters_fresh12 import FRESH12
from tests.parsers.forms_blind3 import FORMS3
from tests.parsers.letters_fresh13 import FRESH13
from tests.parsers.forms_blind4 import FORMS4
from tests.parsers.letters_fresh14 import FRESH14
from tests.parsers.forms_blind5 import FORMS5
from tests.parsers.letters_fresh15 import FRESH15
from tests.parsers.forms_blind6 import FORMS6
from tests.parsers.letters_fresh16 import FRESH16
from tests.parsers.forms_blind7 import FORMS7
from tests.parsers.letters_fresh17 import FRESH17
from tests.parsers.letters_fresh18 import FRESH18
from tests.parsers.letters_fresh19 import FRESH19
from tests.parsers.letters_fresh20 import FRESH20
from tests.parsers.letters_fresh21 import FRESH21
from tests.parsers.forms_blind8 import FORMS8
from tests.parsers.forms_blind9 import FORMS9
from tests.parsers.forms_blind10 import FORMS10
from tests.parsers.forms_blind11 import FORMS11
from tests.parsers import letters_fresh22, forms_blind12, forms_blind13, letters_fresh23, forms_blind14, forms_blind15
from tests.parsers import letters_fresh24, forms_blind16, forms_blind17, letters_fresh25, letters_fresh26, forms_blind18
from tests.parsers import forms_blind19, letters_fresh27, letters_fresh28, forms_blind20, forms_blind21

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).with_name("blind_rule_scores.json")
# the rules as they stood when each set was first measured, before anyone tuned on it: the commit
# that added the set, or for FRESH4 (committed to main at 10:40, after the rounds tuned on it) the
# last classifier commit before those rounds — b4bfd9f scores it 24/30, the 80.0 % e7c93c8 reports
# — and for FRESH6 and FRESH7 the commits that added them, written blind on branches of a main
# whose rules had not read them (their rules' votes: 14/30 and 18/30, as first reported); for
# FRESH8 … FRESH10, main when each was scored (c3ce1bb: 15/30, 7fa4e71: 13/30, 58b8f49: 17/30);
# FRESH11 and FORMS1 both at 467317d, the main that scored them (14/30, 31/48); FRESH12 and FORMS2 at
# 297ceaa (15/30, 21/48); FRESH13 and FORMS3 at e3948af (15/30, 15/48);
# FRESH14 and FORMS4 at 482d17c (13/30, 21/48); FRESH15 and FORMS5 at d1985bb (17/30, 26/48);
# FRESH16 and FORMS6 at 5dedea9 (22/30, 23/48); FRESH17 and FORMS7 at f5c5f46 (13/30, 22/48);
# FRESH18, FRESH19, FORMS8 and FORMS9 at f871701 (16/30, 13/30, 16/48, 29/48); FRESH20 and FORMS11
# at 7acc22d (9/30, 23/48), FORMS10 at 793ee37 (22/48), FRESH21 at b376503 (13/30)
# FRESH22 … FORMS21, each at the main that scored it as it came (its docstring)
BLIND_AT = {"FRESH": "c2474fe", "FRESH2": "556c52f", "FRESH3": "eea4f6c", "FRESH4": "b4bfd9f", "FRESH5": "c3861f6",
            "FRESH6": "c5fe93e", "FRESH7": "c962a8d", "FRESH8": "c3ce1bb", "FRESH9": "7fa4e71", "FRESH10": "58b8f49",
            "FRESH11": "467317d", "FORMS1": "467317d",
            "FRESH12": "297ceaa", "FORMS2": "297ceaa",
            "FRESH13": "e3948af", "FORMS3": "e3948af",
            "FRESH14": "482d17c", "FORMS4": "482d17c",
            "FRESH15": "d1985bb", "FORMS5": "d1985bb",
            "FRESH16": "5dedea9", "FORMS6": "5dedea9",
            "FRESH17": "f5c5f46", "FORMS7": "f5c5f46",
            "FRESH18": "f871701", "FRESH19": "f871701", "FORMS8": "f871701", "FORMS9": "f871701",
            "FRESH20": "7acc22d", "FORMS11": "7acc22d", "FORMS10": "793ee37", "FRESH21": "b376503",
            "FRESH22": "bc0ce14", "FORMS12": "bc0ce14", "FORMS13": "bc0ce14", "FRESH23": "2bb72fd",
            "FORMS14": "2bb72fd", "FORMS15": "2bb72fd", "FRESH24": "d31bf86", "FORMS16": "d31bf86",
            "FORMS17": "d31bf86", "FRESH25": "b4edbb1", "FRESH26": "b4edbb1", "FORMS18": "b4edbb1",
            "FORMS19": "b4edbb1", "FRESH27": "320d09e", "FRESH28": "320d09e", "FORMS20": "320d09e",
            "FORMS21": "320d09e"}
SETS = {"FRESH": FRESH, "FRESH2": FRESH2, "FRESH3": FRESH3, "FRESH4": FRESH4, "FRESH5": FRESH5,
        "FRESH6": FRESH6, "FRESH7": FRESH7, "FRESH8": FRESH8, "FRESH9": FRESH9, "FRESH10": FRESH10,
        "FRESH11": FRESH11, "FORMS1": FORMS1, "FRESH12": FRESH12, "FORMS2": FORMS2,
        "FRESH13": FRESH13, "FORMS3": FORMS3, "FRESH14": FRESH14, "FORMS4": FORMS4,
        "FRESH15": FRESH15, "FORMS5": FORMS5, "FRESH16": FRESH16, "FORMS6": FORMS6,
        "FRESH17": FRESH17, "FORMS7": FORMS7, "FRESH18": FRESH18, "FRESH19": FRESH19, "FORMS8": FORMS8,
        "FORMS9": FORMS9, "FRESH20": FRESH20, "FORMS11": FORMS11, "FORMS10": FORMS10, "FRESH21": FRESH21,
        "FRESH22": letters_fresh22.FRESH22, "FORMS12": forms_blind12.FORMS12, "FORMS13": forms_blind13.FORMS13,
        "FRESH23": letters_fresh23.FRESH23, "FORMS14": forms_blind14.FORMS14, "FORMS15": forms_blind15.FORMS15,
        "FRESH24": letters_fresh24.FRESH24, "FORMS16": forms_blind16.FORMS16, "FORMS17": forms_blind17.FORMS17,
        "FRESH25": letters_fresh25.FRESH25, "FRESH26": letters_fresh26.FRESH26, "FORMS18": forms_blind18.FORMS18,
        "FORMS19": forms_blind19.FORMS19, "FRESH27": letters_fresh27.FRESH27, "FRESH28": letters_fresh28.FRESH28,
        "FORMS20": forms_blind20.FORMS20, "FORMS21": forms_blind21.FORMS21}

# Run in the child, with the old parsers/ first on sys.path: every `_best` call is recorded, and
# the cause axis's is the one whose categories are causes (business types are another vocabulary).
_CHILD = r"""
import json, sys
from parsers import categories as c
calls = []
best = c._best
def _recording(scores, fallback):
    calls.append(dict(scores))
    return best(scores, fallback)
c._best = _recording
only_causes = set(c.CAUSES) - set(c.BUSINESS_TYPES)
out = {}
for name, text in json.load(sys.stdin).items():
    if hasattr(c, "cause_votes"):  # since the learned weighting: the rules' own votes, read directly
        scores = dict(c.cause_votes(text).scores)
        out[name] = {"cause": max(scores, key=scores.get) if scores else "其他", "scores": scores}
        continue
    calls.clear()
    result = c.classify(text)
    cause_calls = [s for s in calls if set(s) <= set(c.CAUSES) and set(s) & only_causes]
    scores = cause_calls[0] if cause_calls else ({"其他": 1.0} if result.cause == "其他" and result.cause_confidence else {})
    out[name] = {"cause": result.cause, "scores": scores}
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def votes_at(commit: str, texts: dict[str, str]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory(prefix="blind-rules-") as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "parsers"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([tmp, str(ROOT)]))
        child = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps(texts).encode(),
                               env=env, cwd=tmp, check=True, capture_output=True)
    return json.loads(child.stdout)


def main() -> None:
    result = {}
    for set_name, letters in SETS.items():
        commit = BLIND_AT[set_name]
        votes = votes_at(commit, {letter.name: letter.text for letter in letters})
        right = sum(votes[letter.name]["cause"] == letter.truth.cause for letter in letters)
        print(f"{set_name:7} rules at {commit}: cause {right}/{len(letters)} = {right / len(letters):.1%}")
        for letter in letters:
            result[letter.name] = {"set": set_name, "commit": commit, **votes[letter.name]}
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
