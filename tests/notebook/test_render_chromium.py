"""Every notebook display renders to a non-empty picture in headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.notebook.render import chromium, ink, ink_by_band, pixels, render_sheet, screenshot

pytestmark = pytest.mark.skipif(chromium() is None, reason="Chromium is not installed")


def test_an_empty_page_counts_as_blank(tmp_path: Path) -> None:
    share, colours = ink(screenshot("", tmp_path / "empty.png", width=200, height=100))
    assert share == 0.0 and colours == 1


def test_each_main_type_renders_something(tmp_path: Path) -> None:
    names, sheet = render_sheet(tmp_path / "sheet.png", band=300)
    assert len(names) == 12
    width, height, _ = pixels(sheet)
    assert (width, height) == (640, 300 * 12)
    for name, (share, colours) in zip(names, ink_by_band(sheet, 300), strict=True):
        assert share > 0.01, f"{name} rendered blank"
        assert colours >= 3, f"{name} rendered {colours} colour(s)"
