from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities
    from ..models.worker_heartbeat_retention import WorkerHeartbeatRetention


T = TypeVar("T", bound="WorkerHeartbeatResponse")


@_attrs_define
class WorkerHeartbeatResponse:
    worker_id: str
    acknowledged: bool
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    status: str | Unset = UNSET
    heartbeat_interval_seconds: int | Unset = UNSET
    retention: WorkerHeartbeatRetention | Unset = UNSET
    """ Result of the inline history-retention pass. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        acknowledged = self.acknowledged

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        status = self.status

        heartbeat_interval_seconds = self.heartbeat_interval_seconds

        retention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retention, Unset):
            retention = self.retention.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "worker_id": worker_id,
                "acknowledged": acknowledged,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if status is not UNSET:
            field_dict["status"] = status
        if heartbeat_interval_seconds is not UNSET:
            field_dict["heartbeat_interval_seconds"] = heartbeat_interval_seconds
        if retention is not UNSET:
            field_dict["retention"] = retention

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities
        from ..models.worker_heartbeat_retention import WorkerHeartbeatRetention

        d = dict(src_dict)
        worker_id = d.pop("worker_id")

        acknowledged = d.pop("acknowledged")

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        status = d.pop("status", UNSET)

        heartbeat_interval_seconds = d.pop("heartbeat_interval_seconds", UNSET)

        _retention = d.pop("retention", UNSET)
        retention: WorkerHeartbeatRetention | Unset
        if isinstance(_retention, Unset):
            retention = UNSET
        else:
            retention = WorkerHeartbeatRetention.from_dict(_retention)

        worker_heartbeat_response = cls(
            worker_id=worker_id,
            acknowledged=acknowledged,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            status=status,
            heartbeat_interval_seconds=heartbeat_interval_seconds,
            retention=retention,
        )

        worker_heartbeat_response.additional_properties = d
        return worker_heartbeat_response

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
