"""Namespace results: descriptions, lists, their storage policy and search attributes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from durable_workflow.client._display import Displayable
from durable_workflow.client._time import parse_timestamp
from durable_workflow.client.types._wire import (
    _bool,
    _dicts,
    _int,
    _map,
    _str,
    _str_or,
    wire_dict,
)

# --------------------------------------------------------------------------- namespaces


@dataclass
class ExternalPayloadStoragePolicy:
    """A namespace's external payload storage policy (``external_payload_storage``)."""

    driver: str | None = None
    enabled: bool = True
    threshold_bytes: int | None = None
    config: dict[str, Any] | None = None
    raw: dict[str, Any] | None = None

    @classmethod
    def from_wire(cls, data: Any) -> ExternalPayloadStoragePolicy:
        """Map the ``external_payload_storage`` object."""
        d = wire_dict(data)
        enabled = _bool(d.get("enabled"))
        return cls(
            driver=_str(d.get("driver")),
            enabled=True if enabled is None else enabled,
            threshold_bytes=_int(d.get("threshold_bytes")),
            config=_map(d.get("config")),
            raw=d,
        )


@dataclass
class NamespaceDescription(Displayable):
    """Server configuration for one workflow namespace."""

    name: str
    description: str | None = None
    retention_days: int | None = None
    status: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    deleted: dict[str, int] | None = None
    external_payload_storage: ExternalPayloadStoragePolicy | None = None
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def created_at_dt(self) -> datetime | None:
        """``created_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.created_at)

    @property
    def updated_at_dt(self) -> datetime | None:
        """``updated_at`` as an aware ``datetime`` (``None`` if absent or unreadable)."""
        return parse_timestamp(self.updated_at)

    @classmethod
    def from_wire(cls, data: Any) -> NamespaceDescription:
        """Map a namespace object (list item, describe, create, update, delete)."""
        d = wire_dict(data)
        deleted_raw = _map(d.get("deleted"))
        storage = d.get("external_payload_storage")
        return cls(
            name=_str_or(d.get("name"), ""),
            description=_str(d.get("description")),
            retention_days=_int(d.get("retention_days")),
            status=_str(d.get("status")),
            created_at=_str(d.get("created_at")),
            updated_at=_str(d.get("updated_at")),
            deleted=(
                {str(k): v for k, v in deleted_raw.items() if _int(v) is not None}
                if deleted_raw is not None
                else None
            ),
            external_payload_storage=(
                ExternalPayloadStoragePolicy.from_wire(storage)
                if isinstance(storage, dict)
                else None
            ),
            raw=d,
        )


@dataclass
class NamespaceList(Displayable):
    """Namespaces visible to the current control-plane identity."""

    namespaces: list[NamespaceDescription]
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> NamespaceList:
        """Map ``{"namespaces": [...]}``."""
        d = wire_dict(data)
        return cls(
            namespaces=[NamespaceDescription.from_wire(i) for i in _dicts(d.get("namespaces"))],
            raw=d,
        )


# --------------------------------------------------------------------------- search attributes


@dataclass
class SearchAttributeList(Displayable):
    """Search attribute definitions available in the current namespace."""

    system_attributes: dict[str, str]
    custom_attributes: dict[str, str]
    raw: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_wire(cls, data: Any) -> SearchAttributeList:
        """Map ``{"system_attributes", "custom_attributes"}`` (non-objects become ``{}``)."""
        d = wire_dict(data)
        return cls(
            system_attributes=_map(d.get("system_attributes")) or {},
            custom_attributes=_map(d.get("custom_attributes")) or {},
            raw=d,
        )
