"""Worker tests run on the embedded development server (the ``workflow_env`` fixture)."""

from __future__ import annotations

import pytest

from durable_workflow.testing.pytest_plugin import client, workflow_env

__all__ = ["client", "workflow_env"]

pytestmark = pytest.mark.integration


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Long ``soak`` variants run only when selected (``-m soak`` / ``make soak``)."""
    if "soak" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="soak variant: run with -m soak")
    for item in items:
        if "soak" in item.keywords:
            item.add_marker(skip)
