from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="SystemOperatorWorkerMetrics")


@_attrs_define
class SystemOperatorWorkerMetrics:
    """Worker fleet compatibility summary."""

    active_workers: int | Unset = UNSET
    active_worker_scopes: int | Unset = UNSET
    active_workers_supporting_required: int | Unset = UNSET
    compatibility_namespace: None | str | Unset = UNSET
    required_compatibility: None | str | Unset = UNSET
    fleet: list[JsonObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_workers = self.active_workers

        active_worker_scopes = self.active_worker_scopes

        active_workers_supporting_required = self.active_workers_supporting_required

        compatibility_namespace: None | str | Unset
        if isinstance(self.compatibility_namespace, Unset):
            compatibility_namespace = UNSET
        else:
            compatibility_namespace = self.compatibility_namespace

        required_compatibility: None | str | Unset
        if isinstance(self.required_compatibility, Unset):
            required_compatibility = UNSET
        else:
            required_compatibility = self.required_compatibility

        fleet: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fleet, Unset):
            fleet = []
            for fleet_item_data in self.fleet:
                fleet_item = fleet_item_data.to_dict()
                fleet.append(fleet_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_workers is not UNSET:
            field_dict["active_workers"] = active_workers
        if active_worker_scopes is not UNSET:
            field_dict["active_worker_scopes"] = active_worker_scopes
        if active_workers_supporting_required is not UNSET:
            field_dict["active_workers_supporting_required"] = active_workers_supporting_required
        if compatibility_namespace is not UNSET:
            field_dict["compatibility_namespace"] = compatibility_namespace
        if required_compatibility is not UNSET:
            field_dict["required_compatibility"] = required_compatibility
        if fleet is not UNSET:
            field_dict["fleet"] = fleet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        active_workers = d.pop("active_workers", UNSET)

        active_worker_scopes = d.pop("active_worker_scopes", UNSET)

        active_workers_supporting_required = d.pop("active_workers_supporting_required", UNSET)

        def _parse_compatibility_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compatibility_namespace = _parse_compatibility_namespace(
            d.pop("compatibility_namespace", UNSET)
        )

        def _parse_required_compatibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        required_compatibility = _parse_required_compatibility(
            d.pop("required_compatibility", UNSET)
        )

        _fleet = d.pop("fleet", UNSET)
        fleet: list[JsonObject] | Unset = UNSET
        if _fleet is not UNSET:
            fleet = []
            for fleet_item_data in _fleet:
                fleet_item = JsonObject.from_dict(fleet_item_data)

                fleet.append(fleet_item)

        system_operator_worker_metrics = cls(
            active_workers=active_workers,
            active_worker_scopes=active_worker_scopes,
            active_workers_supporting_required=active_workers_supporting_required,
            compatibility_namespace=compatibility_namespace,
            required_compatibility=required_compatibility,
            fleet=fleet,
        )

        system_operator_worker_metrics.additional_properties = d
        return system_operator_worker_metrics

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
