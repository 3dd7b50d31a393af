"""Schedule handles: a schedule id bound to a client.

:class:`ScheduleHandle` (coroutines, bound to an :class:`~durable_workflow.client.AsyncClient`) and
:class:`SyncScheduleHandle` (blocking, bound to a :class:`~durable_workflow.client.SyncClient`)
have the same methods, parameters and docstrings; each method delegates to the client method of
the same meaning.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from durable_workflow.client._client import AsyncClient, SyncClient
    from durable_workflow.client.progress import ProgressArg
    from durable_workflow.client.types import (
        ScheduleAction,
        ScheduleBackfillResult,
        ScheduleDescription,
        ScheduleHistoryEvent,
        ScheduleHistoryPage,
        ScheduleSpec,
        ScheduleTriggerResult,
    )


class ScheduleHandle:
    """Convenience wrapper for operating on one schedule ID."""

    def __init__(self, client: AsyncClient, schedule_id: str) -> None:
        self._client = client
        self.schedule_id = schedule_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(schedule_id={self.schedule_id!r})"

    async def describe(self) -> ScheduleDescription:
        """Return the server's current view of this schedule.

        See :meth:`Client.describe_schedule`.
        """
        return await self._client.describe_schedule(self.schedule_id)

    async def update(
        self,
        *,
        spec: ScheduleSpec | None = None,
        action: ScheduleAction | None = None,
        overlap_policy: str | None = None,
        jitter_seconds: int | None = None,
        max_runs: int | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        note: str | None = None,
    ) -> None:
        """Update one or more fields of this schedule. See :meth:`Client.update_schedule`."""
        await self._client.update_schedule(
            self.schedule_id,
            spec=spec,
            action=action,
            overlap_policy=overlap_policy,
            jitter_seconds=jitter_seconds,
            max_runs=max_runs,
            memo=memo,
            search_attributes=search_attributes,
            note=note,
        )

    async def pause(self, *, note: str | None = None) -> None:
        """Pause this schedule so it stops firing. See :meth:`Client.pause_schedule`."""
        await self._client.pause_schedule(self.schedule_id, note=note)

    async def resume(self, *, note: str | None = None) -> None:
        """Resume this paused schedule. See :meth:`Client.resume_schedule`."""
        await self._client.resume_schedule(self.schedule_id, note=note)

    async def delete(self) -> None:
        """Delete this schedule. See :meth:`Client.delete_schedule`."""
        await self._client.delete_schedule(self.schedule_id)

    async def trigger(self, *, overlap_policy: str | None = None) -> ScheduleTriggerResult:
        """Fire this schedule immediately. See :meth:`Client.trigger_schedule`."""
        return await self._client.trigger_schedule(self.schedule_id, overlap_policy=overlap_policy)

    async def backfill(
        self, *, start_time: str, end_time: str, overlap_policy: str | None = None
    ) -> ScheduleBackfillResult:
        """Fire this schedule for every moment in a past time range.

        See :meth:`Client.backfill_schedule`.
        """
        return await self._client.backfill_schedule(
            self.schedule_id,
            start_time=start_time,
            end_time=end_time,
            overlap_policy=overlap_policy,
        )

    async def history(
        self, *, limit: int | None = None, after_sequence: int | None = None
    ) -> ScheduleHistoryPage:
        """Return one page of this schedule's audit history.

        See :meth:`Client.get_schedule_history`.
        """
        return await self._client.get_schedule_history(
            self.schedule_id, limit=limit, after_sequence=after_sequence
        )

    async def iter_history(
        self,
        *,
        limit: int | None = None,
        after_sequence: int | None = None,
        progress: ProgressArg = None,
    ) -> AsyncIterator[ScheduleHistoryEvent]:
        """Iterate every audit event for this schedule.

        See :meth:`Client.iter_schedule_history`.
        """
        async for event in self._client.iter_schedule_history(
            self.schedule_id, limit=limit, after_sequence=after_sequence, progress=progress
        ):
            yield event


class SyncScheduleHandle:
    """Convenience wrapper for operating on one schedule ID."""

    def __init__(self, client: SyncClient, schedule_id: str) -> None:
        self._client = client
        self.schedule_id = schedule_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(schedule_id={self.schedule_id!r})"

    def describe(self) -> ScheduleDescription:
        """Return the server's current view of this schedule.

        See :meth:`Client.describe_schedule`.
        """
        return self._client.describe_schedule(self.schedule_id)

    def update(
        self,
        *,
        spec: ScheduleSpec | None = None,
        action: ScheduleAction | None = None,
        overlap_policy: str | None = None,
        jitter_seconds: int | None = None,
        max_runs: int | None = None,
        memo: dict[str, Any] | None = None,
        search_attributes: dict[str, Any] | None = None,
        note: str | None = None,
    ) -> None:
        """Update one or more fields of this schedule. See :meth:`Client.update_schedule`."""
        self._client.update_schedule(
            self.schedule_id,
            spec=spec,
            action=action,
            overlap_policy=overlap_policy,
            jitter_seconds=jitter_seconds,
            max_runs=max_runs,
            memo=memo,
            search_attributes=search_attributes,
            note=note,
        )

    def pause(self, *, note: str | None = None) -> None:
        """Pause this schedule so it stops firing. See :meth:`Client.pause_schedule`."""
        self._client.pause_schedule(self.schedule_id, note=note)

    def resume(self, *, note: str | None = None) -> None:
        """Resume this paused schedule. See :meth:`Client.resume_schedule`."""
        self._client.resume_schedule(self.schedule_id, note=note)

    def delete(self) -> None:
        """Delete this schedule. See :meth:`Client.delete_schedule`."""
        self._client.delete_schedule(self.schedule_id)

    def trigger(self, *, overlap_policy: str | None = None) -> ScheduleTriggerResult:
        """Fire this schedule immediately. See :meth:`Client.trigger_schedule`."""
        return self._client.trigger_schedule(self.schedule_id, overlap_policy=overlap_policy)

    def backfill(
        self, *, start_time: str, end_time: str, overlap_policy: str | None = None
    ) -> ScheduleBackfillResult:
        """Fire this schedule for every moment in a past time range.

        See :meth:`Client.backfill_schedule`.
        """
        return self._client.backfill_schedule(
            self.schedule_id,
            start_time=start_time,
            end_time=end_time,
            overlap_policy=overlap_policy,
        )

    def history(
        self, *, limit: int | None = None, after_sequence: int | None = None
    ) -> ScheduleHistoryPage:
        """Return one page of this schedule's audit history.

        See :meth:`Client.get_schedule_history`.
        """
        return self._client.get_schedule_history(
            self.schedule_id, limit=limit, after_sequence=after_sequence
        )

    def iter_history(
        self,
        *,
        limit: int | None = None,
        after_sequence: int | None = None,
        progress: ProgressArg = None,
    ) -> Iterator[ScheduleHistoryEvent]:
        """Iterate every audit event for this schedule.

        See :meth:`Client.iter_schedule_history`.
        """
        yield from self._client.iter_schedule_history(
            self.schedule_id, limit=limit, after_sequence=after_sequence, progress=progress
        )
