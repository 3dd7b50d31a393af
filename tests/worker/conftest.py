"""Worker tests run on the embedded development server (the ``workflow_env`` fixture).

The end-to-end modules run their test bodies against both server generations the embedded
server plays (``current`` and ``2026-04``, see ``durable_workflow.devserver.generation``):
they set ``pytestmark = BOTH_GENERATIONS``; the Worker negotiates with the server on its own.
Other modules get the current generation.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from durable_workflow.testing import WorkflowEnvironment
from durable_workflow.testing.pytest_plugin import client

__all__ = ["BOTH_GENERATIONS", "client", "generation", "workflow_env"]

HERE = str(Path(__file__).parent)

GENERATIONS = ("current", "2026-04")
#: Module mark: run every test of the module against each server generation.
BOTH_GENERATIONS = pytest.mark.parametrize("generation", GENERATIONS, indirect=True)


@pytest.fixture
def generation(request: pytest.FixtureRequest) -> str:
    """The server generation the test's embedded server plays (``current`` unless parametrized)."""
    return str(getattr(request, "param", "current"))


@pytest_asyncio.fixture
async def workflow_env(generation: str) -> AsyncIterator[WorkflowEnvironment]:
    """A :class:`WorkflowEnvironment` playing ``generation``, for the duration of the test."""
    async with WorkflowEnvironment.start_local(generation=generation) as env:
        yield env


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
