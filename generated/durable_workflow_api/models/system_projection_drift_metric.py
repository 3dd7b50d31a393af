from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="SystemProjectionDriftMetric")


@_attrs_define
class SystemProjectionDriftMetric:
    total: int | Unset = UNSET
    table_count: int | Unset = UNSET
    tables_with_drift: int | Unset = UNSET
    scope: str | Unset = UNSET
    label_cardinality_policy: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    by_table: list[JsonObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        table_count = self.table_count

        tables_with_drift = self.tables_with_drift

        scope = self.scope

        label_cardinality_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_cardinality_policy, Unset):
            label_cardinality_policy = self.label_cardinality_policy.to_dict()

        by_table: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_table, Unset):
            by_table = []
            for by_table_item_data in self.by_table:
                by_table_item = by_table_item_data.to_dict()
                by_table.append(by_table_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if table_count is not UNSET:
            field_dict["table_count"] = table_count
        if tables_with_drift is not UNSET:
            field_dict["tables_with_drift"] = tables_with_drift
        if scope is not UNSET:
            field_dict["scope"] = scope
        if label_cardinality_policy is not UNSET:
            field_dict["label_cardinality_policy"] = label_cardinality_policy
        if by_table is not UNSET:
            field_dict["by_table"] = by_table

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        table_count = d.pop("table_count", UNSET)

        tables_with_drift = d.pop("tables_with_drift", UNSET)

        scope = d.pop("scope", UNSET)

        _label_cardinality_policy = d.pop("label_cardinality_policy", UNSET)
        label_cardinality_policy: JsonObject | Unset
        if isinstance(_label_cardinality_policy, Unset):
            label_cardinality_policy = UNSET
        else:
            label_cardinality_policy = JsonObject.from_dict(_label_cardinality_policy)

        _by_table = d.pop("by_table", UNSET)
        by_table: list[JsonObject] | Unset = UNSET
        if _by_table is not UNSET:
            by_table = []
            for by_table_item_data in _by_table:
                by_table_item = JsonObject.from_dict(by_table_item_data)

                by_table.append(by_table_item)

        system_projection_drift_metric = cls(
            total=total,
            table_count=table_count,
            tables_with_drift=tables_with_drift,
            scope=scope,
            label_cardinality_policy=label_cardinality_policy,
            by_table=by_table,
        )

        system_projection_drift_metric.additional_properties = d
        return system_projection_drift_metric

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
