"""Testing helpers for workflows.

* :func:`replay` and :class:`Replayer` -- run workflow code against recorded histories and fail
  with ``NondeterminismError`` where the code changed incompatibly.
* :class:`WorkflowEnvironment` -- the embedded development server with a movable clock,
  ``env.client``, ``env.sync_client()``, ``env.skip(...)``, ``env.worker(...)``.
* :func:`mock_activity` -- a stand-in activity registered under a real activity's name.
* ``durable_workflow.testing.pytest_plugin`` -- fixtures ``workflow_env`` and ``client``
  (registered through the ``pytest11`` entry point).
"""

from __future__ import annotations

from ._environment import WorkflowEnvironment
from ._mocks import mock_activity
from ._replay import Replayer, ReplayResult, replay

__all__ = ["ReplayResult", "Replayer", "WorkflowEnvironment", "mock_activity", "replay"]
