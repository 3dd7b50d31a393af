"""A tour of the SDK against the embedded development server (``make demo``).

It starts the development server in this process (SQLite in memory, the wall clock), then uses
the blocking :class:`~durable_workflow.SyncClient` as a script or a notebook would: discovery,
starting a workflow, running it to completion, reading its result and history, a signal, and a
schedule. The workflow and activity code is plain Python here; the worker protocol is driven
through the client's worker-plane methods, one task at a time, so every step is visible.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from durable_workflow import SyncClient
from durable_workflow.client import ScheduleAction, ScheduleSpec
from durable_workflow.codec import decode_payload, encode_payload

TASK_QUEUE = "demo"
WORKER_ID = "demo-worker"


@dataclass
class Order:
    order_id: int
    customer: str
    items: list[str]


def reserve_inventory(order: Order) -> dict[str, Any]:
    """The activity: ordinary Python code that may touch the outside world."""
    return {"order_id": order.order_id, "reserved": sorted(order.items)}


def say(step: str, detail: object = "") -> None:
    print(f"  {step:<34} {detail}")


def _events(task: dict[str, Any]) -> list[dict[str, Any]]:
    return list(task.get("history_events") or [])


def run_workflow_task(client: SyncClient, task: dict[str, Any]) -> None:
    """The workflow's decision for one task: schedule the activity, then complete."""
    events = _events(task)
    completed = [e for e in events if e.get("event_type") == "ActivityCompleted"]
    if not completed:
        (order,) = decode_payload(task["arguments"], type_hint=tuple[Order])
        say("workflow task: schedule activity", f"reserve_inventory({order.order_id})")
        commands = [
            {
                "type": "schedule_activity",
                "activity_type": "inventory.reserve",
                "arguments": encode_payload([order]),
                "start_to_close_timeout": 30,
            }
        ]
    else:
        reservation = decode_payload(completed[-1]["payload"].get("result"))
        say("workflow task: complete workflow", reservation)
        commands = [
            {"type": "complete_workflow", "result": encode_payload({"status": "ok", **reservation})}
        ]
    client.complete_workflow_task(
        task_id=task["task_id"],
        lease_owner=task["lease_owner"],
        workflow_task_attempt=task["workflow_task_attempt"],
        commands=commands,
    )


def run_activity_task(client: SyncClient, task: dict[str, Any]) -> None:
    (order,) = decode_payload(task["arguments"], type_hint=tuple[Order])
    result = reserve_inventory(order)
    say("activity task: reserve_inventory", result)
    client.complete_activity_task(
        task_id=task["task_id"],
        activity_attempt_id=task["activity_attempt_id"],
        lease_owner=task["lease_owner"],
        result=result,
    )


def _next_workflow_task(client: SyncClient) -> dict[str, Any]:
    task = client.poll_workflow_task(worker_id=WORKER_ID, task_queue=TASK_QUEUE, timeout=5)
    if task is None:
        raise SystemExit("no workflow task arrived: the demo cannot continue")
    return task


def tour(base_url: str) -> None:
    with SyncClient(base_url) as client:
        info = client.get_cluster_info()
        say("server", f"{base_url} (worker protocol {info['worker_protocol']['version']})")

        order = Order(order_id=42, customer="Ada", items=["widget", "gizmo"])
        handle = client.start_workflow(
            workflow_type="orders.process",
            task_queue=TASK_QUEUE,
            workflow_id="order-42",
            input=[order],
            memo={"source": "demo"},
        )
        say("started workflow", f"{handle.workflow_id} run {handle.run_id}")

        client.register_worker(
            worker_id=WORKER_ID,
            task_queue=TASK_QUEUE,
            supported_workflow_types=["orders.process"],
            supported_activity_types=["inventory.reserve"],
        )
        client.signal_workflow("order-42", "priority", args=["gold"], request_id="demo-signal-1")
        say("signalled", "priority=gold")

        # One workflow task decides to run the activity, the activity runs, and a second
        # workflow task sees its result in history and completes the workflow.
        run_workflow_task(client, _next_workflow_task(client))
        activity = client.poll_activity_task(worker_id=WORKER_ID, task_queue=TASK_QUEUE, timeout=5)
        if activity is None:
            raise SystemExit("no activity task arrived: the demo cannot continue")
        run_activity_task(client, activity)
        run_workflow_task(client, _next_workflow_task(client))

        result = handle.result(timeout=10, result_type=dict[str, Any])
        say("workflow result", result)
        described = handle.describe()
        say("status", described.status)
        history = handle.history()  # typed events, payloads decoded
        say("history", ", ".join(history.event_types()))

        schedule = client.create_schedule(
            schedule_id="nightly-orders",
            spec=ScheduleSpec(cron_expressions=["0 2 * * *"]),
            action=ScheduleAction(workflow_type="orders.process", task_queue=TASK_QUEUE),
            paused=True,
            note="created by the demo",
        )
        description = schedule.describe()
        say("schedule", f"{description.schedule_id} ({description.status})")
        listed = client.list_workflows()
        say("workflows", [w.workflow_id for w in listed.executions])


def main() -> int:
    try:
        from durable_workflow.devserver.clock import SystemClock
        from durable_workflow.devserver.server import ServerConfig
        from durable_workflow.devserver.testing import run_dev_server
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        print(f"the embedded server needs the 'server' extra: durable-workflow[server] ({exc})")
        return 1
    print("durable-workflow demo: the embedded development server and the SyncClient")
    with run_dev_server(ServerConfig(poll_timeout=5.0), clock=SystemClock()) as server:
        tour(server.base_url)
    print("done.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
