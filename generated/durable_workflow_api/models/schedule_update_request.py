from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_overlap_policy import ScheduleOverlapPolicy, check_schedule_overlap_policy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_action import ScheduleAction
    from ..models.schedule_spec import ScheduleSpec
    from ..models.schedule_update_request_memo_type_0 import ScheduleUpdateRequestMemoType0
    from ..models.schedule_update_request_search_attributes_type_0 import (
        ScheduleUpdateRequestSearchAttributesType0,
    )


T = TypeVar("T", bound="ScheduleUpdateRequest")


@_attrs_define
class ScheduleUpdateRequest:
    """Body of `PUT /api/schedules/{scheduleId}`: only supplied fields change; `spec` and `memo` replace (an explicit null
    memo clears it), `action` is merged.

    """

    spec: ScheduleSpec | Unset = UNSET
    """ When the schedule fires. At least one of `cron_expressions` and `intervals` is expected; an empty spec is
    refused (`422 validation_failed`). """
    action: ScheduleAction | Unset = UNSET
    """ What each fire starts. In an update the action is merged key by key into the stored one, so every field is
    optional. `workflow_execution_timeout` / `workflow_run_timeout` are legacy aliases normalized to the `*_seconds`
    names. """
    overlap_policy: None | ScheduleOverlapPolicy | Unset = UNSET
    jitter_seconds: int | None | Unset = UNSET
    max_runs: int | None | Unset = UNSET
    memo: None | ScheduleUpdateRequestMemoType0 | Unset = UNSET
    search_attributes: None | ScheduleUpdateRequestSearchAttributesType0 | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule_update_request_memo_type_0 import ScheduleUpdateRequestMemoType0
        from ..models.schedule_update_request_search_attributes_type_0 import (
            ScheduleUpdateRequestSearchAttributesType0,
        )

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

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
        elif isinstance(self.memo, ScheduleUpdateRequestMemoType0):
            memo = self.memo.to_dict()
        else:
            memo = self.memo

        search_attributes: dict[str, Any] | None | Unset
        if isinstance(self.search_attributes, Unset):
            search_attributes = UNSET
        elif isinstance(self.search_attributes, ScheduleUpdateRequestSearchAttributesType0):
            search_attributes = self.search_attributes.to_dict()
        else:
            search_attributes = self.search_attributes

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spec is not UNSET:
            field_dict["spec"] = spec
        if action is not UNSET:
            field_dict["action"] = action
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
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_action import ScheduleAction
        from ..models.schedule_spec import ScheduleSpec
        from ..models.schedule_update_request_memo_type_0 import ScheduleUpdateRequestMemoType0
        from ..models.schedule_update_request_search_attributes_type_0 import (
            ScheduleUpdateRequestSearchAttributesType0,
        )

        d = dict(src_dict)
        _spec = d.pop("spec", UNSET)
        spec: ScheduleSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = ScheduleSpec.from_dict(_spec)

        _action = d.pop("action", UNSET)
        action: ScheduleAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ScheduleAction.from_dict(_action)

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

        def _parse_memo(data: object) -> None | ScheduleUpdateRequestMemoType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memo_type_0 = ScheduleUpdateRequestMemoType0.from_dict(data)

                return memo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleUpdateRequestMemoType0 | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_search_attributes(
            data: object,
        ) -> None | ScheduleUpdateRequestSearchAttributesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                search_attributes_type_0 = ScheduleUpdateRequestSearchAttributesType0.from_dict(
                    data
                )

                return search_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleUpdateRequestSearchAttributesType0 | Unset, data)

        search_attributes = _parse_search_attributes(d.pop("search_attributes", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        schedule_update_request = cls(
            spec=spec,
            action=action,
            overlap_policy=overlap_policy,
            jitter_seconds=jitter_seconds,
            max_runs=max_runs,
            memo=memo,
            search_attributes=search_attributes,
            note=note,
        )

        schedule_update_request.additional_properties = d
        return schedule_update_request

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
