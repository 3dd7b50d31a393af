"""Role tokens through the client: each plane gets its own token, and the server's role rules hold.

The server runs with one token per role (``admin``, ``operator``, ``worker``). The client sends
``control_token`` on the control plane and ``worker_token`` on the worker plane.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from durable_workflow import errors
from durable_workflow.devserver.server import ServerConfig
from durable_workflow.devserver.testing import RunningServer, run_dev_server

from .conftest import call, close, make_client, payload

pytestmark = pytest.mark.integration

TOKENS = {"admin": "admin-secret", "operator": "operator-secret", "worker": "worker-secret"}


@pytest.fixture(scope="module")
def dev(generation: str) -> Iterator[RunningServer]:
    config = ServerConfig(poll_timeout=1.0, auth_tokens=dict(TOKENS))
    with run_dev_server(config, generation=generation) as running:
        yield running


async def test_operator_and_worker_tokens_drive_a_workflow(kind: str, dev: RunningServer) -> None:
    client = make_client(
        kind, dev.base_url, control_token=TOKENS["operator"], worker_token=TOKENS["worker"]
    )
    queue = f"auth-{kind}"
    wid = f"auth-wf-{kind}"
    try:
        info = await call(client.get_cluster_info())
        assert info["control_plane"]["version"] == "2"
        handle = await call(
            client.start_workflow(workflow_type="auth.flow", task_queue=queue, workflow_id=wid)
        )
        listed = await call(client.list_workflows(workflow_type="auth.flow"))
        assert wid in [e.workflow_id for e in listed.executions]
        # The worker plane is reached with the worker token.
        await call(client.register_worker(worker_id=f"auth-worker-{kind}", task_queue=queue))
        task = None
        for _ in range(5):
            task = await call(
                client.poll_workflow_task(
                    worker_id=f"auth-worker-{kind}", task_queue=queue, timeout=2
                )
            )
            if task is not None:
                break
        assert task is not None and task["workflow_id"] == wid
        await call(
            client.complete_workflow_task(
                task_id=task["task_id"],
                lease_owner=f"auth-worker-{kind}",
                workflow_task_attempt=task["workflow_task_attempt"],
                commands=[{"type": "complete_workflow", "result": payload(dev, "ok")}],
            )
        )
        assert await call(handle.result(poll_interval=0.05, timeout=10)) == "ok"

        # Operator token on admin routes: authenticated, but not allowed.
        with pytest.raises(errors.Forbidden) as forbidden:
            await call(client.create_namespace(f"auth-ns-{kind}"))
        assert forbidden.value.status == 403
        with pytest.raises(errors.Forbidden):
            await call(client.repair_status())
        with pytest.raises(errors.Forbidden):
            await call(client.test_external_storage())
        # ... while operator routes stay open.
        await call(client.list_namespaces())
    finally:
        await close(client)


async def test_admin_token(kind: str, dev: RunningServer) -> None:
    admin = make_client(kind, dev.base_url, control_token=TOKENS["admin"])
    try:
        created = await call(admin.create_namespace(f"auth-admin-{kind}"))
        assert created.name == f"auth-admin-{kind}"
        status = await call(admin.repair_status())
        assert "policy" in status
        # Without a worker credential the client refuses before sending ...
        with pytest.raises(errors.CredentialsError):
            await call(admin.register_worker(worker_id="w", task_queue="q"))
    finally:
        await close(admin)
    # ... and the admin token sent as one is no worker credential for the server.
    as_worker = make_client(kind, dev.base_url, worker_token=TOKENS["admin"])
    try:
        with pytest.raises(errors.Forbidden):
            await call(as_worker.register_worker(worker_id="w", task_queue="q"))
    finally:
        await close(as_worker)


async def test_wrong_and_crossed_tokens(kind: str, dev: RunningServer) -> None:
    wrong = make_client(kind, dev.base_url, control_token="nope", worker_token="nope")
    missing = make_client(kind, dev.base_url)
    crossed = make_client(
        kind, dev.base_url, control_token=TOKENS["worker"], worker_token=TOKENS["operator"]
    )
    try:
        with pytest.raises(errors.Unauthorized) as unauthorized:
            await call(wrong.list_workflows())
        assert unauthorized.value.status == 401
        with pytest.raises(errors.Unauthorized):
            await call(wrong.register_worker(worker_id="w", task_queue="q"))
        with pytest.raises(errors.Unauthorized):
            await call(missing.describe_workflow("anything"))
        # A worker token on the control plane, an operator token on the worker plane.
        with pytest.raises(errors.Forbidden):
            await call(crossed.list_workflows())
        with pytest.raises(errors.Forbidden):
            await call(crossed.poll_workflow_task(worker_id="w", task_queue="q", timeout=1))
        # Cluster info is open to every role.
        info = await call(crossed.get_cluster_info())
        assert info["control_plane"]["version"] == "2"
    finally:
        for client in (wrong, missing, crossed):
            await close(client)
