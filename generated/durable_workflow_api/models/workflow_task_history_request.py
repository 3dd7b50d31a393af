from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTaskHistoryRequest")


@_attrs_define
class WorkflowTaskHistoryRequest:
    lease_owner: str
    workflow_task_attempt: int
    next_history_page_token: str
    """ Token from the previous page (`MA==` starts after sequence 0). """
    history_page_size: int | None | Unset = 500
    accept_history_encoding: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lease_owner = self.lease_owner

        workflow_task_attempt = self.workflow_task_attempt

        next_history_page_token = self.next_history_page_token

        history_page_size: int | None | Unset
        if isinstance(self.history_page_size, Unset):
            history_page_size = UNSET
        else:
            history_page_size = self.history_page_size

        accept_history_encoding: None | str | Unset
        if isinstance(self.accept_history_encoding, Unset):
            accept_history_encoding = UNSET
        else:
            accept_history_encoding = self.accept_history_encoding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lease_owner": lease_owner,
                "workflow_task_attempt": workflow_task_attempt,
                "next_history_page_token": next_history_page_token,
            }
        )
        if history_page_size is not UNSET:
            field_dict["history_page_size"] = history_page_size
        if accept_history_encoding is not UNSET:
            field_dict["accept_history_encoding"] = accept_history_encoding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lease_owner = d.pop("lease_owner")

        workflow_task_attempt = d.pop("workflow_task_attempt")

        next_history_page_token = d.pop("next_history_page_token")

        def _parse_history_page_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        history_page_size = _parse_history_page_size(d.pop("history_page_size", UNSET))

        def _parse_accept_history_encoding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accept_history_encoding = _parse_accept_history_encoding(
            d.pop("accept_history_encoding", UNSET)
        )

        workflow_task_history_request = cls(
            lease_owner=lease_owner,
            workflow_task_attempt=workflow_task_attempt,
            next_history_page_token=next_history_page_token,
            history_page_size=history_page_size,
            accept_history_encoding=accept_history_encoding,
        )

        workflow_task_history_request.additional_properties = d
        return workflow_task_history_request

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
