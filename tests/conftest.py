"""Shared test helpers.

Reference fixtures live beside the project (``../shared/fixtures`` by default; set
``DW_SHARED_FIXTURES`` to point elsewhere). Tests that need them call :func:`shared_fixtures`,
which skips the test cleanly when the folder is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def shared_fixtures_dir() -> Path:
    """Where the reference fixtures are expected to be (may not exist)."""
    configured = os.environ.get("DW_SHARED_FIXTURES")
    if configured:
        return Path(configured)
    return REPO_ROOT.parent / "shared" / "fixtures"


def shared_fixtures(*parts: str) -> Path:
    """Return a path inside the reference fixtures, skipping the test when it is absent."""
    path = shared_fixtures_dir().joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference fixtures not available: {path}")
    return path


def shared_path(*parts: str) -> Path:
    """Return a path inside ``../shared`` (seed, protocol), skipping when it is absent."""
    path = shared_fixtures_dir().parent.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared material not available: {path}")
    return path
