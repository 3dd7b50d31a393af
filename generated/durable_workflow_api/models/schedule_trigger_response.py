from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleTriggerResponse")


@_attrs_define
class ScheduleTriggerResponse:
    """Outcome of a manual fire: `triggered` (with `workflow_id`, `run_id`), `buffered` (with `buffer_depth`),
    `buffer_full` or `skipped` (with `reason`: `status_not_triggerable`, `remaining_actions_exhausted`,
    `overlap_policy_<policy>`).

    """

    schedule_id: str
    outcome: str
    namespace: str | Unset = UNSET
    workflow_id: None | str | Unset = UNSET
    run_id: None | str | Unset = UNSET
    buffer_depth: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_id = self.schedule_id

        outcome = self.outcome

        namespace = self.namespace

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        buffer_depth: int | None | Unset
        if isinstance(self.buffer_depth, Unset):
            buffer_depth = UNSET
        else:
            buffer_depth = self.buffer_depth

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule_id": schedule_id,
                "outcome": outcome,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if buffer_depth is not UNSET:
            field_dict["buffer_depth"] = buffer_depth
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        schedule_id = d.pop("schedule_id")

        outcome = d.pop("outcome")

        namespace = d.pop("namespace", UNSET)

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        def _parse_buffer_depth(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        buffer_depth = _parse_buffer_depth(d.pop("buffer_depth", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        schedule_trigger_response = cls(
            schedule_id=schedule_id,
            outcome=outcome,
            namespace=namespace,
            workflow_id=workflow_id,
            run_id=run_id,
            buffer_depth=buffer_depth,
            reason=reason,
        )

        schedule_trigger_response.additional_properties = d
        return schedule_trigger_response

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
