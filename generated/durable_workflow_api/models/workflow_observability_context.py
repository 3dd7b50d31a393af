from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_observability_context_carrier import WorkflowObservabilityContextCarrier


T = TypeVar("T", bound="WorkflowObservabilityContext")


@_attrs_define
class WorkflowObservabilityContext:
    """Trace context sent by newer clients when discovery advertises
    `worker_protocol.server_capabilities.observability_context`; older servers ignore it.

    """

    schema: str
    version: int
    carrier: WorkflowObservabilityContextCarrier
    """ W3C trace-context carrier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        version = self.version

        carrier = self.carrier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "version": version,
                "carrier": carrier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_observability_context_carrier import (
            WorkflowObservabilityContextCarrier,
        )

        d = dict(src_dict)
        schema = d.pop("schema")

        version = d.pop("version")

        carrier = WorkflowObservabilityContextCarrier.from_dict(d.pop("carrier"))

        workflow_observability_context = cls(
            schema=schema,
            version=version,
            carrier=carrier,
        )

        workflow_observability_context.additional_properties = d
        return workflow_observability_context

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
