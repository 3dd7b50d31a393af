from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_projection_drift_metric import SystemProjectionDriftMetric
    from ..models.system_workflow_task_failure_metric import SystemWorkflowTaskFailureMetric


T = TypeVar("T", bound="SystemMetrics")


@_attrs_define
class SystemMetrics:
    """Metric name to its value document."""

    dw_workflow_task_consecutive_failures: SystemWorkflowTaskFailureMetric | Unset = UNSET
    dw_projection_drift_total: SystemProjectionDriftMetric | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dw_workflow_task_consecutive_failures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dw_workflow_task_consecutive_failures, Unset):
            dw_workflow_task_consecutive_failures = (
                self.dw_workflow_task_consecutive_failures.to_dict()
            )

        dw_projection_drift_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dw_projection_drift_total, Unset):
            dw_projection_drift_total = self.dw_projection_drift_total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dw_workflow_task_consecutive_failures is not UNSET:
            field_dict["dw_workflow_task_consecutive_failures"] = (
                dw_workflow_task_consecutive_failures
            )
        if dw_projection_drift_total is not UNSET:
            field_dict["dw_projection_drift_total"] = dw_projection_drift_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_projection_drift_metric import SystemProjectionDriftMetric
        from ..models.system_workflow_task_failure_metric import SystemWorkflowTaskFailureMetric

        d = dict(src_dict)
        _dw_workflow_task_consecutive_failures = d.pop(
            "dw_workflow_task_consecutive_failures", UNSET
        )
        dw_workflow_task_consecutive_failures: SystemWorkflowTaskFailureMetric | Unset
        if isinstance(_dw_workflow_task_consecutive_failures, Unset):
            dw_workflow_task_consecutive_failures = UNSET
        else:
            dw_workflow_task_consecutive_failures = SystemWorkflowTaskFailureMetric.from_dict(
                _dw_workflow_task_consecutive_failures
            )

        _dw_projection_drift_total = d.pop("dw_projection_drift_total", UNSET)
        dw_projection_drift_total: SystemProjectionDriftMetric | Unset
        if isinstance(_dw_projection_drift_total, Unset):
            dw_projection_drift_total = UNSET
        else:
            dw_projection_drift_total = SystemProjectionDriftMetric.from_dict(
                _dw_projection_drift_total
            )

        system_metrics = cls(
            dw_workflow_task_consecutive_failures=dw_workflow_task_consecutive_failures,
            dw_projection_drift_total=dw_projection_drift_total,
        )

        system_metrics.additional_properties = d
        return system_metrics

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
