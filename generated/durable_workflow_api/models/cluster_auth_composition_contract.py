from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_auth_canonical_environment import ClusterAuthCanonicalEnvironment
    from ..models.cluster_auth_composition_contract_auth_material import (
        ClusterAuthCompositionContractAuthMaterial,
    )
    from ..models.cluster_auth_composition_contract_resolution import (
        ClusterAuthCompositionContractResolution,
    )
    from ..models.cluster_auth_effective_config import ClusterAuthEffectiveConfig
    from ..models.cluster_auth_precedence import ClusterAuthPrecedence
    from ..models.cluster_auth_redaction import ClusterAuthRedaction


T = TypeVar("T", bound="ClusterAuthCompositionContract")


@_attrs_define
class ClusterAuthCompositionContract:
    """How clients compose their configuration (flag > environment > profile > default), the canonical environment names
    and the redaction rules.

    """

    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    scope: str | Unset = UNSET
    unknown_field_policy: str | Unset = UNSET
    precedence: ClusterAuthPrecedence | Unset = UNSET
    canonical_environment: ClusterAuthCanonicalEnvironment | Unset = UNSET
    """ Configuration value to the canonical environment variable name. """
    auth_material: ClusterAuthCompositionContractAuthMaterial | Unset = UNSET
    """ Auth material kind (`token`, `mtls`, `signed_headers`, ...) to its policy. """
    effective_config: ClusterAuthEffectiveConfig | Unset = UNSET
    redaction: ClusterAuthRedaction | Unset = UNSET
    resolution: ClusterAuthCompositionContractResolution | Unset = UNSET
    """ Resolution rule per configuration value (prose). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        version = self.version

        scope = self.scope

        unknown_field_policy = self.unknown_field_policy

        precedence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.precedence, Unset):
            precedence = self.precedence.to_dict()

        canonical_environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.canonical_environment, Unset):
            canonical_environment = self.canonical_environment.to_dict()

        auth_material: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_material, Unset):
            auth_material = self.auth_material.to_dict()

        effective_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.effective_config, Unset):
            effective_config = self.effective_config.to_dict()

        redaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redaction, Unset):
            redaction = self.redaction.to_dict()

        resolution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version
        if scope is not UNSET:
            field_dict["scope"] = scope
        if unknown_field_policy is not UNSET:
            field_dict["unknown_field_policy"] = unknown_field_policy
        if precedence is not UNSET:
            field_dict["precedence"] = precedence
        if canonical_environment is not UNSET:
            field_dict["canonical_environment"] = canonical_environment
        if auth_material is not UNSET:
            field_dict["auth_material"] = auth_material
        if effective_config is not UNSET:
            field_dict["effective_config"] = effective_config
        if redaction is not UNSET:
            field_dict["redaction"] = redaction
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_auth_canonical_environment import ClusterAuthCanonicalEnvironment
        from ..models.cluster_auth_composition_contract_auth_material import (
            ClusterAuthCompositionContractAuthMaterial,
        )
        from ..models.cluster_auth_composition_contract_resolution import (
            ClusterAuthCompositionContractResolution,
        )
        from ..models.cluster_auth_effective_config import ClusterAuthEffectiveConfig
        from ..models.cluster_auth_precedence import ClusterAuthPrecedence
        from ..models.cluster_auth_redaction import ClusterAuthRedaction

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        scope = d.pop("scope", UNSET)

        unknown_field_policy = d.pop("unknown_field_policy", UNSET)

        _precedence = d.pop("precedence", UNSET)
        precedence: ClusterAuthPrecedence | Unset
        if isinstance(_precedence, Unset):
            precedence = UNSET
        else:
            precedence = ClusterAuthPrecedence.from_dict(_precedence)

        _canonical_environment = d.pop("canonical_environment", UNSET)
        canonical_environment: ClusterAuthCanonicalEnvironment | Unset
        if isinstance(_canonical_environment, Unset):
            canonical_environment = UNSET
        else:
            canonical_environment = ClusterAuthCanonicalEnvironment.from_dict(
                _canonical_environment
            )

        _auth_material = d.pop("auth_material", UNSET)
        auth_material: ClusterAuthCompositionContractAuthMaterial | Unset
        if isinstance(_auth_material, Unset):
            auth_material = UNSET
        else:
            auth_material = ClusterAuthCompositionContractAuthMaterial.from_dict(_auth_material)

        _effective_config = d.pop("effective_config", UNSET)
        effective_config: ClusterAuthEffectiveConfig | Unset
        if isinstance(_effective_config, Unset):
            effective_config = UNSET
        else:
            effective_config = ClusterAuthEffectiveConfig.from_dict(_effective_config)

        _redaction = d.pop("redaction", UNSET)
        redaction: ClusterAuthRedaction | Unset
        if isinstance(_redaction, Unset):
            redaction = UNSET
        else:
            redaction = ClusterAuthRedaction.from_dict(_redaction)

        _resolution = d.pop("resolution", UNSET)
        resolution: ClusterAuthCompositionContractResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = ClusterAuthCompositionContractResolution.from_dict(_resolution)

        cluster_auth_composition_contract = cls(
            schema=schema,
            version=version,
            scope=scope,
            unknown_field_policy=unknown_field_policy,
            precedence=precedence,
            canonical_environment=canonical_environment,
            auth_material=auth_material,
            effective_config=effective_config,
            redaction=redaction,
            resolution=resolution,
        )

        cluster_auth_composition_contract.additional_properties = d
        return cluster_auth_composition_contract

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
