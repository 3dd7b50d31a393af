"""Plays a workflow's side of the protocol by hand, for tests of the activity side."""

from __future__ import annotations

from typing import Any

from durable_workflow import AsyncClient
from durable_workflow.codec import encode_payload

DRIVER = "test-driver"


async def register_driver(client: AsyncClient, task_queue: str) -> None:
    await client.register_worker(
        worker_id=DRIVER, task_queue=task_queue, supported_workflow_types=["manual"]
    )


async def next_workflow_task(client: AsyncClient, task_queue: str) -> dict[str, Any]:
    for _ in range(50):
        task = await client.poll_workflow_task(worker_id=DRIVER, task_queue=task_queue, timeout=1)
        if task is not None:
            return task
    raise AssertionError("no workflow task arrived")


async def complete(client: AsyncClient, task: dict[str, Any], *commands: dict[str, Any]) -> None:
    await client.complete_workflow_task(
        task_id=task["task_id"],
        lease_owner=task["lease_owner"],
        workflow_task_attempt=task["workflow_task_attempt"],
        commands=list(commands),
    )


def schedule(activity_type: str, *args: Any, **options: Any) -> dict[str, Any]:
    return {
        "type": "schedule_activity",
        "activity_type": activity_type,
        "arguments": encode_payload(list(args)),
        **options,
    }


def events(task: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e for e in task.get("history_events") or [] if e.get("event_type") == kind]
