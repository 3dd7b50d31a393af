"""The editable install that ``make install`` makes is visible to type checkers.

Its ``.pth`` must be a plain folder path (not an import hook) holding both package roots, so
mypy and pyright run from anywhere resolve ``durable_workflow`` and ``durable_workflow_api``.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT


def _editable_flags() -> list[str]:
    """The flags of the Makefile's EDITABLE setting (what ``make install`` passes to pip)."""
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(r"^EDITABLE := (.+)$", makefile, re.MULTILINE)
    assert match, "the Makefile sets EDITABLE"
    return match.group(1).split()


def _config_settings() -> dict[str, str]:
    settings: dict[str, str] = {}
    flags = _editable_flags()
    for flag, value in itertools.pairwise(flags):
        if flag == "--config-settings":
            key, _, setting = value.partition("=")
            settings[key] = setting
    return settings


@pytest.fixture(scope="module")
def editable_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment holding the editable install (built offline, as pip does)."""
    home = tmp_path_factory.mktemp("editable")
    wheels = home / "wheels"
    wheels.mkdir()
    build = (
        "import sys; from setuptools import build_meta as backend; "
        "print(backend.build_editable(sys.argv[1], config_settings=eval(sys.argv[2])))"
    )
    built = subprocess.run(
        [sys.executable, "-c", build, str(wheels), repr(_config_settings())],
        check=True,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    wheel = wheels / built.stdout.strip().splitlines()[-1]
    env = home / "venv"
    venv.create(env, with_pip=False)
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(env / "bin" / "python"), "install"),
            *("--quiet", "--no-deps", "--no-index", str(wheel)),
        ],
        check=True,
        cwd=home,
        capture_output=True,
        timeout=300,
    )
    return env


def test_the_pth_is_a_plain_path_to_both_packages(editable_env: Path) -> None:
    (site,) = editable_env.glob("lib/python*/site-packages")
    lines = [
        line.strip()
        for pth in site.glob("*.pth")
        for line in pth.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines, "the install wrote a .pth"
    assert not [line for line in lines if line.startswith("import")], lines
    roots = [Path(line) for line in lines]
    assert any((root / "durable_workflow" / "py.typed").exists() for root in roots), roots
    assert any((root / "durable_workflow_api" / "__init__.py").exists() for root in roots), roots


def test_mypy_outside_the_repository_resolves_the_package(
    editable_env: Path, tmp_path: Path
) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from durable_workflow import SyncClient\n"
        "from durable_workflow_api.types import UNSET\n"
        "reveal_type(SyncClient.describe_workflow)\n",
        encoding="utf-8",
    )
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--python-executable",
            str(editable_env / "bin" / "python"),
            "--ignore-missing-imports",
            "--no-incremental",
            str(probe),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "durable_workflow.client.types.workflows.WorkflowExecution" in checked.stdout, (
        checked.stdout
    )
    assert "Cannot find implementation" not in checked.stdout, checked.stdout
