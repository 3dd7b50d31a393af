from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_control_plane_request_contract import ClusterControlPlaneRequestContract
    from ..models.cluster_control_plane_response_contract import ClusterControlPlaneResponseContract


T = TypeVar("T", bound="ClusterControlPlaneManifest")


@_attrs_define
class ClusterControlPlaneManifest:
    """Control-plane manifest. `version` is the per-route compatibility authority (`"2"`; the upstream envelope schema
    types it as an integer, so both are accepted).

    """

    version: int | str
    header: str | Unset = UNSET
    response_contract: ClusterControlPlaneResponseContract | Unset = UNSET
    """ Manifest of the `control_plane` block carried by workflow responses. """
    request_contract: ClusterControlPlaneRequestContract | Unset = UNSET
    """ Request contract (`durable-workflow.v2.control-plane-request.contract`, version 1): per operation, the
    canonical values, rejected aliases and unsupported or removed fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version: int | str
        version = self.version

        header = self.header

        response_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_contract, Unset):
            response_contract = self.response_contract.to_dict()

        request_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_contract, Unset):
            request_contract = self.request_contract.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if header is not UNSET:
            field_dict["header"] = header
        if response_contract is not UNSET:
            field_dict["response_contract"] = response_contract
        if request_contract is not UNSET:
            field_dict["request_contract"] = request_contract

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_control_plane_request_contract import (
            ClusterControlPlaneRequestContract,
        )
        from ..models.cluster_control_plane_response_contract import (
            ClusterControlPlaneResponseContract,
        )

        d = dict(src_dict)

        def _parse_version(data: object) -> int | str:
            return cast(int | str, data)

        version = _parse_version(d.pop("version"))

        header = d.pop("header", UNSET)

        _response_contract = d.pop("response_contract", UNSET)
        response_contract: ClusterControlPlaneResponseContract | Unset
        if isinstance(_response_contract, Unset):
            response_contract = UNSET
        else:
            response_contract = ClusterControlPlaneResponseContract.from_dict(_response_contract)

        _request_contract = d.pop("request_contract", UNSET)
        request_contract: ClusterControlPlaneRequestContract | Unset
        if isinstance(_request_contract, Unset):
            request_contract = UNSET
        else:
            request_contract = ClusterControlPlaneRequestContract.from_dict(_request_contract)

        cluster_control_plane_manifest = cls(
            version=version,
            header=header,
            response_contract=response_contract,
            request_contract=request_contract,
        )

        cluster_control_plane_manifest.additional_properties = d
        return cluster_control_plane_manifest

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
