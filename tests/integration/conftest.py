"""Fixtures of the live integration tests: a development server on a free port of 127.0.0.1.

The tests talk to it only through the project's own :class:`SyncClient` / :class:`AsyncClient`
(real HTTP); a worker is played by hand with the client's worker-plane methods.

The server plays each server generation in turn (``generation``: ``current`` and ``2026-04``),
so the same test bodies run against both; the clients negotiate on their own. A body checks
:func:`is_legacy` only where the generations differ by design (routes the 2026-04 release lacks,
the worker protocol version it advertises), and encodes hand-made command payloads with
:func:`payload` (the generation's framing, as a worker would after negotiation).
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from durable_workflow.client import AsyncClient, SyncClient
from durable_workflow.codec import encode_payload
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import RunningServer, run_dev_server


async def call(value: Any) -> Any:
    """Await ``value`` when it came from the async client (sync methods already returned)."""
    if inspect.isawaitable(value):
        return await value
    return value


def make_client(kind: str, base_url: str, **kwargs: Any) -> AsyncClient | SyncClient:
    """A client of the given kind (``sync`` or ``async``)."""
    if kind == "async":
        return AsyncClient(base_url, **kwargs)
    return SyncClient(base_url, **kwargs)


async def close(client: AsyncClient | SyncClient) -> None:
    if isinstance(client, AsyncClient):
        await client.aclose()
    else:
        client.close()


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    """Run a test with both clients."""
    return str(request.param)


GENERATIONS = ("current", "2026-04")


@pytest.fixture(scope="module", params=GENERATIONS)
def generation(request: pytest.FixtureRequest) -> str:
    """The server generation the module's development server plays."""
    return str(request.param)


@pytest.fixture(scope="module")
def dev(generation: str) -> Iterator[RunningServer]:
    """One development server per test module and generation (manual clock, short polls)."""
    config = ServerConfig(poll_timeout=1.0, query_timeout=10.0, update_wait_timeout=10.0)
    with run_dev_server(config, generation=generation) as running:
        yield running


def is_legacy(dev: RunningServer) -> bool:
    """Whether ``dev`` plays the 2026-04 generation."""
    return dev.server.config.generation == "2026-04"


def payload(dev: RunningServer, value: Any) -> dict[str, Any]:
    """``value`` as an envelope in the payload framing of ``dev``'s generation."""
    return encode_payload(value, framing="avro-legacy" if is_legacy(dev) else "avro-value-v1")


class Worker:
    """A worker played by hand through a :class:`SyncClient`'s worker-plane methods."""

    def __init__(self, base_url: str, queue: str, worker_id: str, **client_kwargs: Any) -> None:
        self.client = SyncClient(base_url, **client_kwargs)
        self.queue = queue
        self.worker_id = worker_id

    def close(self) -> None:
        self.client.close()

    def register(self, **kwargs: Any) -> dict[str, Any]:
        return self.client.register_worker(
            worker_id=self.worker_id, task_queue=self.queue, **kwargs
        )

    def workflow_task(self, attempts: int = 10) -> dict[str, Any]:
        """The next workflow task (a few empty long polls are tolerated)."""
        for _ in range(attempts):
            task = self.client.poll_workflow_task(
                worker_id=self.worker_id, task_queue=self.queue, timeout=2
            )
            if task is not None:
                return task
        raise AssertionError(f"no workflow task on {self.queue}")

    def activity_task(self, attempts: int = 10) -> dict[str, Any]:
        for _ in range(attempts):
            task = self.client.poll_activity_task(
                worker_id=self.worker_id, task_queue=self.queue, timeout=2
            )
            if task is not None:
                return task
        raise AssertionError(f"no activity task on {self.queue}")

    def query_task(self, attempts: int = 10) -> dict[str, Any]:
        for _ in range(attempts):
            task = self.client.poll_query_task(
                worker_id=self.worker_id, task_queue=self.queue, timeout=2
            )
            if task is not None:
                return task
        raise AssertionError(f"no query task on {self.queue}")

    def complete(self, task: dict[str, Any], commands: list[dict[str, Any]]) -> dict[str, Any]:
        return self.client.complete_workflow_task(
            task_id=task["task_id"],
            lease_owner=self.worker_id,
            workflow_task_attempt=task["workflow_task_attempt"],
            commands=commands,
        )


def in_thread(fn: Callable[[], Any]) -> Callable[[], Any]:
    """Run ``fn`` in a thread; the returned function joins it and returns or re-raises."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # re-raised by join()
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()

    def join() -> Any:
        thread.join(30)
        assert not thread.is_alive(), "the worker thread did not finish"
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("value")

    return join
