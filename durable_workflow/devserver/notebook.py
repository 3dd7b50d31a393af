"""The embedded development server for notebooks and interactive sessions.

:func:`start_dev_server` starts the server in this process (a background thread, the wall clock)
and returns a :class:`DevServer` handle that keeps it serving until :meth:`DevServer.stop` — also
when the cell's result is not kept in a variable, and until the interpreter exits::

    from durable_workflow.devserver.notebook import start_dev_server

    dev = start_dev_server()
    client = dev.client()          # a SyncClient for dev.base_url
    ...
    dev.stop()

Tests that need to move time forward use :func:`~durable_workflow.devserver.testing.run_dev_server`
with its manual clock instead.
"""

from __future__ import annotations

import atexit
import threading
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .clock import Clock, SystemClock
from .server import DevServer as _Server
from .server import ServerConfig
from .testing import RunningServer

if TYPE_CHECKING:
    from durable_workflow.client import AsyncClient, SyncClient

#: Servers started here that are still running: the reference that keeps each one alive.
_RUNNING: set[DevServer] = set()
_LOCK = threading.Lock()


class DevServer:
    """A running embedded server; serves on :attr:`base_url` until :meth:`stop`."""

    def __init__(self, running: RunningServer, server: _Server) -> None:
        self._running = running
        self._server = server
        self._stopped = False

    @property
    def base_url(self) -> str:
        """The server root to give a client (``http://127.0.0.1:<port>``)."""
        return self._running.base_url

    @property
    def running(self) -> bool:
        """Whether the server still serves."""
        return not self._stopped

    def client(self, **options: Any) -> SyncClient:
        """A :class:`~durable_workflow.SyncClient` for this server (``options`` as its own)."""
        from durable_workflow.client import SyncClient

        return SyncClient(self.base_url, **options)

    def async_client(self, **options: Any) -> AsyncClient:
        """An :class:`~durable_workflow.AsyncClient` for this server."""
        from durable_workflow.client import AsyncClient

        return AsyncClient(self.base_url, **options)

    def stop(self) -> None:
        """Stop serving and release the database. Safe to call more than once."""
        with _LOCK:
            if self._stopped:
                return
            self._stopped = True
            _RUNNING.discard(self)
        self._running.stop()
        self._server.close()

    def __enter__(self) -> DevServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"DevServer({self.base_url!r}, {state})"

    def _repr_html_(self) -> str:
        state = "running" if self.running else "stopped"
        return (
            "<div style='font:12px sans-serif'><b>Durable Workflow dev server</b> "
            f"<code>{self.base_url}</code> ({state})</div>"
        )


def start_dev_server(
    *,
    db_path: str | None = None,
    poll_timeout: float = 5.0,
    clock: Clock | None = None,
    config: ServerConfig | None = None,
) -> DevServer:
    """Start the embedded server on a free port of 127.0.0.1 and return its handle.

    The server keeps serving until :meth:`DevServer.stop` (or the interpreter's exit): dropping
    the handle does not stop it. ``db_path`` keeps the data in a SQLite file (default: in
    memory); ``poll_timeout`` is the worker long-poll window in seconds; ``clock`` defaults to
    the wall clock. Needs the ``server`` extra.
    """
    cfg = config or ServerConfig(poll_timeout=poll_timeout)
    if db_path is not None:
        cfg = replace(cfg, db_path=db_path)
    the_clock = clock or SystemClock()
    server = _Server(cfg, clock=the_clock)
    running = RunningServer(server, the_clock)
    try:
        running.start()
    except BaseException:
        server.close()
        raise
    handle = DevServer(running, server)
    with _LOCK:
        _RUNNING.add(handle)
    return handle


@atexit.register
def _stop_all() -> None:
    for handle in list(_RUNNING):
        handle.stop()
