"""Activities: ordinary functions the workflow schedules and a worker runs.

``@activity.defn`` names an activity; inside one, :func:`info`, :func:`heartbeat` and
:func:`is_cancelled` talk to the worker running it.
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
