from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="WorkflowStreamItem")


@_attrs_define
class WorkflowStreamItem:
    offset: int
    payload: None | PayloadEnvelope | Unset = UNSET
    payload_reference: Any | Unset = UNSET
    """ Reference to an externally stored payload, when used. """
    payload_codec: None | str | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    item_type: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    origin_reference: Any | Unset = UNSET
    """ Reference to what produced the item. """
    emitted_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payload_envelope import PayloadEnvelope

        offset = self.offset

        payload: dict[str, Any] | None | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, PayloadEnvelope):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        payload_reference = self.payload_reference

        payload_codec: None | str | Unset
        if isinstance(self.payload_codec, Unset):
            payload_codec = UNSET
        else:
            payload_codec = self.payload_codec

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        item_type: None | str | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        else:
            item_type = self.item_type

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        origin_reference = self.origin_reference

        emitted_at: None | str | Unset
        if isinstance(self.emitted_at, Unset):
            emitted_at = UNSET
        else:
            emitted_at = self.emitted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offset": offset,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload
        if payload_reference is not UNSET:
            field_dict["payload_reference"] = payload_reference
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if origin is not UNSET:
            field_dict["origin"] = origin
        if origin_reference is not UNSET:
            field_dict["origin_reference"] = origin_reference
        if emitted_at is not UNSET:
            field_dict["emitted_at"] = emitted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        offset = d.pop("offset")

        def _parse_payload(data: object) -> None | PayloadEnvelope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = PayloadEnvelope.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayloadEnvelope | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        payload_reference = d.pop("payload_reference", UNSET)

        def _parse_payload_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload_codec = _parse_payload_codec(d.pop("payload_codec", UNSET))

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

        def _parse_item_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_type = _parse_item_type(d.pop("item_type", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))

        origin_reference = d.pop("origin_reference", UNSET)

        def _parse_emitted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        emitted_at = _parse_emitted_at(d.pop("emitted_at", UNSET))

        workflow_stream_item = cls(
            offset=offset,
            payload=payload,
            payload_reference=payload_reference,
            payload_codec=payload_codec,
            idempotency_key=idempotency_key,
            item_type=item_type,
            content_type=content_type,
            origin=origin,
            origin_reference=origin_reference,
            emitted_at=emitted_at,
        )

        workflow_stream_item.additional_properties = d
        return workflow_stream_item

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
