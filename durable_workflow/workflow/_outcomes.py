"""Turning history failures into exceptions, and exceptions into failure commands."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from ._errors import ActivityError, ApplicationError, ChildWorkflowError

__all__ = [
    "ContinueAsNew",
    "activity_error",
    "child_error",
    "class_path",
    "fail_update_command",
    "fail_workflow_command",
]


class ContinueAsNew(BaseException):
    """Raised by ``workflow.continue_as_new``; ends the run with a ``continue_as_new`` command.

    It derives from ``BaseException`` so that ``except Exception`` in workflow code does not
    swallow it.
    """

    def __init__(self, arguments: list[Any], workflow_type: str | None, task_queue: str | None):
        super().__init__("continue as new")
        self.arguments = arguments
        self.workflow_type = workflow_type
        self.task_queue = task_queue


def class_path(exc: BaseException) -> str:
    cls = type(exc)
    return f"{cls.__module__}.{cls.__qualname__}"


def _exception_info(payload: Mapping[str, Any]) -> Mapping[str, Any]:
    exc = payload.get("exception")
    return exc if isinstance(exc, Mapping) else {}


def _text(*values: Any) -> str | None:
    for value in values:
        if isinstance(value, str) and value:
            return value
    return None


def activity_error(event_type: str, payload: Mapping[str, Any], sequence: int | None) -> Exception:
    """The :class:`ActivityError` for an ``ActivityFailed``/``TimedOut``/``Cancelled`` event."""
    exc = _exception_info(payload)
    kind = {"ActivityTimedOut": "timed_out", "ActivityCancelled": "cancelled"}.get(
        event_type, "failed"
    )
    activity = payload.get("activity")
    nested_type = activity.get("type") if isinstance(activity, Mapping) else None
    message = _text(payload.get("message"), exc.get("message"), payload.get("closed_reason"))
    return ActivityError(
        message or f"activity {kind.replace('_', ' ')}",
        type=_text(payload.get("exception_type"), exc.get("type")),
        exception_class=_text(payload.get("exception_class"), exc.get("class")),
        non_retryable=payload.get("non_retryable") is True or exc.get("non_retryable") is True,
        kind=kind,
        activity_type=_text(payload.get("activity_type"), nested_type),
        sequence=sequence,
        failure={k: v for k, v in payload.items() if k not in ("activity", "activity_attempt")},
    )


def child_error(event_type: str, payload: Mapping[str, Any], sequence: int | None) -> Exception:
    """The :class:`ChildWorkflowError` for a ``ChildRunFailed``/``Cancelled``/``Terminated``."""
    exc = _exception_info(payload)
    kind = {"ChildRunCancelled": "cancelled", "ChildRunTerminated": "terminated"}.get(
        event_type, "failed"
    )
    message = _text(payload.get("message"), exc.get("message"))
    return ChildWorkflowError(
        message or f"child workflow {kind}",
        type=_text(payload.get("exception_type"), exc.get("type")),
        exception_class=_text(payload.get("exception_class"), exc.get("class")),
        kind=kind,
        workflow_type=_text(payload.get("child_workflow_type"), payload.get("workflow_type")),
        sequence=sequence,
        failure=dict(payload),
    )


def _described(exc: BaseException) -> tuple[str, str, bool, dict[str, Any] | None]:
    """(type, class, non_retryable, exception object) describing ``exc`` on the wire."""
    if isinstance(exc, ApplicationError):
        return exc.type or type(exc).__name__, class_path(exc), exc.non_retryable, None
    source = exc if isinstance(exc, ActivityError | ChildWorkflowError) else exc.__cause__
    if isinstance(source, ActivityError | ChildWorkflowError) and (
        source is exc or not isinstance(exc, ApplicationError)
    ):
        name = source.type or type(source).__name__
        klass = source.exception_class or class_path(source)
        detail: dict[str, Any] = {"type": name, "class": klass, "message": source.message}
        if isinstance(source, ActivityError) and source.activity_type:
            detail["activity_type"] = source.activity_type
        if source is exc:
            return name, klass, False, detail
    if isinstance(exc, asyncio.CancelledError):
        return "CancelledError", "asyncio.CancelledError", False, None
    return type(exc).__name__, class_path(exc), False, None


def fail_workflow_command(exc: BaseException) -> dict[str, Any]:
    """``fail_workflow`` for an exception that escaped the workflow (§4.4)."""
    name, klass, non_retryable, detail = _described(exc)
    message = str(exc) or (
        "workflow cancelled" if isinstance(exc, asyncio.CancelledError) else type(exc).__name__
    )
    command: dict[str, Any] = {
        "type": "fail_workflow",
        "message": message,
        "exception_type": name,
        "exception_class": klass,
    }
    if non_retryable:
        command["non_retryable"] = True
    if detail is not None:
        command["exception"] = detail
    return command


def fail_update_command(
    update_id: str, exc: BaseException | None, message: str = ""
) -> dict[str, Any]:
    """``fail_update`` for an update whose validator or handler raised (or that is unknown)."""
    if exc is None:
        return {
            "type": "fail_update",
            "update_id": update_id,
            "message": message,
            "exception_type": "UnknownUpdate" if "unknown" in message else "UpdateNotFound",
            "non_retryable": True,
        }
    name, klass, _, _ = _described(exc)
    return {
        "type": "fail_update",
        "update_id": update_id,
        "message": str(exc) or type(exc).__name__,
        "exception_type": name,
        "exception_class": klass,
        "non_retryable": True,
    }
