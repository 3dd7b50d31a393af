from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerSessionCreateRequest")


@_attrs_define
class WorkerSessionCreateRequest:
    session_id: str
    worker_id: str
    connection: None | str | Unset = UNSET
    queue: None | str | Unset = UNSET
    requirements: list[str] | Unset = UNSET
    lease_seconds: int | Unset = 120
    ttl_seconds: int | Unset = 1800
    max_concurrent_activities: int | Unset = 1
    create_if_missing: bool | Unset = True
    allow_reacquire_after_failure: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        worker_id = self.worker_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "worker_id": worker_id,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        worker_id = d.pop("worker_id")

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

        worker_session_create_request = cls(
            session_id=session_id,
            worker_id=worker_id,
            connection=connection,
            queue=queue,
            requirements=requirements,
            lease_seconds=lease_seconds,
            ttl_seconds=ttl_seconds,
            max_concurrent_activities=max_concurrent_activities,
            create_if_missing=create_if_missing,
            allow_reacquire_after_failure=allow_reacquire_after_failure,
        )

        worker_session_create_request.additional_properties = d
        return worker_session_create_request

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
