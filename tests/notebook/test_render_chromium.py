"""Every notebook display renders to a non-empty picture in headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.notebook.render import chromium, ink, pixels, render_all, screenshot

pytestmark = pytest.mark.skipif(chromium() is None, reason="Chromium is not installed")


def test_an_empty_page_counts_as_blank(tmp_path: Path) -> None:
    share, colours = ink(screenshot("", tmp_path / "empty.png", width=200, height=100))
    assert share == 0.0 and colours == 1


def test_each_main_type_renders_something(tmp_path: Path) -> None:
    shots = render_all(tmp_path, width=640, height=360)
    assert len(shots) == 12
    for name, path in shots.items():
        width, height, _ = pixels(path)
        share, colours = ink(path)
        assert (width, height) == (640, 360), name
        assert share > 0.01, f"{name} rendered blank"
        assert colours >= 3, f"{name} rendered {colours} colour(s)"
