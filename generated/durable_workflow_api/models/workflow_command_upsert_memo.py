from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="WorkflowCommandUpsertMemo")


@_attrs_define
class WorkflowCommandUpsertMemo:
    """Merge memo entries (an Avro map in an envelope; null values delete keys). Only when the server advertises
    `workflow_memo_updates`.

    """

    type_: Literal["upsert_memo"]
    entries: PayloadEnvelope
    """ A payload on the wire. `blob` holds the base64 of a single-object-framed Avro
    `durable_workflow.protocol.Value`; large payloads may be stored externally and referenced by `external_storage`
    instead of carrying a blob. """
    cancellation_scope_id: None | str | Unset = UNSET
    cancellation_cleanup: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        entries = self.entries.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "entries": entries,
            }
        )
        if cancellation_scope_id is not UNSET:
            field_dict["cancellation_scope_id"] = cancellation_scope_id
        if cancellation_cleanup is not UNSET:
            field_dict["cancellation_cleanup"] = cancellation_cleanup

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        type_ = cast(Literal["upsert_memo"], d.pop("type"))
        if type_ != "upsert_memo":
            raise ValueError(f"type must match const 'upsert_memo', got '{type_}'")

        entries = PayloadEnvelope.from_dict(d.pop("entries"))

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

        workflow_command_upsert_memo = cls(
            type_=type_,
            entries=entries,
            cancellation_scope_id=cancellation_scope_id,
            cancellation_cleanup=cancellation_cleanup,
        )

        workflow_command_upsert_memo.additional_properties = d
        return workflow_command_upsert_memo

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
