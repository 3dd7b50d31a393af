from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemActivityTimeoutResult")


@_attrs_define
class SystemActivityTimeoutResult:
    """One execution: `enforced` (with `has_retry`), `skipped` or `error` (with `reason`)."""

    execution_id: str | Unset = UNSET
    outcome: str | Unset = UNSET
    has_retry: bool | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        outcome = self.outcome

        has_retry = self.has_retry

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if has_retry is not UNSET:
            field_dict["has_retry"] = has_retry
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        execution_id = d.pop("execution_id", UNSET)

        outcome = d.pop("outcome", UNSET)

        has_retry = d.pop("has_retry", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        system_activity_timeout_result = cls(
            execution_id=execution_id,
            outcome=outcome,
            has_retry=has_retry,
            reason=reason,
        )

        system_activity_timeout_result.additional_properties = d
        return system_activity_timeout_result

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
