from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueueTaskAdmission")


@_attrs_define
class TaskQueueTaskAdmission:
    """Admission of workflow or activity tasks. `server_max_*` limits are null when no server budget is configured (the
    status then follows worker slots only).

    """

    status: str | Unset = UNSET
    """ Admission status of workflow or activity tasks. Checked in the order `unavailable` (a server budget needs a
    lock the cache store lacks), `throttled` (a server budget is exhausted), `no_active_workers`, `no_slots`,
    `saturated` (leased >= configured worker slots), `accepting`. An open set: newer servers may add values. """
    budget_source: None | str | Unset = UNSET
    """ e.g. `worker_registration.max_concurrent_workflow_tasks`. """
    server_budget_source: None | str | Unset = UNSET
    """ Server limit config key(s) that apply, `;`-separated. """
    active_worker_count: int | Unset = UNSET
    """ Non-stale active pollers. """
    configured_slot_count: int | Unset = UNSET
    """ Sum of the slots those pollers advertise. """
    leased_count: int | Unset = UNSET
    ready_count: int | Unset = UNSET
    available_slot_count: int | Unset = UNSET
    """ Configured minus leased, never below 0. """
    server_max_active_leases_per_queue: int | None | Unset = UNSET
    """ Null means unlimited. """
    server_active_lease_count: int | Unset = UNSET
    server_remaining_active_lease_capacity: int | None | Unset = UNSET
    server_max_active_leases_per_namespace: int | None | Unset = UNSET
    server_namespace_active_lease_count: int | Unset = UNSET
    server_remaining_namespace_active_lease_capacity: int | None | Unset = UNSET
    server_max_dispatches_per_minute: int | None | Unset = UNSET
    server_dispatch_count_this_minute: int | Unset = UNSET
    server_remaining_dispatch_capacity: int | None | Unset = UNSET
    server_max_dispatches_per_minute_per_namespace: int | None | Unset = UNSET
    server_namespace_dispatch_count_this_minute: int | Unset = UNSET
    server_remaining_namespace_dispatch_capacity: int | None | Unset = UNSET
    server_dispatch_budget_group: None | str | Unset = UNSET
    """ Downstream dispatch budget group name. """
    server_max_dispatches_per_minute_per_budget_group: int | None | Unset = UNSET
    server_budget_group_dispatch_count_this_minute: int | Unset = UNSET
    server_remaining_budget_group_dispatch_capacity: int | None | Unset = UNSET
    server_lock_required: bool | Unset = UNSET
    server_lock_supported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        budget_source: None | str | Unset
        if isinstance(self.budget_source, Unset):
            budget_source = UNSET
        else:
            budget_source = self.budget_source

        server_budget_source: None | str | Unset
        if isinstance(self.server_budget_source, Unset):
            server_budget_source = UNSET
        else:
            server_budget_source = self.server_budget_source

        active_worker_count = self.active_worker_count

        configured_slot_count = self.configured_slot_count

        leased_count = self.leased_count

        ready_count = self.ready_count

        available_slot_count = self.available_slot_count

        server_max_active_leases_per_queue: int | None | Unset
        if isinstance(self.server_max_active_leases_per_queue, Unset):
            server_max_active_leases_per_queue = UNSET
        else:
            server_max_active_leases_per_queue = self.server_max_active_leases_per_queue

        server_active_lease_count = self.server_active_lease_count

        server_remaining_active_lease_capacity: int | None | Unset
        if isinstance(self.server_remaining_active_lease_capacity, Unset):
            server_remaining_active_lease_capacity = UNSET
        else:
            server_remaining_active_lease_capacity = self.server_remaining_active_lease_capacity

        server_max_active_leases_per_namespace: int | None | Unset
        if isinstance(self.server_max_active_leases_per_namespace, Unset):
            server_max_active_leases_per_namespace = UNSET
        else:
            server_max_active_leases_per_namespace = self.server_max_active_leases_per_namespace

        server_namespace_active_lease_count = self.server_namespace_active_lease_count

        server_remaining_namespace_active_lease_capacity: int | None | Unset
        if isinstance(self.server_remaining_namespace_active_lease_capacity, Unset):
            server_remaining_namespace_active_lease_capacity = UNSET
        else:
            server_remaining_namespace_active_lease_capacity = (
                self.server_remaining_namespace_active_lease_capacity
            )

        server_max_dispatches_per_minute: int | None | Unset
        if isinstance(self.server_max_dispatches_per_minute, Unset):
            server_max_dispatches_per_minute = UNSET
        else:
            server_max_dispatches_per_minute = self.server_max_dispatches_per_minute

        server_dispatch_count_this_minute = self.server_dispatch_count_this_minute

        server_remaining_dispatch_capacity: int | None | Unset
        if isinstance(self.server_remaining_dispatch_capacity, Unset):
            server_remaining_dispatch_capacity = UNSET
        else:
            server_remaining_dispatch_capacity = self.server_remaining_dispatch_capacity

        server_max_dispatches_per_minute_per_namespace: int | None | Unset
        if isinstance(self.server_max_dispatches_per_minute_per_namespace, Unset):
            server_max_dispatches_per_minute_per_namespace = UNSET
        else:
            server_max_dispatches_per_minute_per_namespace = (
                self.server_max_dispatches_per_minute_per_namespace
            )

        server_namespace_dispatch_count_this_minute = (
            self.server_namespace_dispatch_count_this_minute
        )

        server_remaining_namespace_dispatch_capacity: int | None | Unset
        if isinstance(self.server_remaining_namespace_dispatch_capacity, Unset):
            server_remaining_namespace_dispatch_capacity = UNSET
        else:
            server_remaining_namespace_dispatch_capacity = (
                self.server_remaining_namespace_dispatch_capacity
            )

        server_dispatch_budget_group: None | str | Unset
        if isinstance(self.server_dispatch_budget_group, Unset):
            server_dispatch_budget_group = UNSET
        else:
            server_dispatch_budget_group = self.server_dispatch_budget_group

        server_max_dispatches_per_minute_per_budget_group: int | None | Unset
        if isinstance(self.server_max_dispatches_per_minute_per_budget_group, Unset):
            server_max_dispatches_per_minute_per_budget_group = UNSET
        else:
            server_max_dispatches_per_minute_per_budget_group = (
                self.server_max_dispatches_per_minute_per_budget_group
            )

        server_budget_group_dispatch_count_this_minute = (
            self.server_budget_group_dispatch_count_this_minute
        )

        server_remaining_budget_group_dispatch_capacity: int | None | Unset
        if isinstance(self.server_remaining_budget_group_dispatch_capacity, Unset):
            server_remaining_budget_group_dispatch_capacity = UNSET
        else:
            server_remaining_budget_group_dispatch_capacity = (
                self.server_remaining_budget_group_dispatch_capacity
            )

        server_lock_required = self.server_lock_required

        server_lock_supported = self.server_lock_supported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if budget_source is not UNSET:
            field_dict["budget_source"] = budget_source
        if server_budget_source is not UNSET:
            field_dict["server_budget_source"] = server_budget_source
        if active_worker_count is not UNSET:
            field_dict["active_worker_count"] = active_worker_count
        if configured_slot_count is not UNSET:
            field_dict["configured_slot_count"] = configured_slot_count
        if leased_count is not UNSET:
            field_dict["leased_count"] = leased_count
        if ready_count is not UNSET:
            field_dict["ready_count"] = ready_count
        if available_slot_count is not UNSET:
            field_dict["available_slot_count"] = available_slot_count
        if server_max_active_leases_per_queue is not UNSET:
            field_dict["server_max_active_leases_per_queue"] = server_max_active_leases_per_queue
        if server_active_lease_count is not UNSET:
            field_dict["server_active_lease_count"] = server_active_lease_count
        if server_remaining_active_lease_capacity is not UNSET:
            field_dict["server_remaining_active_lease_capacity"] = (
                server_remaining_active_lease_capacity
            )
        if server_max_active_leases_per_namespace is not UNSET:
            field_dict["server_max_active_leases_per_namespace"] = (
                server_max_active_leases_per_namespace
            )
        if server_namespace_active_lease_count is not UNSET:
            field_dict["server_namespace_active_lease_count"] = server_namespace_active_lease_count
        if server_remaining_namespace_active_lease_capacity is not UNSET:
            field_dict["server_remaining_namespace_active_lease_capacity"] = (
                server_remaining_namespace_active_lease_capacity
            )
        if server_max_dispatches_per_minute is not UNSET:
            field_dict["server_max_dispatches_per_minute"] = server_max_dispatches_per_minute
        if server_dispatch_count_this_minute is not UNSET:
            field_dict["server_dispatch_count_this_minute"] = server_dispatch_count_this_minute
        if server_remaining_dispatch_capacity is not UNSET:
            field_dict["server_remaining_dispatch_capacity"] = server_remaining_dispatch_capacity
        if server_max_dispatches_per_minute_per_namespace is not UNSET:
            field_dict["server_max_dispatches_per_minute_per_namespace"] = (
                server_max_dispatches_per_minute_per_namespace
            )
        if server_namespace_dispatch_count_this_minute is not UNSET:
            field_dict["server_namespace_dispatch_count_this_minute"] = (
                server_namespace_dispatch_count_this_minute
            )
        if server_remaining_namespace_dispatch_capacity is not UNSET:
            field_dict["server_remaining_namespace_dispatch_capacity"] = (
                server_remaining_namespace_dispatch_capacity
            )
        if server_dispatch_budget_group is not UNSET:
            field_dict["server_dispatch_budget_group"] = server_dispatch_budget_group
        if server_max_dispatches_per_minute_per_budget_group is not UNSET:
            field_dict["server_max_dispatches_per_minute_per_budget_group"] = (
                server_max_dispatches_per_minute_per_budget_group
            )
        if server_budget_group_dispatch_count_this_minute is not UNSET:
            field_dict["server_budget_group_dispatch_count_this_minute"] = (
                server_budget_group_dispatch_count_this_minute
            )
        if server_remaining_budget_group_dispatch_capacity is not UNSET:
            field_dict["server_remaining_budget_group_dispatch_capacity"] = (
                server_remaining_budget_group_dispatch_capacity
            )
        if server_lock_required is not UNSET:
            field_dict["server_lock_required"] = server_lock_required
        if server_lock_supported is not UNSET:
            field_dict["server_lock_supported"] = server_lock_supported

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        def _parse_budget_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_source = _parse_budget_source(d.pop("budget_source", UNSET))

        def _parse_server_budget_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_budget_source = _parse_server_budget_source(d.pop("server_budget_source", UNSET))

        active_worker_count = d.pop("active_worker_count", UNSET)

        configured_slot_count = d.pop("configured_slot_count", UNSET)

        leased_count = d.pop("leased_count", UNSET)

        ready_count = d.pop("ready_count", UNSET)

        available_slot_count = d.pop("available_slot_count", UNSET)

        def _parse_server_max_active_leases_per_queue(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        server_max_active_leases_per_queue = _parse_server_max_active_leases_per_queue(
            d.pop("server_max_active_leases_per_queue", UNSET)
        )

        server_active_lease_count = d.pop("server_active_lease_count", UNSET)

        def _parse_server_remaining_active_lease_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        server_remaining_active_lease_capacity = _parse_server_remaining_active_lease_capacity(
            d.pop("server_remaining_active_lease_capacity", UNSET)
        )

        def _parse_server_max_active_leases_per_namespace(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        server_max_active_leases_per_namespace = _parse_server_max_active_leases_per_namespace(
            d.pop("server_max_active_leases_per_namespace", UNSET)
        )

        server_namespace_active_lease_count = d.pop("server_namespace_active_lease_count", UNSET)

        def _parse_server_remaining_namespace_active_lease_capacity(
            data: object,
        ) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        server_remaining_namespace_active_lease_capacity = (
            _parse_server_remaining_namespace_active_lease_capacity(
                d.pop("server_remaining_namespace_active_lease_capacity", UNSET)
            )
        )

        def _parse_server_max_dispatches_per_minute(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        server_max_dispatches_per_minute = _parse_server_max_dispatches_per_minute(
            d.pop("server_max_dispatches_per_minute", UNSET)
        )

        server_dispatch_count_this_minute = d.pop("server_dispatch_count_this_minute", UNSET)

        def _parse_server_remaining_dispatch_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        server_remaining_dispatch_capacity = _parse_server_remaining_dispatch_capacity(
            d.pop("server_remaining_dispatch_capacity", UNSET)
        )

        def _parse_server_max_dispatches_per_minute_per_namespace(
            data: object,
        ) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        server_max_dispatches_per_minute_per_namespace = (
            _parse_server_max_dispatches_per_minute_per_namespace(
                d.pop("server_max_dispatches_per_minute_per_namespace", UNSET)
            )
        )

        server_namespace_dispatch_count_this_minute = d.pop(
            "server_namespace_dispatch_count_this_minute", UNSET
        )

        def _parse_server_remaining_namespace_dispatch_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        server_remaining_namespace_dispatch_capacity = (
            _parse_server_remaining_namespace_dispatch_capacity(
                d.pop("server_remaining_namespace_dispatch_capacity", UNSET)
            )
        )

        def _parse_server_dispatch_budget_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_dispatch_budget_group = _parse_server_dispatch_budget_group(
            d.pop("server_dispatch_budget_group", UNSET)
        )

        def _parse_server_max_dispatches_per_minute_per_budget_group(
            data: object,
        ) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        server_max_dispatches_per_minute_per_budget_group = (
            _parse_server_max_dispatches_per_minute_per_budget_group(
                d.pop("server_max_dispatches_per_minute_per_budget_group", UNSET)
            )
        )

        server_budget_group_dispatch_count_this_minute = d.pop(
            "server_budget_group_dispatch_count_this_minute", UNSET
        )

        def _parse_server_remaining_budget_group_dispatch_capacity(
            data: object,
        ) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        server_remaining_budget_group_dispatch_capacity = (
            _parse_server_remaining_budget_group_dispatch_capacity(
                d.pop("server_remaining_budget_group_dispatch_capacity", UNSET)
            )
        )

        server_lock_required = d.pop("server_lock_required", UNSET)

        server_lock_supported = d.pop("server_lock_supported", UNSET)

        task_queue_task_admission = cls(
            status=status,
            budget_source=budget_source,
            server_budget_source=server_budget_source,
            active_worker_count=active_worker_count,
            configured_slot_count=configured_slot_count,
            leased_count=leased_count,
            ready_count=ready_count,
            available_slot_count=available_slot_count,
            server_max_active_leases_per_queue=server_max_active_leases_per_queue,
            server_active_lease_count=server_active_lease_count,
            server_remaining_active_lease_capacity=server_remaining_active_lease_capacity,
            server_max_active_leases_per_namespace=server_max_active_leases_per_namespace,
            server_namespace_active_lease_count=server_namespace_active_lease_count,
            server_remaining_namespace_active_lease_capacity=server_remaining_namespace_active_lease_capacity,
            server_max_dispatches_per_minute=server_max_dispatches_per_minute,
            server_dispatch_count_this_minute=server_dispatch_count_this_minute,
            server_remaining_dispatch_capacity=server_remaining_dispatch_capacity,
            server_max_dispatches_per_minute_per_namespace=server_max_dispatches_per_minute_per_namespace,
            server_namespace_dispatch_count_this_minute=server_namespace_dispatch_count_this_minute,
            server_remaining_namespace_dispatch_capacity=server_remaining_namespace_dispatch_capacity,
            server_dispatch_budget_group=server_dispatch_budget_group,
            server_max_dispatches_per_minute_per_budget_group=server_max_dispatches_per_minute_per_budget_group,
            server_budget_group_dispatch_count_this_minute=server_budget_group_dispatch_count_this_minute,
            server_remaining_budget_group_dispatch_capacity=server_remaining_budget_group_dispatch_capacity,
            server_lock_required=server_lock_required,
            server_lock_supported=server_lock_supported,
        )

        task_queue_task_admission.additional_properties = d
        return task_queue_task_admission

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
