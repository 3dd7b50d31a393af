from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowCommandOpenSignalWait")


@_attrs_define
class WorkflowCommandOpenSignalWait:
    """Wait for a named signal (engine head; not emitted by the reference SDK)."""

    type_: Literal["open_signal_wait"]
    signal_name: str
    cancellation_scope_id: None | str | Unset = UNSET
    cancellation_cleanup: bool | None | Unset = UNSET
    timeout_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        signal_name = self.signal_name

        cancellation_scope_id: None | str | Unset
        if isinstance(self.cancellation_scope_id, Unset):
            cancellation_scope_id = UNSET
        else:
            cancellation_scope_id = self.cancellation_scope_id

        cancellation_cleanup: bool | None | Unset
        if isinstance(self.cancellation_cleanup, Unset):
            cancellation_cleanup = UNSET
        else:
            cancellation_cleanup = self.cancellation_cleanup

        timeout_seconds: int | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "signal_name": signal_name,
            }
        )
        if cancellation_scope_id is not UNSET:
            field_dict["cancellation_scope_id"] = cancellation_scope_id
        if cancellation_cleanup is not UNSET:
            field_dict["cancellation_cleanup"] = cancellation_cleanup
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["open_signal_wait"], d.pop("type"))
        if type_ != "open_signal_wait":
            raise ValueError(f"type must match const 'open_signal_wait', got '{type_}'")

        signal_name = d.pop("signal_name")

        def _parse_cancellation_scope_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancellation_scope_id = _parse_cancellation_scope_id(d.pop("cancellation_scope_id", UNSET))

        def _parse_cancellation_cleanup(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancellation_cleanup = _parse_cancellation_cleanup(d.pop("cancellation_cleanup", UNSET))

        def _parse_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_seconds = _parse_timeout_seconds(d.pop("timeout_seconds", UNSET))

        workflow_command_open_signal_wait = cls(
            type_=type_,
            signal_name=signal_name,
            cancellation_scope_id=cancellation_scope_id,
            cancellation_cleanup=cancellation_cleanup,
            timeout_seconds=timeout_seconds,
        )

        workflow_command_open_signal_wait.additional_properties = d
        return workflow_command_open_signal_wait

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
