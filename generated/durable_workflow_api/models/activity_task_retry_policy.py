from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityTaskRetryPolicy")


@_attrs_define
class ActivityTaskRetryPolicy:
    """The retry/timeout snapshot taken when the activity was scheduled (timeouts in seconds; `max_attempts: null` means
    unlimited).

    """

    snapshot_version: int | Unset = UNSET
    max_attempts: int | None | Unset = UNSET
    backoff_seconds: list[int] | Unset = UNSET
    start_to_close_timeout: int | None | Unset = UNSET
    schedule_to_start_timeout: int | None | Unset = UNSET
    schedule_to_close_timeout: int | None | Unset = UNSET
    heartbeat_timeout: int | None | Unset = UNSET
    non_retryable_error_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshot_version = self.snapshot_version

        max_attempts: int | None | Unset
        if isinstance(self.max_attempts, Unset):
            max_attempts = UNSET
        else:
            max_attempts = self.max_attempts

        backoff_seconds: list[int] | Unset = UNSET
        if not isinstance(self.backoff_seconds, Unset):
            backoff_seconds = self.backoff_seconds

        start_to_close_timeout: int | None | Unset
        if isinstance(self.start_to_close_timeout, Unset):
            start_to_close_timeout = UNSET
        else:
            start_to_close_timeout = self.start_to_close_timeout

        schedule_to_start_timeout: int | None | Unset
        if isinstance(self.schedule_to_start_timeout, Unset):
            schedule_to_start_timeout = UNSET
        else:
            schedule_to_start_timeout = self.schedule_to_start_timeout

        schedule_to_close_timeout: int | None | Unset
        if isinstance(self.schedule_to_close_timeout, Unset):
            schedule_to_close_timeout = UNSET
        else:
            schedule_to_close_timeout = self.schedule_to_close_timeout

        heartbeat_timeout: int | None | Unset
        if isinstance(self.heartbeat_timeout, Unset):
            heartbeat_timeout = UNSET
        else:
            heartbeat_timeout = self.heartbeat_timeout

        non_retryable_error_types: list[str] | Unset = UNSET
        if not isinstance(self.non_retryable_error_types, Unset):
            non_retryable_error_types = self.non_retryable_error_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snapshot_version is not UNSET:
            field_dict["snapshot_version"] = snapshot_version
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if backoff_seconds is not UNSET:
            field_dict["backoff_seconds"] = backoff_seconds
        if start_to_close_timeout is not UNSET:
            field_dict["start_to_close_timeout"] = start_to_close_timeout
        if schedule_to_start_timeout is not UNSET:
            field_dict["schedule_to_start_timeout"] = schedule_to_start_timeout
        if schedule_to_close_timeout is not UNSET:
            field_dict["schedule_to_close_timeout"] = schedule_to_close_timeout
        if heartbeat_timeout is not UNSET:
            field_dict["heartbeat_timeout"] = heartbeat_timeout
        if non_retryable_error_types is not UNSET:
            field_dict["non_retryable_error_types"] = non_retryable_error_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        snapshot_version = d.pop("snapshot_version", UNSET)

        def _parse_max_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_attempts = _parse_max_attempts(d.pop("max_attempts", UNSET))

        backoff_seconds = cast(list[int], d.pop("backoff_seconds", UNSET))

        def _parse_start_to_close_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_to_close_timeout = _parse_start_to_close_timeout(
            d.pop("start_to_close_timeout", UNSET)
        )

        def _parse_schedule_to_start_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        schedule_to_start_timeout = _parse_schedule_to_start_timeout(
            d.pop("schedule_to_start_timeout", UNSET)
        )

        def _parse_schedule_to_close_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        schedule_to_close_timeout = _parse_schedule_to_close_timeout(
            d.pop("schedule_to_close_timeout", UNSET)
        )

        def _parse_heartbeat_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        heartbeat_timeout = _parse_heartbeat_timeout(d.pop("heartbeat_timeout", UNSET))

        non_retryable_error_types = cast(list[str], d.pop("non_retryable_error_types", UNSET))

        activity_task_retry_policy = cls(
            snapshot_version=snapshot_version,
            max_attempts=max_attempts,
            backoff_seconds=backoff_seconds,
            start_to_close_timeout=start_to_close_timeout,
            schedule_to_start_timeout=schedule_to_start_timeout,
            schedule_to_close_timeout=schedule_to_close_timeout,
            heartbeat_timeout=heartbeat_timeout,
            non_retryable_error_types=non_retryable_error_types,
        )

        activity_task_retry_policy.additional_properties = d
        return activity_task_retry_policy

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
