from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerSessionTaskAffinity")


@_attrs_define
class WorkerSessionTaskAffinity:
    """Worker session an activity task is bound to, with its current lease state."""

    session_id: str
    connection: None | str | Unset = UNSET
    queue: None | str | Unset = UNSET
    requirements: list[str] | Unset = UNSET
    lease_seconds: int | Unset = 120
    ttl_seconds: int | Unset = 1800
    max_concurrent_activities: int | Unset = 1
    create_if_missing: bool | Unset = True
    allow_reacquire_after_failure: bool | Unset = True
    status: None | str | Unset = UNSET
    lease_owner: None | str | Unset = UNSET
    lease_expires_at: datetime.datetime | None | Unset = UNSET
    ttl_expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        connection: None | str | Unset
        if isinstance(self.connection, Unset):
            connection = UNSET
        else:
            connection = self.connection

        queue: None | str | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        else:
            queue = self.queue

        requirements: list[str] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements

        lease_seconds = self.lease_seconds

        ttl_seconds = self.ttl_seconds

        max_concurrent_activities = self.max_concurrent_activities

        create_if_missing = self.create_if_missing

        allow_reacquire_after_failure = self.allow_reacquire_after_failure

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        lease_owner: None | str | Unset
        if isinstance(self.lease_owner, Unset):
            lease_owner = UNSET
        else:
            lease_owner = self.lease_owner

        lease_expires_at: None | str | Unset
        if isinstance(self.lease_expires_at, Unset):
            lease_expires_at = UNSET
        elif isinstance(self.lease_expires_at, datetime.datetime):
            lease_expires_at = self.lease_expires_at.isoformat()
        else:
            lease_expires_at = self.lease_expires_at

        ttl_expires_at: None | str | Unset
        if isinstance(self.ttl_expires_at, Unset):
            ttl_expires_at = UNSET
        elif isinstance(self.ttl_expires_at, datetime.datetime):
            ttl_expires_at = self.ttl_expires_at.isoformat()
        else:
            ttl_expires_at = self.ttl_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
            }
        )
        if connection is not UNSET:
            field_dict["connection"] = connection
        if queue is not UNSET:
            field_dict["queue"] = queue
        if requirements is not UNSET:
            field_dict["requirements"] = requirements
        if lease_seconds is not UNSET:
            field_dict["lease_seconds"] = lease_seconds
        if ttl_seconds is not UNSET:
            field_dict["ttl_seconds"] = ttl_seconds
        if max_concurrent_activities is not UNSET:
            field_dict["max_concurrent_activities"] = max_concurrent_activities
        if create_if_missing is not UNSET:
            field_dict["create_if_missing"] = create_if_missing
        if allow_reacquire_after_failure is not UNSET:
            field_dict["allow_reacquire_after_failure"] = allow_reacquire_after_failure
        if status is not UNSET:
            field_dict["status"] = status
        if lease_owner is not UNSET:
            field_dict["lease_owner"] = lease_owner
        if lease_expires_at is not UNSET:
            field_dict["lease_expires_at"] = lease_expires_at
        if ttl_expires_at is not UNSET:
            field_dict["ttl_expires_at"] = ttl_expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        def _parse_connection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection = _parse_connection(d.pop("connection", UNSET))

        def _parse_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue = _parse_queue(d.pop("queue", UNSET))

        requirements = cast(list[str], d.pop("requirements", UNSET))

        lease_seconds = d.pop("lease_seconds", UNSET)

        ttl_seconds = d.pop("ttl_seconds", UNSET)

        max_concurrent_activities = d.pop("max_concurrent_activities", UNSET)

        create_if_missing = d.pop("create_if_missing", UNSET)

        allow_reacquire_after_failure = d.pop("allow_reacquire_after_failure", UNSET)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_lease_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lease_owner = _parse_lease_owner(d.pop("lease_owner", UNSET))

        def _parse_lease_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lease_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return lease_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        lease_expires_at = _parse_lease_expires_at(d.pop("lease_expires_at", UNSET))

        def _parse_ttl_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ttl_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return ttl_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ttl_expires_at = _parse_ttl_expires_at(d.pop("ttl_expires_at", UNSET))

        worker_session_task_affinity = cls(
            session_id=session_id,
            connection=connection,
            queue=queue,
            requirements=requirements,
            lease_seconds=lease_seconds,
            ttl_seconds=ttl_seconds,
            max_concurrent_activities=max_concurrent_activities,
            create_if_missing=create_if_missing,
            allow_reacquire_after_failure=allow_reacquire_after_failure,
            status=status,
            lease_owner=lease_owner,
            lease_expires_at=lease_expires_at,
            ttl_expires_at=ttl_expires_at,
        )

        worker_session_task_affinity.additional_properties = d
        return worker_session_task_affinity

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
