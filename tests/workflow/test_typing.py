"""``mypy --strict`` accepts a user module written against the API, with inferred types.

One mypy run checks the sample module and a copy where an activity's result is assigned to the
wrong type: the sample must be clean and the copy must be rejected (so the check can fail).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = Path(__file__).parent / "typed" / "user_workflows.py"


def test_user_module_passes_mypy_strict_and_wrong_types_are_caught(tmp_path: Path) -> None:
    bad = tmp_path / "bad_workflows.py"
    bad.write_text(
        SAMPLE.read_text().replace(
            "items: int = await workflow.execute_activity(count_items, order)",
            "items: str = await workflow.execute_activity(count_items, order)",
        )
    )
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'generated'}"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            f"--cache-dir={tmp_path / 'cache'}",
            str(SAMPLE),
            str(bad),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if "user_workflows.py" in line], result.stdout
    assert any("bad_workflows.py:52" in line for line in errors), result.stdout
