"""Activities: functions that do a workflow's I/O, run by workers outside the workflow.

Define one with :func:`defn`; inside a workflow call it with
:func:`durable_workflow.workflow.execute_activity`. Inside a running activity, :func:`info`,
:func:`heartbeat` and :func:`is_cancelled` talk to the worker running it.
"""

from __future__ import annotations

from ._context import (
    ActivityCancelled,
    ActivityInfo,
    NotInActivityContext,
    heartbeat,
    in_activity,
    info,
    is_cancelled,
)
from ._definition import ActivityDefinition, defn, get_definition

__all__ = [
    "ActivityCancelled",
    "ActivityDefinition",
    "ActivityInfo",
    "NotInActivityContext",
    "defn",
    "get_definition",
    "heartbeat",
    "in_activity",
    "info",
    "is_cancelled",
]
