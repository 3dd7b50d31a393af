from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_backfill_result import ScheduleBackfillResult


T = TypeVar("T", bound="ScheduleBackfillResponse")


@_attrs_define
class ScheduleBackfillResponse:
    """Backfill outcome. The server snapshot answers `outcome: backfill_started` with items `started` / `skipped` /
    `failed`; newer servers answer `accepted` with items `triggered` / `buffered`.

    """

    schedule_id: str
    namespace: str | Unset = UNSET
    outcome: str | Unset = UNSET
    fires_attempted: int | Unset = UNSET
    results: list[ScheduleBackfillResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_id = self.schedule_id

        namespace = self.namespace

        outcome = self.outcome

        fires_attempted = self.fires_attempted

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule_id": schedule_id,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if fires_attempted is not UNSET:
            field_dict["fires_attempted"] = fires_attempted
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_backfill_result import ScheduleBackfillResult

        d = dict(src_dict)
        schedule_id = d.pop("schedule_id")

        namespace = d.pop("namespace", UNSET)

        outcome = d.pop("outcome", UNSET)

        fires_attempted = d.pop("fires_attempted", UNSET)

        _results = d.pop("results", UNSET)
        results: list[ScheduleBackfillResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ScheduleBackfillResult.from_dict(results_item_data)

                results.append(results_item)

        schedule_backfill_response = cls(
            schedule_id=schedule_id,
            namespace=namespace,
            outcome=outcome,
            fires_attempted=fires_attempted,
            results=results,
        )

        schedule_backfill_response.additional_properties = d
        return schedule_backfill_response

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
