from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_interval import ScheduleInterval


T = TypeVar("T", bound="ScheduleSpec")


@_attrs_define
class ScheduleSpec:
    """When the schedule fires. At least one of `cron_expressions` and `intervals` is expected; an empty spec is refused
    (`422 validation_failed`).

    """

    cron_expressions: list[str] | None | Unset = UNSET
    """ Standard 5-field cron expressions, e.g. `15 7 * * *`. """
    intervals: list[ScheduleInterval] | None | Unset = UNSET
    timezone: None | str | Unset = "UTC"
    """ IANA zone name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron_expressions: list[str] | None | Unset
        if isinstance(self.cron_expressions, Unset):
            cron_expressions = UNSET
        elif isinstance(self.cron_expressions, list):
            cron_expressions = self.cron_expressions

        else:
            cron_expressions = self.cron_expressions

        intervals: list[dict[str, Any]] | None | Unset
        if isinstance(self.intervals, Unset):
            intervals = UNSET
        elif isinstance(self.intervals, list):
            intervals = []
            for intervals_type_0_item_data in self.intervals:
                intervals_type_0_item = intervals_type_0_item_data.to_dict()
                intervals.append(intervals_type_0_item)

        else:
            intervals = self.intervals

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cron_expressions is not UNSET:
            field_dict["cron_expressions"] = cron_expressions
        if intervals is not UNSET:
            field_dict["intervals"] = intervals
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_interval import ScheduleInterval

        d = dict(src_dict)

        def _parse_cron_expressions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cron_expressions_type_0 = cast(list[str], data)

                return cron_expressions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cron_expressions = _parse_cron_expressions(d.pop("cron_expressions", UNSET))

        def _parse_intervals(data: object) -> list[ScheduleInterval] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                intervals_type_0 = []
                _intervals_type_0 = data
                for intervals_type_0_item_data in _intervals_type_0:
                    intervals_type_0_item = ScheduleInterval.from_dict(intervals_type_0_item_data)

                    intervals_type_0.append(intervals_type_0_item)

                return intervals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScheduleInterval] | None | Unset, data)

        intervals = _parse_intervals(d.pop("intervals", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        schedule_spec = cls(
            cron_expressions=cron_expressions,
            intervals=intervals,
            timezone=timezone,
        )

        schedule_spec.additional_properties = d
        return schedule_spec

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
