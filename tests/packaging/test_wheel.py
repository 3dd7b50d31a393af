"""The built wheel installs into a fresh virtual environment and imports.

This proves the package metadata, not only the editable install used by the rest of the suite:
the wheel must carry both ``durable_workflow`` and the generated ``durable_workflow_api``, the
``py.typed`` markers and the spec copy the development server serves.
"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO_ROOT),
        ],
        check=True,
        cwd=out,
    )
    wheels = sorted(out.glob("durable_workflow-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "durable_workflow/__init__.py",
        "durable_workflow/py.typed",
        "durable_workflow/errors.py",
        "durable_workflow/devserver/openapi.yaml",
        "durable_workflow_api/__init__.py",
        "durable_workflow_api/py.typed",
        "durable_workflow_api/client.py",
    ):
        assert required in names, f"{required} missing from {wheel.name}"
    assert not any(name.startswith(("tests/", "generated/", "benchmarks/")) for name in names)


@pytest.mark.timeout(600)
def test_wheel_installs_and_imports(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
        check=True,
    )
    probe = (
        "import durable_workflow, durable_workflow_api, pathlib; "
        "print(durable_workflow.__version__); "
        "print(pathlib.Path(durable_workflow.__file__).parent)"
    )
    result = subprocess.run(
        [str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path
    )
    version, location = result.stdout.split()
    assert version
    assert str(env_dir) in location, "imported from the source tree, not the installed wheel"
