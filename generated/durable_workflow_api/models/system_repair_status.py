from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_repair_candidates import SystemRepairCandidates
    from ..models.system_repair_policy import SystemRepairPolicy


T = TypeVar("T", bound="SystemRepairStatus")


@_attrs_define
class SystemRepairStatus:
    """Task-repair policy and current candidates."""

    policy: SystemRepairPolicy | Unset = UNSET
    """ Engine task-repair policy. """
    candidates: SystemRepairCandidates | Unset = UNSET
    """ Runs and tasks that currently need repair. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        candidates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.candidates, Unset):
            candidates = self.candidates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy is not UNSET:
            field_dict["policy"] = policy
        if candidates is not UNSET:
            field_dict["candidates"] = candidates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_repair_candidates import SystemRepairCandidates
        from ..models.system_repair_policy import SystemRepairPolicy

        d = dict(src_dict)
        _policy = d.pop("policy", UNSET)
        policy: SystemRepairPolicy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = SystemRepairPolicy.from_dict(_policy)

        _candidates = d.pop("candidates", UNSET)
        candidates: SystemRepairCandidates | Unset
        if isinstance(_candidates, Unset):
            candidates = UNSET
        else:
            candidates = SystemRepairCandidates.from_dict(_candidates)

        system_repair_status = cls(
            policy=policy,
            candidates=candidates,
        )

        system_repair_status.additional_properties = d
        return system_repair_status

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
