from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemRepairPassResponse")


@_attrs_define
class SystemRepairPassResponse:
    """Result of one repair sweep (HTTP 207 when any failure list is non-empty)."""

    throttled: bool | Unset = UNSET
    selected_existing_task_candidates: int | Unset = UNSET
    selected_missing_task_candidates: int | Unset = UNSET
    selected_total_candidates: int | Unset = UNSET
    repaired_existing_tasks: int | Unset = UNSET
    repaired_missing_tasks: int | Unset = UNSET
    dispatched_tasks: int | Unset = UNSET
    selected_command_contract_candidates: int | Unset = UNSET
    backfilled_command_contracts: int | Unset = UNSET
    command_contract_backfill_unavailable: int | Unset = UNSET
    command_contract_failures: list[Any] | Unset = UNSET
    existing_task_failures: list[Any] | Unset = UNSET
    missing_run_failures: list[Any] | Unset = UNSET
    deadline_expired_candidates: int | Unset = UNSET
    deadline_expired_tasks_created: int | Unset = UNSET
    deadline_expired_failures: list[Any] | Unset = UNSET
    activity_timeout_candidates: int | Unset = UNSET
    activity_timeouts_enforced: int | Unset = UNSET
    activity_timeout_failures: list[Any] | Unset = UNSET
    connection: None | str | Unset = UNSET
    queue: None | str | Unset = UNSET
    run_ids: list[str] | Unset = UNSET
    instance_id: None | str | Unset = UNSET
    respect_throttle: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        throttled = self.throttled

        selected_existing_task_candidates = self.selected_existing_task_candidates

        selected_missing_task_candidates = self.selected_missing_task_candidates

        selected_total_candidates = self.selected_total_candidates

        repaired_existing_tasks = self.repaired_existing_tasks

        repaired_missing_tasks = self.repaired_missing_tasks

        dispatched_tasks = self.dispatched_tasks

        selected_command_contract_candidates = self.selected_command_contract_candidates

        backfilled_command_contracts = self.backfilled_command_contracts

        command_contract_backfill_unavailable = self.command_contract_backfill_unavailable

        command_contract_failures: list[Any] | Unset = UNSET
        if not isinstance(self.command_contract_failures, Unset):
            command_contract_failures = self.command_contract_failures

        existing_task_failures: list[Any] | Unset = UNSET
        if not isinstance(self.existing_task_failures, Unset):
            existing_task_failures = self.existing_task_failures

        missing_run_failures: list[Any] | Unset = UNSET
        if not isinstance(self.missing_run_failures, Unset):
            missing_run_failures = self.missing_run_failures

        deadline_expired_candidates = self.deadline_expired_candidates

        deadline_expired_tasks_created = self.deadline_expired_tasks_created

        deadline_expired_failures: list[Any] | Unset = UNSET
        if not isinstance(self.deadline_expired_failures, Unset):
            deadline_expired_failures = self.deadline_expired_failures

        activity_timeout_candidates = self.activity_timeout_candidates

        activity_timeouts_enforced = self.activity_timeouts_enforced

        activity_timeout_failures: list[Any] | Unset = UNSET
        if not isinstance(self.activity_timeout_failures, Unset):
            activity_timeout_failures = self.activity_timeout_failures

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

        run_ids: list[str] | Unset = UNSET
        if not isinstance(self.run_ids, Unset):
            run_ids = self.run_ids

        instance_id: None | str | Unset
        if isinstance(self.instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = self.instance_id

        respect_throttle = self.respect_throttle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if throttled is not UNSET:
            field_dict["throttled"] = throttled
        if selected_existing_task_candidates is not UNSET:
            field_dict["selected_existing_task_candidates"] = selected_existing_task_candidates
        if selected_missing_task_candidates is not UNSET:
            field_dict["selected_missing_task_candidates"] = selected_missing_task_candidates
        if selected_total_candidates is not UNSET:
            field_dict["selected_total_candidates"] = selected_total_candidates
        if repaired_existing_tasks is not UNSET:
            field_dict["repaired_existing_tasks"] = repaired_existing_tasks
        if repaired_missing_tasks is not UNSET:
            field_dict["repaired_missing_tasks"] = repaired_missing_tasks
        if dispatched_tasks is not UNSET:
            field_dict["dispatched_tasks"] = dispatched_tasks
        if selected_command_contract_candidates is not UNSET:
            field_dict["selected_command_contract_candidates"] = (
                selected_command_contract_candidates
            )
        if backfilled_command_contracts is not UNSET:
            field_dict["backfilled_command_contracts"] = backfilled_command_contracts
        if command_contract_backfill_unavailable is not UNSET:
            field_dict["command_contract_backfill_unavailable"] = (
                command_contract_backfill_unavailable
            )
        if command_contract_failures is not UNSET:
            field_dict["command_contract_failures"] = command_contract_failures
        if existing_task_failures is not UNSET:
            field_dict["existing_task_failures"] = existing_task_failures
        if missing_run_failures is not UNSET:
            field_dict["missing_run_failures"] = missing_run_failures
        if deadline_expired_candidates is not UNSET:
            field_dict["deadline_expired_candidates"] = deadline_expired_candidates
        if deadline_expired_tasks_created is not UNSET:
            field_dict["deadline_expired_tasks_created"] = deadline_expired_tasks_created
        if deadline_expired_failures is not UNSET:
            field_dict["deadline_expired_failures"] = deadline_expired_failures
        if activity_timeout_candidates is not UNSET:
            field_dict["activity_timeout_candidates"] = activity_timeout_candidates
        if activity_timeouts_enforced is not UNSET:
            field_dict["activity_timeouts_enforced"] = activity_timeouts_enforced
        if activity_timeout_failures is not UNSET:
            field_dict["activity_timeout_failures"] = activity_timeout_failures
        if connection is not UNSET:
            field_dict["connection"] = connection
        if queue is not UNSET:
            field_dict["queue"] = queue
        if run_ids is not UNSET:
            field_dict["run_ids"] = run_ids
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if respect_throttle is not UNSET:
            field_dict["respect_throttle"] = respect_throttle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        throttled = d.pop("throttled", UNSET)

        selected_existing_task_candidates = d.pop("selected_existing_task_candidates", UNSET)

        selected_missing_task_candidates = d.pop("selected_missing_task_candidates", UNSET)

        selected_total_candidates = d.pop("selected_total_candidates", UNSET)

        repaired_existing_tasks = d.pop("repaired_existing_tasks", UNSET)

        repaired_missing_tasks = d.pop("repaired_missing_tasks", UNSET)

        dispatched_tasks = d.pop("dispatched_tasks", UNSET)

        selected_command_contract_candidates = d.pop("selected_command_contract_candidates", UNSET)

        backfilled_command_contracts = d.pop("backfilled_command_contracts", UNSET)

        command_contract_backfill_unavailable = d.pop(
            "command_contract_backfill_unavailable", UNSET
        )

        command_contract_failures = cast(list[Any], d.pop("command_contract_failures", UNSET))

        existing_task_failures = cast(list[Any], d.pop("existing_task_failures", UNSET))

        missing_run_failures = cast(list[Any], d.pop("missing_run_failures", UNSET))

        deadline_expired_candidates = d.pop("deadline_expired_candidates", UNSET)

        deadline_expired_tasks_created = d.pop("deadline_expired_tasks_created", UNSET)

        deadline_expired_failures = cast(list[Any], d.pop("deadline_expired_failures", UNSET))

        activity_timeout_candidates = d.pop("activity_timeout_candidates", UNSET)

        activity_timeouts_enforced = d.pop("activity_timeouts_enforced", UNSET)

        activity_timeout_failures = cast(list[Any], d.pop("activity_timeout_failures", UNSET))

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

        run_ids = cast(list[str], d.pop("run_ids", UNSET))

        def _parse_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_id = _parse_instance_id(d.pop("instance_id", UNSET))

        respect_throttle = d.pop("respect_throttle", UNSET)

        system_repair_pass_response = cls(
            throttled=throttled,
            selected_existing_task_candidates=selected_existing_task_candidates,
            selected_missing_task_candidates=selected_missing_task_candidates,
            selected_total_candidates=selected_total_candidates,
            repaired_existing_tasks=repaired_existing_tasks,
            repaired_missing_tasks=repaired_missing_tasks,
            dispatched_tasks=dispatched_tasks,
            selected_command_contract_candidates=selected_command_contract_candidates,
            backfilled_command_contracts=backfilled_command_contracts,
            command_contract_backfill_unavailable=command_contract_backfill_unavailable,
            command_contract_failures=command_contract_failures,
            existing_task_failures=existing_task_failures,
            missing_run_failures=missing_run_failures,
            deadline_expired_candidates=deadline_expired_candidates,
            deadline_expired_tasks_created=deadline_expired_tasks_created,
            deadline_expired_failures=deadline_expired_failures,
            activity_timeout_candidates=activity_timeout_candidates,
            activity_timeouts_enforced=activity_timeouts_enforced,
            activity_timeout_failures=activity_timeout_failures,
            connection=connection,
            queue=queue,
            run_ids=run_ids,
            instance_id=instance_id,
            respect_throttle=respect_throttle,
        )

        system_repair_pass_response.additional_properties = d
        return system_repair_pass_response

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
