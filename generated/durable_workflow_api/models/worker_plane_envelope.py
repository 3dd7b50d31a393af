from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities


T = TypeVar("T", bound="WorkerPlaneEnvelope")


@_attrs_define
class WorkerPlaneEnvelope:
    """Fields the server adds to every worker-plane response, success or error. Always sent by the server; not required
    here so that partial recorded bodies still validate.

    """

    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities

        d = dict(src_dict)
        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        worker_plane_envelope = cls(
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
        )

        worker_plane_envelope.additional_properties = d
        return worker_plane_envelope

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
