from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_event import HistoryEvent
    from ..models.server_capabilities import ServerCapabilities


T = TypeVar("T", bound="WorkflowTaskHistoryResponse")


@_attrs_define
class WorkflowTaskHistoryResponse:
    history_events: list[HistoryEvent]
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    task_id: str | Unset = UNSET
    workflow_task_attempt: int | Unset = UNSET
    total_history_events: int | Unset = UNSET
    next_history_page_token: None | str | Unset = UNSET
    history_events_compressed: str | Unset = UNSET
    history_events_encoding: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history_events = []
        for history_events_item_data in self.history_events:
            history_events_item = history_events_item_data.to_dict()
            history_events.append(history_events_item)

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        task_id = self.task_id

        workflow_task_attempt = self.workflow_task_attempt

        total_history_events = self.total_history_events

        next_history_page_token: None | str | Unset
        if isinstance(self.next_history_page_token, Unset):
            next_history_page_token = UNSET
        else:
            next_history_page_token = self.next_history_page_token

        history_events_compressed = self.history_events_compressed

        history_events_encoding = self.history_events_encoding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history_events": history_events,
            }
        )
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if workflow_task_attempt is not UNSET:
            field_dict["workflow_task_attempt"] = workflow_task_attempt
        if total_history_events is not UNSET:
            field_dict["total_history_events"] = total_history_events
        if next_history_page_token is not UNSET:
            field_dict["next_history_page_token"] = next_history_page_token
        if history_events_compressed is not UNSET:
            field_dict["history_events_compressed"] = history_events_compressed
        if history_events_encoding is not UNSET:
            field_dict["history_events_encoding"] = history_events_encoding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.history_event import HistoryEvent
        from ..models.server_capabilities import ServerCapabilities

        d = dict(src_dict)
        history_events = []
        _history_events = d.pop("history_events")
        for history_events_item_data in _history_events:
            history_events_item = HistoryEvent.from_dict(history_events_item_data)

            history_events.append(history_events_item)

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        task_id = d.pop("task_id", UNSET)

        workflow_task_attempt = d.pop("workflow_task_attempt", UNSET)

        total_history_events = d.pop("total_history_events", UNSET)

        def _parse_next_history_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_history_page_token = _parse_next_history_page_token(
            d.pop("next_history_page_token", UNSET)
        )

        history_events_compressed = d.pop("history_events_compressed", UNSET)

        history_events_encoding = d.pop("history_events_encoding", UNSET)

        workflow_task_history_response = cls(
            history_events=history_events,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            task_id=task_id,
            workflow_task_attempt=workflow_task_attempt,
            total_history_events=total_history_events,
            next_history_page_token=next_history_page_token,
            history_events_compressed=history_events_compressed,
            history_events_encoding=history_events_encoding,
        )

        workflow_task_history_response.additional_properties = d
        return workflow_task_history_response

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
