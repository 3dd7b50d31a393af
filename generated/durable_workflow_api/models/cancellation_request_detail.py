from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancellationRequestDetail")


@_attrs_define
class CancellationRequestDetail:
    """The original cancellation request and its immutable cleanup deadline."""

    request_id: str
    requested_at: None | str
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    cleanup_deadline_at: None | str
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    delivery_sequence: int | None | Unset = UNSET
    delivered_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    history_refresh_page_token: None | str | Unset = UNSET
    """ Server-issued token for the first history page to reload after delivery. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        requested_at: None | str
        requested_at = self.requested_at

        cleanup_deadline_at: None | str
        cleanup_deadline_at = self.cleanup_deadline_at

        delivery_sequence: int | None | Unset
        if isinstance(self.delivery_sequence, Unset):
            delivery_sequence = UNSET
        else:
            delivery_sequence = self.delivery_sequence

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
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
                "requested_at": requested_at,
                "cleanup_deadline_at": cleanup_deadline_at,
            }
        )
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

        def _parse_requested_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requested_at = _parse_requested_at(d.pop("requested_at"))

        def _parse_cleanup_deadline_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cleanup_deadline_at = _parse_cleanup_deadline_at(d.pop("cleanup_deadline_at"))

        def _parse_delivery_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delivery_sequence = _parse_delivery_sequence(d.pop("delivery_sequence", UNSET))

        def _parse_delivered_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        cancellation_request_detail = cls(
            request_id=request_id,
            requested_at=requested_at,
            cleanup_deadline_at=cleanup_deadline_at,
            delivery_sequence=delivery_sequence,
            delivered_at=delivered_at,
            history_refresh_page_token=history_refresh_page_token,
        )

        cancellation_request_detail.additional_properties = d
        return cancellation_request_detail

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
