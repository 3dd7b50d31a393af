from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_coordination_health_checks_type_0 import (
        ClusterCoordinationHealthChecksType0,
    )


T = TypeVar("T", bound="ClusterCoordinationHealth")


@_attrs_define
class ClusterCoordinationHealth:
    """Coordination-health manifest (newer servers)."""

    schema: str | Unset = UNSET
    version: int | Unset = UNSET
    status: str | Unset = UNSET
    checks: ClusterCoordinationHealthChecksType0 | list[Any] | Unset = UNSET
    """ Check list or map; shape owned by the manifest's own schema. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cluster_coordination_health_checks_type_0 import (
            ClusterCoordinationHealthChecksType0,
        )

        schema = self.schema

        version = self.version

        status = self.status

        checks: dict[str, Any] | list[Any] | Unset
        if isinstance(self.checks, Unset):
            checks = UNSET
        elif isinstance(self.checks, ClusterCoordinationHealthChecksType0):
            checks = self.checks.to_dict()
        else:
            checks = self.checks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version
        if status is not UNSET:
            field_dict["status"] = status
        if checks is not UNSET:
            field_dict["checks"] = checks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_coordination_health_checks_type_0 import (
            ClusterCoordinationHealthChecksType0,
        )

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        version = d.pop("version", UNSET)

        status = d.pop("status", UNSET)

        def _parse_checks(data: object) -> ClusterCoordinationHealthChecksType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checks_type_0 = ClusterCoordinationHealthChecksType0.from_dict(data)

                return checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            checks_type_1 = cast(list[Any], data)

            return checks_type_1

        checks = _parse_checks(d.pop("checks", UNSET))

        cluster_coordination_health = cls(
            schema=schema,
            version=version,
            status=status,
            checks=checks,
        )

        cluster_coordination_health.additional_properties = d
        return cluster_coordination_health

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
