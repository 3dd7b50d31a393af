"""Operator endpoints: ``/api/system/repair``, ``/retention``, ``/activity-timeouts``.

All of them need admin scope and return the server's JSON object as a ``dict``. A pass answers
``207 Multi-Status`` when some items failed; that is still a result (the failures are listed in
the body), so the client returns it like a ``200``. The status reads send no ``limit`` (the server
scans up to its default of 100). Empty id lists are not sent: the server treats them like no
filter.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from durable_workflow_api import models
from durable_workflow_api.api.system import enforce_activity_timeouts as _timeouts_pass
from durable_workflow_api.api.system import enforce_retention as _retention_pass
from durable_workflow_api.api.system import get_activity_timeout_status as _timeouts_status
from durable_workflow_api.api.system import get_repair_status as _repair_status
from durable_workflow_api.api.system import get_retention_status as _retention_status
from durable_workflow_api.api.system import run_repair_pass as _repair_pass
from durable_workflow_api.types import UNSET

from durable_workflow.client._core import ClientCore, Operation, json_object
from durable_workflow.client._drivers import AsyncBase, SyncBase
from durable_workflow.client._transport import Request
from durable_workflow.errors import InvalidArgument

#: Most ids one pass accepts, and the longest id.
MAX_IDS_PER_PASS = 100
MAX_ID_LENGTH = 128


def _ids(name: str, values: Sequence[str] | None) -> list[str] | None:
    """A list of ids to send, ``None`` when absent or empty; ``InvalidArgument`` when malformed."""
    if values is None:
        return None
    if isinstance(values, str | bytes) or not isinstance(values, Sequence):
        raise InvalidArgument(f"{name} must be a list of strings, got {type(values).__name__}")
    items = list(values)
    if len(items) > MAX_IDS_PER_PASS:
        raise InvalidArgument(f"{name} accepts at most {MAX_IDS_PER_PASS} ids, got {len(items)}")
    for item in items:
        if not isinstance(item, str) or not item.strip() or len(item.strip()) > MAX_ID_LENGTH:
            raise InvalidArgument(
                f"each of {name} must be a non-empty string of at most {MAX_ID_LENGTH} "
                f"characters, got {item!r}"
            )
    return items or None


def _limit(limit: int | None) -> int | None:
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InvalidArgument(f"limit must be a positive integer, got {limit!r}")
    return limit


# --------------------------------------------------------------------------- operations


def repair_status(core: ClientCore) -> Operation[dict[str, Any]]:
    """``GET /api/system/repair``."""
    response = yield Request.from_kwargs(
        _repair_status._get_kwargs(**core.control_header_args()), operation="repair_status"
    )
    return json_object(response, operation="repair_status")


def repair_pass(
    core: ClientCore, *, run_ids: Sequence[str] | None, instance_id: str | None
) -> Operation[dict[str, Any]]:
    """``POST /api/system/repair/pass`` with ``run_ids`` (when non-empty) and ``instance_id``."""
    body: dict[str, Any] = {}
    ids = _ids("run_ids", run_ids)
    if ids is not None:
        body["run_ids"] = ids
    if instance_id is not None:
        if (
            not isinstance(instance_id, str)
            or not instance_id.strip()
            or len(instance_id) > MAX_ID_LENGTH
        ):
            raise InvalidArgument(
                f"instance_id must be a non-empty string of at most {MAX_ID_LENGTH} characters"
            )
        body["instance_id"] = instance_id
    response = yield Request.from_kwargs(
        _repair_pass._get_kwargs(
            body=models.SystemRepairPassRequest.from_dict(body), **core.control_header_args()
        ),
        operation="repair_pass",
    )
    return json_object(response, operation="repair_pass")


def retention_status(core: ClientCore) -> Operation[dict[str, Any]]:
    """``GET /api/system/retention`` (no ``limit``: the server's default)."""
    response = yield Request.from_kwargs(
        _retention_status._get_kwargs(limit=UNSET, **core.control_header_args()),
        operation="retention_status",
    )
    return json_object(response, operation="retention_status")


def _scan_pass(
    core: ClientCore,
    endpoint: Any,
    model: Any,
    *,
    operation: str,
    ids_field: str,
    ids: Sequence[str] | None,
    limit: int | None,
) -> Operation[dict[str, Any]]:
    """A bounded operator pass: ``{<ids_field>?, limit?}`` (empty id lists are not sent)."""
    body: dict[str, Any] = {}
    checked_ids = _ids(ids_field, ids)
    if checked_ids is not None:
        body[ids_field] = checked_ids
    checked = _limit(limit)
    if checked is not None:
        body["limit"] = checked
    response = yield Request.from_kwargs(
        endpoint._get_kwargs(body=model.from_dict(body), **core.control_header_args()),
        operation=operation,
    )
    return json_object(response, operation=operation)


def retention_pass(
    core: ClientCore, *, run_ids: Sequence[str] | None, limit: int | None
) -> Operation[dict[str, Any]]:
    """``POST /api/system/retention/pass`` with ``run_ids`` (when non-empty) and ``limit``."""
    return (
        yield from _scan_pass(
            core,
            _retention_pass,
            models.SystemRetentionPassRequest,
            operation="retention_pass",
            ids_field="run_ids",
            ids=run_ids,
            limit=limit,
        )
    )


def activity_timeout_status(core: ClientCore) -> Operation[dict[str, Any]]:
    """``GET /api/system/activity-timeouts`` (no ``limit``: the server's default)."""
    response = yield Request.from_kwargs(
        _timeouts_status._get_kwargs(limit=UNSET, **core.control_header_args()),
        operation="activity_timeout_status",
    )
    return json_object(response, operation="activity_timeout_status")


def activity_timeout_pass(
    core: ClientCore, *, execution_ids: Sequence[str] | None, limit: int | None
) -> Operation[dict[str, Any]]:
    """``POST /api/system/activity-timeouts/pass`` with ``execution_ids`` and ``limit``."""
    return (
        yield from _scan_pass(
            core,
            _timeouts_pass,
            models.SystemActivityTimeoutPassRequest,
            operation="activity_timeout_pass",
            ids_field="execution_ids",
            ids=execution_ids,
            limit=limit,
        )
    )


# --------------------------------------------------------------------------- async methods


class AsyncSystem(AsyncBase):
    """Methods of :class:`~durable_workflow.client.AsyncClient`: operator endpoints."""

    async def repair_status(self) -> dict[str, Any]:
        """Return the current task repair policy and candidate snapshot.

        Mirrors ``dw system:repair-status``. Operator surface; the caller must be authenticated
        with admin scope.
        """
        return await self._run(repair_status(self._core))

    async def repair_pass(
        self, *, run_ids: list[str] | None = None, instance_id: str | None = None
    ) -> dict[str, Any]:
        """Run one task repair sweep on the server.

        Mirrors ``dw system:repair-pass``. Without filters the server runs a full-scope pass;
        pass ``run_ids`` or ``instance_id`` to narrow the sweep. Operator surface; requires
        admin scope. An empty ``run_ids`` is not sent. A ``207`` answer (some repairs failed,
        listed in the ``*_failures`` arrays) is returned like a ``200``.
        """
        return await self._run(repair_pass(self._core, run_ids=run_ids, instance_id=instance_id))

    async def retention_status(self) -> dict[str, Any]:
        """Return history-retention diagnostics for the current namespace.

        Mirrors ``dw system:retention-status``. The response reports the namespace retention
        window, the cutoff, and the run IDs currently eligible for pruning up to the server's
        scan limit. Operator surface; requires admin scope.
        """
        return await self._run(retention_status(self._core))

    async def retention_pass(
        self, *, run_ids: list[str] | None = None, limit: int | None = None
    ) -> dict[str, Any]:
        """Run one history-retention enforcement sweep on the server.

        Mirrors ``dw system:retention-pass``. Without filters the server prunes expired terminal
        runs from the namespace up to its scan limit; pass ``run_ids`` to narrow the sweep or
        ``limit`` to bound how many runs a single pass processes. Operator surface; requires
        admin scope. A ``207`` answer (``failed > 0``) is returned like a ``200``.
        """
        return await self._run(retention_pass(self._core, run_ids=run_ids, limit=limit))

    async def activity_timeout_status(self) -> dict[str, Any]:
        """Return activity-timeout diagnostics for the current namespace.

        Mirrors ``dw system:activity-timeout-status``. The response lists activity execution IDs
        that have passed their start-to-close or schedule-to-close deadline and are eligible for
        forced timeout. Operator surface; requires admin scope.
        """
        return await self._run(activity_timeout_status(self._core))

    async def activity_timeout_pass(
        self, *, execution_ids: list[str] | None = None, limit: int | None = None
    ) -> dict[str, Any]:
        """Run one activity-timeout enforcement sweep on the server.

        Mirrors ``dw system:activity-timeout-pass``. Without filters the server enforces
        timeouts for any expired activity executions up to its scan limit; pass
        ``execution_ids`` to narrow the sweep or ``limit`` to bound how many executions a single
        pass processes. Operator surface; requires admin scope. A ``207`` answer
        (``failed > 0``) is returned like a ``200``.
        """
        return await self._run(
            activity_timeout_pass(self._core, execution_ids=execution_ids, limit=limit)
        )


# --------------------------------------------------------------------------- sync methods


class SyncSystem(SyncBase):
    """Methods of :class:`~durable_workflow.client.SyncClient`: operator endpoints."""

    def repair_status(self) -> dict[str, Any]:
        """Return the current task repair policy and candidate snapshot.

        Mirrors ``dw system:repair-status``. Operator surface; the caller must be authenticated
        with admin scope.
        """
        return self._run(repair_status(self._core))

    def repair_pass(
        self, *, run_ids: list[str] | None = None, instance_id: str | None = None
    ) -> dict[str, Any]:
        """Run one task repair sweep on the server.

        Mirrors ``dw system:repair-pass``. Without filters the server runs a full-scope pass;
        pass ``run_ids`` or ``instance_id`` to narrow the sweep. Operator surface; requires
        admin scope. An empty ``run_ids`` is not sent. A ``207`` answer (some repairs failed,
        listed in the ``*_failures`` arrays) is returned like a ``200``.
        """
        return self._run(repair_pass(self._core, run_ids=run_ids, instance_id=instance_id))

    def retention_status(self) -> dict[str, Any]:
        """Return history-retention diagnostics for the current namespace.

        Mirrors ``dw system:retention-status``. The response reports the namespace retention
        window, the cutoff, and the run IDs currently eligible for pruning up to the server's
        scan limit. Operator surface; requires admin scope.
        """
        return self._run(retention_status(self._core))

    def retention_pass(
        self, *, run_ids: list[str] | None = None, limit: int | None = None
    ) -> dict[str, Any]:
        """Run one history-retention enforcement sweep on the server.

        Mirrors ``dw system:retention-pass``. Without filters the server prunes expired terminal
        runs from the namespace up to its scan limit; pass ``run_ids`` to narrow the sweep or
        ``limit`` to bound how many runs a single pass processes. Operator surface; requires
        admin scope. A ``207`` answer (``failed > 0``) is returned like a ``200``.
        """
        return self._run(retention_pass(self._core, run_ids=run_ids, limit=limit))

    def activity_timeout_status(self) -> dict[str, Any]:
        """Return activity-timeout diagnostics for the current namespace.

        Mirrors ``dw system:activity-timeout-status``. The response lists activity execution IDs
        that have passed their start-to-close or schedule-to-close deadline and are eligible for
        forced timeout. Operator surface; requires admin scope.
        """
        return self._run(activity_timeout_status(self._core))

    def activity_timeout_pass(
        self, *, execution_ids: list[str] | None = None, limit: int | None = None
    ) -> dict[str, Any]:
        """Run one activity-timeout enforcement sweep on the server.

        Mirrors ``dw system:activity-timeout-pass``. Without filters the server enforces
        timeouts for any expired activity executions up to its scan limit; pass
        ``execution_ids`` to narrow the sweep or ``limit`` to bound how many executions a single
        pass processes. Operator surface; requires admin scope. A ``207`` answer
        (``failed > 0``) is returned like a ``200``.
        """
        return self._run(
            activity_timeout_pass(self._core, execution_ids=execution_ids, limit=limit)
        )
