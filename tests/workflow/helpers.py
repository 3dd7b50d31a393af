"""Building history events and driving a WorkflowInstance task by task, as a worker would."""

from __future__ import annotations

from typing import Any

from durable_workflow import workflow
from durable_workflow.codec import encode_arguments, encode_payload
from durable_workflow.workflow import Activation, ActivationResult, WorkflowInfo, WorkflowInstance


def blob(value: Any) -> str:
    return str(encode_payload(value)["blob"])


class Run:
    """A fake server side of one run: appends events with dense history and step numbers."""

    def __init__(self, cls: type, *args: Any, run_id: str = "run-1") -> None:
        definition = workflow.get_definition(cls)
        self.info = WorkflowInfo("wf-1", run_id, definition.name, "queue-1")
        self.instance = WorkflowInstance(definition, self.info)
        self.arguments = encode_arguments(list(args))
        self.history: list[dict[str, Any]] = []
        self.step = 0
        self.fresh: list[dict[str, Any]] = []
        self.add("WorkflowStarted", {"workflow_type": definition.name})

    def add(self, event_type: str, payload: dict[str, Any] | None = None, **extra: Any) -> None:
        event = {
            "sequence": len(self.history) + 1,
            "event_type": event_type,
            "payload": payload or {},
            "recorded_at": extra.get("recorded_at", "2026-01-01T00:00:00+00:00"),
        }
        self.history.append(event)

    def next_step(self) -> int:
        self.step += 1
        return self.step

    def task(self, *, update_id: str | None = None) -> ActivationResult:
        """Run one workflow task over the whole history (the instance skips what it saw)."""
        return self.instance.activate(
            Activation(
                history=list(self.history),
                arguments=self.arguments,
                payload_codec="avro",
                workflow_update_id=update_id,
            )
        )

    def apply(self, result: ActivationResult) -> list[int]:
        """Record the commands of a completed task as the server would; returns their steps."""
        assert result.failure is None, result.failure
        steps: list[int] = []
        for command in result.commands:
            kind = command["type"]
            if kind in ("complete_workflow", "fail_workflow", "continue_as_new"):
                name = {
                    "complete_workflow": "WorkflowCompleted",
                    "fail_workflow": "WorkflowFailed",
                    "continue_as_new": "WorkflowContinuedAsNew",
                }[kind]
                self.add(name, {})
                continue
            seq = self.next_step()
            steps.append(seq)
            if kind == "schedule_activity":
                self.add(
                    "ActivityScheduled",
                    {"sequence": seq, "activity_type": command["activity_type"]},
                )
            elif kind == "start_timer":
                self.add(
                    "TimerScheduled",
                    {"sequence": seq, "delay_seconds": command["delay_seconds"]},
                )
            elif kind == "start_child_workflow":
                self.add(
                    "ChildWorkflowScheduled",
                    {"sequence": seq, "child_workflow_type": command["workflow_type"]},
                )
                self.add("ChildRunStarted", {"sequence": seq})
            elif kind == "open_condition_wait":
                self.add(
                    "ConditionWaitOpened",
                    {
                        "sequence": seq,
                        "condition_wait_id": f"wait-{seq}",
                        "condition_key": command.get("condition_key"),
                        "timeout_seconds": command.get("timeout_seconds"),
                    },
                )
            elif kind == "record_side_effect":
                self.add("SideEffectRecorded", {"sequence": seq, "result": command["result"]})
            elif kind == "record_version_marker":
                self.add(
                    "VersionMarkerRecorded",
                    {k: command[k] for k in ("change_id", "version")} | {"sequence": seq},
                )
            elif kind == "upsert_search_attributes":
                self.add("SearchAttributesUpserted", {"sequence": seq})
            elif kind == "upsert_memo":
                self.add("MemoUpserted", {"sequence": seq})
            elif kind == "complete_update":
                self.add("UpdateApplied", {"sequence": seq, "update_id": command["update_id"]})
                self.add(
                    "UpdateCompleted",
                    {"sequence": seq, "update_id": command["update_id"], "result": "x"},
                )
            elif kind == "fail_update":
                self.add("UpdateCompleted", {"sequence": seq, "update_id": command["update_id"]})
        return steps

    def complete_activity(self, seq: int, value: Any) -> None:
        self.add(
            "ActivityCompleted", {"sequence": seq, "result": blob(value), "payload_codec": "avro"}
        )

    def fire_timer(self, seq: int) -> None:
        self.add("TimerFired", {"sequence": seq})

    def signal(self, name: str, *args: Any) -> None:
        self.add("SignalReceived", {"signal_name": name, "arguments": encode_arguments(list(args))})

    def replay(self) -> ActivationResult:
        """A from-scratch instance over the whole history."""
        definition = self.instance.definition
        fresh = WorkflowInstance(definition, self.info)
        return fresh.activate(
            Activation(history=list(self.history), arguments=self.arguments, payload_codec="avro")
        )
