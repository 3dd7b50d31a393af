from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowCommandRetryPolicy")


@_attrs_define
class WorkflowCommandRetryPolicy:
    """Retry policy of an activity or child workflow."""

    max_attempts: int | None | Unset = UNSET
    """ Total attempts including the first (absent = 1). """
    backoff_seconds: list[int] | Unset = UNSET
    """ Delay before attempt n+1 is `backoff_seconds[min(n-1, len-1)]`. """
    non_retryable_error_types: list[str] | Unset = UNSET
    """ Failure types / classes that are never retried. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_attempts: int | None | Unset
        if isinstance(self.max_attempts, Unset):
            max_attempts = UNSET
        else:
            max_attempts = self.max_attempts

        backoff_seconds: list[int] | Unset = UNSET
        if not isinstance(self.backoff_seconds, Unset):
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

        def _parse_max_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_attempts = _parse_max_attempts(d.pop("max_attempts", UNSET))

        backoff_seconds = cast(list[int], d.pop("backoff_seconds", UNSET))

        non_retryable_error_types = cast(list[str], d.pop("non_retryable_error_types", UNSET))

        workflow_command_retry_policy = cls(
            max_attempts=max_attempts,
            backoff_seconds=backoff_seconds,
            non_retryable_error_types=non_retryable_error_types,
        )

        workflow_command_retry_policy.additional_properties = d
        return workflow_command_retry_policy

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
