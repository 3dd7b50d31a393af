"""Render the notebook displays in headless Chromium and look at the pixels.

``python -m tests.notebook.render`` writes one PNG per main result type to ``docs/display/``
(what the types look like in Jupyter); the test suite renders the same pages into a temporary
folder and checks each screenshot shows something.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

PAGE = """<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:8px;background:#fff">{body}</body></html>"""
DOCS_DIR = Path(__file__).resolve().parents[2] / "docs" / "display"


def chromium() -> str | None:
    """The Chromium executable, if one is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(html: str, out: Path, *, width: int = 900, height: int = 700) -> Path:
    """Render ``html`` in headless Chromium into the PNG ``out``."""
    binary = chromium()
    if binary is None:
        raise RuntimeError("Chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as scratch:
        page = Path(scratch) / "page.html"
        page.write_text(PAGE.format(body=html), encoding="utf-8")
        subprocess.run(
            [
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--user-data-dir={scratch}/profile",
                f"--window-size={width},{height}",
                f"--screenshot={out}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
    return out


def pixels(png: Path) -> tuple[int, int, list[tuple[int, ...]]]:
    """Width, height and the RGB(A) pixels of an 8-bit, non-interlaced PNG."""
    data = png.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{png} is not a PNG")
    pos, idat = 8, b""
    width = height = channels = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or interlace or colour not in (2, 6):
                raise ValueError(f"unsupported PNG (depth {depth}, colour {colour})")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 0xFF
        rows.append(line)
        previous = line
    flat = [tuple(row[x : x + 3]) for row in rows for x in range(0, stride, channels)]
    return width, height, flat


def ink(png: Path) -> tuple[float, int]:
    """The share of pixels that are not the page's white, and the number of distinct colours."""
    _, _, values = pixels(png)
    drawn = sum(1 for value in values if value != (255, 255, 255))
    return drawn / max(1, len(values)), len(set(values))


def render_all(folder: Path, *, width: int = 900, height: int = 700) -> dict[str, Path]:
    """One screenshot per main result type into ``folder``."""
    from tests.notebook.samples import samples

    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for name, obj in samples().items():
        display: Any = obj
        written[name] = screenshot(
            display._repr_html_(), folder / f"{name}.png", width=width, height=height
        )
    return written


def main() -> int:
    for name, path in render_all(DOCS_DIR).items():
        share, colours = ink(path)
        where = path.relative_to(DOCS_DIR.parents[1])
        print(f"{name:<22} {where}  ink {share:.1%}, {colours} colours")
    return 0


if __name__ == "__main__":
    sys.exit(main())
