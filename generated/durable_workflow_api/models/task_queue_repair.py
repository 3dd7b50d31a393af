from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_repair_policy import SystemRepairPolicy


T = TypeVar("T", bound="TaskQueueRepair")


@_attrs_define
class TaskQueueRepair:
    """Engine task-repair summary for the queue."""

    candidates: int | Unset = UNSET
    dispatch_failed: int | Unset = UNSET
    expired_leases: int | Unset = UNSET
    dispatch_overdue: int | Unset = UNSET
    needs_attention: bool | Unset = UNSET
    policy: SystemRepairPolicy | Unset = UNSET
    """ Engine task-repair policy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidates = self.candidates

        dispatch_failed = self.dispatch_failed

        expired_leases = self.expired_leases

        dispatch_overdue = self.dispatch_overdue

        needs_attention = self.needs_attention

        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if candidates is not UNSET:
            field_dict["candidates"] = candidates
        if dispatch_failed is not UNSET:
            field_dict["dispatch_failed"] = dispatch_failed
        if expired_leases is not UNSET:
            field_dict["expired_leases"] = expired_leases
        if dispatch_overdue is not UNSET:
            field_dict["dispatch_overdue"] = dispatch_overdue
        if needs_attention is not UNSET:
            field_dict["needs_attention"] = needs_attention
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_repair_policy import SystemRepairPolicy

        d = dict(src_dict)
        candidates = d.pop("candidates", UNSET)

        dispatch_failed = d.pop("dispatch_failed", UNSET)

        expired_leases = d.pop("expired_leases", UNSET)

        dispatch_overdue = d.pop("dispatch_overdue", UNSET)

        needs_attention = d.pop("needs_attention", UNSET)

        _policy = d.pop("policy", UNSET)
        policy: SystemRepairPolicy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = SystemRepairPolicy.from_dict(_policy)

        task_queue_repair = cls(
            candidates=candidates,
            dispatch_failed=dispatch_failed,
            expired_leases=expired_leases,
            dispatch_overdue=dispatch_overdue,
            needs_attention=needs_attention,
            policy=policy,
        )

        task_queue_repair.additional_properties = d
        return task_queue_repair

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
