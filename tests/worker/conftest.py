"""Worker tests run on the embedded development server (the ``workflow_env`` fixture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from durable_workflow.testing.pytest_plugin import client, workflow_env

__all__ = ["client", "workflow_env"]

HERE = str(Path(__file__).parent)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests here drive the embedded server (``integration``); long ``soak`` variants run
    only when selected (``-m soak`` / ``make soak``)."""
    soak_selected = "soak" in (config.getoption("-m") or "")
    skip = pytest.mark.skip(reason="soak variant: run with -m soak")
    for item in items:
        if not str(item.path).startswith(HERE):
            continue
        item.add_marker(pytest.mark.integration)
        if "soak" in item.keywords and not soak_selected:
            item.add_marker(skip)
