from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunSummary")


@_attrs_define
class WorkflowRunSummary:
    run_id: str
    run_number: int | Unset = UNSET
    workflow_type: None | str | Unset = UNSET
    business_key: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    task_queue: None | str | Unset = UNSET
    started_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    closed_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    workflow_id: str | Unset = UNSET
    status_bucket: None | str | Unset = UNSET
    is_current_run: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        run_number = self.run_number

        workflow_type: None | str | Unset
        if isinstance(self.workflow_type, Unset):
            workflow_type = UNSET
        else:
            workflow_type = self.workflow_type

        business_key: None | str | Unset
        if isinstance(self.business_key, Unset):
            business_key = UNSET
        else:
            business_key = self.business_key

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = self.closed_at

        workflow_id = self.workflow_id

        status_bucket: None | str | Unset
        if isinstance(self.status_bucket, Unset):
            status_bucket = UNSET
        else:
            status_bucket = self.status_bucket

        is_current_run: bool | None | Unset
        if isinstance(self.is_current_run, Unset):
            is_current_run = UNSET
        else:
            is_current_run = self.is_current_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
            }
        )
        if run_number is not UNSET:
            field_dict["run_number"] = run_number
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if business_key is not UNSET:
            field_dict["business_key"] = business_key
        if status is not UNSET:
            field_dict["status"] = status
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if status_bucket is not UNSET:
            field_dict["status_bucket"] = status_bucket
        if is_current_run is not UNSET:
            field_dict["is_current_run"] = is_current_run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        run_id = d.pop("run_id")

        run_number = d.pop("run_number", UNSET)

        def _parse_workflow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_type = _parse_workflow_type(d.pop("workflow_type", UNSET))

        def _parse_business_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_key = _parse_business_key(d.pop("business_key", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_task_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_queue = _parse_task_queue(d.pop("task_queue", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_closed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        workflow_id = d.pop("workflow_id", UNSET)

        def _parse_status_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_bucket = _parse_status_bucket(d.pop("status_bucket", UNSET))

        def _parse_is_current_run(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_current_run = _parse_is_current_run(d.pop("is_current_run", UNSET))

        workflow_run_summary = cls(
            run_id=run_id,
            run_number=run_number,
            workflow_type=workflow_type,
            business_key=business_key,
            status=status,
            task_queue=task_queue,
            started_at=started_at,
            closed_at=closed_at,
            workflow_id=workflow_id,
            status_bucket=status_bucket,
            is_current_run=is_current_run,
        )

        workflow_run_summary.additional_properties = d
        return workflow_run_summary

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
