from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0


T = TypeVar("T", bound="HistoryEvent")


@_attrs_define
class HistoryEvent:
    """One event of a run's durable history. `event_type` is an open set (see the protocol's history event catalogue);
    `payload` is event-specific.

    """

    event_type: str
    id: None | str | Unset = UNSET
    """ Stable event id (ULID). """
    event_id: int | None | str | Unset = UNSET
    """ Event id as some producers spell it (older fixtures number events). """
    sequence: int | Unset = UNSET
    """ Position in the run's history; dense, starts at 1. """
    payload: list[Any] | MapOrEmptyListType0 | Unset = UNSET
    """ A map-typed field. The server is written in PHP and encodes an empty map as `[]`, so an empty array is
    accepted wherever this schema appears. """
    workflow_task_id: None | str | Unset = UNSET
    workflow_command_id: None | str | Unset = UNSET
    recorded_at: datetime.datetime | None | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    namespace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0

        event_type = self.event_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        event_id: int | None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        sequence = self.sequence

        payload: dict[str, Any] | list[Any] | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, MapOrEmptyListType0):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        workflow_task_id: None | str | Unset
        if isinstance(self.workflow_task_id, Unset):
            workflow_task_id = UNSET
        else:
            workflow_task_id = self.workflow_task_id

        workflow_command_id: None | str | Unset
        if isinstance(self.workflow_command_id, Unset):
            workflow_command_id = UNSET
        else:
            workflow_command_id = self.workflow_command_id

        recorded_at: None | str | Unset
        if isinstance(self.recorded_at, Unset):
            recorded_at = UNSET
        elif isinstance(self.recorded_at, datetime.datetime):
            recorded_at = self.recorded_at.isoformat()
        else:
            recorded_at = self.recorded_at

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if payload is not UNSET:
            field_dict["payload"] = payload
        if workflow_task_id is not UNSET:
            field_dict["workflow_task_id"] = workflow_task_id
        if workflow_command_id is not UNSET:
            field_dict["workflow_command_id"] = workflow_command_id
        if recorded_at is not UNSET:
            field_dict["recorded_at"] = recorded_at
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0

        d = dict(src_dict)
        event_type = d.pop("event_type")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_event_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        sequence = d.pop("sequence", UNSET)

        def _parse_payload(data: object) -> list[Any] | MapOrEmptyListType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_0 = MapOrEmptyListType0.from_dict(data)

                return componentsschemas_map_or_empty_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_map_or_empty_list_type_1 = cast(list[Any], data)

            return componentsschemas_map_or_empty_list_type_1

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_workflow_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_task_id = _parse_workflow_task_id(d.pop("workflow_task_id", UNSET))

        def _parse_workflow_command_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_command_id = _parse_workflow_command_id(d.pop("workflow_command_id", UNSET))

        def _parse_recorded_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_at_type_0 = datetime.datetime.fromisoformat(data)

                return recorded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        recorded_at = _parse_recorded_at(d.pop("recorded_at", UNSET))

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        history_event = cls(
            event_type=event_type,
            id=id,
            event_id=event_id,
            sequence=sequence,
            payload=payload,
            workflow_task_id=workflow_task_id,
            workflow_command_id=workflow_command_id,
            recorded_at=recorded_at,
            timestamp=timestamp,
            namespace=namespace,
        )

        history_event.additional_properties = d
        return history_event

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
