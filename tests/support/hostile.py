"""Hostile text for the linear-time tests and the benchmark: one catalogue, sized on demand.

Each shape is a function of a size n (characters) that returns a string of about n
characters: runs without spaces, runs of one punctuation character, words a parser looks
for repeated without end, deeply nested HTML, and mails with one long header line. They are
the inputs that make a regular expression with nested or adjacent unbounded quantifiers, or
a loop that rescans what it has seen, take quadratic time.
"""

from __future__ import annotations

from typing import Callable


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


TEXT_SHAPES: dict[str, Callable[[int], str]] = {
    "latin letters": _repeat("a"),
    "latin words glued": _repeat("Fromwrote"),
    "chinese letters": _repeat("中"),
    "digits": _repeat("1"),
    "digits with dashes": _repeat("1-"),
    "spaces": _repeat(" "),
    "tabs and spaces": _repeat(" \t"),
    "newlines": _repeat("\n"),
    "blank lines with spaces": _repeat(" \n"),
    "colons": _repeat(":"),
    "full-width colons": _repeat("："),
    "dashes": _repeat("-"),
    "dots": _repeat("."),
    "at signs": _repeat("@"),
    "address glue": _repeat("a.b@"),
    "quote marks": _repeat(">"),
    "commas": _repeat("，"),
    "stars": _repeat("*"),
    "brackets": _repeat("（"),
    "equals": _repeat("=?"),
    "surname run": _repeat("王"),
    "于 run": _repeat("于"),
    "request words": _repeat("要求"),
    "labels": _repeat("投诉人"),
    "from lines": _repeat("发件人：\n"),
    "wrote lines": _repeat("在于写道"),
    "case tags": _repeat("TS-2026-"),
    "amount glue": _repeat("1,000"),
    "chinese numerals": _repeat("一二三"),
    "year runs": _repeat("2026年"),
    "phone glue": _repeat("电话：138"),
    "html-ish": _repeat("<a"),
    "mobiles": _repeat("13812345678 "),
    "amounts": _repeat("100元，"),
    "dates": _repeat("2026年1月2日"),
    "unit names": _repeat("三元支行梅列网点"),
    "unit names in sentences": _repeat("在三元支行被吞卡。"),
    # what OCR makes of numbers: spaces and dashes between digits, look-alike letters, numerals
    # broken by spaces and line breaks
    "spaced digits": _repeat("1 "),
    "spaced zeros with dashes": _repeat("0 - "),
    "digit look-alikes": _repeat("O1l "),
    "look-alike letters": _repeat("OlSB"),
    "spaced numerals": _repeat("二 十\n"),
    "year numerals": _repeat("二〇二六年十"),
}

HTML_SHAPES: dict[str, Callable[[int], str]] = {
    "nested divs": lambda n: "<div>" * (n // 5),
    "nested tables": lambda n: "<table><tr><td>" * (n // 15),
    "unclosed tags": _repeat("<p><b>"),
    "spaces before blocks": lambda n: " " * (n - 6) + "\n<div>",
    "one long text": _repeat("中"),
    "table cells with colons": _repeat("<td>：</td>"),
    "a label cell of colons": lambda n: "<table><tr><td>" + "：" * n + "x</td><td>v</td></tr></table>",
    "preformatted spaces": lambda n: "<pre>" + " " * n + "x</pre>",
    "preformatted space lines": lambda n: "<pre>" + " \n" * (n // 2) + "</pre><div>x</div>",
}


def mail_with_header(name: str, value: str, body: str = "正文") -> bytes:
    """A small mail whose one header `name` carries `value` (unfolded, one long line)."""
    return (
        f"From: a@example.com\r\nTo: b@example.com\r\nSubject: x\r\n{name}: {value}\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode("utf-8")


MAIL_SHAPES: dict[str, Callable[[int], bytes]] = {
    "long subject": lambda n: mail_with_header("Subject", "中" * (n // 3)),
    "long subject of encoded words": lambda n: mail_with_header("Subject", "=?utf-8?B?5Lit?=" * (n // 16)),
    "long references": lambda n: mail_with_header("References", "<a@b>" * (n // 5)),
    "long from": lambda n: mail_with_header("From", "a" * n),
    "long to list": lambda n: mail_with_header("To", "a@b.c," * (n // 6)),
    "long message-id": lambda n: mail_with_header("Message-ID", "<" + "a" * n + ">"),
    "long body line": lambda n: mail_with_header("X-Note", "1", body="x" * n),
    "long body of colons": lambda n: mail_with_header("X-Note", "1", body=":" * n),
    "many short lines": lambda n: mail_with_header("X-Note", "1", body="a\r\n" * (n // 3)),
    "html body": lambda n: (
        "From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n" + "<div>" * (n // 5)).encode(),
}
