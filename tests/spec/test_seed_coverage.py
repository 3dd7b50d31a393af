"""The seed's Client and the OpenAPI description cover each other.

Each method of the seed's ``Client`` that talks to the server must have its operation(s) in
``openapi/``, and the facade must call them; each operation of the spec must be called by some
facade method, or be listed below as intentionally not used by the facade, with the reason.
"""

from __future__ import annotations

import ast
import re

from tests.conftest import REPO_ROOT, shared_path
from tests.spec.specdoc import find_operation, operations

# Seed method -> the (method, path) pairs it calls (client-method-map.md).
SEED_CALLS: dict[str, list[tuple[str, str]]] = {
    "get_cluster_info": [("GET", "/api/cluster/info")],
    "list_namespaces": [("GET", "/api/namespaces")],
    "describe_namespace": [("GET", "/api/namespaces/{namespace}")],
    "create_namespace": [("POST", "/api/namespaces")],
    "update_namespace": [("PUT", "/api/namespaces/{namespace}")],
    "delete_namespace": [("DELETE", "/api/namespaces/{namespace}")],
    "set_namespace_external_storage": [("PUT", "/api/namespaces/{namespace}/external-storage")],
    "test_external_storage": [("POST", "/api/storage/test")],
    "repair_status": [("GET", "/api/system/repair")],
    "repair_pass": [("POST", "/api/system/repair/pass")],
    "retention_status": [("GET", "/api/system/retention")],
    "retention_pass": [("POST", "/api/system/retention/pass")],
    "activity_timeout_status": [("GET", "/api/system/activity-timeouts")],
    "activity_timeout_pass": [("POST", "/api/system/activity-timeouts/pass")],
    "list_task_queues": [("GET", "/api/task-queues")],
    "describe_task_queue": [("GET", "/api/task-queues/{taskQueue}")],
    "list_task_queue_build_ids": [("GET", "/api/task-queues/{taskQueue}/build-ids")],
    "drain_task_queue_build_id": [("POST", "/api/task-queues/{taskQueue}/build-ids/drain")],
    "promote_task_queue_build_id": [("POST", "/api/task-queues/{taskQueue}/build-ids/promote")],
    "resume_task_queue_build_id": [("POST", "/api/task-queues/{taskQueue}/build-ids/resume")],
    "list_search_attributes": [("GET", "/api/search-attributes")],
    "create_search_attribute": [("POST", "/api/search-attributes")],
    "delete_search_attribute": [("DELETE", "/api/search-attributes/{name}")],
    "list_workers": [("GET", "/api/workers")],
    "describe_worker": [("GET", "/api/workers/{workerId}")],
    "deregister_worker": [("DELETE", "/api/workers/{workerId}")],
    "start_workflow": [("POST", "/api/workflows")],
    "describe_workflow": [("GET", "/api/workflows/{workflowId}")],
    "list_workflows": [("GET", "/api/workflows")],
    "get_history": [("GET", "/api/workflows/{workflowId}/runs/{runId}/history")],
    "export_history": [("GET", "/api/workflows/{workflowId}/runs/{runId}/history/export")],
    "list_workflow_runs": [("GET", "/api/workflows/{workflowId}/runs")],
    "describe_workflow_run": [("GET", "/api/workflows/{workflowId}/runs/{runId}")],
    "start_activity": [("POST", "/api/activities")],
    "describe_activity": [("GET", "/api/activities/{activityId}")],
    "list_activities": [("GET", "/api/activities")],
    "get_activity_result": [("GET", "/api/activities/{activityId}")],
    "send_webhook_bridge_event": [("POST", "/api/bridge-adapters/webhook/{adapter}")],
    "signal_workflow": [
        ("POST", "/api/workflows/{workflowId}/signal/{signalName}"),
        ("POST", "/api/workflows/{workflowId}/runs/{runId}/signal/{signalName}"),
    ],
    "query_workflow": [("POST", "/api/workflows/{workflowId}/query/{queryName}")],
    "cancel_workflow": [("POST", "/api/workflows/{workflowId}/cancel")],
    "terminate_workflow": [("POST", "/api/workflows/{workflowId}/terminate")],
    "repair_workflow": [("POST", "/api/workflows/{workflowId}/repair")],
    "archive_workflow": [("POST", "/api/workflows/{workflowId}/archive")],
    "update_workflow": [("POST", "/api/workflows/{workflowId}/update/{updateName}")],
    "get_result": [
        ("GET", "/api/workflows/{workflowId}"),
        ("GET", "/api/workflows/{workflowId}/runs/{runId}/history"),
    ],
    "create_schedule": [("POST", "/api/schedules")],
    "describe_schedule": [("GET", "/api/schedules/{scheduleId}")],
    "update_schedule": [("PUT", "/api/schedules/{scheduleId}")],
    "pause_schedule": [("POST", "/api/schedules/{scheduleId}/pause")],
    "resume_schedule": [("POST", "/api/schedules/{scheduleId}/resume")],
    "trigger_schedule": [("POST", "/api/schedules/{scheduleId}/trigger")],
    "delete_schedule": [("DELETE", "/api/schedules/{scheduleId}")],
    "backfill_schedule": [("POST", "/api/schedules/{scheduleId}/backfill")],
    "get_schedule_history": [("GET", "/api/schedules/{scheduleId}/history")],
    "iter_schedule_history": [("GET", "/api/schedules/{scheduleId}/history")],
    "register_worker": [("POST", "/api/worker/register")],
    "heartbeat_worker": [("POST", "/api/worker/heartbeat")],
    "poll_workflow_task": [("POST", "/api/worker/workflow-tasks/poll")],
    "complete_workflow_task": [("POST", "/api/worker/workflow-tasks/{taskId}/complete")],
    "fail_workflow_task": [("POST", "/api/worker/workflow-tasks/{taskId}/fail")],
    "workflow_task_history": [("POST", "/api/worker/workflow-tasks/{taskId}/history")],
    "poll_query_task": [("POST", "/api/worker/query-tasks/poll")],
    "complete_query_task": [("POST", "/api/worker/query-tasks/{queryTaskId}/complete")],
    "fail_query_task": [("POST", "/api/worker/query-tasks/{queryTaskId}/fail")],
    "poll_activity_task": [("POST", "/api/worker/activity-tasks/poll")],
    "complete_activity_task": [("POST", "/api/worker/activity-tasks/{taskId}/complete")],
    "fail_activity_task": [("POST", "/api/worker/activity-tasks/{taskId}/fail")],
    "heartbeat_activity_task": [("POST", "/api/worker/activity-tasks/{taskId}/heartbeat")],
}

# Seed methods that make no request of their own.
NO_SERVER_CALL = {
    "aclose": "closes the connection pool",
    "get_workflow_handle": "builds a handle locally",
    "get_activity_handle": "builds a handle locally",
    "get_schedule_handle": "builds a handle locally",
}

# Spec operations no facade method calls, by path prefix or exact (method, path), with reasons.
UNUSED_PREFIXES = {
    "/api/worker/": "worker-plane routes beyond the seed's methods belong to the Worker",
}
UNUSED_OPERATIONS: dict[tuple[str, str], str] = {
    ("GET", "/api/health"): "liveness probe for orchestrators; no seed method",
    ("GET", "/api/ready"): "readiness probe for orchestrators; no seed method",
    ("GET", "/api/schedules"): "the seed defines ScheduleList but no method returning it",
    ("GET", "/api/system/metrics"): "no seed method",
    ("GET", "/api/system/operator-metrics"): "no seed method",
}
UNUSED_PATH_PATTERNS = {
    r"/debug$": "diagnostic dumps; no seed method",
    r"/runs/\{[^}]+\}/(query|update|cancel|terminate)/?": "run-targeted forms unused by the seed",
    r"/runs/\{[^}]+\}/(query|update)/\{": "run-targeted forms unused by the seed",
    r"request-cancellation|redrive|streams|message-streams": "routes beyond the seed's Client",
    r"/api/activities/\{[^}]+\}/(cancel|result)": "the seed cancels through the host workflow",
}


def seed_methods() -> list[str]:
    """Public methods of the seed's ``Client``, in the order the reference lists them."""
    lines = shared_path("seed", "client-api-reference.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Client(base_url"))
    names = []
    for current, following in zip(lines[start:], lines[start + 1 :], strict=False):
        if re.fullmatch(r"[a-z_]+", current) and current != "async" and following in ("async", "¶"):
            names.append(current)
    return names


def facade_operation_modules() -> set[str]:
    """``tag.module`` names of the generated endpoint modules that ``durable_workflow`` imports."""
    used: set[str] = set()
    for path in (REPO_ROOT / "durable_workflow").rglob("*.py"):
        if "devserver" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                if parts[:2] != ["durable_workflow_api", "api"]:
                    continue
                if len(parts) == 4:
                    used.add(f"{parts[2]}.{parts[3]}")
                elif len(parts) == 3:
                    used.update(f"{parts[2]}.{alias.name}" for alias in node.names)
    return used


def module_of(operation_id: str, tag: str) -> str:
    from openapi_python_client.strings import snake_case

    return f"{snake_case(tag)}.{snake_case(operation_id)}"


def test_every_seed_method_is_classified() -> None:
    methods = seed_methods()
    assert len(methods) >= 70, methods
    unknown = [m for m in methods if m not in SEED_CALLS and m not in NO_SERVER_CALL]
    assert not unknown, f"seed methods with no mapping in this test: {unknown}"
    stale = sorted((set(SEED_CALLS) | set(NO_SERVER_CALL)) - set(methods))
    assert not stale, f"mapped methods the seed does not have: {stale}"


def test_every_seed_call_has_an_operation() -> None:
    missing = []
    for method, calls in SEED_CALLS.items():
        for verb, path in calls:
            op = find_operation(verb, path.replace("{", "x").replace("}", "x"))
            if op is None or op.path.count("{") != path.count("{"):
                missing.append(f"{method}: {verb} {path}")
    assert not missing, "operations missing from openapi/:\n" + "\n".join(missing)


def test_facade_calls_every_seed_operation() -> None:
    used = facade_operation_modules()
    missing = []
    for method, calls in SEED_CALLS.items():
        for verb, path in calls:
            op = find_operation(verb, path.replace("{", "x").replace("}", "x"))
            if op is None:
                continue  # reported by test_every_seed_call_has_an_operation
            module = module_of(op.operation_id, op.body["tags"][0])
            if module not in used:
                missing.append(f"{method}: {op.operation_id} ({module})")
    assert not missing, "seed methods whose operation the facade never calls:\n" + "\n".join(
        missing
    )


def _intentionally_unused(method: str, path: str) -> bool:
    if (method.upper(), path) in UNUSED_OPERATIONS:
        return True
    if any(path.startswith(prefix) for prefix in UNUSED_PREFIXES):
        return True
    return any(re.search(pattern, path) for pattern in UNUSED_PATH_PATTERNS)


def test_every_operation_is_used_or_listed() -> None:
    used = facade_operation_modules()
    orphans = []
    for op in operations():
        module = module_of(op.operation_id, op.body["tags"][0])
        if module in used:
            continue
        if not _intentionally_unused(op.method, op.path):
            orphans.append(f"{op.method.upper()} {op.path} ({op.operation_id})")
    assert not orphans, "operations no facade method calls (and not listed):\n" + "\n".join(orphans)


def test_unused_lists_name_real_operations() -> None:
    paths = {(op.method.upper(), op.path) for op in operations()}
    stale = [key for key in UNUSED_OPERATIONS if key not in paths]
    assert not stale, f"UNUSED_OPERATIONS lists operations the spec does not have: {stale}"
