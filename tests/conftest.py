"""Shared test helpers.

The reference fixtures the tests read are part of the repository, under ``tests/fixtures/``
(``tests/fixtures/README.md`` names where each came from). ``DW_SHARED_FIXTURES`` may point
elsewhere (for example at a newer copy of the reference material); a missing file is a failure,
never a skip, so a fresh clone runs every test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"


def shared_fixtures_dir() -> Path:
    """Where the reference fixtures are read from."""
    configured = os.environ.get("DW_SHARED_FIXTURES")
    if configured:
        return Path(configured)
    return FIXTURES_DIR


def shared_fixtures(*parts: str) -> Path:
    """Return a path inside the reference fixtures; a missing path fails the test."""
    path = shared_fixtures_dir().joinpath(*parts)
    if not path.exists():
        pytest.fail(f"reference fixture missing: {path}")
    return path


def shared_path(*parts: str) -> Path:
    """Return a path to reference text (the seed, the method map) kept under ``tests/fixtures``."""
    path = FIXTURES_DIR.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"reference text missing: {path}")
    return path
