"""Render a mail's subject, text and HTML from its template set in templates/.

Each mail kind NAME has `NAME.subject.j2`, `NAME.txt.j2` and `NAME.html.j2`. HTML is
autoescaped, nothing may be undefined, and the subject is folded to one line (a value
with a newline cannot inject a header). Pure: values in, strings out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import jinja2

from templates import TEMPLATE_DIR


@dataclass(frozen=True)
class RenderedMail:
    """The three parts of one mail, ready for `compose_mail`."""

    subject: str
    text: str
    html: str


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.endswith(".html.j2")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one template environment: templates/, HTML autoescaped, strict about undefined values.

    Templates are compiled once per process (`auto_reload` off): they ship with the code,
    which a restart brings in, and looking at each file's mtime on every render cost 16
    stat calls per routed case."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        auto_reload=False,
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_mail(name: str, **values: object) -> RenderedMail:
    """Subject (one line), plain text and HTML of the mail kind `name`."""
    env = environment()
    subject = env.get_template(f"{name}.subject.j2").render(**values)
    text = env.get_template(f"{name}.txt.j2").render(**values)
    html = env.get_template(f"{name}.html.j2").render(**values)
    return RenderedMail(subject=" ".join(subject.split()), text=_tidy(text), html=html)


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [ln.rstrip() for ln in text.splitlines()]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip("\n") + "\n"
