"""Testing helpers for workflows.

* :func:`replay` and :class:`Replayer` -- run workflow code against recorded histories and fail
  with ``NondeterminismError`` where the code changed incompatibly.
"""

from __future__ import annotations

from ._replay import Replayer, ReplayResult, replay

__all__ = ["ReplayResult", "Replayer", "replay"]
