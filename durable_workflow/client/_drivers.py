"""The two drivers: the only code that performs I/O for the clients.

Both run the same :meth:`ClientCore.flow` and differ only in how they send and how they wait:

* :class:`SyncBase` — ``httpx.Client`` and ``time.sleep``. No event loop and no threads, so a
  :class:`~durable_workflow.client.SyncClient` works anywhere, including inside a running event
  loop (a Jupyter cell, an ``async def`` test).
* :class:`AsyncBase` — ``httpx.AsyncClient`` and ``asyncio.sleep``.

Every area mixin of the clients derives from one of these and calls ``self._run(operation)``.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, TypeVar

import httpx

from durable_workflow.client._core import ClientCore, Flow, Operation
from durable_workflow.client._transport import Send, Sleep

T = TypeVar("T")


def _request_kwargs(step: Send) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "params": dict(step.params) if step.params else None,
        "headers": dict(step.headers),
    }
    if step.json is not None:
        kwargs["json"] = step.json
    if step.timeout is not None:
        kwargs["timeout"] = step.timeout
    return kwargs


class SyncBase:
    """Blocking driver shared by :class:`SyncClient` and its area mixins."""

    _core: ClientCore
    _http: httpx.Client

    def _run(self, operation: Operation[T]) -> T:
        flow: Flow[T] = self._core.flow(operation)
        reply: httpx.Response | None = None
        error: httpx.TransportError | None = None
        try:
            while True:
                try:
                    step = flow.send(reply) if error is None else flow.throw(error)
                except StopIteration as stop:
                    result: T = stop.value
                    return result
                reply, error = None, None
                if isinstance(step, Sleep):
                    if step.seconds > 0:
                        time.sleep(step.seconds)
                    continue
                try:
                    reply = self._http.request(step.method, step.url, **_request_kwargs(step))
                except httpx.TransportError as exc:
                    error = exc
        finally:
            flow.close()


class AsyncBase:
    """Asynchronous driver shared by :class:`AsyncClient` and its area mixins."""

    _core: ClientCore
    _http: httpx.AsyncClient

    async def _run(self, operation: Operation[T]) -> T:
        flow: Flow[T] = self._core.flow(operation)
        reply: httpx.Response | None = None
        error: httpx.TransportError | None = None
        try:
            while True:
                try:
                    step = flow.send(reply) if error is None else flow.throw(error)
                except StopIteration as stop:
                    result: T = stop.value
                    return result
                reply, error = None, None
                if isinstance(step, Sleep):
                    await asyncio.sleep(max(0.0, step.seconds))
                    continue
                try:
                    reply = await self._http.request(step.method, step.url, **_request_kwargs(step))
                except httpx.TransportError as exc:
                    error = exc
        finally:
            flow.close()
