from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_queue_build_id_cohort import TaskQueueBuildIdCohort


T = TypeVar("T", bound="TaskQueueBuildIdRollout")


@_attrs_define
class TaskQueueBuildIdRollout:
    """Build-id rollout snapshot of a task queue, one cohort per build id."""

    build_ids: list[TaskQueueBuildIdCohort]
    namespace: str | Unset = UNSET
    task_queue: str | Unset = UNSET
    stale_after_seconds: int | Unset = UNSET
    """ Worker heartbeat staleness threshold. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_ids = []
        for build_ids_item_data in self.build_ids:
            build_ids_item = build_ids_item_data.to_dict()
            build_ids.append(build_ids_item)

        namespace = self.namespace

        task_queue = self.task_queue

        stale_after_seconds = self.stale_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_ids": build_ids,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if stale_after_seconds is not UNSET:
            field_dict["stale_after_seconds"] = stale_after_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_queue_build_id_cohort import TaskQueueBuildIdCohort

        d = dict(src_dict)
        build_ids = []
        _build_ids = d.pop("build_ids")
        for build_ids_item_data in _build_ids:
            build_ids_item = TaskQueueBuildIdCohort.from_dict(build_ids_item_data)

            build_ids.append(build_ids_item)

        namespace = d.pop("namespace", UNSET)

        task_queue = d.pop("task_queue", UNSET)

        stale_after_seconds = d.pop("stale_after_seconds", UNSET)

        task_queue_build_id_rollout = cls(
            build_ids=build_ids,
            namespace=namespace,
            task_queue=task_queue,
            stale_after_seconds=stale_after_seconds,
        )

        task_queue_build_id_rollout.additional_properties = d
        return task_queue_build_id_rollout

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
