from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="QueryTaskCompleteRequest")


@_attrs_define
class QueryTaskCompleteRequest:
    lease_owner: str
    query_task_attempt: int
    result: Any | Unset = UNSET
    """ The query result as plain JSON (informational; may be null). """
    result_envelope: PayloadEnvelope | Unset = UNSET
    """ A payload on the wire. `blob` holds the base64 of a single-object-framed Avro
    `durable_workflow.protocol.Value`; large payloads may be stored externally and referenced by `external_storage`
    instead of carrying a blob. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lease_owner = self.lease_owner

        query_task_attempt = self.query_task_attempt

        result = self.result

        result_envelope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result_envelope, Unset):
            result_envelope = self.result_envelope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lease_owner": lease_owner,
                "query_task_attempt": query_task_attempt,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if result_envelope is not UNSET:
            field_dict["result_envelope"] = result_envelope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        lease_owner = d.pop("lease_owner")

        query_task_attempt = d.pop("query_task_attempt")

        result = d.pop("result", UNSET)

        _result_envelope = d.pop("result_envelope", UNSET)
        result_envelope: PayloadEnvelope | Unset
        if isinstance(_result_envelope, Unset):
            result_envelope = UNSET
        else:
            result_envelope = PayloadEnvelope.from_dict(_result_envelope)

        query_task_complete_request = cls(
            lease_owner=lease_owner,
            query_task_attempt=query_task_attempt,
            result=result,
            result_envelope=result_envelope,
        )

        query_task_complete_request.additional_properties = d
        return query_task_complete_request

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
