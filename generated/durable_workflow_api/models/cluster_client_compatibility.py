from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_client_compatibility_clients import ClusterClientCompatibilityClients
    from ..models.cluster_required_protocols import ClusterRequiredProtocols


T = TypeVar("T", bound="ClusterClientCompatibility")


@_attrs_define
class ClusterClientCompatibility:
    """The server's client compatibility authority."""

    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    authority: str | Unset = UNSET
    """ Always `protocol_manifests`. """
    top_level_version_role: str | Unset = UNSET
    fail_closed: bool | Unset = UNSET
    required_protocols: ClusterRequiredProtocols | Unset = UNSET
    """ Protocol manifests a client must understand, by protocol. """
    clients: ClusterClientCompatibilityClients | Unset = UNSET
    """ Client name (`cli`, `sdk-python`, ...) to its requirements. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        version = self.version

        authority = self.authority

        top_level_version_role = self.top_level_version_role

        fail_closed = self.fail_closed

        required_protocols: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_protocols, Unset):
            required_protocols = self.required_protocols.to_dict()

        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = self.clients.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version
        if authority is not UNSET:
            field_dict["authority"] = authority
        if top_level_version_role is not UNSET:
            field_dict["top_level_version_role"] = top_level_version_role
        if fail_closed is not UNSET:
            field_dict["fail_closed"] = fail_closed
        if required_protocols is not UNSET:
            field_dict["required_protocols"] = required_protocols
        if clients is not UNSET:
            field_dict["clients"] = clients

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_client_compatibility_clients import ClusterClientCompatibilityClients
        from ..models.cluster_required_protocols import ClusterRequiredProtocols

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        authority = d.pop("authority", UNSET)

        top_level_version_role = d.pop("top_level_version_role", UNSET)

        fail_closed = d.pop("fail_closed", UNSET)

        _required_protocols = d.pop("required_protocols", UNSET)
        required_protocols: ClusterRequiredProtocols | Unset
        if isinstance(_required_protocols, Unset):
            required_protocols = UNSET
        else:
            required_protocols = ClusterRequiredProtocols.from_dict(_required_protocols)

        _clients = d.pop("clients", UNSET)
        clients: ClusterClientCompatibilityClients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = ClusterClientCompatibilityClients.from_dict(_clients)

        cluster_client_compatibility = cls(
            schema=schema,
            version=version,
            authority=authority,
            top_level_version_role=top_level_version_role,
            fail_closed=fail_closed,
            required_protocols=required_protocols,
            clients=clients,
        )

        cluster_client_compatibility.additional_properties = d
        return cluster_client_compatibility

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
