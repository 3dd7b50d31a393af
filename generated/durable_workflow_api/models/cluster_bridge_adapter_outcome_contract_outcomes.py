from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cluster_bridge_outcome_rule import ClusterBridgeOutcomeRule


T = TypeVar("T", bound="ClusterBridgeAdapterOutcomeContractOutcomes")


@_attrs_define
class ClusterBridgeAdapterOutcomeContractOutcomes:
    """Outcome name (`accepted`, `duplicate`, `rejected`, ...) to its semantics."""

    additional_properties: dict[str, ClusterBridgeOutcomeRule] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_bridge_outcome_rule import ClusterBridgeOutcomeRule

        d = dict(src_dict)
        cluster_bridge_adapter_outcome_contract_outcomes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ClusterBridgeOutcomeRule.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        cluster_bridge_adapter_outcome_contract_outcomes.additional_properties = (
            additional_properties
        )
        return cluster_bridge_adapter_outcome_contract_outcomes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ClusterBridgeOutcomeRule:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ClusterBridgeOutcomeRule) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
