from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalActivityOutcomeFailed")


@_attrs_define
class LocalActivityOutcomeFailed:
    outcome: Literal["failed"]
    message: str
    exception_type: str | Unset = UNSET
    non_retryable: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome

        message = self.message

        exception_type = self.exception_type

        non_retryable = self.non_retryable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "message": message,
            }
        )
        if exception_type is not UNSET:
            field_dict["exception_type"] = exception_type
        if non_retryable is not UNSET:
            field_dict["non_retryable"] = non_retryable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outcome = cast(Literal["failed"], d.pop("outcome"))
        if outcome != "failed":
            raise ValueError(f"outcome must match const 'failed', got '{outcome}'")

        message = d.pop("message")

        exception_type = d.pop("exception_type", UNSET)

        non_retryable = d.pop("non_retryable", UNSET)

        local_activity_outcome_failed = cls(
            outcome=outcome,
            message=message,
            exception_type=exception_type,
            non_retryable=non_retryable,
        )

        local_activity_outcome_failed.additional_properties = d
        return local_activity_outcome_failed

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
