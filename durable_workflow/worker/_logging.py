"""Task-scoped log lines: every line names the workflow id, run id, task and attempt."""

from __future__ import annotations

import logging
from collections.abc import Mapping, MutableMapping
from typing import Any

logger = logging.getLogger("durable_workflow.worker")


class TaskLog(logging.LoggerAdapter[logging.Logger]):
    """Prefixes messages with ``[workflow_id/run_id task=... attempt=...]`` and sets ``extra``."""

    def process(
        self, msg: Any, kwargs: MutableMapping[str, Any]
    ) -> tuple[Any, MutableMapping[str, Any]]:
        extra = dict(self.extra or {})
        kwargs["extra"] = {**extra, **kwargs.get("extra", {})}
        prefix = (
            f"[{extra.get('workflow_id')}/{extra.get('run_id')} "
            f"{extra.get('task_kind')}={extra.get('task_id')} attempt={extra.get('attempt')}]"
        )
        return f"{prefix} {msg}", kwargs


def task_log(kind: str, task: Mapping[str, Any], *, task_id_key: str, attempt_key: str) -> TaskLog:
    """The :class:`TaskLog` of one leased task."""
    return TaskLog(
        logger,
        {
            "workflow_id": task.get("workflow_id"),
            "run_id": task.get("run_id"),
            "task_kind": kind,
            "task_id": task.get(task_id_key),
            "attempt": task.get(attempt_key),
        },
    )
