from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowCommandOpenConditionWait")


@_attrs_define
class WorkflowCommandOpenConditionWait:
    """Wait until a signal or update arrives (or `timeout_seconds` elapse)."""

    type_: Literal["open_condition_wait"]
    cancellation_scope_id: None | str | Unset = UNSET
    cancellation_cleanup: bool | None | Unset = UNSET
    parallel_group_id: None | str | Unset = UNSET
    parallel_group_kind: None | str | Unset = UNSET
    parallel_group_base_sequence: int | None | Unset = UNSET
    parallel_group_size: int | None | Unset = UNSET
    parallel_group_index: int | None | Unset = UNSET
    parallel_group_mode: None | str | Unset = UNSET
    selection_member_key: None | str | Unset = UNSET
    selection_member_index: int | None | Unset = UNSET
    selection_member_base_sequence: int | None | Unset = UNSET
    selection_member_size: int | None | Unset = UNSET
    selection_member_kind: None | str | Unset = UNSET
    condition_key: None | str | Unset = UNSET
    condition_definition_fingerprint: None | str | Unset = UNSET
    timeout_seconds: int | None | Unset = UNSET
    condition_wait_occurrence_id: None | str | Unset = UNSET
    """ Stable id of one logical wait occurrence (protocol 1.17). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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

        parallel_group_id: None | str | Unset
        if isinstance(self.parallel_group_id, Unset):
            parallel_group_id = UNSET
        else:
            parallel_group_id = self.parallel_group_id

        parallel_group_kind: None | str | Unset
        if isinstance(self.parallel_group_kind, Unset):
            parallel_group_kind = UNSET
        else:
            parallel_group_kind = self.parallel_group_kind

        parallel_group_base_sequence: int | None | Unset
        if isinstance(self.parallel_group_base_sequence, Unset):
            parallel_group_base_sequence = UNSET
        else:
            parallel_group_base_sequence = self.parallel_group_base_sequence

        parallel_group_size: int | None | Unset
        if isinstance(self.parallel_group_size, Unset):
            parallel_group_size = UNSET
        else:
            parallel_group_size = self.parallel_group_size

        parallel_group_index: int | None | Unset
        if isinstance(self.parallel_group_index, Unset):
            parallel_group_index = UNSET
        else:
            parallel_group_index = self.parallel_group_index

        parallel_group_mode: None | str | Unset
        if isinstance(self.parallel_group_mode, Unset):
            parallel_group_mode = UNSET
        else:
            parallel_group_mode = self.parallel_group_mode

        selection_member_key: None | str | Unset
        if isinstance(self.selection_member_key, Unset):
            selection_member_key = UNSET
        else:
            selection_member_key = self.selection_member_key

        selection_member_index: int | None | Unset
        if isinstance(self.selection_member_index, Unset):
            selection_member_index = UNSET
        else:
            selection_member_index = self.selection_member_index

        selection_member_base_sequence: int | None | Unset
        if isinstance(self.selection_member_base_sequence, Unset):
            selection_member_base_sequence = UNSET
        else:
            selection_member_base_sequence = self.selection_member_base_sequence

        selection_member_size: int | None | Unset
        if isinstance(self.selection_member_size, Unset):
            selection_member_size = UNSET
        else:
            selection_member_size = self.selection_member_size

        selection_member_kind: None | str | Unset
        if isinstance(self.selection_member_kind, Unset):
            selection_member_kind = UNSET
        else:
            selection_member_kind = self.selection_member_kind

        condition_key: None | str | Unset
        if isinstance(self.condition_key, Unset):
            condition_key = UNSET
        else:
            condition_key = self.condition_key

        condition_definition_fingerprint: None | str | Unset
        if isinstance(self.condition_definition_fingerprint, Unset):
            condition_definition_fingerprint = UNSET
        else:
            condition_definition_fingerprint = self.condition_definition_fingerprint

        timeout_seconds: int | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        condition_wait_occurrence_id: None | str | Unset
        if isinstance(self.condition_wait_occurrence_id, Unset):
            condition_wait_occurrence_id = UNSET
        else:
            condition_wait_occurrence_id = self.condition_wait_occurrence_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if cancellation_scope_id is not UNSET:
            field_dict["cancellation_scope_id"] = cancellation_scope_id
        if cancellation_cleanup is not UNSET:
            field_dict["cancellation_cleanup"] = cancellation_cleanup
        if parallel_group_id is not UNSET:
            field_dict["parallel_group_id"] = parallel_group_id
        if parallel_group_kind is not UNSET:
            field_dict["parallel_group_kind"] = parallel_group_kind
        if parallel_group_base_sequence is not UNSET:
            field_dict["parallel_group_base_sequence"] = parallel_group_base_sequence
        if parallel_group_size is not UNSET:
            field_dict["parallel_group_size"] = parallel_group_size
        if parallel_group_index is not UNSET:
            field_dict["parallel_group_index"] = parallel_group_index
        if parallel_group_mode is not UNSET:
            field_dict["parallel_group_mode"] = parallel_group_mode
        if selection_member_key is not UNSET:
            field_dict["selection_member_key"] = selection_member_key
        if selection_member_index is not UNSET:
            field_dict["selection_member_index"] = selection_member_index
        if selection_member_base_sequence is not UNSET:
            field_dict["selection_member_base_sequence"] = selection_member_base_sequence
        if selection_member_size is not UNSET:
            field_dict["selection_member_size"] = selection_member_size
        if selection_member_kind is not UNSET:
            field_dict["selection_member_kind"] = selection_member_kind
        if condition_key is not UNSET:
            field_dict["condition_key"] = condition_key
        if condition_definition_fingerprint is not UNSET:
            field_dict["condition_definition_fingerprint"] = condition_definition_fingerprint
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if condition_wait_occurrence_id is not UNSET:
            field_dict["condition_wait_occurrence_id"] = condition_wait_occurrence_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["open_condition_wait"], d.pop("type"))
        if type_ != "open_condition_wait":
            raise ValueError(f"type must match const 'open_condition_wait', got '{type_}'")

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

        def _parse_parallel_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parallel_group_id = _parse_parallel_group_id(d.pop("parallel_group_id", UNSET))

        def _parse_parallel_group_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parallel_group_kind = _parse_parallel_group_kind(d.pop("parallel_group_kind", UNSET))

        def _parse_parallel_group_base_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parallel_group_base_sequence = _parse_parallel_group_base_sequence(
            d.pop("parallel_group_base_sequence", UNSET)
        )

        def _parse_parallel_group_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parallel_group_size = _parse_parallel_group_size(d.pop("parallel_group_size", UNSET))

        def _parse_parallel_group_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parallel_group_index = _parse_parallel_group_index(d.pop("parallel_group_index", UNSET))

        def _parse_parallel_group_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parallel_group_mode = _parse_parallel_group_mode(d.pop("parallel_group_mode", UNSET))

        def _parse_selection_member_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selection_member_key = _parse_selection_member_key(d.pop("selection_member_key", UNSET))

        def _parse_selection_member_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        selection_member_index = _parse_selection_member_index(
            d.pop("selection_member_index", UNSET)
        )

        def _parse_selection_member_base_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        selection_member_base_sequence = _parse_selection_member_base_sequence(
            d.pop("selection_member_base_sequence", UNSET)
        )

        def _parse_selection_member_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        selection_member_size = _parse_selection_member_size(d.pop("selection_member_size", UNSET))

        def _parse_selection_member_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selection_member_kind = _parse_selection_member_kind(d.pop("selection_member_kind", UNSET))

        def _parse_condition_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_key = _parse_condition_key(d.pop("condition_key", UNSET))

        def _parse_condition_definition_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_definition_fingerprint = _parse_condition_definition_fingerprint(
            d.pop("condition_definition_fingerprint", UNSET)
        )

        def _parse_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_seconds = _parse_timeout_seconds(d.pop("timeout_seconds", UNSET))

        def _parse_condition_wait_occurrence_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_wait_occurrence_id = _parse_condition_wait_occurrence_id(
            d.pop("condition_wait_occurrence_id", UNSET)
        )

        workflow_command_open_condition_wait = cls(
            type_=type_,
            cancellation_scope_id=cancellation_scope_id,
            cancellation_cleanup=cancellation_cleanup,
            parallel_group_id=parallel_group_id,
            parallel_group_kind=parallel_group_kind,
            parallel_group_base_sequence=parallel_group_base_sequence,
            parallel_group_size=parallel_group_size,
            parallel_group_index=parallel_group_index,
            parallel_group_mode=parallel_group_mode,
            selection_member_key=selection_member_key,
            selection_member_index=selection_member_index,
            selection_member_base_sequence=selection_member_base_sequence,
            selection_member_size=selection_member_size,
            selection_member_kind=selection_member_kind,
            condition_key=condition_key,
            condition_definition_fingerprint=condition_definition_fingerprint,
            timeout_seconds=timeout_seconds,
            condition_wait_occurrence_id=condition_wait_occurrence_id,
        )

        workflow_command_open_condition_wait.additional_properties = d
        return workflow_command_open_condition_wait

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
