from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="WorkflowStreamAppendItem")


@_attrs_define
class WorkflowStreamAppendItem:
    payload: PayloadEnvelope
    """ A payload on the wire. `blob` holds the base64 of a single-object-framed Avro
    `durable_workflow.protocol.Value`; large payloads may be stored externally and referenced by `external_storage`
    instead of carrying a blob. """
    payload_codec: str | Unset = UNSET
    payload_reference: Any | Unset = UNSET
    """ Reference to an externally stored payload. """
    idempotency_key: str | Unset = UNSET
    item_type: str | Unset = UNSET
    content_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        payload_codec = self.payload_codec

        payload_reference = self.payload_reference

        idempotency_key = self.idempotency_key

        item_type = self.item_type

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if payload_reference is not UNSET:
            field_dict["payload_reference"] = payload_reference
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        payload = PayloadEnvelope.from_dict(d.pop("payload"))

        payload_codec = d.pop("payload_codec", UNSET)

        payload_reference = d.pop("payload_reference", UNSET)

        idempotency_key = d.pop("idempotency_key", UNSET)

        item_type = d.pop("item_type", UNSET)

        content_type = d.pop("content_type", UNSET)

        workflow_stream_append_item = cls(
            payload=payload,
            payload_codec=payload_codec,
            payload_reference=payload_reference,
            idempotency_key=idempotency_key,
            item_type=item_type,
            content_type=content_type,
        )

        workflow_stream_append_item.additional_properties = d
        return workflow_stream_append_item

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
