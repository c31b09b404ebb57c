"""The held-out letters (letters_heldout.py) as a scanner or a phone camera delivers them.

Each letter is typed on A4 pages (one paragraph per line of the letter) and then given one of
several looks, chosen per letter so the set covers them all: a flatbed scan at 200–300 dpi
with a tilt, a JPEG saved at low quality, a letter split over two pages (the signature on
the second), and a phone photo — the page in perspective, lit unevenly, on a darker desk.
Pure rendering: `render_heldout(letter, n)` returns the file's bytes and name.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from tests.parsers.letters_heldout import HeldOutLetter
from tests.parsers.scans import render_letter, save_pages, scanify

LOOKS = ("flatbed", "jpeg", "two_pages", "phone")


@dataclass(frozen=True)
class RenderedLetter:
    filename: str
    data: bytes
    look: str
    dpi: int
    pages: int


def render_heldout(letter: HeldOutLetter, n: int) -> RenderedLetter:
    """The letter's n-th look (n cycles through LOOKS, dpi through 200, 250, 300)."""
    look, dpi = LOOKS[n % len(LOOKS)], (200, 250, 300)[n % 3]
    lines = [line.strip() for line in letter.text.splitlines() if line.strip()]
    skew = ((n * 37) % 25 - 12) / 10  # -1.2° … +1.2°
    if look == "two_pages":
        split = max(1, len(lines) - 2)
        pages = render_letter("", lines[:split], dpi) + render_letter("", lines[split:], dpi)
        pages = [scanify(p, seed=300 + n + k, skew=skew, rotation=0) for k, p in enumerate(pages)]
        return RenderedLetter(f"{letter.name}.pdf", save_pages(pages, "pdf", dpi), look, dpi, len(pages))
    page = render_letter("", lines, dpi)[0]
    if look == "phone":
        photo = phone_photo(page, seed=n)
        return RenderedLetter(f"IMG_{2000 + n}.jpg", _jpeg(photo, 70), look, dpi, 1)
    page = scanify(page, seed=300 + n, skew=skew, rotation=0)
    if look == "jpeg":
        return RenderedLetter(f"{letter.name}.jpg", _jpeg(page, 45), look, dpi, 1)
    return RenderedLetter(f"{letter.name}.png", save_pages([page], "png", dpi), look, dpi, 1)


def phone_photo(page: Image.Image, *, seed: int) -> Image.Image:
    """The page photographed from above at a slant: perspective, uneven light, a desk around it."""
    rng = np.random.default_rng(seed)
    w, h = page.size
    desk = Image.new("L", (round(w * 1.12), round(h * 1.08)), 90)
    desk.paste(page, (round(w * 0.06), round(h * 0.04)))
    W, H = desk.size
    jitter = lambda: rng.uniform(0.0, 0.05)  # noqa: E731 — corners pulled in by up to 5 %
    # PIL's QUAD takes the source corners upper-left, lower-left, lower-right, upper-right
    corners = [(W * jitter(), H * jitter()), (W * jitter(), H * (1 - jitter())),
               (W * (1 - jitter()), H * (1 - jitter())), (W * (1 - jitter()), H * jitter())]
    photo = desk.transform(desk.size, Image.QUAD, [c for xy in corners for c in xy], Image.BICUBIC)
    light = np.linspace(1.0, 0.72, W)[None, :] * np.linspace(0.95, 1.0, H)[:, None]
    pixels = np.asarray(photo.filter(ImageFilter.GaussianBlur(1.0)), dtype=np.float32) * light
    pixels += rng.normal(0, 6, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()
