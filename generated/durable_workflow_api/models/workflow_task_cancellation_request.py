from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTaskCancellationRequest")


@_attrs_define
class WorkflowTaskCancellationRequest:
    """A cooperative cancellation request observed by the claim (protocol 1.20)."""

    request_id: str
    root_request_id: None | str | Unset = UNSET
    requested_at: datetime.datetime | None | Unset = UNSET
    cleanup_deadline_at: datetime.datetime | None | Unset = UNSET
    delivery_sequence: int | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    history_refresh_page_token: None | str | Unset = UNSET
    """ Token of the first history page to reload after delivery. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        root_request_id: None | str | Unset
        if isinstance(self.root_request_id, Unset):
            root_request_id = UNSET
        else:
            root_request_id = self.root_request_id

        requested_at: None | str | Unset
        if isinstance(self.requested_at, Unset):
            requested_at = UNSET
        elif isinstance(self.requested_at, datetime.datetime):
            requested_at = self.requested_at.isoformat()
        else:
            requested_at = self.requested_at

        cleanup_deadline_at: None | str | Unset
        if isinstance(self.cleanup_deadline_at, Unset):
            cleanup_deadline_at = UNSET
        elif isinstance(self.cleanup_deadline_at, datetime.datetime):
            cleanup_deadline_at = self.cleanup_deadline_at.isoformat()
        else:
            cleanup_deadline_at = self.cleanup_deadline_at

        delivery_sequence: int | None | Unset
        if isinstance(self.delivery_sequence, Unset):
            delivery_sequence = UNSET
        else:
            delivery_sequence = self.delivery_sequence

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        history_refresh_page_token: None | str | Unset
        if isinstance(self.history_refresh_page_token, Unset):
            history_refresh_page_token = UNSET
        else:
            history_refresh_page_token = self.history_refresh_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if root_request_id is not UNSET:
            field_dict["root_request_id"] = root_request_id
        if requested_at is not UNSET:
            field_dict["requested_at"] = requested_at
        if cleanup_deadline_at is not UNSET:
            field_dict["cleanup_deadline_at"] = cleanup_deadline_at
        if delivery_sequence is not UNSET:
            field_dict["delivery_sequence"] = delivery_sequence
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if history_refresh_page_token is not UNSET:
            field_dict["history_refresh_page_token"] = history_refresh_page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        def _parse_root_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_request_id = _parse_root_request_id(d.pop("root_request_id", UNSET))

        def _parse_requested_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_at_type_0 = datetime.datetime.fromisoformat(data)

                return requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        requested_at = _parse_requested_at(d.pop("requested_at", UNSET))

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

        def _parse_delivery_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delivery_sequence = _parse_delivery_sequence(d.pop("delivery_sequence", UNSET))

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))

        def _parse_history_refresh_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        history_refresh_page_token = _parse_history_refresh_page_token(
            d.pop("history_refresh_page_token", UNSET)
        )

        workflow_task_cancellation_request = cls(
            request_id=request_id,
            root_request_id=root_request_id,
            requested_at=requested_at,
            cleanup_deadline_at=cleanup_deadline_at,
            delivery_sequence=delivery_sequence,
            delivered_at=delivered_at,
            history_refresh_page_token=history_refresh_page_token,
        )

        workflow_task_cancellation_request.additional_properties = d
        return workflow_task_cancellation_request

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
