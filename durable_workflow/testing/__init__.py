"""Testing workflows: replay, a server-less in-process environment, and the embedded dev server.

* :func:`replay` and :class:`Replayer` -- run workflow code against recorded histories and fail
  with ``NondeterminismError`` where the code changed incompatibly.
* :class:`InProcessEnvironment` -- run workflows and activities (or their mocks) in this
  process, without a server, with time that skips; its histories replay with :func:`replay`.
* :class:`WorkflowEnvironment` -- the embedded development server with a movable clock,
  ``env.client``, ``env.sync_client()``, ``env.skip(...)``, ``env.worker(...)`` (needs the
  ``server`` extra).
* :func:`mock_activity` -- a stand-in activity registered under a real activity's name.
* ``durable_workflow.testing.pytest_plugin`` -- fixtures ``workflow_env`` and ``client``
  (registered through the ``pytest11`` entry point).

Names load on first use (see :mod:`durable_workflow._lazy`), so replaying or testing in process
never imports the development server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from durable_workflow import _lazy

if TYPE_CHECKING:
    from durable_workflow.testing._environment import WorkflowEnvironment
    from durable_workflow.testing._errors import (
        EnvironmentSetupError,
        WorkflowStalled,
        WorkflowTaskFailed,
    )
    from durable_workflow.testing._in_process import InProcessEnvironment, InProcessWorkflowHandle
    from durable_workflow.testing._in_process_activities import SimulatedTimeout
    from durable_workflow.testing._mocks import mock_activity
    from durable_workflow.testing._replay import Replayer, ReplayResult, replay

_EXPORTS: dict[str, str] = {
    "WorkflowEnvironment": "durable_workflow.testing._environment",
    "EnvironmentSetupError": "durable_workflow.testing._errors",
    "WorkflowStalled": "durable_workflow.testing._errors",
    "WorkflowTaskFailed": "durable_workflow.testing._errors",
    "InProcessEnvironment": "durable_workflow.testing._in_process",
    "InProcessWorkflowHandle": "durable_workflow.testing._in_process",
    "SimulatedTimeout": "durable_workflow.testing._in_process_activities",
    "mock_activity": "durable_workflow.testing._mocks",
    "Replayer": "durable_workflow.testing._replay",
    "ReplayResult": "durable_workflow.testing._replay",
    "replay": "durable_workflow.testing._replay",
}


def __getattr__(name: str) -> Any:
    return _lazy.load(__name__, name, _EXPORTS)


def __dir__() -> list[str]:
    return _lazy.listing(__name__, _EXPORTS)


__all__ = [
    "EnvironmentSetupError",
    "InProcessEnvironment",
    "InProcessWorkflowHandle",
    "ReplayResult",
    "Replayer",
    "SimulatedTimeout",
    "WorkflowEnvironment",
    "WorkflowStalled",
    "WorkflowTaskFailed",
    "mock_activity",
    "replay",
]
