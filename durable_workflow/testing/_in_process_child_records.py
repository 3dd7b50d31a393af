"""Child workflows as the in-process server records them.

``start_child_workflow`` writes ``ChildWorkflowScheduled`` and, when the child run exists,
``ChildRunStarted`` on the parent; the child run starts with ``WorkflowStarted`` naming its
parent. When the child closes, the parent gets ``ChildRunCompleted``/``Failed``/``Cancelled``/
``Terminated`` and a workflow task, unless the child's retry policy starts another child run.
A closing parent applies each open child's parent-close policy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from ._history_writer import IdSource, VirtualClock, format_time
from ._in_process_state import OPEN, PARALLEL_KEYS, ChildCall, Run, blob_of, resume_context

__all__ = ["ChildRecords"]

_CHILD_EVENT = {
    "completed": "ChildRunCompleted",
    "failed": "ChildRunFailed",
    "cancelled": "ChildRunCancelled",
    "terminated": "ChildRunTerminated",
}


class ChildRecords:
    """The child-workflow half of the in-process server (mixed into its engine)."""

    ids: IdSource
    clock: VirtualClock
    create_run: Callable[..., Run]

    request_task: Callable[[Run, dict[str, Any] | None], None]
    cancel_or_terminate: Callable[[Run, str, str | None, str | None], None]

    def start_child(self, run: Run, cmd: dict[str, Any], seq: int, task_id: str) -> None:
        retry = cmd.get("retry_policy")
        snapshot = None
        if isinstance(retry, dict):
            snapshot = {
                "snapshot_version": 1,
                "max_attempts": int(retry.get("max_attempts") or 1),
                "backoff_seconds": [int(b) for b in retry.get("backoff_seconds") or []],
                "non_retryable_error_types": list(retry.get("non_retryable_error_types") or []),
            }
        timeouts = None
        if cmd.get("execution_timeout_seconds") or cmd.get("run_timeout_seconds"):
            timeouts = {
                "snapshot_version": 1,
                "execution_timeout_seconds": cmd.get("execution_timeout_seconds"),
                "run_timeout_seconds": cmd.get("run_timeout_seconds"),
            }
        call = ChildCall(
            child_call_id=self.ids(),
            parent=run,
            sequence=seq,
            link_id=self.ids(),
            workflow_id=self.ids(),
            workflow_type=cmd["workflow_type"],
            queue=cmd.get("queue") or run.task_queue,
            arguments=cmd.get("arguments"),
            parent_close_policy=cmd.get("parent_close_policy") or "abandon",
            retry_snapshot=snapshot,
            timeout_policy=timeouts,
            parallel={k: cmd[k] for k in PARALLEL_KEYS if cmd.get(k) is not None},
        )
        run.children.append(call)
        payload = call.payload()
        payload.update(
            parent_close_policy=call.parent_close_policy,
            retry_policy=snapshot,
            timeout_policy=timeouts,
        )
        run.history.append("ChildWorkflowScheduled", payload, task_id=task_id)
        self._start_child_run(call, task_id=task_id)

    def _start_child_run(
        self, call: ChildCall, *, retry_of: Run | None = None, backoff: int = 0, task_id: Any = None
    ) -> None:
        parent = call.parent
        timeouts = call.timeout_policy or {}
        extra: dict[str, Any] = {
            "parent_workflow_instance_id": parent.workflow_id,
            "parent_workflow_run_id": parent.run_id,
            "parent_sequence": call.sequence,
            "workflow_link_id": call.link_id,
            "child_call_id": call.child_call_id,
            "retry_policy": call.retry_snapshot,
        }
        if retry_of is not None:
            call.attempt += 1
            extra.update(retry_attempt=call.attempt, retry_of_child_workflow_run_id=retry_of.run_id)
        child = self.create_run(
            workflow_id=call.workflow_id,
            workflow_type=call.workflow_type,
            task_queue=call.queue,
            arguments=call.arguments,
            run_number=retry_of.run_number + 1 if retry_of is not None else 1,
            parent_call=call,
            started_extra=extra,
            execution_timeout=timeouts.get("execution_timeout_seconds"),
            run_timeout=timeouts.get("run_timeout_seconds"),
            execution_deadline=retry_of.execution_deadline if retry_of is not None else None,
        )
        call.child = child
        payload = call.payload()
        payload.update(
            child_status=child.status,
            parent_close_policy=call.parent_close_policy,
            retry_policy=call.retry_snapshot,
            timeout_policy=call.timeout_policy,
            execution_timeout_seconds=timeouts.get("execution_timeout_seconds"),
            run_timeout_seconds=timeouts.get("run_timeout_seconds"),
            execution_deadline_at=_text(child.execution_deadline),
            run_deadline_at=_text(child.run_deadline),
        )
        if retry_of is not None:
            payload.update(
                retry_attempt=call.attempt,
                retry_of_child_workflow_run_id=retry_of.run_id,
                retry_backoff_seconds=backoff,
            )
        parent.history.append("ChildRunStarted", payload, task_id=task_id)

    def apply_parent_close_policy(self, run: Run) -> None:
        for call in run.children:
            child = call.child
            if call.status != OPEN or child is None or not child.is_open:
                continue
            if call.parent_close_policy == "abandon":
                continue
            reason = "Parent workflow closed."
            kind = "terminate" if call.parent_close_policy == "terminate" else "cancel"
            self.cancel_or_terminate(child, kind, reason, None)
            run.history.append(
                "ParentClosePolicyApplied",
                {
                    "child_instance_id": call.workflow_id,
                    "child_run_id": child.run_id,
                    "policy": call.parent_close_policy,
                    "reason": reason,
                },
            )

    def notify_parent(self, child: Run) -> None:
        call = child.parent_call
        if call is None or call.status != OPEN:
            return
        parent = call.parent
        if not parent.is_open:
            call.status = "closed"
            return
        failure = child.failure or {}
        if child.status == "failed" and call.retry_snapshot is not None:
            snapshot = call.retry_snapshot
            types = snapshot.get("non_retryable_error_types") or []
            non_retryable = bool(failure.get("non_retryable")) or (
                failure.get("exception_type") in types or failure.get("exception_class") in types
            )
            if call.attempt < int(snapshot.get("max_attempts") or 1) and not non_retryable:
                backoff = snapshot.get("backoff_seconds") or []
                delay = int(backoff[min(call.attempt - 1, len(backoff) - 1)]) if backoff else 0
                self._start_child_run(call, retry_of=child, backoff=delay)
                return
        call.status = "closed"
        event_type = _CHILD_EVENT[child.status]
        payload = call.payload()
        payload.update(
            child_status=child.status,
            closed_reason=child.closed_reason,
            closed_at=self.clock.now_text(),
        )
        if child.status == "completed":
            payload.update(output=blob_of(child.output), result=blob_of(child.output))
            payload["payload_codec"] = "avro"
        else:
            for key in (
                "failure_id",
                "failure_category",
                "exception_type",
                "exception_class",
                "message",
                "exception",
                "code",
            ):
                if key in failure:
                    payload[key] = failure[key]
        parent.history.append(event_type, payload)
        self.request_task(
            parent,
            resume_context(
                workflow_wait_kind="child",
                open_wait_id=f"child:{call.child_call_id}",
                resume_source_kind="child_workflow_run",
                resume_source_id=child.run_id,
                child_call_id=call.child_call_id,
                child_workflow_run_id=child.run_id,
                workflow_sequence=call.sequence,
                workflow_event_type=event_type,
            ),
        )


def _text(moment: datetime | None) -> str | None:
    return format_time(moment) if moment is not None else None
