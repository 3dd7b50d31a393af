"""Shared pieces of the schemathesis runs against the development server.

The bundled document, the checks every response must pass, the objects seeded before a run (so
generated ids and worker-plane fields hit existing objects part of the time), the generation
settings that steer those fields, and the request clean-up that keeps malformed protocol versions
and unknown namespaces from stopping most requests at the door.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Collection
from pathlib import Path
from typing import Any

from schemathesis import Case
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from durable_workflow.client import ScheduleAction, ScheduleSpec, SyncClient
from durable_workflow.codec import encode_payload

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "openapi.yaml"
WORKER_VERSION = "X-Durable-Workflow-Protocol-Version"

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]

#: Ids :func:`seed_server` creates; generated path parameters use them part of the time.
SEEDED = {
    "workflows": ["st-waiting", "st-done"],
    "schedules": ["st-schedule"],
    "activities": ["st-activity"],
    "namespaces": ["st-namespace"],
    "queues": ["st-queue"],
    "workers": ["st-worker"],
    "attributes": ["StCustom"],
}

KNOWN_NAMESPACES = {"default", *SEEDED["namespaces"]}


def steering(worker_fields: float = 0.5) -> dict[str, Any]:
    """Config entries (``dictionaries``, ``parameters``) drawing the seeded ids part of the time.

    ``worker_fields``: how often worker-plane body fields name the seeded worker and queue.
    """
    return {
        "dictionaries": {
            "protocol_versions": {"values": ["1.20", "1.0"]},
            **{name: {"values": values} for name, values in SEEDED.items()},
        },
        "parameters": {
            "path.workflowId": {"dictionary": "workflows", "probability": 0.5},
            "path.scheduleId": {"dictionary": "schedules", "probability": 0.5},
            "path.activityId": {"dictionary": "activities", "probability": 0.5},
            "path.namespace": {"dictionary": "namespaces", "probability": 0.5},
            "path.taskQueue": {"dictionary": "queues", "probability": 0.5},
            "path.workerId": {"dictionary": "workers", "probability": 0.5},
            "path.name": {"dictionary": "attributes", "probability": 0.5},
            # Most worker-plane requests speak a version the server supports (any other answers
            # 400 before the route is reached).
            "header.X-Durable-Workflow-Protocol-Version": {
                "dictionary": "protocol_versions",
                "probability": 0.8,
            },
            # Worker-plane bodies name the registered worker and its queue part of the time.
            "body.worker_id": {"dictionary": "workers", "probability": worker_fields},
            "body.lease_owner": {"dictionary": "workers", "probability": worker_fields},
            "body.task_queue": {"dictionary": "queues", "probability": worker_fields},
        },
    }


def seed_server(base_url: str) -> dict[str, str]:
    """Create the :data:`SEEDED` objects through the client; the run id of each workflow."""
    queue, worker = SEEDED["queues"][0], SEEDED["workers"][0]
    runs: dict[str, str] = {}
    with SyncClient(base_url) as client:
        client.create_namespace(SEEDED["namespaces"][0])
        client.create_search_attribute(SEEDED["attributes"][0], "keyword")
        client.register_worker(worker_id=worker, task_queue=queue, build_id="build-1")
        for workflow_id in SEEDED["workflows"]:
            handle = client.start_workflow(
                workflow_type="st.flow", task_queue=queue, workflow_id=workflow_id, input=[1]
            )
            runs[workflow_id] = handle.run_id
            task = client.poll_workflow_task(worker_id=worker, task_queue=queue, timeout=1)
            assert task is not None and task["workflow_id"] == workflow_id
            command = (
                {"type": "start_timer", "delay_seconds": 3600}
                if workflow_id == "st-waiting"
                else {"type": "complete_workflow", "result": encode_payload("done")}
            )
            client.complete_workflow_task(
                task_id=task["task_id"],
                lease_owner=worker,
                workflow_task_attempt=task["workflow_task_attempt"],
                commands=[command],
            )
        client.create_schedule(
            schedule_id=SEEDED["schedules"][0],
            spec=ScheduleSpec(cron_expressions=["0 * * * *"]),
            action=ScheduleAction(workflow_type="st.flow", task_queue=queue),
        )
        client.start_activity(
            activity_type="st.act", task_queue=queue, activity_id=SEEDED["activities"][0]
        )
    return runs


def tame_headers(case: Case, known_namespaces: Collection[str] = KNOWN_NAMESPACES) -> None:
    """Send most requests past the protocol-version and namespace checks.

    A malformed worker protocol version stops every request at the version check (the engine
    tests cover that answer); the request goes on with a supported version instead. Likewise an
    unknown namespace stops the request at the namespace check; a quarter of them are kept so
    that answer is checked too. ``known_namespaces`` are kept (lower case).
    """
    if not case.headers:
        return
    version = case.headers.get(WORKER_VERSION)
    if version and not re.fullmatch(r"[0-9]+\.[0-9]+", version):
        case.headers[WORKER_VERSION] = "1.20"
    namespace = case.headers.get("X-Namespace")
    if (
        namespace
        and namespace.lower() not in known_namespaces
        and zlib.crc32(namespace.encode("utf-8", "surrogatepass")) % 4
    ):
        case.headers["X-Namespace"] = "default"


def is_query(case: Case) -> bool:
    """A query no worker answers in time ends in the protocol's documented
    `504 query_worker_timeout` (control-plane.md A.4.8); every other 5xx is a failure."""
    return case.path.endswith("/query/{queryName}")
