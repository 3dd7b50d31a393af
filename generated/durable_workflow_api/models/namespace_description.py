from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_deleted_counts_type_0 import NamespaceDeletedCountsType0
    from ..models.namespace_external_payload_storage import NamespaceExternalPayloadStorage


T = TypeVar("T", bound="NamespaceDescription")


@_attrs_define
class NamespaceDescription:
    """A namespace. The field set varies slightly per operation (create omits `updated_at`, update omits `created_at`,
    delete answers only `name`, `status` and `deleted`).

    """

    name: str
    """ Namespace name, lower-case. """
    description: None | str | Unset = UNSET
    retention_days: int | Unset = UNSET
    """ History retention window in days. """
    status: str | Unset = UNSET
    """ `active` for namespaces created through the API; `deleted` in a delete answer. """
    external_payload_storage: NamespaceExternalPayloadStorage | None | Unset = UNSET
    """ External payload storage policy; `null` when none is configured. """
    created_at: None | str | Unset = UNSET
    """ ISO-8601 with offset. """
    updated_at: None | str | Unset = UNSET
    """ ISO-8601 with offset. """
    deleted: list[Any] | NamespaceDeletedCountsType0 | Unset = UNSET
    """ Delete answer only: resource kind (table) to the number of rows removed (`[]` when nothing was removed). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.namespace_deleted_counts_type_0 import NamespaceDeletedCountsType0
        from ..models.namespace_external_payload_storage import NamespaceExternalPayloadStorage

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        retention_days = self.retention_days

        status = self.status

        external_payload_storage: dict[str, Any] | None | Unset
        if isinstance(self.external_payload_storage, Unset):
            external_payload_storage = UNSET
        elif isinstance(self.external_payload_storage, NamespaceExternalPayloadStorage):
            external_payload_storage = self.external_payload_storage.to_dict()
        else:
            external_payload_storage = self.external_payload_storage

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        deleted: dict[str, Any] | list[Any] | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        elif isinstance(self.deleted, NamespaceDeletedCountsType0):
            deleted = self.deleted.to_dict()
        else:
            deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if status is not UNSET:
            field_dict["status"] = status
        if external_payload_storage is not UNSET:
            field_dict["external_payload_storage"] = external_payload_storage
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.namespace_deleted_counts_type_0 import NamespaceDeletedCountsType0
        from ..models.namespace_external_payload_storage import NamespaceExternalPayloadStorage

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        retention_days = d.pop("retention_days", UNSET)

        status = d.pop("status", UNSET)

        def _parse_external_payload_storage(
            data: object,
        ) -> NamespaceExternalPayloadStorage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_payload_storage_type_0 = NamespaceExternalPayloadStorage.from_dict(data)

                return external_payload_storage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamespaceExternalPayloadStorage | None | Unset, data)

        external_payload_storage = _parse_external_payload_storage(
            d.pop("external_payload_storage", UNSET)
        )

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_deleted(data: object) -> list[Any] | NamespaceDeletedCountsType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_namespace_deleted_counts_type_0 = (
                    NamespaceDeletedCountsType0.from_dict(data)
                )

                return componentsschemas_namespace_deleted_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_namespace_deleted_counts_type_1 = cast(list[Any], data)

            return componentsschemas_namespace_deleted_counts_type_1

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        namespace_description = cls(
            name=name,
            description=description,
            retention_days=retention_days,
            status=status,
            external_payload_storage=external_payload_storage,
            created_at=created_at,
            updated_at=updated_at,
            deleted=deleted,
        )

        namespace_description.additional_properties = d
        return namespace_description

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
