"""Find a CJK font on this machine so charts and reports show Chinese, not empty boxes.

Looks under /usr/share/fonts (and the other usual font folders) for Noto Sans CJK, then
WenQuanYi; `NoCjkFont` names the packages to install when none is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.errors import ComplaintsError

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts")
# (file name, the family name office programs know it by), best first
CANDIDATES = (
    ("NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"),
    ("NotoSansCJKsc-Regular.otf", "Noto Sans CJK SC"),
    ("NotoSansSC-Regular.otf", "Noto Sans SC"),
    ("wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
    ("wqy-microhei.ttc", "WenQuanYi Micro Hei"),
    ("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC"),
)


class NoCjkFont(ComplaintsError):
    """No Chinese font is installed: charts would show boxes instead of characters."""


@dataclass(frozen=True)
class CjkFont:
    path: Path
    family: str


@lru_cache(maxsize=1)
def find_cjk_font(dirs: tuple[Path, ...] = FONT_DIRS) -> CjkFont:
    """The best CJK font found under `dirs`."""
    found: dict[str, Path] = {}
    for base in dirs:
        if base.is_dir():
            for path in base.rglob("*"):
                found.setdefault(path.name, path)
    for name, family in CANDIDATES:
        if name in found:
            return CjkFont(found[name], family)
    raise NoCjkFont("no Chinese font found under " + ", ".join(map(str, dirs))
                    + ": install fonts-noto-cjk or fonts-wqy-zenhei")


@dataclass(frozen=True)
class GongwenFonts:
    """The families a 公文 is set in on this machine: each stands in for the official font named."""

    title: str    # for 方正小标宋简体
    heading: str  # for 黑体
    body: str     # for 仿宋_GB2312


SERIF_FILES = ("NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular.otf", "NotoSerifSC-Regular.otf")


@lru_cache(maxsize=1)
def gongwen_fonts(dirs: tuple[Path, ...] = FONT_DIRS) -> GongwenFonts:
    """Noto Serif CJK SC (a 宋 face) for 小标宋 and 仿宋 when installed, Noto Sans CJK SC (a 黑 face)
    for 黑体; the best CJK font found stands in for any that is missing."""
    sans = find_cjk_font(dirs).family
    names = {path.name for base in dirs if base.is_dir() for path in base.rglob("*")}
    serif = "Noto Serif CJK SC" if names & set(SERIF_FILES) else sans
    return GongwenFonts(title=serif, heading=sans, body=serif)
