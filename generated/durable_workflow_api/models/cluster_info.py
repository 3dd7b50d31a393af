from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_auth_composition_contract import ClusterAuthCompositionContract
    from ..models.cluster_bridge_adapter_outcome_contract import ClusterBridgeAdapterOutcomeContract
    from ..models.cluster_capabilities import ClusterCapabilities
    from ..models.cluster_client_compatibility import ClusterClientCompatibility
    from ..models.cluster_contract_manifest import ClusterContractManifest
    from ..models.cluster_control_plane_manifest import ClusterControlPlaneManifest
    from ..models.cluster_coordination_health import ClusterCoordinationHealth
    from ..models.cluster_limits import ClusterLimits
    from ..models.cluster_namespace_info import ClusterNamespaceInfo
    from ..models.cluster_package_provenance import ClusterPackageProvenance
    from ..models.cluster_structural_limits import ClusterStructuralLimits
    from ..models.cluster_supported_sdk_versions import ClusterSupportedSdkVersions
    from ..models.cluster_task_repair import ClusterTaskRepair
    from ..models.cluster_topology import ClusterTopology
    from ..models.cluster_worker_fleet import ClusterWorkerFleet
    from ..models.cluster_worker_protocol_manifest import ClusterWorkerProtocolManifest


T = TypeVar("T", bound="ClusterInfo")


@_attrs_define
class ClusterInfo:
    """The discovery document of `GET /api/cluster/info`. Every object may gain fields in newer servers. Nested manifests
    carry their own `schema` and `version`; only the parts clients read are typed field by field, the rest is kept open.

    """

    version: str
    """ Build identity, informational only (server default `2.0.0`). Compatibility is decided from `control_plane`
    and `worker_protocol`, not from this string. """
    server_id: str | Unset = UNSET
    """ Server instance identity (diagnostic only). """
    default_namespace: str | Unset = "default"
    """ Namespace used when a request names none. """
    supported_sdk_versions: ClusterSupportedSdkVersions | Unset = UNSET
    """ Client name to advertised version range (informational; the normative compatibility surface is
    `client_compatibility`). """
    capabilities: ClusterCapabilities | Unset = UNSET
    """ Capability flags. Booleans signal feature availability; arrays enumerate codecs and compression algorithms.
    New flags are added over time; an absent flag means unsupported. """
    worker_fleet: ClusterWorkerFleet | Unset = UNSET
    """ Worker fleet summary for the request namespace (engine-defined). """
    task_repair: ClusterTaskRepair | Unset = UNSET
    """ Task-repair diagnostics; same shapes as `GET /api/system/repair`. """
    limits: ClusterLimits | Unset = UNSET
    """ Request-size and per-execution limits the server enforces. """
    structural_limits: ClusterStructuralLimits | Unset = UNSET
    """ Structural limits of the engine. """
    topology: ClusterTopology | Unset = UNSET
    """ Server topology manifest (newer servers). """
    coordination_health: ClusterCoordinationHealth | Unset = UNSET
    """ Coordination-health manifest (newer servers). """
    client_compatibility: ClusterClientCompatibility | Unset = UNSET
    """ The server's client compatibility authority. """
    surface_stability_contract: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    platform_protocol_specs: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    platform_conformance_suite: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    sdk_neutrality_contract: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    replay_verification_contract: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    message_streams_contract: ClusterContractManifest | Unset = UNSET
    """ A nested protocol manifest identified by its own `schema` and `version`; the rest of its shape is normative
    under that schema id and kept open here. """
    auth_composition_contract: ClusterAuthCompositionContract | Unset = UNSET
    """ How clients compose their configuration (flag > environment > profile > default), the canonical environment
    names and the redaction rules. """
    control_plane: ClusterControlPlaneManifest | Unset = UNSET
    """ Control-plane manifest. `version` is the per-route compatibility authority (`"2"`; the upstream envelope
    schema types it as an integer, so both are accepted). """
    worker_protocol: ClusterWorkerProtocolManifest | Unset = UNSET
    """ Worker-plane manifest. `version` is `MAJOR.MINOR` (the server accepts requests with the same major and a
    minor not above it; the upstream envelope schema types it as an integer, so both are accepted). """
    bridge_adapter_outcome_contract: ClusterBridgeAdapterOutcomeContract | Unset = UNSET
    """ Manifest of the bridge webhook outcome contract. """
    package_provenance: ClusterPackageProvenance | Unset = UNSET
    """ Build provenance; only sent to admins (or with auth off) when enabled. """
    namespace: ClusterNamespaceInfo | Unset = UNSET
    """ Namespace-specific discovery (newer servers): the external payload storage transport the namespace offers to
    runtimes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        server_id = self.server_id

        default_namespace = self.default_namespace

        supported_sdk_versions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supported_sdk_versions, Unset):
            supported_sdk_versions = self.supported_sdk_versions.to_dict()

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        worker_fleet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.worker_fleet, Unset):
            worker_fleet = self.worker_fleet.to_dict()

        task_repair: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_repair, Unset):
            task_repair = self.task_repair.to_dict()

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        structural_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structural_limits, Unset):
            structural_limits = self.structural_limits.to_dict()

        topology: dict[str, Any] | Unset = UNSET
        if not isinstance(self.topology, Unset):
            topology = self.topology.to_dict()

        coordination_health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordination_health, Unset):
            coordination_health = self.coordination_health.to_dict()

        client_compatibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_compatibility, Unset):
            client_compatibility = self.client_compatibility.to_dict()

        surface_stability_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.surface_stability_contract, Unset):
            surface_stability_contract = self.surface_stability_contract.to_dict()

        platform_protocol_specs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_protocol_specs, Unset):
            platform_protocol_specs = self.platform_protocol_specs.to_dict()

        platform_conformance_suite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_conformance_suite, Unset):
            platform_conformance_suite = self.platform_conformance_suite.to_dict()

        sdk_neutrality_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sdk_neutrality_contract, Unset):
            sdk_neutrality_contract = self.sdk_neutrality_contract.to_dict()

        replay_verification_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replay_verification_contract, Unset):
            replay_verification_contract = self.replay_verification_contract.to_dict()

        message_streams_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_streams_contract, Unset):
            message_streams_contract = self.message_streams_contract.to_dict()

        auth_composition_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_composition_contract, Unset):
            auth_composition_contract = self.auth_composition_contract.to_dict()

        control_plane: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_plane, Unset):
            control_plane = self.control_plane.to_dict()

        worker_protocol: dict[str, Any] | Unset = UNSET
        if not isinstance(self.worker_protocol, Unset):
            worker_protocol = self.worker_protocol.to_dict()

        bridge_adapter_outcome_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bridge_adapter_outcome_contract, Unset):
            bridge_adapter_outcome_contract = self.bridge_adapter_outcome_contract.to_dict()

        package_provenance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.package_provenance, Unset):
            package_provenance = self.package_provenance.to_dict()

        namespace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if server_id is not UNSET:
            field_dict["server_id"] = server_id
        if default_namespace is not UNSET:
            field_dict["default_namespace"] = default_namespace
        if supported_sdk_versions is not UNSET:
            field_dict["supported_sdk_versions"] = supported_sdk_versions
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if worker_fleet is not UNSET:
            field_dict["worker_fleet"] = worker_fleet
        if task_repair is not UNSET:
            field_dict["task_repair"] = task_repair
        if limits is not UNSET:
            field_dict["limits"] = limits
        if structural_limits is not UNSET:
            field_dict["structural_limits"] = structural_limits
        if topology is not UNSET:
            field_dict["topology"] = topology
        if coordination_health is not UNSET:
            field_dict["coordination_health"] = coordination_health
        if client_compatibility is not UNSET:
            field_dict["client_compatibility"] = client_compatibility
        if surface_stability_contract is not UNSET:
            field_dict["surface_stability_contract"] = surface_stability_contract
        if platform_protocol_specs is not UNSET:
            field_dict["platform_protocol_specs"] = platform_protocol_specs
        if platform_conformance_suite is not UNSET:
            field_dict["platform_conformance_suite"] = platform_conformance_suite
        if sdk_neutrality_contract is not UNSET:
            field_dict["sdk_neutrality_contract"] = sdk_neutrality_contract
        if replay_verification_contract is not UNSET:
            field_dict["replay_verification_contract"] = replay_verification_contract
        if message_streams_contract is not UNSET:
            field_dict["message_streams_contract"] = message_streams_contract
        if auth_composition_contract is not UNSET:
            field_dict["auth_composition_contract"] = auth_composition_contract
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane
        if worker_protocol is not UNSET:
            field_dict["worker_protocol"] = worker_protocol
        if bridge_adapter_outcome_contract is not UNSET:
            field_dict["bridge_adapter_outcome_contract"] = bridge_adapter_outcome_contract
        if package_provenance is not UNSET:
            field_dict["package_provenance"] = package_provenance
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_auth_composition_contract import ClusterAuthCompositionContract
        from ..models.cluster_bridge_adapter_outcome_contract import (
            ClusterBridgeAdapterOutcomeContract,
        )
        from ..models.cluster_capabilities import ClusterCapabilities
        from ..models.cluster_client_compatibility import ClusterClientCompatibility
        from ..models.cluster_contract_manifest import ClusterContractManifest
        from ..models.cluster_control_plane_manifest import ClusterControlPlaneManifest
        from ..models.cluster_coordination_health import ClusterCoordinationHealth
        from ..models.cluster_limits import ClusterLimits
        from ..models.cluster_namespace_info import ClusterNamespaceInfo
        from ..models.cluster_package_provenance import ClusterPackageProvenance
        from ..models.cluster_structural_limits import ClusterStructuralLimits
        from ..models.cluster_supported_sdk_versions import ClusterSupportedSdkVersions
        from ..models.cluster_task_repair import ClusterTaskRepair
        from ..models.cluster_topology import ClusterTopology
        from ..models.cluster_worker_fleet import ClusterWorkerFleet
        from ..models.cluster_worker_protocol_manifest import ClusterWorkerProtocolManifest

        d = dict(src_dict)
        version = d.pop("version")

        server_id = d.pop("server_id", UNSET)

        default_namespace = d.pop("default_namespace", UNSET)

        _supported_sdk_versions = d.pop("supported_sdk_versions", UNSET)
        supported_sdk_versions: ClusterSupportedSdkVersions | Unset
        if isinstance(_supported_sdk_versions, Unset):
            supported_sdk_versions = UNSET
        else:
            supported_sdk_versions = ClusterSupportedSdkVersions.from_dict(_supported_sdk_versions)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: ClusterCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = ClusterCapabilities.from_dict(_capabilities)

        _worker_fleet = d.pop("worker_fleet", UNSET)
        worker_fleet: ClusterWorkerFleet | Unset
        if isinstance(_worker_fleet, Unset):
            worker_fleet = UNSET
        else:
            worker_fleet = ClusterWorkerFleet.from_dict(_worker_fleet)

        _task_repair = d.pop("task_repair", UNSET)
        task_repair: ClusterTaskRepair | Unset
        if isinstance(_task_repair, Unset):
            task_repair = UNSET
        else:
            task_repair = ClusterTaskRepair.from_dict(_task_repair)

        _limits = d.pop("limits", UNSET)
        limits: ClusterLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = ClusterLimits.from_dict(_limits)

        _structural_limits = d.pop("structural_limits", UNSET)
        structural_limits: ClusterStructuralLimits | Unset
        if isinstance(_structural_limits, Unset):
            structural_limits = UNSET
        else:
            structural_limits = ClusterStructuralLimits.from_dict(_structural_limits)

        _topology = d.pop("topology", UNSET)
        topology: ClusterTopology | Unset
        if isinstance(_topology, Unset):
            topology = UNSET
        else:
            topology = ClusterTopology.from_dict(_topology)

        _coordination_health = d.pop("coordination_health", UNSET)
        coordination_health: ClusterCoordinationHealth | Unset
        if isinstance(_coordination_health, Unset):
            coordination_health = UNSET
        else:
            coordination_health = ClusterCoordinationHealth.from_dict(_coordination_health)

        _client_compatibility = d.pop("client_compatibility", UNSET)
        client_compatibility: ClusterClientCompatibility | Unset
        if isinstance(_client_compatibility, Unset):
            client_compatibility = UNSET
        else:
            client_compatibility = ClusterClientCompatibility.from_dict(_client_compatibility)

        _surface_stability_contract = d.pop("surface_stability_contract", UNSET)
        surface_stability_contract: ClusterContractManifest | Unset
        if isinstance(_surface_stability_contract, Unset):
            surface_stability_contract = UNSET
        else:
            surface_stability_contract = ClusterContractManifest.from_dict(
                _surface_stability_contract
            )

        _platform_protocol_specs = d.pop("platform_protocol_specs", UNSET)
        platform_protocol_specs: ClusterContractManifest | Unset
        if isinstance(_platform_protocol_specs, Unset):
            platform_protocol_specs = UNSET
        else:
            platform_protocol_specs = ClusterContractManifest.from_dict(_platform_protocol_specs)

        _platform_conformance_suite = d.pop("platform_conformance_suite", UNSET)
        platform_conformance_suite: ClusterContractManifest | Unset
        if isinstance(_platform_conformance_suite, Unset):
            platform_conformance_suite = UNSET
        else:
            platform_conformance_suite = ClusterContractManifest.from_dict(
                _platform_conformance_suite
            )

        _sdk_neutrality_contract = d.pop("sdk_neutrality_contract", UNSET)
        sdk_neutrality_contract: ClusterContractManifest | Unset
        if isinstance(_sdk_neutrality_contract, Unset):
            sdk_neutrality_contract = UNSET
        else:
            sdk_neutrality_contract = ClusterContractManifest.from_dict(_sdk_neutrality_contract)

        _replay_verification_contract = d.pop("replay_verification_contract", UNSET)
        replay_verification_contract: ClusterContractManifest | Unset
        if isinstance(_replay_verification_contract, Unset):
            replay_verification_contract = UNSET
        else:
            replay_verification_contract = ClusterContractManifest.from_dict(
                _replay_verification_contract
            )

        _message_streams_contract = d.pop("message_streams_contract", UNSET)
        message_streams_contract: ClusterContractManifest | Unset
        if isinstance(_message_streams_contract, Unset):
            message_streams_contract = UNSET
        else:
            message_streams_contract = ClusterContractManifest.from_dict(_message_streams_contract)

        _auth_composition_contract = d.pop("auth_composition_contract", UNSET)
        auth_composition_contract: ClusterAuthCompositionContract | Unset
        if isinstance(_auth_composition_contract, Unset):
            auth_composition_contract = UNSET
        else:
            auth_composition_contract = ClusterAuthCompositionContract.from_dict(
                _auth_composition_contract
            )

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

        _bridge_adapter_outcome_contract = d.pop("bridge_adapter_outcome_contract", UNSET)
        bridge_adapter_outcome_contract: ClusterBridgeAdapterOutcomeContract | Unset
        if isinstance(_bridge_adapter_outcome_contract, Unset):
            bridge_adapter_outcome_contract = UNSET
        else:
            bridge_adapter_outcome_contract = ClusterBridgeAdapterOutcomeContract.from_dict(
                _bridge_adapter_outcome_contract
            )

        _package_provenance = d.pop("package_provenance", UNSET)
        package_provenance: ClusterPackageProvenance | Unset
        if isinstance(_package_provenance, Unset):
            package_provenance = UNSET
        else:
            package_provenance = ClusterPackageProvenance.from_dict(_package_provenance)

        _namespace = d.pop("namespace", UNSET)
        namespace: ClusterNamespaceInfo | Unset
        if isinstance(_namespace, Unset):
            namespace = UNSET
        else:
            namespace = ClusterNamespaceInfo.from_dict(_namespace)

        cluster_info = cls(
            version=version,
            server_id=server_id,
            default_namespace=default_namespace,
            supported_sdk_versions=supported_sdk_versions,
            capabilities=capabilities,
            worker_fleet=worker_fleet,
            task_repair=task_repair,
            limits=limits,
            structural_limits=structural_limits,
            topology=topology,
            coordination_health=coordination_health,
            client_compatibility=client_compatibility,
            surface_stability_contract=surface_stability_contract,
            platform_protocol_specs=platform_protocol_specs,
            platform_conformance_suite=platform_conformance_suite,
            sdk_neutrality_contract=sdk_neutrality_contract,
            replay_verification_contract=replay_verification_contract,
            message_streams_contract=message_streams_contract,
            auth_composition_contract=auth_composition_contract,
            control_plane=control_plane,
            worker_protocol=worker_protocol,
            bridge_adapter_outcome_contract=bridge_adapter_outcome_contract,
            package_provenance=package_provenance,
            namespace=namespace,
        )

        cluster_info.additional_properties = d
        return cluster_info

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
