from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_payload_reference import ExternalPayloadReference


T = TypeVar("T", bound="QueryTaskArguments")


@_attrs_define
class QueryTaskArguments:
    """Encoded list of query arguments. The server sends `{"codec": "avro", "blob": null}` when the caller gave none (older
    servers even `{"codec": null, "blob": null}`).

    """

    codec: None | str | Unset = UNSET
    blob: None | str | Unset = UNSET
    external_storage: ExternalPayloadReference | Unset = UNSET
    """ Reference to a payload kept in external payload storage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codec: None | str | Unset
        if isinstance(self.codec, Unset):
            codec = UNSET
        else:
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
        field_dict.update({})
        if codec is not UNSET:
            field_dict["codec"] = codec
        if blob is not UNSET:
            field_dict["blob"] = blob
        if external_storage is not UNSET:
            field_dict["external_storage"] = external_storage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.external_payload_reference import ExternalPayloadReference

        d = dict(src_dict)

        def _parse_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        codec = _parse_codec(d.pop("codec", UNSET))

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

        query_task_arguments = cls(
            codec=codec,
            blob=blob,
            external_storage=external_storage,
        )

        query_task_arguments.additional_properties = d
        return query_task_arguments

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
