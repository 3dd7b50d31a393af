from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityTaskCancellationReceipt")


@_attrs_define
class ActivityTaskCancellationReceipt:
    """The cooperative cancellation request and the callback-stop receipt."""

    request_id: str | Unset = UNSET
    root_request_id: str | Unset = UNSET
    cleanup_deadline_at: datetime.datetime | None | Unset = UNSET
    cancellation_history_event_id: None | str | Unset = UNSET
    callback_state: str | Unset = UNSET
    history_event_id: None | str | Unset = UNSET
    acknowledged_at: datetime.datetime | None | Unset = UNSET
    received_after_deadline: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        root_request_id = self.root_request_id

        cleanup_deadline_at: None | str | Unset
        if isinstance(self.cleanup_deadline_at, Unset):
            cleanup_deadline_at = UNSET
        elif isinstance(self.cleanup_deadline_at, datetime.datetime):
            cleanup_deadline_at = self.cleanup_deadline_at.isoformat()
        else:
            cleanup_deadline_at = self.cleanup_deadline_at

        cancellation_history_event_id: None | str | Unset
        if isinstance(self.cancellation_history_event_id, Unset):
            cancellation_history_event_id = UNSET
        else:
            cancellation_history_event_id = self.cancellation_history_event_id

        callback_state = self.callback_state

        history_event_id: None | str | Unset
        if isinstance(self.history_event_id, Unset):
            history_event_id = UNSET
        else:
            history_event_id = self.history_event_id

        acknowledged_at: None | str | Unset
        if isinstance(self.acknowledged_at, Unset):
            acknowledged_at = UNSET
        elif isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        received_after_deadline: bool | None | Unset
        if isinstance(self.received_after_deadline, Unset):
            received_after_deadline = UNSET
        else:
            received_after_deadline = self.received_after_deadline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if root_request_id is not UNSET:
            field_dict["root_request_id"] = root_request_id
        if cleanup_deadline_at is not UNSET:
            field_dict["cleanup_deadline_at"] = cleanup_deadline_at
        if cancellation_history_event_id is not UNSET:
            field_dict["cancellation_history_event_id"] = cancellation_history_event_id
        if callback_state is not UNSET:
            field_dict["callback_state"] = callback_state
        if history_event_id is not UNSET:
            field_dict["history_event_id"] = history_event_id
        if acknowledged_at is not UNSET:
            field_dict["acknowledged_at"] = acknowledged_at
        if received_after_deadline is not UNSET:
            field_dict["received_after_deadline"] = received_after_deadline

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)

        root_request_id = d.pop("root_request_id", UNSET)

        def _parse_cleanup_deadline_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cleanup_deadline_at_type_0 = datetime.datetime.fromisoformat(data)

                return cleanup_deadline_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cleanup_deadline_at = _parse_cleanup_deadline_at(d.pop("cleanup_deadline_at", UNSET))

        def _parse_cancellation_history_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancellation_history_event_id = _parse_cancellation_history_event_id(
            d.pop("cancellation_history_event_id", UNSET)
        )

        callback_state = d.pop("callback_state", UNSET)

        def _parse_history_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        history_event_id = _parse_history_event_id(d.pop("history_event_id", UNSET))

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at", UNSET))

        def _parse_received_after_deadline(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        received_after_deadline = _parse_received_after_deadline(
            d.pop("received_after_deadline", UNSET)
        )

        activity_task_cancellation_receipt = cls(
            request_id=request_id,
            root_request_id=root_request_id,
            cleanup_deadline_at=cleanup_deadline_at,
            cancellation_history_event_id=cancellation_history_event_id,
            callback_state=callback_state,
            history_event_id=history_event_id,
            acknowledged_at=acknowledged_at,
            received_after_deadline=received_after_deadline,
        )

        activity_task_cancellation_receipt.additional_properties = d
        return activity_task_cancellation_receipt

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
