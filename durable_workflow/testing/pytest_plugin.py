"""pytest fixtures for workflow tests (loaded through the ``pytest11`` entry point).

* ``workflow_env`` -- a :class:`~durable_workflow.testing.WorkflowEnvironment` started for the
  test (embedded server, manual clock with automatic time skipping).
* ``client`` -- its :class:`~durable_workflow.AsyncClient`.

Both are async fixtures and need ``pytest-asyncio`` (or another plugin running async fixtures).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar, cast

import pytest

F = TypeVar("F", bound=Callable[..., Any])

try:
    import pytest_asyncio

    _fixture = cast(Callable[[F], F], pytest_asyncio.fixture)
except ImportError:  # pragma: no cover - async fixtures then need another plugin (anyio)
    _fixture = cast(Callable[[F], F], pytest.fixture)


@_fixture
async def workflow_env() -> AsyncIterator[Any]:
    """A :class:`WorkflowEnvironment` running for the duration of the test."""
    from . import WorkflowEnvironment

    async with WorkflowEnvironment.start_local() as env:
        yield env


@_fixture
async def client(workflow_env: Any) -> Any:
    """The :class:`~durable_workflow.AsyncClient` of ``workflow_env``."""
    return workflow_env.client
