from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_attribute_type_map_type_0 import SearchAttributeTypeMapType0


T = TypeVar("T", bound="SearchAttributeList")


@_attrs_define
class SearchAttributeList:
    """System attributes (always present: `WorkflowType`, `WorkflowId`, `RunId`, `Status`, `StartTime`, `CloseTime`,
    `TaskQueue`, `BuildId`) and the namespace's custom ones.

    """

    system_attributes: list[Any] | SearchAttributeTypeMapType0 | Unset = UNSET
    """ Attribute name to its type (`[]` when there are none). """
    custom_attributes: list[Any] | SearchAttributeTypeMapType0 | Unset = UNSET
    """ Attribute name to its type (`[]` when there are none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_attribute_type_map_type_0 import SearchAttributeTypeMapType0

        system_attributes: dict[str, Any] | list[Any] | Unset
        if isinstance(self.system_attributes, Unset):
            system_attributes = UNSET
        elif isinstance(self.system_attributes, SearchAttributeTypeMapType0):
            system_attributes = self.system_attributes.to_dict()
        else:
            system_attributes = self.system_attributes

        custom_attributes: dict[str, Any] | list[Any] | Unset
        if isinstance(self.custom_attributes, Unset):
            custom_attributes = UNSET
        elif isinstance(self.custom_attributes, SearchAttributeTypeMapType0):
            custom_attributes = self.custom_attributes.to_dict()
        else:
            custom_attributes = self.custom_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_attributes is not UNSET:
            field_dict["system_attributes"] = system_attributes
        if custom_attributes is not UNSET:
            field_dict["custom_attributes"] = custom_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_attribute_type_map_type_0 import SearchAttributeTypeMapType0

        d = dict(src_dict)

        def _parse_system_attributes(
            data: object,
        ) -> list[Any] | SearchAttributeTypeMapType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_attribute_type_map_type_0 = (
                    SearchAttributeTypeMapType0.from_dict(data)
                )

                return componentsschemas_search_attribute_type_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_search_attribute_type_map_type_1 = cast(list[Any], data)

            return componentsschemas_search_attribute_type_map_type_1

        system_attributes = _parse_system_attributes(d.pop("system_attributes", UNSET))

        def _parse_custom_attributes(
            data: object,
        ) -> list[Any] | SearchAttributeTypeMapType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_attribute_type_map_type_0 = (
                    SearchAttributeTypeMapType0.from_dict(data)
                )

                return componentsschemas_search_attribute_type_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_search_attribute_type_map_type_1 = cast(list[Any], data)

            return componentsschemas_search_attribute_type_map_type_1

        custom_attributes = _parse_custom_attributes(d.pop("custom_attributes", UNSET))

        search_attribute_list = cls(
            system_attributes=system_attributes,
            custom_attributes=custom_attributes,
        )

        search_attribute_list.additional_properties = d
        return search_attribute_list

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
