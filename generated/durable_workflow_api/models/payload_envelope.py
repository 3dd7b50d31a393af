from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_payload_reference import ExternalPayloadReference


T = TypeVar("T", bound="PayloadEnvelope")


@_attrs_define
class PayloadEnvelope:
    """A payload on the wire. `blob` holds the base64 of a single-object-framed Avro `durable_workflow.protocol.Value`;
    large payloads may be stored externally and referenced by `external_storage` instead of carrying a blob.

    """

    codec: str
    """ Payload codec name; the current protocol generation accepts only `avro`. """
    blob: None | str | Unset = UNSET
    """ Base64 of the encoded payload bytes. """
    external_storage: ExternalPayloadReference | Unset = UNSET
    """ Reference to a payload kept in external payload storage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codec = self.codec

        blob: None | str | Unset
        if isinstance(self.blob, Unset):
            blob = UNSET
        else:
            blob = self.blob

        external_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_storage, Unset):
            external_storage = self.external_storage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codec": codec,
            }
        )
        if blob is not UNSET:
            field_dict["blob"] = blob
        if external_storage is not UNSET:
            field_dict["external_storage"] = external_storage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.external_payload_reference import ExternalPayloadReference

        d = dict(src_dict)
        codec = d.pop("codec")

        def _parse_blob(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blob = _parse_blob(d.pop("blob", UNSET))

        _external_storage = d.pop("external_storage", UNSET)
        external_storage: ExternalPayloadReference | Unset
        if isinstance(_external_storage, Unset):
            external_storage = UNSET
        else:
            external_storage = ExternalPayloadReference.from_dict(_external_storage)

        payload_envelope = cls(
            codec=codec,
            blob=blob,
            external_storage=external_storage,
        )

        payload_envelope.additional_properties = d
        return payload_envelope

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
