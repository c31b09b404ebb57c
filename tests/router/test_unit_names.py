"""router.unit_names.normalize: the same text as NFKC + str.split, whatever the whitespace."""

import sys
import unicodedata

from router.unit_names import LAST_WHITESPACE, normalize


def test_no_whitespace_lies_past_the_last_one_deleted():
    """normalize deletes the characters str.split splits on, read up to LAST_WHITESPACE at import;
    a Python whose Unicode tables add one later would leave it in the text."""
    assert max(i for i in range(sys.maxunicode + 1) if chr(i).isspace()) == LAST_WHITESPACE


def test_normalize_matches_splitting_on_every_whitespace():
    spaced = "三元\u3000支行\t城东\u00a0支行\n个人\u2028金融部 ＡＢＣ\x1c"
    assert normalize(spaced) == "".join(unicodedata.normalize("NFKC", spaced).split()).lower()
    assert normalize("三元\u3000支行 ＡＢＣ") == "三元支行abc"
