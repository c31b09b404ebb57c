"""Every hand-labelled letter set follows one rule for the business of a cause that names its own
(docs/DESIGN.md §4, after JR/T 0169): a letter about how a debt is collected is 债务催收 and one
about the safety of the customer's information is 个人金融信息, whichever card, loan or deposit it
mentions. FRESH and FRESH3 once gave such letters the product's business (人民币储蓄, 银行卡) while
FRESH4 and the classifier gave 个人金融信息; the benchmark then scored one of the two wrong."""

from __future__ import annotations

import pytest

from tests.parsers.letters_corpus import HELD_OUT, LETTERS
from tests.parsers.letters_fresh import FRESH
from tests.parsers.letters_fresh2 import FRESH2
from tests.parsers.letters_fresh3 import FRESH3
from tests.parsers.letters_fresh4 import FRESH4
from tests.parsers.letters_fresh5 import FRESH5
from tests.parsers.letters_heldout import SCORE, TUNE

OWN_BUSINESS = {"债务催收方式和手段": "债务催收", "消费者信息安全": "个人金融信息"}

LABELS = ([(f"corpus-{x.name}", x.expected.cause, x.expected.business) for x in LETTERS + HELD_OUT]
          + [(f"{name}-{x.name}", x.truth.cause, x.truth.business)
             for name, letters in (("TUNE", TUNE), ("SCORE", SCORE), ("FRESH", FRESH), ("FRESH2", FRESH2),
                                   ("FRESH3", FRESH3), ("FRESH4", FRESH4), ("FRESH5", FRESH5))
             for x in letters])


def test_every_set_labels_both_causes_somewhere():
    """The rule below is checked on letters, not on an empty list."""
    causes = {cause for _, cause, _ in LABELS}
    assert set(OWN_BUSINESS) <= causes


OWN = [x for x in LABELS if x[1] in OWN_BUSINESS]


@pytest.mark.parametrize("name, cause, business", OWN, ids=[x[0] for x in OWN])
def test_a_cause_that_names_its_business_labels_it(name, cause, business):
    assert business == OWN_BUSINESS[cause], name
