from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_contract_manifest import ClusterContractManifest
    from ..models.server_capabilities import ServerCapabilities


T = TypeVar("T", bound="ClusterWorkerProtocolManifest")


@_attrs_define
class ClusterWorkerProtocolManifest:
    """Worker-plane manifest. `version` is `MAJOR.MINOR` (the server accepts requests with the same major and a minor not
    above it; the upstream envelope schema types it as an integer, so both are accepted).

    """

    version: int | str
    header: str | Unset = UNSET
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    external_execution_surface_contract: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    external_executor_config_contract: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    invocable_carrier_contract: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    external_task_input_contract: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    external_task_result_contract: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version: int | str
        version = self.version

        header = self.header

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        external_execution_surface_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_execution_surface_contract, Unset):
            external_execution_surface_contract = self.external_execution_surface_contract.to_dict()

        external_executor_config_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_executor_config_contract, Unset):
            external_executor_config_contract = self.external_executor_config_contract.to_dict()

        invocable_carrier_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocable_carrier_contract, Unset):
            invocable_carrier_contract = self.invocable_carrier_contract.to_dict()

        external_task_input_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_task_input_contract, Unset):
            external_task_input_contract = self.external_task_input_contract.to_dict()

        external_task_result_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_task_result_contract, Unset):
            external_task_result_contract = self.external_task_result_contract.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if header is not UNSET:
            field_dict["header"] = header
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if external_execution_surface_contract is not UNSET:
            field_dict["external_execution_surface_contract"] = external_execution_surface_contract
        if external_executor_config_contract is not UNSET:
            field_dict["external_executor_config_contract"] = external_executor_config_contract
        if invocable_carrier_contract is not UNSET:
            field_dict["invocable_carrier_contract"] = invocable_carrier_contract
        if external_task_input_contract is not UNSET:
            field_dict["external_task_input_contract"] = external_task_input_contract
        if external_task_result_contract is not UNSET:
            field_dict["external_task_result_contract"] = external_task_result_contract

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_contract_manifest import ClusterContractManifest
        from ..models.server_capabilities import ServerCapabilities

        d = dict(src_dict)

        def _parse_version(data: object) -> int | str:
            return cast(int | str, data)

        version = _parse_version(d.pop("version"))

        header = d.pop("header", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        _external_execution_surface_contract = d.pop("external_execution_surface_contract", UNSET)
        external_execution_surface_contract: ClusterContractManifest | Unset
        if isinstance(_external_execution_surface_contract, Unset):
            external_execution_surface_contract = UNSET
        else:
            external_execution_surface_contract = ClusterContractManifest.from_dict(
                _external_execution_surface_contract
            )

        _external_executor_config_contract = d.pop("external_executor_config_contract", UNSET)
        external_executor_config_contract: ClusterContractManifest | Unset
        if isinstance(_external_executor_config_contract, Unset):
            external_executor_config_contract = UNSET
        else:
            external_executor_config_contract = ClusterContractManifest.from_dict(
                _external_executor_config_contract
            )

        _invocable_carrier_contract = d.pop("invocable_carrier_contract", UNSET)
        invocable_carrier_contract: ClusterContractManifest | Unset
        if isinstance(_invocable_carrier_contract, Unset):
            invocable_carrier_contract = UNSET
        else:
            invocable_carrier_contract = ClusterContractManifest.from_dict(
                _invocable_carrier_contract
            )

        _external_task_input_contract = d.pop("external_task_input_contract", UNSET)
        external_task_input_contract: ClusterContractManifest | Unset
        if isinstance(_external_task_input_contract, Unset):
            external_task_input_contract = UNSET
        else:
            external_task_input_contract = ClusterContractManifest.from_dict(
                _external_task_input_contract
            )

        _external_task_result_contract = d.pop("external_task_result_contract", UNSET)
        external_task_result_contract: ClusterContractManifest | Unset
        if isinstance(_external_task_result_contract, Unset):
            external_task_result_contract = UNSET
        else:
            external_task_result_contract = ClusterContractManifest.from_dict(
                _external_task_result_contract
            )

        cluster_worker_protocol_manifest = cls(
            version=version,
            header=header,
            server_capabilities=server_capabilities,
            external_execution_surface_contract=external_execution_surface_contract,
            external_executor_config_contract=external_executor_config_contract,
            invocable_carrier_contract=invocable_carrier_contract,
            external_task_input_contract=external_task_input_contract,
            external_task_result_contract=external_task_result_contract,
        )

        cluster_worker_protocol_manifest.additional_properties = d
        return cluster_worker_protocol_manifest

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
