from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_queue_oldest_ready_task import TaskQueueOldestReadyTask
    from ..models.task_queue_poller_stats import TaskQueuePollerStats
    from ..models.task_queue_task_counts import TaskQueueTaskCounts


T = TypeVar("T", bound="TaskQueueStats")


@_attrs_define
class TaskQueueStats:
    """Backlog and poller statistics of a queue (engine-defined)."""

    approximate_backlog_count: int | Unset = UNSET
    approximate_backlog_age: None | str | Unset = UNSET
    """ Human-readable age of the oldest ready task, e.g. `45s`. """
    approximate_backlog_age_seconds: int | None | Unset = UNSET
    oldest_ready_task: None | TaskQueueOldestReadyTask | Unset = UNSET
    workflow_tasks: TaskQueueTaskCounts | Unset = UNSET
    """ Counts for one task kind. """
    activity_tasks: TaskQueueTaskCounts | Unset = UNSET
    """ Counts for one task kind. """
    pollers: TaskQueuePollerStats | Unset = UNSET
    tasks_added_last_minute: int | Unset = UNSET
    tasks_dispatched_last_minute: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_queue_oldest_ready_task import TaskQueueOldestReadyTask

        approximate_backlog_count = self.approximate_backlog_count

        approximate_backlog_age: None | str | Unset
        if isinstance(self.approximate_backlog_age, Unset):
            approximate_backlog_age = UNSET
        else:
            approximate_backlog_age = self.approximate_backlog_age

        approximate_backlog_age_seconds: int | None | Unset
        if isinstance(self.approximate_backlog_age_seconds, Unset):
            approximate_backlog_age_seconds = UNSET
        else:
            approximate_backlog_age_seconds = self.approximate_backlog_age_seconds

        oldest_ready_task: dict[str, Any] | None | Unset
        if isinstance(self.oldest_ready_task, Unset):
            oldest_ready_task = UNSET
        elif isinstance(self.oldest_ready_task, TaskQueueOldestReadyTask):
            oldest_ready_task = self.oldest_ready_task.to_dict()
        else:
            oldest_ready_task = self.oldest_ready_task

        workflow_tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_tasks, Unset):
            workflow_tasks = self.workflow_tasks.to_dict()

        activity_tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity_tasks, Unset):
            activity_tasks = self.activity_tasks.to_dict()

        pollers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pollers, Unset):
            pollers = self.pollers.to_dict()

        tasks_added_last_minute = self.tasks_added_last_minute

        tasks_dispatched_last_minute = self.tasks_dispatched_last_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approximate_backlog_count is not UNSET:
            field_dict["approximate_backlog_count"] = approximate_backlog_count
        if approximate_backlog_age is not UNSET:
            field_dict["approximate_backlog_age"] = approximate_backlog_age
        if approximate_backlog_age_seconds is not UNSET:
            field_dict["approximate_backlog_age_seconds"] = approximate_backlog_age_seconds
        if oldest_ready_task is not UNSET:
            field_dict["oldest_ready_task"] = oldest_ready_task
        if workflow_tasks is not UNSET:
            field_dict["workflow_tasks"] = workflow_tasks
        if activity_tasks is not UNSET:
            field_dict["activity_tasks"] = activity_tasks
        if pollers is not UNSET:
            field_dict["pollers"] = pollers
        if tasks_added_last_minute is not UNSET:
            field_dict["tasks_added_last_minute"] = tasks_added_last_minute
        if tasks_dispatched_last_minute is not UNSET:
            field_dict["tasks_dispatched_last_minute"] = tasks_dispatched_last_minute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_queue_oldest_ready_task import TaskQueueOldestReadyTask
        from ..models.task_queue_poller_stats import TaskQueuePollerStats
        from ..models.task_queue_task_counts import TaskQueueTaskCounts

        d = dict(src_dict)
        approximate_backlog_count = d.pop("approximate_backlog_count", UNSET)

        def _parse_approximate_backlog_age(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approximate_backlog_age = _parse_approximate_backlog_age(
            d.pop("approximate_backlog_age", UNSET)
        )

        def _parse_approximate_backlog_age_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approximate_backlog_age_seconds = _parse_approximate_backlog_age_seconds(
            d.pop("approximate_backlog_age_seconds", UNSET)
        )

        def _parse_oldest_ready_task(data: object) -> None | TaskQueueOldestReadyTask | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oldest_ready_task_type_0 = TaskQueueOldestReadyTask.from_dict(data)

                return oldest_ready_task_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskQueueOldestReadyTask | Unset, data)

        oldest_ready_task = _parse_oldest_ready_task(d.pop("oldest_ready_task", UNSET))

        _workflow_tasks = d.pop("workflow_tasks", UNSET)
        workflow_tasks: TaskQueueTaskCounts | Unset
        if isinstance(_workflow_tasks, Unset):
            workflow_tasks = UNSET
        else:
            workflow_tasks = TaskQueueTaskCounts.from_dict(_workflow_tasks)

        _activity_tasks = d.pop("activity_tasks", UNSET)
        activity_tasks: TaskQueueTaskCounts | Unset
        if isinstance(_activity_tasks, Unset):
            activity_tasks = UNSET
        else:
            activity_tasks = TaskQueueTaskCounts.from_dict(_activity_tasks)

        _pollers = d.pop("pollers", UNSET)
        pollers: TaskQueuePollerStats | Unset
        if isinstance(_pollers, Unset):
            pollers = UNSET
        else:
            pollers = TaskQueuePollerStats.from_dict(_pollers)

        tasks_added_last_minute = d.pop("tasks_added_last_minute", UNSET)

        tasks_dispatched_last_minute = d.pop("tasks_dispatched_last_minute", UNSET)

        task_queue_stats = cls(
            approximate_backlog_count=approximate_backlog_count,
            approximate_backlog_age=approximate_backlog_age,
            approximate_backlog_age_seconds=approximate_backlog_age_seconds,
            oldest_ready_task=oldest_ready_task,
            workflow_tasks=workflow_tasks,
            activity_tasks=activity_tasks,
            pollers=pollers,
            tasks_added_last_minute=tasks_added_last_minute,
            tasks_dispatched_last_minute=tasks_dispatched_last_minute,
        )

        task_queue_stats.additional_properties = d
        return task_queue_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
