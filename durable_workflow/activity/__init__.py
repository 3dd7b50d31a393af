"""Activities: functions that do a workflow's I/O, run by workers outside the workflow.

Define one with :func:`defn`; inside a workflow call it with
:func:`durable_workflow.workflow.execute_activity`.
"""

from __future__ import annotations

from ._definition import ActivityDefinition, defn, get_definition

__all__ = ["ActivityDefinition", "defn", "get_definition"]
