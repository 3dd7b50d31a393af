from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_queue_query_admission import TaskQueueQueryAdmission
    from ..models.task_queue_task_admission import TaskQueueTaskAdmission


T = TypeVar("T", bound="TaskQueueAdmission")


@_attrs_define
class TaskQueueAdmission:
    """Admission state of the queue per task kind."""

    workflow_tasks: TaskQueueTaskAdmission | Unset = UNSET
    """ Admission of workflow or activity tasks. `server_max_*` limits are null when no server budget is configured
    (the status then follows worker slots only). """
    activity_tasks: TaskQueueTaskAdmission | Unset = UNSET
    """ Admission of workflow or activity tasks. `server_max_*` limits are null when no server budget is configured
    (the status then follows worker slots only). """
    query_tasks: TaskQueueQueryAdmission | Unset = UNSET
    """ Admission of query tasks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_tasks, Unset):
            workflow_tasks = self.workflow_tasks.to_dict()

        activity_tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity_tasks, Unset):
            activity_tasks = self.activity_tasks.to_dict()

        query_tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_tasks, Unset):
            query_tasks = self.query_tasks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_tasks is not UNSET:
            field_dict["workflow_tasks"] = workflow_tasks
        if activity_tasks is not UNSET:
            field_dict["activity_tasks"] = activity_tasks
        if query_tasks is not UNSET:
            field_dict["query_tasks"] = query_tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_queue_query_admission import TaskQueueQueryAdmission
        from ..models.task_queue_task_admission import TaskQueueTaskAdmission

        d = dict(src_dict)
        _workflow_tasks = d.pop("workflow_tasks", UNSET)
        workflow_tasks: TaskQueueTaskAdmission | Unset
        if isinstance(_workflow_tasks, Unset):
            workflow_tasks = UNSET
        else:
            workflow_tasks = TaskQueueTaskAdmission.from_dict(_workflow_tasks)

        _activity_tasks = d.pop("activity_tasks", UNSET)
        activity_tasks: TaskQueueTaskAdmission | Unset
        if isinstance(_activity_tasks, Unset):
            activity_tasks = UNSET
        else:
            activity_tasks = TaskQueueTaskAdmission.from_dict(_activity_tasks)

        _query_tasks = d.pop("query_tasks", UNSET)
        query_tasks: TaskQueueQueryAdmission | Unset
        if isinstance(_query_tasks, Unset):
            query_tasks = UNSET
        else:
            query_tasks = TaskQueueQueryAdmission.from_dict(_query_tasks)

        task_queue_admission = cls(
            workflow_tasks=workflow_tasks,
            activity_tasks=activity_tasks,
            query_tasks=query_tasks,
        )

        task_queue_admission.additional_properties = d
        return task_queue_admission

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
