"""``kill -9`` during a bounded load: nothing acknowledged is lost and every workflow finishes.

The bounded run (a small load, a few kills) is part of the normal suite; the long one is marked
``soak`` (``make soak``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.devserver.crash_load import run_crash_scenario


def test_kill_nine_during_load_loses_nothing_and_every_workflow_finishes(tmp_path: Path) -> None:
    run_crash_scenario(tmp_path, count=100, kills=3, seed=11, drain_bound=20.0)


@pytest.mark.soak
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("seed", range(int(os.environ.get("DW_SOAK_ROUNDS", "5"))))
def test_soak_kill_nine_rounds(tmp_path: Path, seed: int) -> None:
    run_crash_scenario(tmp_path, count=300, kills=12, seed=1000 + seed, drain_bound=60.0)
