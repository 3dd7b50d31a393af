from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancellationRequestInput")


@_attrs_define
class CancellationRequestInput:
    """Request cooperative cancellation (newer servers; requires discovery capability `cooperative_cancellation` and worker
    protocol 1.20).

    """

    reason: None | str | Unset = UNSET
    cleanup_timeout_seconds: int | None | Unset = UNSET
    """ Bounded cleanup window. Default: `600`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        cleanup_timeout_seconds: int | None | Unset
        if isinstance(self.cleanup_timeout_seconds, Unset):
            cleanup_timeout_seconds = UNSET
        else:
            cleanup_timeout_seconds = self.cleanup_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if cleanup_timeout_seconds is not UNSET:
            field_dict["cleanup_timeout_seconds"] = cleanup_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_cleanup_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cleanup_timeout_seconds = _parse_cleanup_timeout_seconds(
            d.pop("cleanup_timeout_seconds", UNSET)
        )

        cancellation_request_input = cls(
            reason=reason,
            cleanup_timeout_seconds=cleanup_timeout_seconds,
        )

        cancellation_request_input.additional_properties = d
        return cancellation_request_input

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
