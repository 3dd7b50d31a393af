from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowObservabilityContextCarrier")


@_attrs_define
class WorkflowObservabilityContextCarrier:
    """W3C trace-context carrier."""

    traceparent: str
    tracestate: str | Unset = UNSET
    baggage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        traceparent = self.traceparent

        tracestate = self.tracestate

        baggage = self.baggage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traceparent": traceparent,
            }
        )
        if tracestate is not UNSET:
            field_dict["tracestate"] = tracestate
        if baggage is not UNSET:
            field_dict["baggage"] = baggage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        traceparent = d.pop("traceparent")

        tracestate = d.pop("tracestate", UNSET)

        baggage = d.pop("baggage", UNSET)

        workflow_observability_context_carrier = cls(
            traceparent=traceparent,
            tracestate=tracestate,
            baggage=baggage,
        )

        workflow_observability_context_carrier.additional_properties = d
        return workflow_observability_context_carrier

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
