"""The two drivers: the only code that performs I/O for the clients.

Both run the same :meth:`ClientCore.flow` and differ only in how they perform a step:

=====================  ==============================  ==========================================
step                   :class:`SyncBase`               :class:`AsyncBase`
=====================  ==============================  ==========================================
``Send``               ``httpx.Client.request``        ``await httpx.AsyncClient.request``
``Sleep``              ``time.sleep``                  ``await asyncio.sleep``
``Encode``/``Decode``  ``codec.encode``/``decode``     ``await codec.encode_async``/``decode_async``
=====================  ==============================  ==========================================

The sync driver has no event loop and starts no thread, so a
:class:`~durable_workflow.client.SyncClient` works anywhere, including inside a running event loop
(a Jupyter cell, an ``async def`` test). A step's failure (``httpx.RequestError``, a payload
error) is thrown back into the flow, which hands typed errors to the operation.

Every area mixin of the clients derives from one of these and calls ``self._run(operation)``.
"""

from __future__ import annotations

import time
from typing import Any, TypeVar

import httpx

from durable_workflow.client._core import ClientCore, DriverStep, Flow, Operation
from durable_workflow.client._transport import Decode, Encode, Send, Sleep
from durable_workflow.errors import DurableWorkflowError

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

    def _perform(self, step: DriverStep) -> Any:
        if isinstance(step, Send):
            return self._http.request(step.method, step.url, **_request_kwargs(step))
        if isinstance(step, Sleep):
            if step.seconds > 0:
                time.sleep(step.seconds)
            return None
        if isinstance(step, Encode):
            return self._core.payloads.encode(
                step.value, kind=step.kind, path=step.path, framing=step.framing
            )
        if isinstance(step, Decode):
            return self._core.payloads.decode(step.payload, step.codec)
        raise TypeError(f"unknown driver step {type(step).__name__}")

    def _run(self, operation: Operation[T]) -> T:
        flow: Flow[T] = self._core.flow(operation)
        reply: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    step = flow.send(reply) if error is None else flow.throw(error)
                except StopIteration as stop:
                    result: T = stop.value
                    return result
                reply, error = None, None
                try:
                    reply = self._perform(step)
                except (httpx.RequestError, DurableWorkflowError) as exc:
                    error = exc
        finally:
            flow.close()


class AsyncBase:
    """Asynchronous driver shared by :class:`AsyncClient` and its area mixins."""

    _core: ClientCore
    _http: httpx.AsyncClient

    async def _perform(self, step: DriverStep) -> Any:
        if isinstance(step, Send):
            return await self._http.request(step.method, step.url, **_request_kwargs(step))
        if isinstance(step, Sleep):
            import asyncio  # loaded with the first async sleep, not with the package

            await asyncio.sleep(max(0.0, step.seconds))
            return None
        if isinstance(step, Encode):
            return await self._core.payloads.encode_async(
                step.value, kind=step.kind, path=step.path, framing=step.framing
            )
        if isinstance(step, Decode):
            return await self._core.payloads.decode_async(step.payload, step.codec)
        raise TypeError(f"unknown driver step {type(step).__name__}")

    async def _run(self, operation: Operation[T]) -> T:
        flow: Flow[T] = self._core.flow(operation)
        reply: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    step = flow.send(reply) if error is None else flow.throw(error)
                except StopIteration as stop:
                    result: T = stop.value
                    return result
                reply, error = None, None
                try:
                    reply = await self._perform(step)
                except (httpx.RequestError, DurableWorkflowError) as exc:
                    error = exc
        finally:
            flow.close()
