from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities
    from ..models.worker_register_capability_manifest import WorkerRegisterCapabilityManifest


T = TypeVar("T", bound="WorkerRegisterResponse")


@_attrs_define
class WorkerRegisterResponse:
    worker_id: str
    registered: bool
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    namespace: str | Unset = UNSET
    task_queue: str | Unset = UNSET
    runtime: str | Unset = UNSET
    build_id: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ Registration status (`active`, `draining`, ...). """
    capabilities: list[str] | Unset = UNSET
    capability_manifest: WorkerRegisterCapabilityManifest | Unset = UNSET
    """ Feature name to its declaration (`local_activities`, `worker_sessions`, `sticky_execution`, ...). """
    heartbeat_interval_seconds: int | Unset = UNSET
    """ Heartbeat cadence the worker should adopt. """
    registration_token: None | str | Unset = UNSET
    """ Token fencing `POST /api/worker/registrations/{workerId}/deregister` (32 lowercase hex characters), when
    deregistration fencing is advertised. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        registered = self.registered

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        namespace = self.namespace

        task_queue = self.task_queue

        runtime = self.runtime

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        status = self.status

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        capability_manifest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capability_manifest, Unset):
            capability_manifest = self.capability_manifest.to_dict()

        heartbeat_interval_seconds = self.heartbeat_interval_seconds

        registration_token: None | str | Unset
        if isinstance(self.registration_token, Unset):
            registration_token = UNSET
        else:
            registration_token = self.registration_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "worker_id": worker_id,
                "registered": registered,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if status is not UNSET:
            field_dict["status"] = status
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if capability_manifest is not UNSET:
            field_dict["capability_manifest"] = capability_manifest
        if heartbeat_interval_seconds is not UNSET:
            field_dict["heartbeat_interval_seconds"] = heartbeat_interval_seconds
        if registration_token is not UNSET:
            field_dict["registration_token"] = registration_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities
        from ..models.worker_register_capability_manifest import WorkerRegisterCapabilityManifest

        d = dict(src_dict)
        worker_id = d.pop("worker_id")

        registered = d.pop("registered")

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        namespace = d.pop("namespace", UNSET)

        task_queue = d.pop("task_queue", UNSET)

        runtime = d.pop("runtime", UNSET)

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        status = d.pop("status", UNSET)

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        _capability_manifest = d.pop("capability_manifest", UNSET)
        capability_manifest: WorkerRegisterCapabilityManifest | Unset
        if isinstance(_capability_manifest, Unset):
            capability_manifest = UNSET
        else:
            capability_manifest = WorkerRegisterCapabilityManifest.from_dict(_capability_manifest)

        heartbeat_interval_seconds = d.pop("heartbeat_interval_seconds", UNSET)

        def _parse_registration_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_token = _parse_registration_token(d.pop("registration_token", UNSET))

        worker_register_response = cls(
            worker_id=worker_id,
            registered=registered,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            namespace=namespace,
            task_queue=task_queue,
            runtime=runtime,
            build_id=build_id,
            status=status,
            capabilities=capabilities,
            capability_manifest=capability_manifest,
            heartbeat_interval_seconds=heartbeat_interval_seconds,
            registration_token=registration_token,
        )

        worker_register_response.additional_properties = d
        return worker_register_response

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
