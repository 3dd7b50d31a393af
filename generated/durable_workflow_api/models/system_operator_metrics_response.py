from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_operator_metrics import SystemOperatorMetrics


T = TypeVar("T", bound="SystemOperatorMetricsResponse")


@_attrs_define
class SystemOperatorMetricsResponse:
    namespace: str | Unset = UNSET
    operator_metrics: SystemOperatorMetrics | Unset = UNSET
    """ Engine operator metrics snapshot (newer engines add sections and counters; sections not typed here are open
    objects). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        operator_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operator_metrics, Unset):
            operator_metrics = self.operator_metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if operator_metrics is not UNSET:
            field_dict["operator_metrics"] = operator_metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_operator_metrics import SystemOperatorMetrics

        d = dict(src_dict)
        namespace = d.pop("namespace", UNSET)

        _operator_metrics = d.pop("operator_metrics", UNSET)
        operator_metrics: SystemOperatorMetrics | Unset
        if isinstance(_operator_metrics, Unset):
            operator_metrics = UNSET
        else:
            operator_metrics = SystemOperatorMetrics.from_dict(_operator_metrics)

        system_operator_metrics_response = cls(
            namespace=namespace,
            operator_metrics=operator_metrics,
        )

        system_operator_metrics_response.additional_properties = d
        return system_operator_metrics_response

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
