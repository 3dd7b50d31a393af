from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities


T = TypeVar("T", bound="WorkerPlaneDeregisterResponse")


@_attrs_define
class WorkerPlaneDeregisterResponse:
    worker_id: str
    outcome: str
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    recovered_workflow_task_count: int | Unset = UNSET
    """ Workflow-task leases released for other workers. """
    registration_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        outcome = self.outcome

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        recovered_workflow_task_count = self.recovered_workflow_task_count

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
                "outcome": outcome,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if recovered_workflow_task_count is not UNSET:
            field_dict["recovered_workflow_task_count"] = recovered_workflow_task_count
        if registration_token is not UNSET:
            field_dict["registration_token"] = registration_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities

        d = dict(src_dict)
        worker_id = d.pop("worker_id")

        outcome = d.pop("outcome")

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        recovered_workflow_task_count = d.pop("recovered_workflow_task_count", UNSET)

        def _parse_registration_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_token = _parse_registration_token(d.pop("registration_token", UNSET))

        worker_plane_deregister_response = cls(
            worker_id=worker_id,
            outcome=outcome,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            recovered_workflow_task_count=recovered_workflow_task_count,
            registration_token=registration_token,
        )

        worker_plane_deregister_response.additional_properties = d
        return worker_plane_deregister_response

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
