from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_session_holder import WorkerSessionHolder


T = TypeVar("T", bound="WorkerSessionSnapshot")


@_attrs_define
class WorkerSessionSnapshot:
    session_id: str
    namespace: str | Unset = UNSET
    connection: None | str | Unset = UNSET
    queue: None | str | Unset = UNSET
    requirements: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    """ Session status (`active`, `closed`, `expired`, `failed`, `orphaned`). """
    lease_owner: None | str | Unset = UNSET
    holder: None | Unset | WorkerSessionHolder = UNSET
    lease_expires_at: datetime.datetime | None | Unset = UNSET
    ttl_expires_at: datetime.datetime | None | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    lease_seconds: int | Unset = UNSET
    ttl_seconds: int | Unset = UNSET
    max_concurrent_activities: int | Unset = UNSET
    create_if_missing: bool | Unset = UNSET
    allow_reacquire_after_failure: bool | Unset = UNSET
    active_activity_count: int | Unset = UNSET
    last_heartbeat_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.worker_session_holder import WorkerSessionHolder

        session_id = self.session_id

        namespace = self.namespace

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

        status = self.status

        lease_owner: None | str | Unset
        if isinstance(self.lease_owner, Unset):
            lease_owner = UNSET
        else:
            lease_owner = self.lease_owner

        holder: dict[str, Any] | None | Unset
        if isinstance(self.holder, Unset):
            holder = UNSET
        elif isinstance(self.holder, WorkerSessionHolder):
            holder = self.holder.to_dict()
        else:
            holder = self.holder

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

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        lease_seconds = self.lease_seconds

        ttl_seconds = self.ttl_seconds

        max_concurrent_activities = self.max_concurrent_activities

        create_if_missing = self.create_if_missing

        allow_reacquire_after_failure = self.allow_reacquire_after_failure

        active_activity_count = self.active_activity_count

        last_heartbeat_at: None | str | Unset
        if isinstance(self.last_heartbeat_at, Unset):
            last_heartbeat_at = UNSET
        elif isinstance(self.last_heartbeat_at, datetime.datetime):
            last_heartbeat_at = self.last_heartbeat_at.isoformat()
        else:
            last_heartbeat_at = self.last_heartbeat_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if connection is not UNSET:
            field_dict["connection"] = connection
        if queue is not UNSET:
            field_dict["queue"] = queue
        if requirements is not UNSET:
            field_dict["requirements"] = requirements
        if status is not UNSET:
            field_dict["status"] = status
        if lease_owner is not UNSET:
            field_dict["lease_owner"] = lease_owner
        if holder is not UNSET:
            field_dict["holder"] = holder
        if lease_expires_at is not UNSET:
            field_dict["lease_expires_at"] = lease_expires_at
        if ttl_expires_at is not UNSET:
            field_dict["ttl_expires_at"] = ttl_expires_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
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
        if active_activity_count is not UNSET:
            field_dict["active_activity_count"] = active_activity_count
        if last_heartbeat_at is not UNSET:
            field_dict["last_heartbeat_at"] = last_heartbeat_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.worker_session_holder import WorkerSessionHolder

        d = dict(src_dict)
        session_id = d.pop("session_id")

        namespace = d.pop("namespace", UNSET)

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

        status = d.pop("status", UNSET)

        def _parse_lease_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lease_owner = _parse_lease_owner(d.pop("lease_owner", UNSET))

        def _parse_holder(data: object) -> None | Unset | WorkerSessionHolder:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                holder_type_0 = WorkerSessionHolder.from_dict(data)

                return holder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerSessionHolder, data)

        holder = _parse_holder(d.pop("holder", UNSET))

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

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        def _parse_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

        lease_seconds = d.pop("lease_seconds", UNSET)

        ttl_seconds = d.pop("ttl_seconds", UNSET)

        max_concurrent_activities = d.pop("max_concurrent_activities", UNSET)

        create_if_missing = d.pop("create_if_missing", UNSET)

        allow_reacquire_after_failure = d.pop("allow_reacquire_after_failure", UNSET)

        active_activity_count = d.pop("active_activity_count", UNSET)

        def _parse_last_heartbeat_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_heartbeat_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_heartbeat_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_heartbeat_at = _parse_last_heartbeat_at(d.pop("last_heartbeat_at", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        worker_session_snapshot = cls(
            session_id=session_id,
            namespace=namespace,
            connection=connection,
            queue=queue,
            requirements=requirements,
            status=status,
            lease_owner=lease_owner,
            holder=holder,
            lease_expires_at=lease_expires_at,
            ttl_expires_at=ttl_expires_at,
            closed_at=closed_at,
            failure_reason=failure_reason,
            lease_seconds=lease_seconds,
            ttl_seconds=ttl_seconds,
            max_concurrent_activities=max_concurrent_activities,
            create_if_missing=create_if_missing,
            allow_reacquire_after_failure=allow_reacquire_after_failure,
            active_activity_count=active_activity_count,
            last_heartbeat_at=last_heartbeat_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        worker_session_snapshot.additional_properties = d
        return worker_session_snapshot

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
