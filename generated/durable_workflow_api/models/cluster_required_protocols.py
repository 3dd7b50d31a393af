from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_contract_manifest import ClusterContractManifest
    from ..models.cluster_control_plane_manifest import ClusterControlPlaneManifest
    from ..models.cluster_worker_protocol_manifest import ClusterWorkerProtocolManifest


T = TypeVar("T", bound="ClusterRequiredProtocols")


@_attrs_define
class ClusterRequiredProtocols:
    """Protocol manifests a client must understand, by protocol."""

    auth_composition: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    control_plane: ClusterControlPlaneManifest | Unset = UNSET
    """ Control-plane manifest. `version` is the per-route compatibility authority (`"2"`; the upstream envelope
    schema types it as an integer, so both are accepted). """
    worker_protocol: ClusterWorkerProtocolManifest | Unset = UNSET
    """ Worker-plane manifest. `version` is `MAJOR.MINOR` (the server accepts requests with the same major and a
    minor not above it; the upstream envelope schema types it as an integer, so both are accepted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_composition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_composition, Unset):
            auth_composition = self.auth_composition.to_dict()

        control_plane: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_plane, Unset):
            control_plane = self.control_plane.to_dict()

        worker_protocol: dict[str, Any] | Unset = UNSET
        if not isinstance(self.worker_protocol, Unset):
            worker_protocol = self.worker_protocol.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_composition is not UNSET:
            field_dict["auth_composition"] = auth_composition
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane
        if worker_protocol is not UNSET:
            field_dict["worker_protocol"] = worker_protocol

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_contract_manifest import ClusterContractManifest
        from ..models.cluster_control_plane_manifest import ClusterControlPlaneManifest
        from ..models.cluster_worker_protocol_manifest import ClusterWorkerProtocolManifest

        d = dict(src_dict)
        _auth_composition = d.pop("auth_composition", UNSET)
        auth_composition: ClusterContractManifest | Unset
        if isinstance(_auth_composition, Unset):
            auth_composition = UNSET
        else:
            auth_composition = ClusterContractManifest.from_dict(_auth_composition)

        _control_plane = d.pop("control_plane", UNSET)
        control_plane: ClusterControlPlaneManifest | Unset
        if isinstance(_control_plane, Unset):
            control_plane = UNSET
        else:
            control_plane = ClusterControlPlaneManifest.from_dict(_control_plane)

        _worker_protocol = d.pop("worker_protocol", UNSET)
        worker_protocol: ClusterWorkerProtocolManifest | Unset
        if isinstance(_worker_protocol, Unset):
            worker_protocol = UNSET
        else:
            worker_protocol = ClusterWorkerProtocolManifest.from_dict(_worker_protocol)

        cluster_required_protocols = cls(
            auth_composition=auth_composition,
            control_plane=control_plane,
            worker_protocol=worker_protocol,
        )

        cluster_required_protocols.additional_properties = d
        return cluster_required_protocols

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
