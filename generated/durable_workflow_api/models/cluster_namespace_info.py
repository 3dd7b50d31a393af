from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_namespace_external_payload_storage import (
        ClusterNamespaceExternalPayloadStorage,
    )


T = TypeVar("T", bound="ClusterNamespaceInfo")


@_attrs_define
class ClusterNamespaceInfo:
    """Namespace-specific discovery (newer servers): the external payload storage transport the namespace offers to
    runtimes.

    """

    name: str | Unset = UNSET
    external_payload_storage: ClusterNamespaceExternalPayloadStorage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        external_payload_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_payload_storage, Unset):
            external_payload_storage = self.external_payload_storage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if external_payload_storage is not UNSET:
            field_dict["external_payload_storage"] = external_payload_storage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_namespace_external_payload_storage import (
            ClusterNamespaceExternalPayloadStorage,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _external_payload_storage = d.pop("external_payload_storage", UNSET)
        external_payload_storage: ClusterNamespaceExternalPayloadStorage | Unset
        if isinstance(_external_payload_storage, Unset):
            external_payload_storage = UNSET
        else:
            external_payload_storage = ClusterNamespaceExternalPayloadStorage.from_dict(
                _external_payload_storage
            )

        cluster_namespace_info = cls(
            name=name,
            external_payload_storage=external_payload_storage,
        )

        cluster_namespace_info.additional_properties = d
        return cluster_namespace_info

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
