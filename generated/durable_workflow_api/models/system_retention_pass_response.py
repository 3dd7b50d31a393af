from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_retention_result import SystemRetentionResult


T = TypeVar("T", bound="SystemRetentionPassResponse")


@_attrs_define
class SystemRetentionPassResponse:
    """Result of the retention pass (HTTP 207 when `failed > 0`)."""

    processed: int | Unset = UNSET
    pruned: int | Unset = UNSET
    skipped: int | Unset = UNSET
    failed: int | Unset = UNSET
    results: list[SystemRetentionResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processed = self.processed

        pruned = self.pruned

        skipped = self.skipped

        failed = self.failed

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if processed is not UNSET:
            field_dict["processed"] = processed
        if pruned is not UNSET:
            field_dict["pruned"] = pruned
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if failed is not UNSET:
            field_dict["failed"] = failed
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_retention_result import SystemRetentionResult

        d = dict(src_dict)
        processed = d.pop("processed", UNSET)

        pruned = d.pop("pruned", UNSET)

        skipped = d.pop("skipped", UNSET)

        failed = d.pop("failed", UNSET)

        _results = d.pop("results", UNSET)
        results: list[SystemRetentionResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = SystemRetentionResult.from_dict(results_item_data)

                results.append(results_item)

        system_retention_pass_response = cls(
            processed=processed,
            pruned=pruned,
            skipped=skipped,
            failed=failed,
            results=results,
        )

        system_retention_pass_response.additional_properties = d
        return system_retention_pass_response

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
