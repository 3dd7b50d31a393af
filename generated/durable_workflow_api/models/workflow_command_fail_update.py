from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowCommandFailUpdate")


@_attrs_define
class WorkflowCommandFailUpdate:
    """Fail an accepted update of this run."""

    type_: Literal["fail_update"]
    update_id: str
    message: str
    cancellation_scope_id: None | str | Unset = UNSET
    cancellation_cleanup: bool | None | Unset = UNSET
    exception_class: None | str | Unset = UNSET
    exception_type: None | str | Unset = UNSET
    non_retryable: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        update_id = self.update_id

        message = self.message

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

        exception_class: None | str | Unset
        if isinstance(self.exception_class, Unset):
            exception_class = UNSET
        else:
            exception_class = self.exception_class

        exception_type: None | str | Unset
        if isinstance(self.exception_type, Unset):
            exception_type = UNSET
        else:
            exception_type = self.exception_type

        non_retryable: bool | None | Unset
        if isinstance(self.non_retryable, Unset):
            non_retryable = UNSET
        else:
            non_retryable = self.non_retryable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "update_id": update_id,
                "message": message,
            }
        )
        if cancellation_scope_id is not UNSET:
            field_dict["cancellation_scope_id"] = cancellation_scope_id
        if cancellation_cleanup is not UNSET:
            field_dict["cancellation_cleanup"] = cancellation_cleanup
        if exception_class is not UNSET:
            field_dict["exception_class"] = exception_class
        if exception_type is not UNSET:
            field_dict["exception_type"] = exception_type
        if non_retryable is not UNSET:
            field_dict["non_retryable"] = non_retryable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["fail_update"], d.pop("type"))
        if type_ != "fail_update":
            raise ValueError(f"type must match const 'fail_update', got '{type_}'")

        update_id = d.pop("update_id")

        message = d.pop("message")

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

        def _parse_exception_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_class = _parse_exception_class(d.pop("exception_class", UNSET))

        def _parse_exception_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_type = _parse_exception_type(d.pop("exception_type", UNSET))

        def _parse_non_retryable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        non_retryable = _parse_non_retryable(d.pop("non_retryable", UNSET))

        workflow_command_fail_update = cls(
            type_=type_,
            update_id=update_id,
            message=message,
            cancellation_scope_id=cancellation_scope_id,
            cancellation_cleanup=cancellation_cleanup,
            exception_class=exception_class,
            exception_type=exception_type,
            non_retryable=non_retryable,
        )

        workflow_command_fail_update.additional_properties = d
        return workflow_command_fail_update

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
