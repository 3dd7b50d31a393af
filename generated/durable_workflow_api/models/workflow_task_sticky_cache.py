from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_task_sticky_cache_metrics import WorkflowTaskStickyCacheMetrics


T = TypeVar("T", bound="WorkflowTaskStickyCache")


@_attrs_define
class WorkflowTaskStickyCache:
    """The worker's sticky-execution cache claim (protocol 1.18)."""

    worker_id: str
    workflow_id: str
    run_id: str
    build_id: str
    ttl_seconds: int
    metrics: WorkflowTaskStickyCacheMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        workflow_id = self.workflow_id

        run_id = self.run_id

        build_id = self.build_id

        ttl_seconds = self.ttl_seconds

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "worker_id": worker_id,
                "workflow_id": workflow_id,
                "run_id": run_id,
                "build_id": build_id,
                "ttl_seconds": ttl_seconds,
            }
        )
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_task_sticky_cache_metrics import WorkflowTaskStickyCacheMetrics

        d = dict(src_dict)
        worker_id = d.pop("worker_id")

        workflow_id = d.pop("workflow_id")

        run_id = d.pop("run_id")

        build_id = d.pop("build_id")

        ttl_seconds = d.pop("ttl_seconds")

        _metrics = d.pop("metrics", UNSET)
        metrics: WorkflowTaskStickyCacheMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = WorkflowTaskStickyCacheMetrics.from_dict(_metrics)

        workflow_task_sticky_cache = cls(
            worker_id=worker_id,
            workflow_id=workflow_id,
            run_id=run_id,
            build_id=build_id,
            ttl_seconds=ttl_seconds,
            metrics=metrics,
        )

        workflow_task_sticky_cache.additional_properties = d
        return workflow_task_sticky_cache

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
