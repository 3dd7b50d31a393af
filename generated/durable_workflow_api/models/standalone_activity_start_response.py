from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandaloneActivityStartResponse")


@_attrs_define
class StandaloneActivityStartResponse:
    activity_id: str
    activity_execution_id: None | str | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    """ Host workflow run. """
    workflow_id: None | str | Unset = UNSET
    """ Host workflow id (equals the activity id). """
    workflow_type: None | str | Unset = UNSET
    activity_type: None | str | Unset = UNSET
    activity_class: None | str | Unset = UNSET
    task_queue: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Host run status. """
    payload_codec: None | str | Unset = UNSET
    started_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    schedule_to_start_deadline_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    schedule_to_close_deadline_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    command_status: None | str | Unset = UNSET
    command_source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        activity_execution_id: None | str | Unset
        if isinstance(self.activity_execution_id, Unset):
            activity_execution_id = UNSET
        else:
            activity_execution_id = self.activity_execution_id

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        workflow_type: None | str | Unset
        if isinstance(self.workflow_type, Unset):
            workflow_type = UNSET
        else:
            workflow_type = self.workflow_type

        activity_type: None | str | Unset
        if isinstance(self.activity_type, Unset):
            activity_type = UNSET
        else:
            activity_type = self.activity_type

        activity_class: None | str | Unset
        if isinstance(self.activity_class, Unset):
            activity_class = UNSET
        else:
            activity_class = self.activity_class

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        payload_codec: None | str | Unset
        if isinstance(self.payload_codec, Unset):
            payload_codec = UNSET
        else:
            payload_codec = self.payload_codec

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        schedule_to_start_deadline_at: None | str | Unset
        if isinstance(self.schedule_to_start_deadline_at, Unset):
            schedule_to_start_deadline_at = UNSET
        else:
            schedule_to_start_deadline_at = self.schedule_to_start_deadline_at

        schedule_to_close_deadline_at: None | str | Unset
        if isinstance(self.schedule_to_close_deadline_at, Unset):
            schedule_to_close_deadline_at = UNSET
        else:
            schedule_to_close_deadline_at = self.schedule_to_close_deadline_at

        command_status: None | str | Unset
        if isinstance(self.command_status, Unset):
            command_status = UNSET
        else:
            command_status = self.command_status

        command_source: None | str | Unset
        if isinstance(self.command_source, Unset):
            command_source = UNSET
        else:
            command_source = self.command_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_id": activity_id,
            }
        )
        if activity_execution_id is not UNSET:
            field_dict["activity_execution_id"] = activity_execution_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if activity_type is not UNSET:
            field_dict["activity_type"] = activity_type
        if activity_class is not UNSET:
            field_dict["activity_class"] = activity_class
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if schedule_to_start_deadline_at is not UNSET:
            field_dict["schedule_to_start_deadline_at"] = schedule_to_start_deadline_at
        if schedule_to_close_deadline_at is not UNSET:
            field_dict["schedule_to_close_deadline_at"] = schedule_to_close_deadline_at
        if command_status is not UNSET:
            field_dict["command_status"] = command_status
        if command_source is not UNSET:
            field_dict["command_source"] = command_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activity_id = d.pop("activity_id")

        def _parse_activity_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_execution_id = _parse_activity_execution_id(d.pop("activity_execution_id", UNSET))

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_workflow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_type = _parse_workflow_type(d.pop("workflow_type", UNSET))

        def _parse_activity_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_type = _parse_activity_type(d.pop("activity_type", UNSET))

        def _parse_activity_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_class = _parse_activity_class(d.pop("activity_class", UNSET))

        def _parse_task_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_queue = _parse_task_queue(d.pop("task_queue", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_payload_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload_codec = _parse_payload_codec(d.pop("payload_codec", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_schedule_to_start_deadline_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule_to_start_deadline_at = _parse_schedule_to_start_deadline_at(
            d.pop("schedule_to_start_deadline_at", UNSET)
        )

        def _parse_schedule_to_close_deadline_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule_to_close_deadline_at = _parse_schedule_to_close_deadline_at(
            d.pop("schedule_to_close_deadline_at", UNSET)
        )

        def _parse_command_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command_status = _parse_command_status(d.pop("command_status", UNSET))

        def _parse_command_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command_source = _parse_command_source(d.pop("command_source", UNSET))

        standalone_activity_start_response = cls(
            activity_id=activity_id,
            activity_execution_id=activity_execution_id,
            workflow_run_id=workflow_run_id,
            workflow_id=workflow_id,
            workflow_type=workflow_type,
            activity_type=activity_type,
            activity_class=activity_class,
            task_queue=task_queue,
            namespace=namespace,
            status=status,
            payload_codec=payload_codec,
            started_at=started_at,
            schedule_to_start_deadline_at=schedule_to_start_deadline_at,
            schedule_to_close_deadline_at=schedule_to_close_deadline_at,
            command_status=command_status,
            command_source=command_source,
        )

        standalone_activity_start_response.additional_properties = d
        return standalone_activity_start_response

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
