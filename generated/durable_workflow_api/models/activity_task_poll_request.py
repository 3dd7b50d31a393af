from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityTaskPollRequest")


@_attrs_define
class ActivityTaskPollRequest:
    worker_id: str
    task_queue: str
    build_id: None | str | Unset = UNSET
    poll_request_id: None | str | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        task_queue = self.task_queue

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        poll_request_id: None | str | Unset
        if isinstance(self.poll_request_id, Unset):
            poll_request_id = UNSET
        else:
            poll_request_id = self.poll_request_id

        timeout_seconds = self.timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "worker_id": worker_id,
                "task_queue": task_queue,
            }
        )
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if poll_request_id is not UNSET:
            field_dict["poll_request_id"] = poll_request_id
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        worker_id = d.pop("worker_id")

        task_queue = d.pop("task_queue")

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        def _parse_poll_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        poll_request_id = _parse_poll_request_id(d.pop("poll_request_id", UNSET))

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        activity_task_poll_request = cls(
            worker_id=worker_id,
            task_queue=task_queue,
            build_id=build_id,
            poll_request_id=poll_request_id,
            timeout_seconds=timeout_seconds,
        )

        activity_task_poll_request.additional_properties = d
        return activity_task_poll_request

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
