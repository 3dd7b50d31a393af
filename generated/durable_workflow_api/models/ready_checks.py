from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ready_check import ReadyCheck


T = TypeVar("T", bound="ReadyChecks")


@_attrs_define
class ReadyChecks:
    """One entry per readiness check; newer servers may add checks."""

    database: ReadyCheck | Unset = UNSET
    """ Result of one readiness check, with check-specific diagnostics. """
    migrations: ReadyCheck | Unset = UNSET
    """ Result of one readiness check, with check-specific diagnostics. """
    default_namespace: ReadyCheck | Unset = UNSET
    """ Result of one readiness check, with check-specific diagnostics. """
    cache: ReadyCheck | Unset = UNSET
    """ Result of one readiness check, with check-specific diagnostics. """
    auth: ReadyCheck | Unset = UNSET
    """ Result of one readiness check, with check-specific diagnostics. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database: dict[str, Any] | Unset = UNSET
        if not isinstance(self.database, Unset):
            database = self.database.to_dict()

        migrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.migrations, Unset):
            migrations = self.migrations.to_dict()

        default_namespace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_namespace, Unset):
            default_namespace = self.default_namespace.to_dict()

        cache: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache, Unset):
            cache = self.cache.to_dict()

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if database is not UNSET:
            field_dict["database"] = database
        if migrations is not UNSET:
            field_dict["migrations"] = migrations
        if default_namespace is not UNSET:
            field_dict["default_namespace"] = default_namespace
        if cache is not UNSET:
            field_dict["cache"] = cache
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ready_check import ReadyCheck

        d = dict(src_dict)
        _database = d.pop("database", UNSET)
        database: ReadyCheck | Unset
        if isinstance(_database, Unset):
            database = UNSET
        else:
            database = ReadyCheck.from_dict(_database)

        _migrations = d.pop("migrations", UNSET)
        migrations: ReadyCheck | Unset
        if isinstance(_migrations, Unset):
            migrations = UNSET
        else:
            migrations = ReadyCheck.from_dict(_migrations)

        _default_namespace = d.pop("default_namespace", UNSET)
        default_namespace: ReadyCheck | Unset
        if isinstance(_default_namespace, Unset):
            default_namespace = UNSET
        else:
            default_namespace = ReadyCheck.from_dict(_default_namespace)

        _cache = d.pop("cache", UNSET)
        cache: ReadyCheck | Unset
        if isinstance(_cache, Unset):
            cache = UNSET
        else:
            cache = ReadyCheck.from_dict(_cache)

        _auth = d.pop("auth", UNSET)
        auth: ReadyCheck | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = ReadyCheck.from_dict(_auth)

        ready_checks = cls(
            database=database,
            migrations=migrations,
            default_namespace=default_namespace,
            cache=cache,
            auth=auth,
        )

        ready_checks.additional_properties = d
        return ready_checks

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
