from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_validation_task_task_kind import (
    UpdateValidationTaskTaskKind,
    check_update_validation_task_task_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_event import HistoryEvent
    from ..models.json_object import JsonObject
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="UpdateValidationTask")


@_attrs_define
class UpdateValidationTask:
    """A leased request to run an update's validator against the workflow's state."""

    task_kind: UpdateValidationTaskTaskKind
    update_validation_task_id: str
    update_validation_attempt: int
    """ Fencing token; echo it on approve / reject. """
    update_id: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    workflow_type: None | str | Unset = UNSET
    compatibility: None | str | Unset = UNSET
    update_name: str | Unset = UNSET
    update_arguments: None | PayloadEnvelope | Unset = UNSET
    """ Encoded list of update arguments. """
    workflow_arguments: None | PayloadEnvelope | Unset = UNSET
    payload_codec: str | Unset = UNSET
    history_events: list[HistoryEvent] | Unset = UNSET
    history_export: JsonObject | None | Unset = UNSET
    task_queue: None | str | Unset = UNSET
    lease_owner: str | Unset = UNSET
    lease_expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject
        from ..models.payload_envelope import PayloadEnvelope

        task_kind: str = self.task_kind

        update_validation_task_id = self.update_validation_task_id

        update_validation_attempt = self.update_validation_attempt

        update_id = self.update_id

        workflow_id = self.workflow_id

        run_id = self.run_id

        workflow_type: None | str | Unset
        if isinstance(self.workflow_type, Unset):
            workflow_type = UNSET
        else:
            workflow_type = self.workflow_type

        compatibility: None | str | Unset
        if isinstance(self.compatibility, Unset):
            compatibility = UNSET
        else:
            compatibility = self.compatibility

        update_name = self.update_name

        update_arguments: dict[str, Any] | None | Unset
        if isinstance(self.update_arguments, Unset):
            update_arguments = UNSET
        elif isinstance(self.update_arguments, PayloadEnvelope):
            update_arguments = self.update_arguments.to_dict()
        else:
            update_arguments = self.update_arguments

        workflow_arguments: dict[str, Any] | None | Unset
        if isinstance(self.workflow_arguments, Unset):
            workflow_arguments = UNSET
        elif isinstance(self.workflow_arguments, PayloadEnvelope):
            workflow_arguments = self.workflow_arguments.to_dict()
        else:
            workflow_arguments = self.workflow_arguments

        payload_codec = self.payload_codec

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
                "task_kind": task_kind,
                "update_validation_task_id": update_validation_task_id,
                "update_validation_attempt": update_validation_attempt,
            }
        )
        if update_id is not UNSET:
            field_dict["update_id"] = update_id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if update_name is not UNSET:
            field_dict["update_name"] = update_name
        if update_arguments is not UNSET:
            field_dict["update_arguments"] = update_arguments
        if workflow_arguments is not UNSET:
            field_dict["workflow_arguments"] = workflow_arguments
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
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

        d = dict(src_dict)
        task_kind = check_update_validation_task_task_kind(d.pop("task_kind"))

        update_validation_task_id = d.pop("update_validation_task_id")

        update_validation_attempt = d.pop("update_validation_attempt")

        update_id = d.pop("update_id", UNSET)

        workflow_id = d.pop("workflow_id", UNSET)

        run_id = d.pop("run_id", UNSET)

        def _parse_workflow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_type = _parse_workflow_type(d.pop("workflow_type", UNSET))

        def _parse_compatibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compatibility = _parse_compatibility(d.pop("compatibility", UNSET))

        update_name = d.pop("update_name", UNSET)

        def _parse_update_arguments(data: object) -> None | PayloadEnvelope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                update_arguments_type_0 = PayloadEnvelope.from_dict(data)

                return update_arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayloadEnvelope | Unset, data)

        update_arguments = _parse_update_arguments(d.pop("update_arguments", UNSET))

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

        payload_codec = d.pop("payload_codec", UNSET)

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

        update_validation_task = cls(
            task_kind=task_kind,
            update_validation_task_id=update_validation_task_id,
            update_validation_attempt=update_validation_attempt,
            update_id=update_id,
            workflow_id=workflow_id,
            run_id=run_id,
            workflow_type=workflow_type,
            compatibility=compatibility,
            update_name=update_name,
            update_arguments=update_arguments,
            workflow_arguments=workflow_arguments,
            payload_codec=payload_codec,
            history_events=history_events,
            history_export=history_export,
            task_queue=task_queue,
            lease_owner=lease_owner,
            lease_expires_at=lease_expires_at,
        )

        update_validation_task.additional_properties = d
        return update_validation_task

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
