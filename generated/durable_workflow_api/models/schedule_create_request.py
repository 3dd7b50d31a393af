from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_overlap_policy import ScheduleOverlapPolicy, check_schedule_overlap_policy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_create_action import ScheduleCreateAction
    from ..models.schedule_create_request_memo_type_0 import ScheduleCreateRequestMemoType0
    from ..models.schedule_create_request_search_attributes_type_0 import (
        ScheduleCreateRequestSearchAttributesType0,
    )
    from ..models.schedule_spec import ScheduleSpec


T = TypeVar("T", bound="ScheduleCreateRequest")


@_attrs_define
class ScheduleCreateRequest:
    """Body of `POST /api/schedules`."""

    spec: ScheduleSpec
    """ When the schedule fires. At least one of `cron_expressions` and `intervals` is expected; an empty spec is
    refused (`422 validation_failed`). """
    action: ScheduleCreateAction
    """ The action of a new schedule; `workflow_type` is required. """
    schedule_id: None | str | Unset = UNSET
    """ Defaults to a server-generated ULID. """
    overlap_policy: None | ScheduleOverlapPolicy | Unset = "skip"
    jitter_seconds: int | None | Unset = 0
    max_runs: int | None | Unset = UNSET
    """ Unlimited when absent. """
    memo: None | ScheduleCreateRequestMemoType0 | Unset = UNSET
    """ JSON size at most `limits.max_memo_bytes`. """
    search_attributes: None | ScheduleCreateRequestSearchAttributesType0 | Unset = UNSET
    paused: bool | None | Unset = False
    """ Create the schedule paused. """
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule_create_request_memo_type_0 import ScheduleCreateRequestMemoType0
        from ..models.schedule_create_request_search_attributes_type_0 import (
            ScheduleCreateRequestSearchAttributesType0,
        )

        spec = self.spec.to_dict()

        action = self.action.to_dict()

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        overlap_policy: None | str | Unset
        if isinstance(self.overlap_policy, Unset):
            overlap_policy = UNSET
        elif isinstance(self.overlap_policy, str):
            overlap_policy = self.overlap_policy
        else:
            overlap_policy = self.overlap_policy

        jitter_seconds: int | None | Unset
        if isinstance(self.jitter_seconds, Unset):
            jitter_seconds = UNSET
        else:
            jitter_seconds = self.jitter_seconds

        max_runs: int | None | Unset
        if isinstance(self.max_runs, Unset):
            max_runs = UNSET
        else:
            max_runs = self.max_runs

        memo: dict[str, Any] | None | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        elif isinstance(self.memo, ScheduleCreateRequestMemoType0):
            memo = self.memo.to_dict()
        else:
            memo = self.memo

        search_attributes: dict[str, Any] | None | Unset
        if isinstance(self.search_attributes, Unset):
            search_attributes = UNSET
        elif isinstance(self.search_attributes, ScheduleCreateRequestSearchAttributesType0):
            search_attributes = self.search_attributes.to_dict()
        else:
            search_attributes = self.search_attributes

        paused: bool | None | Unset
        if isinstance(self.paused, Unset):
            paused = UNSET
        else:
            paused = self.paused

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spec": spec,
                "action": action,
            }
        )
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id
        if overlap_policy is not UNSET:
            field_dict["overlap_policy"] = overlap_policy
        if jitter_seconds is not UNSET:
            field_dict["jitter_seconds"] = jitter_seconds
        if max_runs is not UNSET:
            field_dict["max_runs"] = max_runs
        if memo is not UNSET:
            field_dict["memo"] = memo
        if search_attributes is not UNSET:
            field_dict["search_attributes"] = search_attributes
        if paused is not UNSET:
            field_dict["paused"] = paused
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_create_action import ScheduleCreateAction
        from ..models.schedule_create_request_memo_type_0 import ScheduleCreateRequestMemoType0
        from ..models.schedule_create_request_search_attributes_type_0 import (
            ScheduleCreateRequestSearchAttributesType0,
        )
        from ..models.schedule_spec import ScheduleSpec

        d = dict(src_dict)
        spec = ScheduleSpec.from_dict(d.pop("spec"))

        action = ScheduleCreateAction.from_dict(d.pop("action"))

        def _parse_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule_id = _parse_schedule_id(d.pop("schedule_id", UNSET))

        def _parse_overlap_policy(data: object) -> None | ScheduleOverlapPolicy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overlap_policy_type_0 = check_schedule_overlap_policy(data)

                return overlap_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleOverlapPolicy | Unset, data)

        overlap_policy = _parse_overlap_policy(d.pop("overlap_policy", UNSET))

        def _parse_jitter_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        jitter_seconds = _parse_jitter_seconds(d.pop("jitter_seconds", UNSET))

        def _parse_max_runs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_runs = _parse_max_runs(d.pop("max_runs", UNSET))

        def _parse_memo(data: object) -> None | ScheduleCreateRequestMemoType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memo_type_0 = ScheduleCreateRequestMemoType0.from_dict(data)

                return memo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleCreateRequestMemoType0 | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_search_attributes(
            data: object,
        ) -> None | ScheduleCreateRequestSearchAttributesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                search_attributes_type_0 = ScheduleCreateRequestSearchAttributesType0.from_dict(
                    data
                )

                return search_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleCreateRequestSearchAttributesType0 | Unset, data)

        search_attributes = _parse_search_attributes(d.pop("search_attributes", UNSET))

        def _parse_paused(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        paused = _parse_paused(d.pop("paused", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        schedule_create_request = cls(
            spec=spec,
            action=action,
            schedule_id=schedule_id,
            overlap_policy=overlap_policy,
            jitter_seconds=jitter_seconds,
            max_runs=max_runs,
            memo=memo,
            search_attributes=search_attributes,
            paused=paused,
            note=note,
        )

        schedule_create_request.additional_properties = d
        return schedule_create_request

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
