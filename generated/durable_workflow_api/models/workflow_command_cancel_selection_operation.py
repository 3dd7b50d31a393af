from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowCommandCancelSelectionOperation")


@_attrs_define
class WorkflowCommandCancelSelectionOperation:
    """Cancel one member of a durable selection."""

    type_: Literal["cancel_selection_operation"]
    selection_group_id: str
    cancellation_scope_id: None | str | Unset = UNSET
    cancellation_cleanup: bool | None | Unset = UNSET
    member_key: None | str | Unset = UNSET
    member_index: int | None | Unset = UNSET
    member_base_sequence: int | None | Unset = UNSET
    member_size: int | None | Unset = UNSET
    operation_kind: None | str | Unset = UNSET
    operation_identity: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        selection_group_id = self.selection_group_id

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

        member_key: None | str | Unset
        if isinstance(self.member_key, Unset):
            member_key = UNSET
        else:
            member_key = self.member_key

        member_index: int | None | Unset
        if isinstance(self.member_index, Unset):
            member_index = UNSET
        else:
            member_index = self.member_index

        member_base_sequence: int | None | Unset
        if isinstance(self.member_base_sequence, Unset):
            member_base_sequence = UNSET
        else:
            member_base_sequence = self.member_base_sequence

        member_size: int | None | Unset
        if isinstance(self.member_size, Unset):
            member_size = UNSET
        else:
            member_size = self.member_size

        operation_kind: None | str | Unset
        if isinstance(self.operation_kind, Unset):
            operation_kind = UNSET
        else:
            operation_kind = self.operation_kind

        operation_identity: None | str | Unset
        if isinstance(self.operation_identity, Unset):
            operation_identity = UNSET
        else:
            operation_identity = self.operation_identity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "selection_group_id": selection_group_id,
            }
        )
        if cancellation_scope_id is not UNSET:
            field_dict["cancellation_scope_id"] = cancellation_scope_id
        if cancellation_cleanup is not UNSET:
            field_dict["cancellation_cleanup"] = cancellation_cleanup
        if member_key is not UNSET:
            field_dict["member_key"] = member_key
        if member_index is not UNSET:
            field_dict["member_index"] = member_index
        if member_base_sequence is not UNSET:
            field_dict["member_base_sequence"] = member_base_sequence
        if member_size is not UNSET:
            field_dict["member_size"] = member_size
        if operation_kind is not UNSET:
            field_dict["operation_kind"] = operation_kind
        if operation_identity is not UNSET:
            field_dict["operation_identity"] = operation_identity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["cancel_selection_operation"], d.pop("type"))
        if type_ != "cancel_selection_operation":
            raise ValueError(f"type must match const 'cancel_selection_operation', got '{type_}'")

        selection_group_id = d.pop("selection_group_id")

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

        def _parse_member_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        member_key = _parse_member_key(d.pop("member_key", UNSET))

        def _parse_member_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        member_index = _parse_member_index(d.pop("member_index", UNSET))

        def _parse_member_base_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        member_base_sequence = _parse_member_base_sequence(d.pop("member_base_sequence", UNSET))

        def _parse_member_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        member_size = _parse_member_size(d.pop("member_size", UNSET))

        def _parse_operation_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_kind = _parse_operation_kind(d.pop("operation_kind", UNSET))

        def _parse_operation_identity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_identity = _parse_operation_identity(d.pop("operation_identity", UNSET))

        workflow_command_cancel_selection_operation = cls(
            type_=type_,
            selection_group_id=selection_group_id,
            cancellation_scope_id=cancellation_scope_id,
            cancellation_cleanup=cancellation_cleanup,
            member_key=member_key,
            member_index=member_index,
            member_base_sequence=member_base_sequence,
            member_size=member_size,
            operation_kind=operation_kind,
            operation_identity=operation_identity,
        )

        workflow_command_cancel_selection_operation.additional_properties = d
        return workflow_command_cancel_selection_operation

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
