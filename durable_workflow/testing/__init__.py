"""Testing helpers for workflows.

* :func:`replay` and :class:`Replayer` -- run workflow code against recorded histories and fail
  with ``NondeterminismError`` where the code changed incompatibly.
* :class:`InProcessEnvironment` -- run workflows and activities (or their mocks) in this
  process, without a server, with time that skips; its histories replay with :func:`replay`.
"""

from __future__ import annotations

from ._errors import EnvironmentSetupError, WorkflowStalled, WorkflowTaskFailed
from ._in_process import InProcessEnvironment, InProcessWorkflowHandle
from ._in_process_activities import SimulatedTimeout
from ._replay import Replayer, ReplayResult, replay

__all__ = [
    "EnvironmentSetupError",
    "InProcessEnvironment",
    "InProcessWorkflowHandle",
    "ReplayResult",
    "Replayer",
    "SimulatedTimeout",
    "WorkflowStalled",
    "WorkflowTaskFailed",
    "replay",
]
