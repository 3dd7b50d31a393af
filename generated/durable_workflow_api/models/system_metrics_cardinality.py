from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_metrics_cardinality_metric_label_sets import (
        SystemMetricsCardinalityMetricLabelSets,
    )


T = TypeVar("T", bound="SystemMetricsCardinality")


@_attrs_define
class SystemMetricsCardinality:
    metric_label_sets: SystemMetricsCardinalityMetricLabelSets | Unset = UNSET
    """ Metric name to its label cardinality policy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_label_sets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric_label_sets, Unset):
            metric_label_sets = self.metric_label_sets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_label_sets is not UNSET:
            field_dict["metric_label_sets"] = metric_label_sets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_metrics_cardinality_metric_label_sets import (
            SystemMetricsCardinalityMetricLabelSets,
        )

        d = dict(src_dict)
        _metric_label_sets = d.pop("metric_label_sets", UNSET)
        metric_label_sets: SystemMetricsCardinalityMetricLabelSets | Unset
        if isinstance(_metric_label_sets, Unset):
            metric_label_sets = UNSET
        else:
            metric_label_sets = SystemMetricsCardinalityMetricLabelSets.from_dict(
                _metric_label_sets
            )

        system_metrics_cardinality = cls(
            metric_label_sets=metric_label_sets,
        )

        system_metrics_cardinality.additional_properties = d
        return system_metrics_cardinality

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
