from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueuePoller")


@_attrs_define
class TaskQueuePoller:
    """A live or stale worker polling the queue."""

    worker_id: str
    runtime: None | str | Unset = UNSET
    sdk_version: None | str | Unset = UNSET
    build_id: None | str | Unset = UNSET
    last_heartbeat_at: None | str | Unset = UNSET
    heartbeat_expires_at: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ Worker status: the stored status (`active`, `draining`, ...) or `stale` when the last heartbeat is older
    than the stale threshold (open set). """
    is_stale: bool | Unset = UNSET
    supported_workflow_types: list[str] | Unset = UNSET
    supported_activity_types: list[str] | Unset = UNSET
    max_concurrent_workflow_tasks: int | None | Unset = UNSET
    max_concurrent_activity_tasks: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        runtime: None | str | Unset
        if isinstance(self.runtime, Unset):
            runtime = UNSET
        else:
            runtime = self.runtime

        sdk_version: None | str | Unset
        if isinstance(self.sdk_version, Unset):
            sdk_version = UNSET
        else:
            sdk_version = self.sdk_version

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        last_heartbeat_at: None | str | Unset
        if isinstance(self.last_heartbeat_at, Unset):
            last_heartbeat_at = UNSET
        else:
            last_heartbeat_at = self.last_heartbeat_at

        heartbeat_expires_at: None | str | Unset
        if isinstance(self.heartbeat_expires_at, Unset):
            heartbeat_expires_at = UNSET
        else:
            heartbeat_expires_at = self.heartbeat_expires_at

        status = self.status

        is_stale = self.is_stale

        supported_workflow_types: list[str] | Unset = UNSET
        if not isinstance(self.supported_workflow_types, Unset):
            supported_workflow_types = self.supported_workflow_types

        supported_activity_types: list[str] | Unset = UNSET
        if not isinstance(self.supported_activity_types, Unset):
            supported_activity_types = self.supported_activity_types

        max_concurrent_workflow_tasks: int | None | Unset
        if isinstance(self.max_concurrent_workflow_tasks, Unset):
            max_concurrent_workflow_tasks = UNSET
        else:
            max_concurrent_workflow_tasks = self.max_concurrent_workflow_tasks

        max_concurrent_activity_tasks: int | None | Unset
        if isinstance(self.max_concurrent_activity_tasks, Unset):
            max_concurrent_activity_tasks = UNSET
        else:
            max_concurrent_activity_tasks = self.max_concurrent_activity_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "worker_id": worker_id,
            }
        )
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if sdk_version is not UNSET:
            field_dict["sdk_version"] = sdk_version
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if last_heartbeat_at is not UNSET:
            field_dict["last_heartbeat_at"] = last_heartbeat_at
        if heartbeat_expires_at is not UNSET:
            field_dict["heartbeat_expires_at"] = heartbeat_expires_at
        if status is not UNSET:
            field_dict["status"] = status
        if is_stale is not UNSET:
            field_dict["is_stale"] = is_stale
        if supported_workflow_types is not UNSET:
            field_dict["supported_workflow_types"] = supported_workflow_types
        if supported_activity_types is not UNSET:
            field_dict["supported_activity_types"] = supported_activity_types
        if max_concurrent_workflow_tasks is not UNSET:
            field_dict["max_concurrent_workflow_tasks"] = max_concurrent_workflow_tasks
        if max_concurrent_activity_tasks is not UNSET:
            field_dict["max_concurrent_activity_tasks"] = max_concurrent_activity_tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        worker_id = d.pop("worker_id")

        def _parse_runtime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        runtime = _parse_runtime(d.pop("runtime", UNSET))

        def _parse_sdk_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sdk_version = _parse_sdk_version(d.pop("sdk_version", UNSET))

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        def _parse_last_heartbeat_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_heartbeat_at = _parse_last_heartbeat_at(d.pop("last_heartbeat_at", UNSET))

        def _parse_heartbeat_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        heartbeat_expires_at = _parse_heartbeat_expires_at(d.pop("heartbeat_expires_at", UNSET))

        status = d.pop("status", UNSET)

        is_stale = d.pop("is_stale", UNSET)

        supported_workflow_types = cast(list[str], d.pop("supported_workflow_types", UNSET))

        supported_activity_types = cast(list[str], d.pop("supported_activity_types", UNSET))

        def _parse_max_concurrent_workflow_tasks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrent_workflow_tasks = _parse_max_concurrent_workflow_tasks(
            d.pop("max_concurrent_workflow_tasks", UNSET)
        )

        def _parse_max_concurrent_activity_tasks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrent_activity_tasks = _parse_max_concurrent_activity_tasks(
            d.pop("max_concurrent_activity_tasks", UNSET)
        )

        task_queue_poller = cls(
            worker_id=worker_id,
            runtime=runtime,
            sdk_version=sdk_version,
            build_id=build_id,
            last_heartbeat_at=last_heartbeat_at,
            heartbeat_expires_at=heartbeat_expires_at,
            status=status,
            is_stale=is_stale,
            supported_workflow_types=supported_workflow_types,
            supported_activity_types=supported_activity_types,
            max_concurrent_workflow_tasks=max_concurrent_workflow_tasks,
            max_concurrent_activity_tasks=max_concurrent_activity_tasks,
        )

        task_queue_poller.additional_properties = d
        return task_queue_poller

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
