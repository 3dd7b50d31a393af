from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_control_plane_request_field_engine_specific_values import (
        ClusterControlPlaneRequestFieldEngineSpecificValues,
    )
    from ..models.cluster_control_plane_request_field_rejected_aliases import (
        ClusterControlPlaneRequestFieldRejectedAliases,
    )


T = TypeVar("T", bound="ClusterControlPlaneRequestField")


@_attrs_define
class ClusterControlPlaneRequestField:
    type_: str | Unset = UNSET
    min_: int | Unset = UNSET
    canonical_values: list[str] | Unset = UNSET
    rejected_aliases: ClusterControlPlaneRequestFieldRejectedAliases | Unset = UNSET
    """ Rejected alias to the canonical value it should have been. """
    engine_specific_values: ClusterControlPlaneRequestFieldEngineSpecificValues | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        min_ = self.min_

        canonical_values: list[str] | Unset = UNSET
        if not isinstance(self.canonical_values, Unset):
            canonical_values = self.canonical_values

        rejected_aliases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rejected_aliases, Unset):
            rejected_aliases = self.rejected_aliases.to_dict()

        engine_specific_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine_specific_values, Unset):
            engine_specific_values = self.engine_specific_values.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if canonical_values is not UNSET:
            field_dict["canonical_values"] = canonical_values
        if rejected_aliases is not UNSET:
            field_dict["rejected_aliases"] = rejected_aliases
        if engine_specific_values is not UNSET:
            field_dict["engine_specific_values"] = engine_specific_values
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_control_plane_request_field_engine_specific_values import (
            ClusterControlPlaneRequestFieldEngineSpecificValues,
        )
        from ..models.cluster_control_plane_request_field_rejected_aliases import (
            ClusterControlPlaneRequestFieldRejectedAliases,
        )

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        min_ = d.pop("min", UNSET)

        canonical_values = cast(list[str], d.pop("canonical_values", UNSET))

        _rejected_aliases = d.pop("rejected_aliases", UNSET)
        rejected_aliases: ClusterControlPlaneRequestFieldRejectedAliases | Unset
        if isinstance(_rejected_aliases, Unset):
            rejected_aliases = UNSET
        else:
            rejected_aliases = ClusterControlPlaneRequestFieldRejectedAliases.from_dict(
                _rejected_aliases
            )

        _engine_specific_values = d.pop("engine_specific_values", UNSET)
        engine_specific_values: ClusterControlPlaneRequestFieldEngineSpecificValues | Unset
        if isinstance(_engine_specific_values, Unset):
            engine_specific_values = UNSET
        else:
            engine_specific_values = ClusterControlPlaneRequestFieldEngineSpecificValues.from_dict(
                _engine_specific_values
            )

        description = d.pop("description", UNSET)

        cluster_control_plane_request_field = cls(
            type_=type_,
            min_=min_,
            canonical_values=canonical_values,
            rejected_aliases=rejected_aliases,
            engine_specific_values=engine_specific_values,
            description=description,
        )

        cluster_control_plane_request_field.additional_properties = d
        return cluster_control_plane_request_field

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
