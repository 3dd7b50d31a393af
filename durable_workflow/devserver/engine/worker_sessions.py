"""Worker sessions: a registered worker opens, renews and closes a leased session."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from ..errors import WorkerError
from ..store import workers as worker_store
from .history import dumps, iso_after, new_id, now_iso
from .workers import require_registered_worker

if TYPE_CHECKING:
    from ..server import DevServer


def _owned_by_other(session_id: str, owner: str) -> WorkerError:
    return WorkerError(
        409,
        "session_owned_by_other_worker",
        "The session is held by another worker.",
        session_id=session_id,
        worker_id=owner,
    )


def open_session(
    server: DevServer,
    namespace: str,
    worker_id: str,
    session_id: str | None,
    lease_seconds: int,
    options: dict[str, Any],
) -> tuple[int, dict[str, Any]]:
    """Open a session (201) or reopen the worker's own one (200).

    A session another worker holds open is refused (409); ``options`` are stored as given.
    """
    require_registered_worker(server, namespace, worker_id)
    now = now_iso(server)
    expires = iso_after(server, lease_seconds)
    with server.db.transaction() as conn:
        existing = None
        if session_id:
            existing = worker_store.get_worker_session(conn, namespace, session_id)
        if (
            existing is not None
            and existing["worker_id"] != worker_id
            and existing["status"] == "open"
        ):
            raise _owned_by_other(str(session_id), existing["worker_id"])
        sid = session_id or new_id()
        worker_store.open_worker_session(
            conn,
            session_id=sid,
            namespace=namespace,
            worker_id=worker_id,
            options=dumps(options),
            lease_expires_at=expires,
            now=now,
        )
    return 200 if existing is not None else 201, {
        "session_id": sid,
        "worker_id": worker_id,
        "status": "open",
        "outcome": "reused" if existing is not None else "created",
        "lease_expires_at": expires,
    }


def _session(server: DevServer, namespace: str, session_id: str, worker_id: str) -> sqlite3.Row:
    """The worker's own session (404 when unknown, 409 when another worker holds it)."""
    row = worker_store.get_worker_session(server.db, namespace, session_id)
    if row is None:
        raise WorkerError(
            404, "session_not_found", "Worker session not found.", session_id=session_id
        )
    if row["worker_id"] != worker_id:
        raise _owned_by_other(session_id, row["worker_id"])
    return row


def renew_session(
    server: DevServer, namespace: str, session_id: str, worker_id: str, lease_seconds: int
) -> dict[str, Any]:
    """Extend the lease of the worker's open session (409 once it is closed)."""
    row = _session(server, namespace, session_id, worker_id)
    if row["status"] != "open":
        raise WorkerError(409, "session_closed", "Worker session is closed.", session_id=session_id)
    expires = iso_after(server, lease_seconds)
    with server.db.transaction() as conn:
        worker_store.renew_worker_session(conn, session_id, expires)
    return {
        "session_id": session_id,
        "worker_id": worker_id,
        "status": "open",
        "renewed": True,
        "lease_expires_at": expires,
    }


def close_session(
    server: DevServer, namespace: str, session_id: str, worker_id: str, reason: str | None
) -> dict[str, Any]:
    """Close the worker's session with an optional reason."""
    _session(server, namespace, session_id, worker_id)
    with server.db.transaction() as conn:
        worker_store.close_worker_session(conn, session_id, now=now_iso(server), reason=reason)
    return {"session_id": session_id, "worker_id": worker_id, "status": "closed", "reason": reason}
