from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="SystemWorkflowTaskFailureMetric")


@_attrs_define
class SystemWorkflowTaskFailureMetric:
    max_consecutive_failures: int | Unset = UNSET
    failed_task_count: int | Unset = UNSET
    workflow_type_count: int | Unset = UNSET
    workflow_type_limit: int | Unset = UNSET
    workflow_types_truncated: bool | Unset = UNSET
    suppressed_workflow_type_count: int | Unset = UNSET
    suppressed_failed_task_count: int | Unset = UNSET
    label_cardinality_policy: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    by_workflow_type: list[JsonObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_consecutive_failures = self.max_consecutive_failures

        failed_task_count = self.failed_task_count

        workflow_type_count = self.workflow_type_count

        workflow_type_limit = self.workflow_type_limit

        workflow_types_truncated = self.workflow_types_truncated

        suppressed_workflow_type_count = self.suppressed_workflow_type_count

        suppressed_failed_task_count = self.suppressed_failed_task_count

        label_cardinality_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_cardinality_policy, Unset):
            label_cardinality_policy = self.label_cardinality_policy.to_dict()

        by_workflow_type: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_workflow_type, Unset):
            by_workflow_type = []
            for by_workflow_type_item_data in self.by_workflow_type:
                by_workflow_type_item = by_workflow_type_item_data.to_dict()
                by_workflow_type.append(by_workflow_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_consecutive_failures is not UNSET:
            field_dict["max_consecutive_failures"] = max_consecutive_failures
        if failed_task_count is not UNSET:
            field_dict["failed_task_count"] = failed_task_count
        if workflow_type_count is not UNSET:
            field_dict["workflow_type_count"] = workflow_type_count
        if workflow_type_limit is not UNSET:
            field_dict["workflow_type_limit"] = workflow_type_limit
        if workflow_types_truncated is not UNSET:
            field_dict["workflow_types_truncated"] = workflow_types_truncated
        if suppressed_workflow_type_count is not UNSET:
            field_dict["suppressed_workflow_type_count"] = suppressed_workflow_type_count
        if suppressed_failed_task_count is not UNSET:
            field_dict["suppressed_failed_task_count"] = suppressed_failed_task_count
        if label_cardinality_policy is not UNSET:
            field_dict["label_cardinality_policy"] = label_cardinality_policy
        if by_workflow_type is not UNSET:
            field_dict["by_workflow_type"] = by_workflow_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        max_consecutive_failures = d.pop("max_consecutive_failures", UNSET)

        failed_task_count = d.pop("failed_task_count", UNSET)

        workflow_type_count = d.pop("workflow_type_count", UNSET)

        workflow_type_limit = d.pop("workflow_type_limit", UNSET)

        workflow_types_truncated = d.pop("workflow_types_truncated", UNSET)

        suppressed_workflow_type_count = d.pop("suppressed_workflow_type_count", UNSET)

        suppressed_failed_task_count = d.pop("suppressed_failed_task_count", UNSET)

        _label_cardinality_policy = d.pop("label_cardinality_policy", UNSET)
        label_cardinality_policy: JsonObject | Unset
        if isinstance(_label_cardinality_policy, Unset):
            label_cardinality_policy = UNSET
        else:
            label_cardinality_policy = JsonObject.from_dict(_label_cardinality_policy)

        _by_workflow_type = d.pop("by_workflow_type", UNSET)
        by_workflow_type: list[JsonObject] | Unset = UNSET
        if _by_workflow_type is not UNSET:
            by_workflow_type = []
            for by_workflow_type_item_data in _by_workflow_type:
                by_workflow_type_item = JsonObject.from_dict(by_workflow_type_item_data)

                by_workflow_type.append(by_workflow_type_item)

        system_workflow_task_failure_metric = cls(
            max_consecutive_failures=max_consecutive_failures,
            failed_task_count=failed_task_count,
            workflow_type_count=workflow_type_count,
            workflow_type_limit=workflow_type_limit,
            workflow_types_truncated=workflow_types_truncated,
            suppressed_workflow_type_count=suppressed_workflow_type_count,
            suppressed_failed_task_count=suppressed_failed_task_count,
            label_cardinality_policy=label_cardinality_policy,
            by_workflow_type=by_workflow_type,
        )

        system_workflow_task_failure_metric.additional_properties = d
        return system_workflow_task_failure_metric

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
