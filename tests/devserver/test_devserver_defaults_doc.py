"""``--help`` and the README say what the dev server's defaults mean."""

from __future__ import annotations

import pytest

from durable_workflow.devserver.__main__ import main
from tests.conftest import REPO_ROOT


def test_help_explains_the_security_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert (
        "No token means no authentication: every caller that reaches the port is an admin" in text
    )
    for option in ("--insecure", "--namespace-token", "--storage-root", "127.0.0.1"):
        assert option in text


def test_readme_dev_server_section_explains_the_defaults() -> None:
    readme = " ".join((REPO_ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "authentication: off (anyone on this host is admin)" in readme
    for option in ("--insecure", "--namespace-token", "--storage-root", "make soak"):
        assert option in readme
