"""Schedules: ``/api/schedules…``.

Seed methods of this area: ``get_schedule_handle``, ``create_schedule``, ``describe_schedule``,
``update_schedule``, ``pause_schedule``, ``resume_schedule``, ``trigger_schedule``,
``delete_schedule``, ``backfill_schedule``, ``get_schedule_history``, ``iter_schedule_history``.

``ScheduleHandle`` and its ``SyncScheduleHandle`` twin belong in this module.

Add each as an operation generator, an async method in ``AsyncSchedules`` and its sync twin in
``SyncSchedules`` (see ``durable_workflow.client``). Both mixins are already part of the
clients.
"""

from __future__ import annotations

from durable_workflow.client._drivers import AsyncBase, SyncBase


class AsyncSchedules(AsyncBase):
    """Methods of :class:`AsyncClient`: schedules."""


class SyncSchedules(SyncBase):
    """Methods of :class:`SyncClient`: schedules."""
