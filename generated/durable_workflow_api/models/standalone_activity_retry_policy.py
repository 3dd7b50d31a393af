from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandaloneActivityRetryPolicy")


@_attrs_define
class StandaloneActivityRetryPolicy:
    max_attempts: int | Unset = UNSET
    backoff_seconds: int | list[int] | Unset = UNSET
    """ One delay or a per-attempt list of delays. """
    non_retryable_error_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_attempts = self.max_attempts

        backoff_seconds: int | list[int] | Unset
        if isinstance(self.backoff_seconds, Unset):
            backoff_seconds = UNSET
        elif isinstance(self.backoff_seconds, list):
            backoff_seconds = self.backoff_seconds

        else:
            backoff_seconds = self.backoff_seconds

        non_retryable_error_types: list[str] | Unset = UNSET
        if not isinstance(self.non_retryable_error_types, Unset):
            non_retryable_error_types = self.non_retryable_error_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if backoff_seconds is not UNSET:
            field_dict["backoff_seconds"] = backoff_seconds
        if non_retryable_error_types is not UNSET:
            field_dict["non_retryable_error_types"] = non_retryable_error_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_attempts = d.pop("max_attempts", UNSET)

        def _parse_backoff_seconds(data: object) -> int | list[int] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                backoff_seconds_type_1 = cast(list[int], data)

                return backoff_seconds_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int] | Unset, data)

        backoff_seconds = _parse_backoff_seconds(d.pop("backoff_seconds", UNSET))

        non_retryable_error_types = cast(list[str], d.pop("non_retryable_error_types", UNSET))

        standalone_activity_retry_policy = cls(
            max_attempts=max_attempts,
            backoff_seconds=backoff_seconds,
            non_retryable_error_types=non_retryable_error_types,
        )

        standalone_activity_retry_policy.additional_properties = d
        return standalone_activity_retry_policy

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
