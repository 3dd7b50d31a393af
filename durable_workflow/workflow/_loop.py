"""The workflow's own event loop: deterministic, single-threaded, without a clock.

Workflow code is ordinary ``async def`` code, and asyncio's futures and tasks (``gather``,
``wait``, ``create_task``) work as usual, but they run on :class:`WorkflowEventLoop`, which only
runs callbacks that are ready, in the order they became ready. Nothing becomes ready by itself:
the runtime resolves futures from history events (an activity completed, a timer fired) and then
runs the loop until nothing is ready any more. There is no clock and no I/O, so the same
history always drives the code through the same steps -- which is what makes replay possible.

``asyncio.sleep(n)`` (n > 0), ``asyncio.wait_for`` and anything else that needs the loop's clock
raise :class:`~durable_workflow.workflow.WorkflowUsageError`: use ``workflow.sleep`` (a durable
timer) or ``workflow.wait_condition(..., timeout=...)`` instead.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections import deque
from collections.abc import Callable, Coroutine, Generator
from typing import Any, TypeVar

from ._errors import WorkflowUsageError

__all__ = ["WorkflowEventLoop"]

T = TypeVar("T")
_log = logging.getLogger("durable_workflow.workflow")
_NO_CLOCK = (
    "workflow code has no clock: use workflow.sleep() for a durable timer or "
    "workflow.wait_condition(..., timeout=...) instead of asyncio timeouts"
)


class _Ready:
    """A callback scheduled with ``call_soon`` (a lighter ``asyncio.Handle``)."""

    __slots__ = ("args", "callback", "cancelled_", "context")

    def __init__(
        self, callback: Callable[..., object], args: tuple[Any, ...], context: contextvars.Context
    ) -> None:
        self.callback = callback
        self.args = args
        self.context = context
        self.cancelled_ = False

    def cancel(self) -> None:
        self.cancelled_ = True

    def cancelled(self) -> bool:
        return self.cancelled_


class WorkflowEventLoop(asyncio.AbstractEventLoop):
    """Runs ready callbacks only; ``owner`` is the runtime object the workflow API talks to."""

    def __init__(self, owner: Any) -> None:
        self.owner = owner
        self.ready: deque[_Ready] = deque()
        self._closed = False
        self._running = False
        self._exception_handler: Any = None
        self.tasks: list[asyncio.Task[Any]] = []

    # ------------------------------------------------------------------ driving
    def run_ready(self, after_idle: Callable[[], bool] | None = None) -> None:
        """Run ready callbacks until none is left; then call ``after_idle`` (which may make
        more callbacks ready and returns whether it did) and repeat."""
        previous = asyncio._get_running_loop()
        if previous is not self:
            asyncio._set_running_loop(self)
        self._running = True
        ready = self.ready
        try:
            while True:
                while ready:
                    handle = ready.popleft()
                    if handle.cancelled_:
                        continue
                    try:
                        handle.context.run(handle.callback, *handle.args)
                    except (SystemExit, KeyboardInterrupt):
                        raise
                    except BaseException as exc:
                        self.call_exception_handler(
                            {"message": "exception in a workflow callback", "exception": exc}
                        )
                if after_idle is None or not after_idle():
                    break
        finally:
            self._running = False
            if previous is not self:
                asyncio._set_running_loop(previous)

    def enter(self) -> Any:
        """Make this loop the running loop (for code run outside :meth:`run_ready`, such as
        query handlers); returns the previous loop for :meth:`leave`."""
        previous = asyncio._get_running_loop()
        asyncio._set_running_loop(self)
        return previous

    def leave(self, previous: Any) -> None:
        asyncio._set_running_loop(previous)

    # ------------------------------------------------------------------ scheduling
    def call_soon(  # type: ignore[override]
        self,
        callback: Callable[..., object],
        *args: Any,
        context: contextvars.Context | None = None,
    ) -> _Ready:
        handle = _Ready(callback, args, context or contextvars.copy_context())
        self.ready.append(handle)
        return handle

    def call_soon_threadsafe(self, *args: Any, **kwargs: Any) -> asyncio.Handle:  # type: ignore[override]
        raise WorkflowUsageError("workflow code must not use threads")

    def call_later(self, *args: Any, **kwargs: Any) -> asyncio.TimerHandle:  # type: ignore[override]
        raise WorkflowUsageError(_NO_CLOCK)

    def call_at(self, *args: Any, **kwargs: Any) -> asyncio.TimerHandle:  # type: ignore[override]
        raise WorkflowUsageError(_NO_CLOCK)

    def time(self) -> float:
        raise WorkflowUsageError(_NO_CLOCK)

    def create_future(self) -> asyncio.Future[Any]:
        return asyncio.Future(loop=self)

    def create_task(
        self,
        coro: Coroutine[Any, Any, T] | Generator[Any, None, T],
        *,
        name: str | None = None,
        context: contextvars.Context | None = None,
    ) -> asyncio.Task[T]:
        task: asyncio.Task[T] = asyncio.Task(coro, loop=self, name=name, context=context)
        self.tasks.append(task)
        return task

    def get_task_factory(self) -> None:
        return None

    def set_task_factory(self, factory: Any) -> None:
        raise WorkflowUsageError("the workflow event loop has no task factory")

    # ------------------------------------------------------------------ state
    def get_debug(self) -> bool:
        return False

    def set_debug(self, enabled: bool) -> None:
        pass

    def is_running(self) -> bool:
        return self._running

    def is_closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True
        self.ready.clear()

    async def shutdown_asyncgens(self) -> None:
        pass

    async def shutdown_default_executor(self, timeout: float | None = None) -> None:
        pass

    def run_forever(self) -> None:
        raise WorkflowUsageError("the workflow event loop is driven by the workflow runtime")

    def run_until_complete(self, future: Any) -> Any:
        raise WorkflowUsageError("the workflow event loop is driven by the workflow runtime")

    def stop(self) -> None:
        pass

    # ------------------------------------------------------------------ errors
    def call_exception_handler(self, context: dict[str, Any]) -> None:
        if self._exception_handler is not None:
            self._exception_handler(self, context)
        else:
            self.default_exception_handler(context)

    def default_exception_handler(self, context: dict[str, Any]) -> None:
        _log.debug("workflow event loop: %s", context.get("message"), exc_info=None)

    def get_exception_handler(self) -> Any:
        return self._exception_handler

    def set_exception_handler(self, handler: Any) -> None:
        self._exception_handler = handler

    # ------------------------------------------------------------------ no I/O
    # Sockets, pipes, subprocesses and signal handlers are left to AbstractEventLoop, whose
    # methods raise NotImplementedError: none of it belongs in workflow code.
    def run_in_executor(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        raise WorkflowUsageError(
            "workflow code must not do I/O or use threads: call an activity instead"
        )
