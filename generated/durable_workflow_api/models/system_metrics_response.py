from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_metrics import SystemMetrics
    from ..models.system_metrics_cardinality import SystemMetricsCardinality


T = TypeVar("T", bound="SystemMetricsResponse")


@_attrs_define
class SystemMetricsResponse:
    """Server metrics scoped to the request namespace, with their label policies."""

    generated_at: None | str | Unset = UNSET
    namespace: str | Unset = UNSET
    metrics: SystemMetrics | Unset = UNSET
    """ Metric name to its value document. """
    cardinality: SystemMetricsCardinality | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_at: None | str | Unset
        if isinstance(self.generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = self.generated_at

        namespace = self.namespace

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        cardinality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cardinality, Unset):
            cardinality = self.cardinality.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if cardinality is not UNSET:
            field_dict["cardinality"] = cardinality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_metrics import SystemMetrics
        from ..models.system_metrics_cardinality import SystemMetricsCardinality

        d = dict(src_dict)

        def _parse_generated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generated_at = _parse_generated_at(d.pop("generated_at", UNSET))

        namespace = d.pop("namespace", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: SystemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = SystemMetrics.from_dict(_metrics)

        _cardinality = d.pop("cardinality", UNSET)
        cardinality: SystemMetricsCardinality | Unset
        if isinstance(_cardinality, Unset):
            cardinality = UNSET
        else:
            cardinality = SystemMetricsCardinality.from_dict(_cardinality)

        system_metrics_response = cls(
            generated_at=generated_at,
            namespace=namespace,
            metrics=metrics,
            cardinality=cardinality,
        )

        system_metrics_response.additional_properties = d
        return system_metrics_response

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
