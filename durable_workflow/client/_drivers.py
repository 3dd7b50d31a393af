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

Both drivers also own the client's life: a closed client raises
:class:`~durable_workflow.errors.ClientClosed` (closing it while a call is in flight ends that
call the same way, without a retry), an ``AsyncClient`` used from a second event loop raises
:class:`~durable_workflow.errors.WrongEventLoop`, and long polls (:attr:`Send.long_poll`) go
through a second connection pool so that other calls never wait behind them. Errors leave
``_run`` with the internal generator frames cut from their traceback (set
``DURABLE_WORKFLOW_FULL_TRACEBACKS=1`` to keep them).
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from durable_workflow.client._core import ClientCore, DriverStep, Flow, Operation
from durable_workflow.client._transport import Decode, Encode, Send, Sleep
from durable_workflow.errors import ClientClosed, DurableWorkflowError, WrongEventLoop

if TYPE_CHECKING:
    # asyncio loads with the first async call (a sync program never needs it)
    import asyncio

T = TypeVar("T")

FULL_TRACEBACKS_ENV = "DURABLE_WORKFLOW_FULL_TRACEBACKS"


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


def _closed_error(core: ClientCore) -> ClientClosed:
    return ClientClosed(
        f"the client for {core.display_url} is closed; create a new client (or keep this one open "
        "with 'with'/'async with' around every call)"
    )


def _cut(exc: DurableWorkflowError) -> DurableWorkflowError:
    """``exc`` with the driver's internal frames removed (the caller's frames remain)."""
    if os.environ.get(FULL_TRACEBACKS_ENV):
        return exc
    return exc.with_traceback(None)


class SyncBase:
    """Blocking driver shared by :class:`SyncClient` and its area mixins."""

    _core: ClientCore
    _http: httpx.Client
    _poll_http: httpx.Client | None = None
    _closed: bool = False

    def _new_poll_pool(self) -> httpx.Client:  # pragma: no cover - the client overrides it
        return self._http

    def _pool(self, step: Send) -> httpx.Client:
        if not step.long_poll:
            return self._http
        if self._poll_http is None:
            self._poll_http = self._new_poll_pool()
        return self._poll_http

    def _perform(self, step: DriverStep) -> Any:
        if isinstance(step, Send):
            return self._pool(step).request(step.method, step.url, **_request_kwargs(step))
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
        if self._closed:
            operation.close()
            raise _closed_error(self._core)
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
                except RuntimeError:  # httpx: "the client has been closed"
                    if not self._closed:
                        raise
                if self._closed:
                    # Raised here, after the handler: the httpx error (whose request carries the
                    # Authorization header) must not become the ClientClosed's __context__.
                    raise _closed_error(self._core)
        except DurableWorkflowError as exc:
            raise _cut(exc) from exc.__cause__
        finally:
            flow.close()


class AsyncBase:
    """Asynchronous driver shared by :class:`AsyncClient` and its area mixins."""

    _core: ClientCore
    _http: httpx.AsyncClient
    _poll_http: httpx.AsyncClient | None = None
    _closed: bool = False
    _loop: asyncio.AbstractEventLoop | None = None
    _in_flight: set[asyncio.Future[Any]] | None = None

    def _new_poll_pool(self) -> httpx.AsyncClient:  # pragma: no cover - the client overrides it
        return self._http

    def _pool(self, step: Send) -> httpx.AsyncClient:
        if not step.long_poll:
            return self._http
        if self._poll_http is None:
            self._poll_http = self._new_poll_pool()
        return self._poll_http

    async def _send(self, step: Send) -> httpx.Response:
        """Perform ``step`` as a task that :meth:`aclose` can end (then ``ClientClosed``)."""
        import asyncio

        if self._in_flight is None:
            self._in_flight = set()
        task = asyncio.ensure_future(
            self._pool(step).request(step.method, step.url, **_request_kwargs(step))
        )
        self._in_flight.add(task)
        try:
            return await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if self._closed and (current is None or current.cancelling() == 0):
                raise _closed_error(self._core) from None
            task.cancel()
            raise
        finally:
            self._in_flight.discard(task)

    async def _perform(self, step: DriverStep) -> Any:
        if isinstance(step, Send):
            return await self._send(step)
        if isinstance(step, Sleep):
            import asyncio

            await asyncio.sleep(max(0.0, step.seconds))
            return None
        if isinstance(step, Encode):
            return await self._core.payloads.encode_async(
                step.value, kind=step.kind, path=step.path, framing=step.framing
            )
        if isinstance(step, Decode):
            return await self._core.payloads.decode_async(step.payload, step.codec)
        raise TypeError(f"unknown driver step {type(step).__name__}")

    def _check_loop(self) -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            state = "now closed" if self._loop.is_closed() else "still open"
            raise WrongEventLoop(
                f"this AsyncClient for {self._core.display_url} belongs to another event loop "
                f"({state}); its connections cannot be used from this one. Create the client "
                "inside the loop that uses it (one client per asyncio.run), or use SyncClient"
            )

    def _cancel_in_flight(self) -> None:
        for task in list(self._in_flight or ()):
            task.cancel()

    async def _run(self, operation: Operation[T]) -> T:
        try:
            if self._closed:
                raise _closed_error(self._core)
            self._check_loop()
        except DurableWorkflowError as exc:
            operation.close()
            raise _cut(exc) from None
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
                except ClientClosed:
                    raise
                except (httpx.RequestError, DurableWorkflowError) as exc:
                    error = exc
                if self._closed:
                    # Raised here, after the handler: the httpx error (whose request carries the
                    # Authorization header) must not become the ClientClosed's __context__.
                    raise _closed_error(self._core)
        except DurableWorkflowError as exc:
            raise _cut(exc) from exc.__cause__
        finally:
            flow.close()
