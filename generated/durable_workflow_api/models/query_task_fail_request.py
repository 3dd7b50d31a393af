from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.query_task_failure import QueryTaskFailure


T = TypeVar("T", bound="QueryTaskFailRequest")


@_attrs_define
class QueryTaskFailRequest:
    lease_owner: str
    query_task_attempt: int
    failure: QueryTaskFailure
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lease_owner = self.lease_owner

        query_task_attempt = self.query_task_attempt

        failure = self.failure.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lease_owner": lease_owner,
                "query_task_attempt": query_task_attempt,
                "failure": failure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.query_task_failure import QueryTaskFailure

        d = dict(src_dict)
        lease_owner = d.pop("lease_owner")

        query_task_attempt = d.pop("query_task_attempt")

        failure = QueryTaskFailure.from_dict(d.pop("failure"))

        query_task_fail_request = cls(
            lease_owner=lease_owner,
            query_task_attempt=query_task_attempt,
            failure=failure,
        )

        query_task_fail_request.additional_properties = d
        return query_task_fail_request

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
