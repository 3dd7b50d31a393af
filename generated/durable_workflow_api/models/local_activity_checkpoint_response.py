from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities


T = TypeVar("T", bound="LocalActivityCheckpointResponse")


@_attrs_define
class LocalActivityCheckpointResponse:
    checkpointed: bool
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    duplicate: bool | Unset = UNSET
    reason: None | str | Unset = UNSET
    checkpoint_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    workflow_run_id: str | Unset = UNSET
    workflow_task_attempt: int | Unset = UNSET
    start_sequence: int | Unset = UNSET
    next_sequence: int | Unset = UNSET
    fingerprint: str | Unset = UNSET
    created_task_ids: list[str] | Unset = UNSET
    recorded_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpointed = self.checkpointed

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        duplicate = self.duplicate

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        checkpoint_id = self.checkpoint_id

        task_id = self.task_id

        workflow_run_id = self.workflow_run_id

        workflow_task_attempt = self.workflow_task_attempt

        start_sequence = self.start_sequence

        next_sequence = self.next_sequence

        fingerprint = self.fingerprint

        created_task_ids: list[str] | Unset = UNSET
        if not isinstance(self.created_task_ids, Unset):
            created_task_ids = self.created_task_ids

        recorded_at: str | Unset = UNSET
        if not isinstance(self.recorded_at, Unset):
            recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpointed": checkpointed,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if reason is not UNSET:
            field_dict["reason"] = reason
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if workflow_task_attempt is not UNSET:
            field_dict["workflow_task_attempt"] = workflow_task_attempt
        if start_sequence is not UNSET:
            field_dict["start_sequence"] = start_sequence
        if next_sequence is not UNSET:
            field_dict["next_sequence"] = next_sequence
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if created_task_ids is not UNSET:
            field_dict["created_task_ids"] = created_task_ids
        if recorded_at is not UNSET:
            field_dict["recorded_at"] = recorded_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities

        d = dict(src_dict)
        checkpointed = d.pop("checkpointed")

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        duplicate = d.pop("duplicate", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        checkpoint_id = d.pop("checkpoint_id", UNSET)

        task_id = d.pop("task_id", UNSET)

        workflow_run_id = d.pop("workflow_run_id", UNSET)

        workflow_task_attempt = d.pop("workflow_task_attempt", UNSET)

        start_sequence = d.pop("start_sequence", UNSET)

        next_sequence = d.pop("next_sequence", UNSET)

        fingerprint = d.pop("fingerprint", UNSET)

        created_task_ids = cast(list[str], d.pop("created_task_ids", UNSET))

        _recorded_at = d.pop("recorded_at", UNSET)
        recorded_at: datetime.datetime | Unset
        if isinstance(_recorded_at, Unset):
            recorded_at = UNSET
        else:
            recorded_at = datetime.datetime.fromisoformat(_recorded_at)

        local_activity_checkpoint_response = cls(
            checkpointed=checkpointed,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            duplicate=duplicate,
            reason=reason,
            checkpoint_id=checkpoint_id,
            task_id=task_id,
            workflow_run_id=workflow_run_id,
            workflow_task_attempt=workflow_task_attempt,
            start_sequence=start_sequence,
            next_sequence=next_sequence,
            fingerprint=fingerprint,
            created_task_ids=created_task_ids,
            recorded_at=recorded_at,
        )

        local_activity_checkpoint_response.additional_properties = d
        return local_activity_checkpoint_response

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
