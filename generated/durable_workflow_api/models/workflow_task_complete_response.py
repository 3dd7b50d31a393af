from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities


T = TypeVar("T", bound="WorkflowTaskCompleteResponse")


@_attrs_define
class WorkflowTaskCompleteResponse:
    task_id: str
    workflow_task_attempt: int
    outcome: str
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    recorded: bool | Unset = UNSET
    run_id: str | Unset = UNSET
    run_status: None | str | Unset = UNSET
    """ Run status after the completion (`waiting`, `completed`, `failed`). """
    created_task_ids: list[str] | Unset = UNSET
    """ Activity, timer, child and continued-run tasks the commands created. """
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        workflow_task_attempt = self.workflow_task_attempt

        outcome = self.outcome

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        recorded = self.recorded

        run_id = self.run_id

        run_status: None | str | Unset
        if isinstance(self.run_status, Unset):
            run_status = UNSET
        else:
            run_status = self.run_status

        created_task_ids: list[str] | Unset = UNSET
        if not isinstance(self.created_task_ids, Unset):
            created_task_ids = self.created_task_ids

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "workflow_task_attempt": workflow_task_attempt,
                "outcome": outcome,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if recorded is not UNSET:
            field_dict["recorded"] = recorded
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if run_status is not UNSET:
            field_dict["run_status"] = run_status
        if created_task_ids is not UNSET:
            field_dict["created_task_ids"] = created_task_ids
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities

        d = dict(src_dict)
        task_id = d.pop("task_id")

        workflow_task_attempt = d.pop("workflow_task_attempt")

        outcome = d.pop("outcome")

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        recorded = d.pop("recorded", UNSET)

        run_id = d.pop("run_id", UNSET)

        def _parse_run_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_status = _parse_run_status(d.pop("run_status", UNSET))

        created_task_ids = cast(list[str], d.pop("created_task_ids", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        workflow_task_complete_response = cls(
            task_id=task_id,
            workflow_task_attempt=workflow_task_attempt,
            outcome=outcome,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            recorded=recorded,
            run_id=run_id,
            run_status=run_status,
            created_task_ids=created_task_ids,
            reason=reason,
        )

        workflow_task_complete_response.additional_properties = d
        return workflow_task_complete_response

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
