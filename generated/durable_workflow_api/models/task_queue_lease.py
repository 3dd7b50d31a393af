from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueueLease")


@_attrs_define
class TaskQueueLease:
    """A task currently leased from the queue. Workflow tasks carry `workflow_task_attempt`, activity tasks
    `activity_attempt_id` and `attempt_number`.

    """

    task_id: str
    task_type: str | Unset = UNSET
    workflow_id: None | str | Unset = UNSET
    run_id: None | str | Unset = UNSET
    lease_owner: None | str | Unset = UNSET
    lease_expires_at: None | str | Unset = UNSET
    is_expired: bool | Unset = UNSET
    workflow_task_attempt: int | None | Unset = UNSET
    activity_attempt_id: None | str | Unset = UNSET
    attempt_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        task_type = self.task_type

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        lease_owner: None | str | Unset
        if isinstance(self.lease_owner, Unset):
            lease_owner = UNSET
        else:
            lease_owner = self.lease_owner

        lease_expires_at: None | str | Unset
        if isinstance(self.lease_expires_at, Unset):
            lease_expires_at = UNSET
        else:
            lease_expires_at = self.lease_expires_at

        is_expired = self.is_expired

        workflow_task_attempt: int | None | Unset
        if isinstance(self.workflow_task_attempt, Unset):
            workflow_task_attempt = UNSET
        else:
            workflow_task_attempt = self.workflow_task_attempt

        activity_attempt_id: None | str | Unset
        if isinstance(self.activity_attempt_id, Unset):
            activity_attempt_id = UNSET
        else:
            activity_attempt_id = self.activity_attempt_id

        attempt_number: int | None | Unset
        if isinstance(self.attempt_number, Unset):
            attempt_number = UNSET
        else:
            attempt_number = self.attempt_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if lease_owner is not UNSET:
            field_dict["lease_owner"] = lease_owner
        if lease_expires_at is not UNSET:
            field_dict["lease_expires_at"] = lease_expires_at
        if is_expired is not UNSET:
            field_dict["is_expired"] = is_expired
        if workflow_task_attempt is not UNSET:
            field_dict["workflow_task_attempt"] = workflow_task_attempt
        if activity_attempt_id is not UNSET:
            field_dict["activity_attempt_id"] = activity_attempt_id
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        task_type = d.pop("task_type", UNSET)

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        def _parse_lease_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lease_owner = _parse_lease_owner(d.pop("lease_owner", UNSET))

        def _parse_lease_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lease_expires_at = _parse_lease_expires_at(d.pop("lease_expires_at", UNSET))

        is_expired = d.pop("is_expired", UNSET)

        def _parse_workflow_task_attempt(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_task_attempt = _parse_workflow_task_attempt(d.pop("workflow_task_attempt", UNSET))

        def _parse_activity_attempt_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_attempt_id = _parse_activity_attempt_id(d.pop("activity_attempt_id", UNSET))

        def _parse_attempt_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempt_number = _parse_attempt_number(d.pop("attempt_number", UNSET))

        task_queue_lease = cls(
            task_id=task_id,
            task_type=task_type,
            workflow_id=workflow_id,
            run_id=run_id,
            lease_owner=lease_owner,
            lease_expires_at=lease_expires_at,
            is_expired=is_expired,
            workflow_task_attempt=workflow_task_attempt,
            activity_attempt_id=activity_attempt_id,
            attempt_number=attempt_number,
        )

        task_queue_lease.additional_properties = d
        return task_queue_lease

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
