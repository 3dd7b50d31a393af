from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalActivityRetryPolicy")


@_attrs_define
class LocalActivityRetryPolicy:
    max_attempts: int | Unset = UNSET
    backoff_seconds: list[int] | Unset = UNSET
    non_retryable_exceptions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_attempts = self.max_attempts

        backoff_seconds: list[int] | Unset = UNSET
        if not isinstance(self.backoff_seconds, Unset):
            backoff_seconds = self.backoff_seconds

        non_retryable_exceptions: list[str] | Unset = UNSET
        if not isinstance(self.non_retryable_exceptions, Unset):
            non_retryable_exceptions = self.non_retryable_exceptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if backoff_seconds is not UNSET:
            field_dict["backoff_seconds"] = backoff_seconds
        if non_retryable_exceptions is not UNSET:
            field_dict["non_retryable_exceptions"] = non_retryable_exceptions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_attempts = d.pop("max_attempts", UNSET)

        backoff_seconds = cast(list[int], d.pop("backoff_seconds", UNSET))

        non_retryable_exceptions = cast(list[str], d.pop("non_retryable_exceptions", UNSET))

        local_activity_retry_policy = cls(
            max_attempts=max_attempts,
            backoff_seconds=backoff_seconds,
            non_retryable_exceptions=non_retryable_exceptions,
        )

        local_activity_retry_policy.additional_properties = d
        return local_activity_retry_policy

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
