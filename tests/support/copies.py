"""Each recipient gets a copy of its own (its reply token in Message-ID and Reply-To): which
mail a copy is, for tests that compare what several people received."""

from __future__ import annotations

import re

_TOKEN_AND_SIGNATURE = re.compile(r"_2B(?:ts\d{10}|x)-[a-z]-[a-z2-7]{16}(?:\.e[a-z0-9]{8})?\.k[0-9a-f]{16}(?=@)")


def one_mail(message_id: str) -> str:
    """`<TS-….routing.SY-1_2Bts…-u-….e….k…@domain>` → `<TS-….routing.SY-1@domain>` (epoch and all)."""
    return _TOKEN_AND_SIGNATURE.sub("", str(message_id))
