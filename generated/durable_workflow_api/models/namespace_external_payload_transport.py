from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_external_payload_route import NamespaceExternalPayloadRoute
    from ..models.namespace_external_payload_transport_limits import (
        NamespaceExternalPayloadTransportLimits,
    )


T = TypeVar("T", bound="NamespaceExternalPayloadTransport")


@_attrs_define
class NamespaceExternalPayloadTransport:
    """Manifest of the server-hosted external payload transport (`durable-workflow.v2.runtime-external-payload-
    transport.v1`): runtimes upload large blobs and receive `{codec, external_payload}` references.

    """

    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    reference_schema: str | Unset = UNSET
    mode: str | Unset = UNSET
    upload: NamespaceExternalPayloadRoute | Unset = UNSET
    fetch: NamespaceExternalPayloadRoute | Unset = UNSET
    limits: NamespaceExternalPayloadTransportLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        version = self.version

        reference_schema = self.reference_schema

        mode = self.mode

        upload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload, Unset):
            upload = self.upload.to_dict()

        fetch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fetch, Unset):
            fetch = self.fetch.to_dict()

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version
        if reference_schema is not UNSET:
            field_dict["reference_schema"] = reference_schema
        if mode is not UNSET:
            field_dict["mode"] = mode
        if upload is not UNSET:
            field_dict["upload"] = upload
        if fetch is not UNSET:
            field_dict["fetch"] = fetch
        if limits is not UNSET:
            field_dict["limits"] = limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.namespace_external_payload_route import NamespaceExternalPayloadRoute
        from ..models.namespace_external_payload_transport_limits import (
            NamespaceExternalPayloadTransportLimits,
        )

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        reference_schema = d.pop("reference_schema", UNSET)

        mode = d.pop("mode", UNSET)

        _upload = d.pop("upload", UNSET)
        upload: NamespaceExternalPayloadRoute | Unset
        if isinstance(_upload, Unset):
            upload = UNSET
        else:
            upload = NamespaceExternalPayloadRoute.from_dict(_upload)

        _fetch = d.pop("fetch", UNSET)
        fetch: NamespaceExternalPayloadRoute | Unset
        if isinstance(_fetch, Unset):
            fetch = UNSET
        else:
            fetch = NamespaceExternalPayloadRoute.from_dict(_fetch)

        _limits = d.pop("limits", UNSET)
        limits: NamespaceExternalPayloadTransportLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = NamespaceExternalPayloadTransportLimits.from_dict(_limits)

        namespace_external_payload_transport = cls(
            schema=schema,
            version=version,
            reference_schema=reference_schema,
            mode=mode,
            upload=upload,
            fetch=fetch,
            limits=limits,
        )

        namespace_external_payload_transport.additional_properties = d
        return namespace_external_payload_transport

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
