from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_bridge_adapter_outcome_contract_outcomes import (
        ClusterBridgeAdapterOutcomeContractOutcomes,
    )
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ClusterBridgeAdapterOutcomeContract")


@_attrs_define
class ClusterBridgeAdapterOutcomeContract:
    """Manifest of the bridge webhook outcome contract."""

    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    boundary: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    patterns: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    idempotency: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    visibility: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    outcomes: ClusterBridgeAdapterOutcomeContractOutcomes | Unset = UNSET
    """ Outcome name (`accepted`, `duplicate`, `rejected`, ...) to its semantics. """
    rejection_reasons: list[str] | Unset = UNSET
    examples: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    reference_journeys: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        version = self.version

        boundary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boundary, Unset):
            boundary = self.boundary.to_dict()

        patterns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patterns, Unset):
            patterns = self.patterns.to_dict()

        idempotency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.idempotency, Unset):
            idempotency = self.idempotency.to_dict()

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        outcomes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outcomes, Unset):
            outcomes = self.outcomes.to_dict()

        rejection_reasons: list[str] | Unset = UNSET
        if not isinstance(self.rejection_reasons, Unset):
            rejection_reasons = self.rejection_reasons

        examples: dict[str, Any] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = self.examples.to_dict()

        reference_journeys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_journeys, Unset):
            reference_journeys = self.reference_journeys.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version
        if boundary is not UNSET:
            field_dict["boundary"] = boundary
        if patterns is not UNSET:
            field_dict["patterns"] = patterns
        if idempotency is not UNSET:
            field_dict["idempotency"] = idempotency
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if outcomes is not UNSET:
            field_dict["outcomes"] = outcomes
        if rejection_reasons is not UNSET:
            field_dict["rejection_reasons"] = rejection_reasons
        if examples is not UNSET:
            field_dict["examples"] = examples
        if reference_journeys is not UNSET:
            field_dict["reference_journeys"] = reference_journeys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_bridge_adapter_outcome_contract_outcomes import (
            ClusterBridgeAdapterOutcomeContractOutcomes,
        )
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        _boundary = d.pop("boundary", UNSET)
        boundary: JsonObject | Unset
        if isinstance(_boundary, Unset):
            boundary = UNSET
        else:
            boundary = JsonObject.from_dict(_boundary)

        _patterns = d.pop("patterns", UNSET)
        patterns: JsonObject | Unset
        if isinstance(_patterns, Unset):
            patterns = UNSET
        else:
            patterns = JsonObject.from_dict(_patterns)

        _idempotency = d.pop("idempotency", UNSET)
        idempotency: JsonObject | Unset
        if isinstance(_idempotency, Unset):
            idempotency = UNSET
        else:
            idempotency = JsonObject.from_dict(_idempotency)

        _visibility = d.pop("visibility", UNSET)
        visibility: JsonObject | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = JsonObject.from_dict(_visibility)

        _outcomes = d.pop("outcomes", UNSET)
        outcomes: ClusterBridgeAdapterOutcomeContractOutcomes | Unset
        if isinstance(_outcomes, Unset):
            outcomes = UNSET
        else:
            outcomes = ClusterBridgeAdapterOutcomeContractOutcomes.from_dict(_outcomes)

        rejection_reasons = cast(list[str], d.pop("rejection_reasons", UNSET))

        _examples = d.pop("examples", UNSET)
        examples: JsonObject | Unset
        if isinstance(_examples, Unset):
            examples = UNSET
        else:
            examples = JsonObject.from_dict(_examples)

        _reference_journeys = d.pop("reference_journeys", UNSET)
        reference_journeys: JsonObject | Unset
        if isinstance(_reference_journeys, Unset):
            reference_journeys = UNSET
        else:
            reference_journeys = JsonObject.from_dict(_reference_journeys)

        cluster_bridge_adapter_outcome_contract = cls(
            schema=schema,
            version=version,
            boundary=boundary,
            patterns=patterns,
            idempotency=idempotency,
            visibility=visibility,
            outcomes=outcomes,
            rejection_reasons=rejection_reasons,
            examples=examples,
            reference_journeys=reference_journeys,
        )

        cluster_bridge_adapter_outcome_contract.additional_properties = d
        return cluster_bridge_adapter_outcome_contract

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
