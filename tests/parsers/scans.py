"""Scanned documents for the OCR tests: acceptance forms and customer letters as images.

`build_scans(out_dir)` renders every item with Pillow in a CJK font, makes it look scanned
(grey paper, light noise, a small tilt, some pages upside down or sideways) and saves it as
PNG, JPEG, TIFF or image-only PDF, with what a reader should find in a manifest. Results are
cached under a hash of this file, so a test run renders them once.
`python -m tests.parsers.scans OUT` writes the corpus to OUT.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

GENERATED = Path(__file__).resolve().parent.parent / "fixtures" / "generated" / "scans"
A4_INCHES = (8.27, 11.69)


@dataclass(frozen=True)
class ScanItem:
    """One scanned file and what a reader should get out of it."""

    path: Path
    kind: str  # "form" or "letter"
    fmt: str  # png, jpeg, tiff, pdf
    dpi: int
    rotation: int  # quarter turn applied to the page, degrees clockwise
    skew: float  # small tilt applied, degrees
    layout: str = ""
    expected: Mapping[str, str] = field(default_factory=dict)  # form fields
    sentences: tuple[str, ...] = ()  # letter sentences that must be read


@dataclass(frozen=True)
class FormSpec:
    """The content and look of one acceptance form."""

    layout: str  # grid4, grid2, inline, stacked
    labels: Mapping[str, str]  # field → label printed on the form
    values: Mapping[str, str]
    fmt: str
    dpi: int
    rotation: int
    skew: float


_DEFAULT_LABELS = {
    "acceptance_number": "受理编号", "accepted_at": "受理时间", "customer_name": "客户姓名",
    "phone": "联系电话", "id_number": "证件号码", "account": "账号", "unit": "被投诉单位",
    "category": "业务类别", "channel": "投诉渠道", "urgency": "紧急程度",
    "content": "投诉内容", "request": "客户诉求", "accepted_by": "受理人", "result": "处理情况",
}
_SYNONYMS = [
    {},
    {"customer_name": "投诉人", "phone": "联系方式", "unit": "被投诉网点"},
    {"acceptance_number": "工单号", "content": "问题描述", "request": "客户要求"},
    {"customer_name": "客 户 姓 名", "phone": "手机", "unit": "涉及机构"},
    {"content": "投诉事由", "account": "卡号", "accepted_by": "受理员"},
    {"unit": "被投诉部门", "customer_name": "客户名称", "acceptance_number": "编号"},
]
_PEOPLE = [
    ("张伟", "13859012345", "梅列支行"), ("王芳", "13905071234", "三元支行"),
    ("李娜", "15880123456", "永安支行"), ("刘洋", "18650789012", "沙县支行"),
    ("陈静", "13706981234", "明溪支行"), ("杨磊", "13960512345", "清流支行"),
    ("赵敏", "15059876543", "宁化支行"), ("黄强", "18959012367", "建宁支行"),
    ("周杰", "13805982468", "泰宁支行"), ("吴婷", "15260913579", "将乐支行"),
    ("徐明", "17750234681", "尤溪支行"), ("孙丽", "13599187654", "大田支行"),
]
_CONTENTS = [
    "客户反映于3月5日在网点办理个人贷款提前还款时，柜员告知需等待审批，至今未办结，"
    "且多次电话询问均无人答复，客户对此非常不满。",
    "客户称其借记卡在自助取款机取款时吞卡，现场按求助电话联系后两个工作日仍未归还，"
    "影响其正常使用资金。",
    "客户反映网点排队时间过长，仅开放一个对公窗口，等候超过一个半小时，大堂经理未作引导。",
    "客户称理财产品到期后资金未按约定时间到账，理财经理解释不清，要求说明原因。",
    "客户反映信用卡年费在未告知的情况下被扣收，要求退还并说明收费依据。",
    "客户投诉工作人员服务态度生硬，办理挂失业务时语气不耐烦，未一次性告知所需材料。",
]
_REQUESTS = ["尽快办结并给予书面答复", "退还相关费用", "网点负责人当面道歉", "说明原因并整改"]
_LAYOUTS = ["grid4", "grid2", "inline", "stacked"]
_FORMATS = ["png", "jpeg", "tiff", "pdf"]


def form_specs() -> list[FormSpec]:
    """Twelve forms: four layouts, label synonyms, four file types, some turned pages."""
    rotations = {3: 180, 6: 90, 9: 270}
    specs = []
    for n, (name, phone, unit) in enumerate(_PEOPLE):
        values = {
            "acceptance_number": f"TS2024{3 + n % 9:02d}{11 + n:02d}{n * 7 % 50 + 1:03d}",
            "accepted_at": f"2024年{3 + n % 9}月{11 + n}日",
            "customer_name": name, "phone": phone, "unit": unit,
            "id_number": f"35040219{80 + n}0{n % 9 + 1}1{n % 10}2{n % 7}3{n % 10}",
            "account": f"6222 0814 0200 {1234 + 111 * n}",
            "category": ["个人贷款", "银行卡", "柜面服务", "理财产品"][n % 4],
            "channel": ["电话", "现场", "来信"][n % 3], "urgency": ["一般", "紧急"][n % 2],
            "content": _CONTENTS[n % len(_CONTENTS)], "request": _REQUESTS[n % 4],
            "accepted_by": ["林晓", "郑华", "何平"][n % 3],
        }
        labels = dict(_DEFAULT_LABELS) | _SYNONYMS[n % len(_SYNONYMS)]
        specs.append(FormSpec(
            layout=_LAYOUTS[n % 4], labels=labels, values=values, fmt=_FORMATS[n % 4],
            dpi=200 if n % 3 else 150, rotation=rotations.get(n, 0),
            skew=((n * 37) % 41 - 20) / 10,
        ))
    return specs


_LETTERS = [
    ("尊敬的银行领导：", [
        "我叫陈建国，联系电话13859067890，是贵行梅列支行的老客户。",
        "2024年4月2日上午，我到梅列支行办理存款业务，排队等了将近两个小时。",
        "当天只开了两个窗口，大堂经理也没有做任何解释和引导。",
        "我希望银行能够重视这个问题，增加窗口，改善服务。",
    ]),
    ("致三元支行负责人：", [
        "本人王秀英，身份证号350402196503120028，联系电话13905078866。",
        "我在贵行的定期存款到期后，柜员未经我同意便为我转存为理财产品。",
        "理财产品不能随时支取，给我看病用钱造成很大不便。",
        "请贵行尽快将资金退回我的储蓄账户，并对相关人员进行批评教育。",
    ]),
    ("投诉信", [
        "我是永安市居民刘志强，手机号码18650781234。",
        "上个月我的信用卡被莫名扣除了年费三百元，事先没有收到任何通知。",
        "我多次拨打客服电话，客服只说会反馈，至今没有结果。",
        "我要求退还年费，并给出书面说明。",
    ]),
    ("尊敬的沙县支行：", [
        "我叫林美华，电话15880126677，在贵行办理了一笔个人住房贷款。",
        "去年十二月我申请提前还款，工作人员说要等总行审批。",
        "到现在已经过去三个月，仍然没有任何消息。",
        "希望贵行尽快办理，否则我将向金融监管部门反映。",
    ]),
    ("关于自助设备吞卡的投诉", [
        "本人黄海涛，联系电话13706985432。",
        "4月15日晚上我在明溪支行门口的自助取款机取款，机器把我的银行卡吞了。",
        "我按屏幕上的电话联系，对方说第二天处理，但一直没有人联系我。",
        "卡里有我这个月的生活费，请尽快归还我的银行卡。",
    ]),
    ("尊敬的领导：", [
        "我叫郑丽娟，联系电话13960519988，是清流支行的客户。",
        "5月8日我去办理银行卡挂失，柜员态度非常生硬，说话很不耐烦。",
        "所需材料也没有一次性告诉我，让我来回跑了三趟。",
        "希望银行加强员工培训，提高服务质量。",
        "此致敬礼。",
        "投诉人：郑丽娟，2024年5月10日。",
    ]),
]


def find_cjk_font() -> tuple[str, int]:
    """A CJK font file and face index: WenQuanYi Zen Hei, else a Noto CJK SC face."""
    try:
        listing = subprocess.run(["fc-list", ":lang=zh-cn", "file", "index", "family"],
                                 capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        listing = ""
    found: list[tuple[int, str, int]] = []
    for line in listing.splitlines():
        path, _, rest = line.partition(": ")
        family, _, idx = rest.partition(":index=")
        rank = 0 if "Zen Hei" in family else 1 if "Sans CJK SC" in family else \
            2 if "CJK SC" in family else 9
        if rank < 9 and "Mono" not in family and "Bold" not in path:
            found.append((rank, path, int(idx or 0)))
    if found:
        _, path, index = min(found)
        return path, index
    for candidate in sorted(Path("/usr/share/fonts").rglob("*")):
        if candidate.name in ("wqy-zenhei.ttc", "NotoSansCJK-Regular.ttc"):
            return str(candidate), 0 if "wqy" in candidate.name else 2
    raise FileNotFoundError("no CJK font: install fonts-wqy-zenhei or fonts-noto-cjk")


NO_LINE_START = "，。、；：？！）》」』”’…%,.;:?!)"
NO_LINE_END = "（《「『“‘("


class _Pen:
    """Draws text in one font at one dpi on a page."""

    def __init__(self, page: Image.Image, dpi: int, points: float = 12.0):
        path, index = find_cjk_font()
        self.draw = ImageDraw.Draw(page)
        self.font = ImageFont.truetype(path, round(points / 72 * dpi), index=index)
        self.px = dpi / 25.4  # pixels per millimetre
        self.line_height = round(points / 72 * dpi * 1.5)

    def text(self, x: float, y: float, text: str) -> None:
        self.draw.text((x, y), text, font=self.font, fill=0)

    def wrap(self, text: str, width: float) -> list[str]:
        """Lines as Word and WPS break Chinese (标点避头尾): a closing mark never starts a line
        and an opening one never ends it; the mark takes the character before it along."""
        lines, current = [], ""
        for ch in text:
            if self.font.getlength(current + ch) > width:
                carry = ""
                if ch in NO_LINE_START and len(current) > 1:
                    carry, current = current[-1], current[:-1]
                while len(current) > 1 and current[-1] in NO_LINE_END:
                    carry, current = current[-1] + carry, current[:-1]
                lines.append(current)
                current = carry + ch
            else:
                current += ch
        return lines + [current] if current else lines

    def box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.draw.rectangle((x0, y0, x1, y1), outline=0, width=2)


def _cell(pen: _Pen, x0: float, y0: float, x1: float, lines: Sequence[str]) -> float:
    """Draws a bordered cell with text lines; returns its bottom edge."""
    pad = 2.5 * pen.px
    height = max(1, len(lines)) * pen.line_height + 2 * pad
    pen.box(x0, y0, x1, y0 + height)
    for k, line in enumerate(lines):
        pen.text(x0 + pad, y0 + pad + k * pen.line_height + pen.line_height * 0.15, line)
    return y0 + height


def _row(pen: _Pen, y: float, xs: Sequence[float], cells: Sequence[str]) -> float:
    """One table row: cells between the x positions; long text wraps inside its cell."""
    wrapped = [pen.wrap(c, xs[k + 1] - xs[k] - 5 * pen.px) for k, c in enumerate(cells)]
    height = max(len(w) for w in wrapped)
    bottom = y
    for k, lines in enumerate(wrapped):
        bottom = _cell(pen, xs[k], y, xs[k + 1], list(lines) + [""] * (height - len(lines)))
    return bottom


_SHORT_ORDER = [("acceptance_number", "accepted_at"), ("customer_name", "phone"),
                ("id_number", "account"), ("unit", "category"), ("channel", "urgency")]


def _form_rows(spec: FormSpec) -> list[tuple[list[float], list[str]]]:
    """The table as rows of (column fractions, cell texts) for the spec's layout."""
    lab, val = spec.labels, spec.values
    wide = [("content", val["content"]), ("request", val["request"])]
    rows: list[tuple[list[float], list[str]]] = []
    if spec.layout == "grid4":
        for a, b in _SHORT_ORDER:
            rows.append(([0, .17, .5, .67, 1], [lab[a], val[a], lab[b], val[b]]))
        rows += [([0, .17, 1], [lab[k], v]) for k, v in wide]
    elif spec.layout == "grid2":
        for a, b in _SHORT_ORDER:
            rows += [([0, .25, 1], [lab[a], val[a]]), ([0, .25, 1], [lab[b], val[b]])]
        rows += [([0, .25, 1], [lab[k], v]) for k, v in wide]
    elif spec.layout == "inline":
        for a, b in _SHORT_ORDER:
            rows.append(([0, .5, 1], [f"{lab[a]}：{val[a]}", f"{lab[b]}：{val[b]}"]))
        rows += [([0, 1], [f"{lab[k]}：{v}"]) for k, v in wide]
    else:  # stacked: a row of labels over a row of values
        for keys in [("acceptance_number", "accepted_at", "channel", "urgency"),
                     ("customer_name", "phone", "unit"), ("id_number", "account", "category")]:
            xs = [0, .28, .56, .78, 1] if len(keys) == 4 else [0, .3, .6, 1]
            rows.append((xs, [lab[k] for k in keys]))
            rows.append((xs, [val[k] for k in keys]))
        rows += [([0, .17, 1], [lab[k], v]) for k, v in wide]
    rows.append(([0, .17, .5, .67, 1], [lab["accepted_by"], val["accepted_by"],
                                        lab["result"], ""]))
    return rows


def render_form(spec: FormSpec) -> Image.Image:
    """A clean A4 acceptance form page (white, black text) at the spec's dpi."""
    page = _blank_page(spec.dpi)
    pen = _Pen(page, spec.dpi)
    left, right = 20 * pen.px, page.width - 20 * pen.px
    title = _Pen(page, spec.dpi, points=18)
    title.text(page.width / 2 - 4.5 * title.line_height / 1.5, 18 * pen.px, "客户投诉受理单")
    y = 38 * pen.px
    for fractions, cells in _form_rows(spec):
        xs = [left + f * (right - left) for f in fractions]
        y = _row(pen, y, xs, cells)
    pen.text(left, y + 8 * pen.px, "（本单一式两联，受理后一个工作日内转被投诉单位）")
    return page


def render_letter(title: str, sentences: Sequence[str], dpi: int) -> list[Image.Image]:
    """A typed letter on A4 pages, one paragraph per sentence, title on the first page."""
    pages = [_blank_page(dpi)]
    pen = _Pen(pages[0], dpi, points=12)
    left, width = 25 * pen.px, pages[0].width - 50 * pen.px
    y = 30 * pen.px
    pen.text(left, y, title)
    y += 2 * pen.line_height
    for sentence in sentences:
        for line in pen.wrap("\u3000\u3000" + sentence, width):
            if y > pages[-1].height - 40 * pen.px:
                pages.append(_blank_page(dpi))
                pen = _Pen(pages[-1], dpi, points=12)
                y = 30 * pen.px
            pen.text(left, y, line)
            y += pen.line_height
    return pages


def _blank_page(dpi: int) -> Image.Image:
    return Image.new("L", (round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)), 255)


def scanify(page: Image.Image, *, seed: int, skew: float, rotation: int) -> Image.Image:
    """Makes a clean page look scanned: grey paper, soft edges, noise, tilt, quarter turns."""
    import numpy as np

    rng = np.random.default_rng(seed)
    soft = page.filter(ImageFilter.GaussianBlur(0.7))
    ink = np.asarray(soft, dtype=np.float32) / 255.0
    paper = 232 + 8 * rng.random()
    grey = 40 + ink * (paper - 40) + rng.normal(0, 7, ink.shape)
    image = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    image = image.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=int(paper))
    turns = {90: Image.ROTATE_270, 180: Image.ROTATE_180, 270: Image.ROTATE_90}
    return image.transpose(turns[rotation]) if rotation else image


def save_pages(pages: Sequence[Image.Image], fmt: str, dpi: int) -> bytes:
    """Encodes pages as one file: PNG/JPEG take the first page, TIFF and PDF take all."""
    out = io.BytesIO()
    first, rest = pages[0], list(pages[1:])
    if fmt == "png":
        first.save(out, "PNG", dpi=(dpi, dpi))
    elif fmt == "jpeg":
        first.save(out, "JPEG", quality=80, dpi=(dpi, dpi))
    elif fmt == "tiff":
        first.save(out, "TIFF", save_all=True, append_images=rest, compression="tiff_lzw",
                   dpi=(dpi, dpi))
    else:
        first.save(out, "PDF", save_all=True, append_images=rest, resolution=float(dpi))
    return out.getvalue()


_EXT = {"png": "png", "jpeg": "jpg", "tiff": "tif", "pdf": "pdf"}


def _build_forms(out_dir: Path) -> list[ScanItem]:
    items = []
    for n, spec in enumerate(form_specs()):
        page = scanify(render_form(spec), seed=n, skew=spec.skew, rotation=spec.rotation)
        path = out_dir / f"form{n:02d}_{spec.layout}.{_EXT[spec.fmt]}"
        path.write_bytes(save_pages([page], spec.fmt, spec.dpi))
        expected = dict(spec.values, account=spec.values["account"].replace(" ", ""))
        items.append(ScanItem(path=path, kind="form", fmt=spec.fmt, dpi=spec.dpi,
                              rotation=spec.rotation, skew=spec.skew, layout=spec.layout,
                              expected=expected))
    return items


def _build_letters(out_dir: Path) -> list[ScanItem]:
    items = []
    plans = [("png", 150, 0), ("jpeg", 200, 0), ("pdf", 150, 180), ("tiff", 200, 0),
             ("png", 200, 90), ("tiff", 150, 0)]
    for n, ((title, sentences), (fmt, dpi, rotation)) in enumerate(zip(_LETTERS, plans)):
        skew = ((n * 53) % 31 - 15) / 10
        pages = render_letter(title, sentences, dpi)
        if n == 5:  # a two-page letter: the signature block on page 2
            pages = render_letter(title, sentences[:4], dpi) + \
                render_letter("", sentences[4:], dpi)
        pages = [scanify(p, seed=100 + n + k, skew=skew, rotation=rotation)
                 for k, p in enumerate(pages)]
        path = out_dir / f"letter{n:02d}.{_EXT[fmt]}"
        path.write_bytes(save_pages(pages, fmt, dpi))
        items.append(ScanItem(path=path, kind="letter", fmt=fmt, dpi=dpi, rotation=rotation,
                              skew=skew, sentences=(title, *sentences) if title else
                              tuple(sentences)))
    return items


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + \
        struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def hostile_images(sample_png: bytes) -> dict[str, bytes]:
    """Files built to hurt an image reader, by name.

    `bomb.png` declares 100000×100000 pixels, `bomb.jpg` 60000×60000, `truncated.png` is a
    real scan cut short, `poster.pdf` is one 200×200-inch page.
    """
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\0" * 100_001 * 64, 9)  # a few rows; the rest never arrive
    bomb = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", rows) + \
        _png_chunk(b"IEND", b"")
    jpeg = io.BytesIO()
    Image.new("L", (16, 16), 200).save(jpeg, "JPEG")
    raw = jpeg.getvalue()
    sof = raw.index(b"\xff\xc0")
    bomb_jpg = raw[:sof + 5] + struct.pack(">HH", 60_000, 60_000) + raw[sof + 9:]
    poster = io.BytesIO()
    Image.new("L", (200, 200), 255).save(poster, "PDF", resolution=1.0)
    return {"bomb.png": bomb, "bomb.jpg": bomb_jpg,
            "truncated.png": sample_png[: len(sample_png) * 3 // 5],
            "poster.pdf": poster.getvalue()}


def build_scans(out_dir: Path) -> list[ScanItem]:
    """Renders forms, letters and hostile files into out_dir; returns the items read back."""
    out_dir.mkdir(parents=True, exist_ok=True)
    items = _build_forms(out_dir) + _build_letters(out_dir)
    sample = next(i for i in items if i.fmt == "png").path.read_bytes()
    for name, data in hostile_images(sample).items():
        (out_dir / "hostile").mkdir(exist_ok=True)
        (out_dir / "hostile" / name).write_bytes(data)
    manifest = [{**{k: v for k, v in item.__dict__.items() if k != "path"},
                 "path": item.path.name, "expected": dict(item.expected),
                 "sentences": list(item.sentences)} for item in items]
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    return items


def load_manifest(out_dir: Path) -> list[ScanItem]:
    """The items of a corpus already built in out_dir."""
    raw = json.loads((out_dir / "manifest.json").read_text())
    return [ScanItem(**{**r, "path": out_dir / r["path"], "sentences": tuple(r["sentences"])})
            for r in raw]


def cached_scans() -> tuple[Path, list[ScanItem]]:
    """The corpus, built once per version of this file under tests/fixtures/generated/."""
    key = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    out_dir = GENERATED / key
    if not (out_dir / "manifest.json").exists():
        tmp = GENERATED / f"{key}.tmp{random.randrange(1 << 30)}"
        build_scans(tmp)
        try:
            tmp.rename(out_dir)
        except OSError:  # another process built it first
            shutil.rmtree(tmp, ignore_errors=True)
        for stale in GENERATED.iterdir():  # corpora of older versions of this file
            if stale != out_dir and len(stale.name) == 16 and stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
    return out_dir, load_manifest(out_dir)


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.parsers.scans OUT_DIR", file=sys.stderr)
        return 2
    items = build_scans(Path(argv[0]))
    print(f"{len(items)} scans written to {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
