"""Workflow runtime benchmarks: replay cost per event and the cost of one new task.

* Replay of a workflow of N sequential activities (3N+1 events: ``WorkflowStarted``, then
  ``ActivityScheduled``/``ActivityStarted``/``ActivityCompleted`` per activity) from scratch,
  at N = 100, 1000, 5000, per event. The floor is a plain loop over the same events that reads
  each one's type and step number and decodes each activity result: the work any replay must do.
  Times are the process's CPU time (the machine is shared), the best of several rounds, with
  the sizes interleaved and small histories replayed several times per sample.
* One new task applied to a cached instance (one activity completed, the next scheduled) after
  histories of different lengths, given only the new events or the run's whole history (the
  instance finds where the new events start without reading the old ones): the cost must not
  grow with the history.
"""

from __future__ import annotations

import gc
import statistics
import time
from typing import Any

from durable_workflow import workflow
from durable_workflow.codec import decode_payload, encode_arguments, encode_payload
from durable_workflow.workflow import Activation, WorkflowInfo, WorkflowInstance


@workflow.defn(name="bench.sequential")
class Sequential:
    @workflow.run
    async def run(self, count: int) -> int:
        total = 0
        for index in range(count):
            total += await workflow.execute_activity("bench.step", index, result_type=int)
        return total


DEFINITION = workflow.get_definition(Sequential)
# CPU time of this process: on a shared machine, time spent descheduled is not the runtime's.
_clock = time.process_time
RESULT_BLOB = str(encode_payload(1)["blob"])


def history(count: int) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = [
        {
            "sequence": 1,
            "event_type": "WorkflowStarted",
            "payload": {},
            "recorded_at": "2026-01-01T00:00:00Z",
        }
    ]
    for step in range(1, count + 1):
        for event_type in ("ActivityScheduled", "ActivityStarted", "ActivityCompleted"):
            payload: dict[str, Any] = {"sequence": step, "activity_type": "bench.step"}
            if event_type == "ActivityCompleted":
                payload["result"] = RESULT_BLOB
                payload["payload_codec"] = "avro"
            events.append(
                {
                    "sequence": len(events) + 1,
                    "event_type": event_type,
                    "payload": payload,
                    "recorded_at": "2026-01-01T00:00:01Z",
                }
            )
    return events


def _replay(events: list[dict[str, Any]], arguments: dict[str, Any]) -> None:
    instance = WorkflowInstance(DEFINITION, WorkflowInfo("w", "r", "bench.sequential", "q"))
    result = instance.activate(Activation(history=events, arguments=arguments))
    assert result.failure is None and result.commands, result


def _floor(events: list[dict[str, Any]]) -> None:
    seen = 0
    for event in events:
        payload = event["payload"]
        event_type = event["event_type"]
        seen += payload.get("sequence", 0)
        if event_type == "ActivityCompleted":
            decode_payload(payload["result"], "avro", type_hint=int)


def bench_replay(scale: int) -> None:
    print("workflow replay (N sequential activities, 3N+1 events, from scratch)")
    sizes = (100, 1000, 5000)
    # the workflow runs count+1 activities: the last one is the new command
    data = {count: (history(count), encode_arguments([count + 1])) for count in sizes}
    best = {count: float("inf") for count in sizes}
    floor = {count: float("inf") for count in sizes}
    for _ in range(5 * scale):  # sizes interleaved, so a busy moment does not hit one size only
        for count, (events, arguments) in data.items():
            repeat = max(1, 5000 // count)  # about as many events per sample at every size
            gc.collect()  # the previous round's garbage is not this round's cost
            start = _clock()
            for _ in range(repeat):
                _replay(events, arguments)
            best[count] = min(best[count], (_clock() - start) / repeat)
            gc.collect()
            start = _clock()
            for _ in range(repeat):
                _floor(events)
            floor[count] = min(floor[count], (_clock() - start) / repeat)
    per_event = {count: best[count] / len(data[count][0]) for count in sizes}
    for count in sizes:
        events = data[count][0]
        floor_per_event = floor[count] / len(events)
        print(
            f"  N={count:<5} {len(events):>6} events  {best[count] * 1e3:8.2f} ms  "
            f"{per_event[count] * 1e6:6.2f} µs/event  floor {floor_per_event * 1e6:5.2f} "
            f"µs/event  ratio {best[count] / floor[count]:5.1f}x"
        )
    print(
        f"  per-event cost at 5000 / at 100: {per_event[5000] / per_event[100]:.2f}x "
        "(target <= 1.5x); target <= 4 µs/event"
    )


def _task_cost(count: int, whole: bool) -> float:
    """Median cost of one task (3 new events) on an instance that has seen ``1 + 3 * count``
    events; ``whole`` passes the run's whole history each time, as a worker may."""
    events = history(count + 200)
    arguments = encode_arguments([count + 1000])
    cut = 1 + 3 * count
    instance = WorkflowInstance(DEFINITION, WorkflowInfo("w", "r", "bench.sequential", "q"))
    instance.activate(Activation(history=events[:cut], arguments=arguments))
    ends = [cut + 3 * (step + 1) for step in range(200)]
    tasks = [events[:end] if whole else events[end - 3 : end] for end in ends]
    samples = []
    for task_events in tasks:
        start = _clock()
        result = instance.activate(Activation(history=task_events, arguments=arguments))
        samples.append(_clock() - start)
        assert result.failure is None, result.failure
    return statistics.median(samples)


def bench_cached_task(scale: int) -> None:
    print("one new task on a cached instance (activity completed -> next scheduled)")
    for whole in (False, True):
        base: float | None = None
        label = "whole history passed" if whole else "new events passed"
        for count in (100, 1000, 5000):
            task = min(_task_cost(count, whole) for _ in range(scale))
            base = base or task
            print(
                f"  {label}, after {1 + 3 * count:>6} events: {task * 1e6:8.1f} µs/task  "
                f"({task / base:4.2f}x the cost after the shortest history)"
            )
