from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_event import HistoryEvent
    from ..models.json_object import JsonObject
    from ..models.payload_envelope import PayloadEnvelope
    from ..models.query_task_arguments import QueryTaskArguments


T = TypeVar("T", bound="QueryTask")


@_attrs_define
class QueryTask:
    """A leased query; the whole run history is inlined."""

    query_task_id: str
    query_task_attempt: int
    """ Fencing token; echo it on complete / fail. """
    workflow_id: str
    run_id: str
    query_name: str
    workflow_type: None | str | Unset = UNSET
    workflow_class: None | str | Unset = UNSET
    payload_codec: str | Unset = UNSET
    workflow_arguments: None | PayloadEnvelope | Unset = UNSET
    """ The run's start input (null when none is stored). """
    query_arguments: QueryTaskArguments | Unset = UNSET
    """ Encoded list of query arguments. The server sends `{"codec": "avro", "blob": null}` when the caller gave
    none (older servers even `{"codec": null, "blob": null}`). """
    input_: QueryTaskArguments | Unset = UNSET
    """ Encoded list of query arguments. The server sends `{"codec": "avro", "blob": null}` when the caller gave
    none (older servers even `{"codec": null, "blob": null}`). """
    run_status: str | Unset = UNSET
    last_history_sequence: int | Unset = UNSET
    history_events: list[HistoryEvent] | Unset = UNSET
    history_export: JsonObject | None | Unset = UNSET
    task_queue: None | str | Unset = UNSET
    lease_owner: str | Unset = UNSET
    lease_expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject
        from ..models.payload_envelope import PayloadEnvelope

        query_task_id = self.query_task_id

        query_task_attempt = self.query_task_attempt

        workflow_id = self.workflow_id

        run_id = self.run_id

        query_name = self.query_name

        workflow_type: None | str | Unset
        if isinstance(self.workflow_type, Unset):
            workflow_type = UNSET
        else:
            workflow_type = self.workflow_type

        workflow_class: None | str | Unset
        if isinstance(self.workflow_class, Unset):
            workflow_class = UNSET
        else:
            workflow_class = self.workflow_class

        payload_codec = self.payload_codec

        workflow_arguments: dict[str, Any] | None | Unset
        if isinstance(self.workflow_arguments, Unset):
            workflow_arguments = UNSET
        elif isinstance(self.workflow_arguments, PayloadEnvelope):
            workflow_arguments = self.workflow_arguments.to_dict()
        else:
            workflow_arguments = self.workflow_arguments

        query_arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_arguments, Unset):
            query_arguments = self.query_arguments.to_dict()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        run_status = self.run_status

        last_history_sequence = self.last_history_sequence

        history_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history_events, Unset):
            history_events = []
            for history_events_item_data in self.history_events:
                history_events_item = history_events_item_data.to_dict()
                history_events.append(history_events_item)

        history_export: dict[str, Any] | None | Unset
        if isinstance(self.history_export, Unset):
            history_export = UNSET
        elif isinstance(self.history_export, JsonObject):
            history_export = self.history_export.to_dict()
        else:
            history_export = self.history_export

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        lease_owner = self.lease_owner

        lease_expires_at: str | Unset = UNSET
        if not isinstance(self.lease_expires_at, Unset):
            lease_expires_at = self.lease_expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query_task_id": query_task_id,
                "query_task_attempt": query_task_attempt,
                "workflow_id": workflow_id,
                "run_id": run_id,
                "query_name": query_name,
            }
        )
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if workflow_class is not UNSET:
            field_dict["workflow_class"] = workflow_class
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if workflow_arguments is not UNSET:
            field_dict["workflow_arguments"] = workflow_arguments
        if query_arguments is not UNSET:
            field_dict["query_arguments"] = query_arguments
        if input_ is not UNSET:
            field_dict["input"] = input_
        if run_status is not UNSET:
            field_dict["run_status"] = run_status
        if last_history_sequence is not UNSET:
            field_dict["last_history_sequence"] = last_history_sequence
        if history_events is not UNSET:
            field_dict["history_events"] = history_events
        if history_export is not UNSET:
            field_dict["history_export"] = history_export
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if lease_owner is not UNSET:
            field_dict["lease_owner"] = lease_owner
        if lease_expires_at is not UNSET:
            field_dict["lease_expires_at"] = lease_expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.history_event import HistoryEvent
        from ..models.json_object import JsonObject
        from ..models.payload_envelope import PayloadEnvelope
        from ..models.query_task_arguments import QueryTaskArguments

        d = dict(src_dict)
        query_task_id = d.pop("query_task_id")

        query_task_attempt = d.pop("query_task_attempt")

        workflow_id = d.pop("workflow_id")

        run_id = d.pop("run_id")

        query_name = d.pop("query_name")

        def _parse_workflow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_type = _parse_workflow_type(d.pop("workflow_type", UNSET))

        def _parse_workflow_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_class = _parse_workflow_class(d.pop("workflow_class", UNSET))

        payload_codec = d.pop("payload_codec", UNSET)

        def _parse_workflow_arguments(data: object) -> None | PayloadEnvelope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_arguments_type_0 = PayloadEnvelope.from_dict(data)

                return workflow_arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayloadEnvelope | Unset, data)

        workflow_arguments = _parse_workflow_arguments(d.pop("workflow_arguments", UNSET))

        _query_arguments = d.pop("query_arguments", UNSET)
        query_arguments: QueryTaskArguments | Unset
        if isinstance(_query_arguments, Unset):
            query_arguments = UNSET
        else:
            query_arguments = QueryTaskArguments.from_dict(_query_arguments)

        _input_ = d.pop("input", UNSET)
        input_: QueryTaskArguments | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = QueryTaskArguments.from_dict(_input_)

        run_status = d.pop("run_status", UNSET)

        last_history_sequence = d.pop("last_history_sequence", UNSET)

        _history_events = d.pop("history_events", UNSET)
        history_events: list[HistoryEvent] | Unset = UNSET
        if _history_events is not UNSET:
            history_events = []
            for history_events_item_data in _history_events:
                history_events_item = HistoryEvent.from_dict(history_events_item_data)

                history_events.append(history_events_item)

        def _parse_history_export(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                history_export_type_0 = JsonObject.from_dict(data)

                return history_export_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        history_export = _parse_history_export(d.pop("history_export", UNSET))

        def _parse_task_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_queue = _parse_task_queue(d.pop("task_queue", UNSET))

        lease_owner = d.pop("lease_owner", UNSET)

        _lease_expires_at = d.pop("lease_expires_at", UNSET)
        lease_expires_at: datetime.datetime | Unset
        if isinstance(_lease_expires_at, Unset):
            lease_expires_at = UNSET
        else:
            lease_expires_at = datetime.datetime.fromisoformat(_lease_expires_at)

        query_task = cls(
            query_task_id=query_task_id,
            query_task_attempt=query_task_attempt,
            workflow_id=workflow_id,
            run_id=run_id,
            query_name=query_name,
            workflow_type=workflow_type,
            workflow_class=workflow_class,
            payload_codec=payload_codec,
            workflow_arguments=workflow_arguments,
            query_arguments=query_arguments,
            input_=input_,
            run_status=run_status,
            last_history_sequence=last_history_sequence,
            history_events=history_events,
            history_export=history_export,
            task_queue=task_queue,
            lease_owner=lease_owner,
            lease_expires_at=lease_expires_at,
        )

        query_task.additional_properties = d
        return query_task

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
