"""A stand-in development server for the administrative route tests.

It carries what the administrative modules use (``db``, ``clock``, ``config``, ``state``,
``notifier``-less wake-ups and a ``workflows`` service) and mounts the modules' routes behind
a small middleware doing what the real one does for these routes: authentication and roles
through ``auth.check_request``, namespace resolution and existence, error envelopes.
"""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.testclient import TestClient

from durable_workflow.devserver import store
from durable_workflow.devserver.clock import ManualClock
from durable_workflow.devserver.engine import namespaces
from durable_workflow.devserver.errors import ApiError
from durable_workflow.devserver.http import auth
from durable_workflow.devserver.store import Database

#: The administrative areas of the HTTP layer, mounted in the real server's order.
MODULES: list[Any] = [
    importlib.import_module(f"durable_workflow.devserver.http.{_name}")
    for _name in ("namespaces", "storage", "search_attributes", "schedules", "bridge")
]
HEADERS = {"X-Durable-Workflow-Control-Plane-Version": "2"}
START = datetime(2026, 11, 24, 6, 56, 27, tzinfo=UTC)


@dataclass
class FakeConfig:
    auth_tokens: dict[str, str] = field(default_factory=dict)
    token: str | None = None
    default_namespace: str = "default"
    max_search_attributes: int = 100
    external_storage_root: str | None = None


class FakeWorkflows:
    """Just enough of the engine's workflow service: runs that stay open until told."""

    def __init__(self) -> None:
        self.runs: dict[tuple[str, str], dict[str, Any]] = {}
        self.starts: list[tuple[str, dict[str, Any], str]] = []
        self.signals: list[tuple[str, str, str, dict[str, Any]]] = []
        self.updates: list[tuple[str, str, str, dict[str, Any]]] = []
        self.known_signals: set[str] = {"approve"}
        self.known_updates: set[str] = {"set-greeting"}
        self.fail_next_start: str | None = None
        self._ids = itertools.count(1)

    def start_workflow(
        self, namespace: str, body: dict[str, Any], *, source: str = "control_plane"
    ) -> tuple[int, dict[str, Any]]:
        if self.fail_next_start is not None:
            message, self.fail_next_start = self.fail_next_start, None
            raise RuntimeError(message)
        if not body.get("workflow_type"):
            raise ApiError(422, "validation_failed", "The workflow type field is required.")
        workflow_id = body.get("workflow_id") or f"wf-{next(self._ids)}"
        self.starts.append((namespace, dict(body), source))
        existing = self.runs.get((namespace, workflow_id))
        base = {
            "workflow_id": workflow_id,
            "workflow_type": body["workflow_type"],
            "namespace": namespace,
            "business_key": body.get("business_key"),
            "payload_codec": "avro",
        }
        if existing is not None:
            if existing["status"] == "running" and body.get("duplicate_policy") == "use-existing":
                return 200, {
                    **base,
                    "run_id": existing["run_id"],
                    "status": "running",
                    "outcome": "returned_existing_active",
                }
            return 409, {
                **base,
                "run_id": existing["run_id"],
                "status": existing["status"],
                "outcome": "rejected_duplicate",
            }
        run_id = f"run-{next(self._ids)}"
        self.runs[(namespace, workflow_id)] = {
            "run_id": run_id,
            "status": "running",
            "workflow_type": body["workflow_type"],
            "body": dict(body),
        }
        return 201, {**base, "run_id": run_id, "status": "pending", "outcome": "started_new"}

    def validate_start(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("workflow_type") == "unloadable":
            raise ApiError(
                422,
                "validation_failed",
                "The workflow type cannot be loaded.",
                errors={"workflow_type": ["The workflow type cannot be loaded."]},
            )
        return body

    def describe_workflow(self, namespace: str, workflow_id: str) -> dict[str, Any] | None:
        run = self.runs.get((namespace, workflow_id))
        if run is None:
            return None
        return {"workflow_id": workflow_id, "run_id": run["run_id"], "status": run["status"]}

    def is_running(self, namespace: str, workflow_id: str) -> bool:
        run = self.runs.get((namespace, workflow_id))
        return run is not None and run["status"] == "running"

    def complete(self, namespace: str, workflow_id: str) -> None:
        self.runs[(namespace, workflow_id)]["status"] = "completed"

    def cancel_workflow(
        self, namespace: str, workflow_id: str, reason: str | None
    ) -> dict[str, Any]:
        self.runs[(namespace, workflow_id)]["status"] = "cancelled"
        return {"outcome": "cancelled"}

    def terminate_workflow(
        self, namespace: str, workflow_id: str, reason: str | None
    ) -> dict[str, Any]:
        self.runs[(namespace, workflow_id)]["status"] = "terminated"
        return {"outcome": "terminated"}

    def _command(
        self, kind: str, namespace: str, workflow_id: str, name: str, known: set[str]
    ) -> tuple[int, dict[str, Any]]:
        run = self.runs.get((namespace, workflow_id))
        if run is None:
            return 404, {
                "reason": "instance_not_found",
                "message": "Workflow not found.",
                "workflow_id": workflow_id,
            }
        if name not in known:
            return 404, {
                "reason": f"unknown_{kind}",
                "workflow_id": workflow_id,
                "run_id": run["run_id"],
                "outcome": f"rejected_unknown_{kind}",
                "command_status": "rejected",
            }
        outcome = "signal_received" if kind == "signal" else "update_completed"
        return 202 if kind == "signal" else 200, {
            "workflow_id": workflow_id,
            "run_id": run["run_id"],
            "outcome": outcome,
            "command_status": "accepted",
            "command_id": f"cmd-{next(self._ids)}",
        }

    def signal_workflow(
        self, namespace: str, workflow_id: str, signal_name: str, body: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        self.signals.append((namespace, workflow_id, signal_name, body))
        return self._command("signal", namespace, workflow_id, signal_name, self.known_signals)

    def update_workflow(
        self, namespace: str, workflow_id: str, update_name: str, body: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        self.updates.append((namespace, workflow_id, update_name, body))
        return self._command("update", namespace, workflow_id, update_name, self.known_updates)


class FakeServer:
    def __init__(
        self,
        db_path: str = ":memory:",
        *,
        config: FakeConfig | None = None,
        clock: ManualClock | None = None,
    ) -> None:
        self.config = config or FakeConfig()
        self.clock = clock or ManualClock(START)
        self.db = Database(db_path)
        self.workflows = FakeWorkflows()
        self.state: dict[str, Any] = {}
        for group in (store.namespaces, store.search_attributes, store.schedules, store.bridge):
            self.db.migrate(group.MIGRATIONS)

    def namespace_exists(self, name: str) -> bool:
        return namespaces.namespace_exists(self.db, name)


def build_app(server: FakeServer) -> Starlette:
    routes: list[Any] = []
    for module in MODULES:
        routes.extend(module.routes(server))

    async def protocol(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        try:
            principal = auth.check_request(
                server.config,
                request.method,
                request.url.path,
                request.headers.get("authorization"),
            )
            request.state.role = principal.role if principal else "admin"
            if request.headers.get("x-durable-workflow-control-plane-version", "").strip() != "2":
                raise ApiError(
                    400, "missing_control_plane_version", "Missing control-plane version header."
                )
            namespace = (request.headers.get("x-namespace") or "default").strip().lower()
            request.state.namespace = namespace
            if not request.url.path.startswith("/api/namespaces") and not server.namespace_exists(
                namespace
            ):
                raise ApiError(
                    404,
                    "namespace_not_found",
                    f"Namespace '{namespace}' does not exist.",
                    namespace=namespace,
                )
            response = await call_next(request)
            response.headers.update(HEADERS)
            return response
        except ApiError as exc:
            return JSONResponse(exc.body(), status_code=exc.status, headers=HEADERS)

    app = Starlette(routes=routes)
    app.add_middleware(BaseHTTPMiddleware, dispatch=protocol)
    return app


def client(server: FakeServer) -> TestClient:
    """A test client whose handler errors come back as the envelopes (not exceptions)."""

    return TestClient(build_app(server), headers=HEADERS)
