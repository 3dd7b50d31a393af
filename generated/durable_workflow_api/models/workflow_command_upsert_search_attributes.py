from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_command_upsert_search_attributes_attribute_types import (
        WorkflowCommandUpsertSearchAttributesAttributeTypes,
    )
    from ..models.workflow_command_upsert_search_attributes_attributes import (
        WorkflowCommandUpsertSearchAttributesAttributes,
    )


T = TypeVar("T", bound="WorkflowCommandUpsertSearchAttributes")


@_attrs_define
class WorkflowCommandUpsertSearchAttributes:
    """Merge search attributes into the run (null deletes a key)."""

    type_: Literal["upsert_search_attributes"]
    attributes: WorkflowCommandUpsertSearchAttributesAttributes
    cancellation_scope_id: None | str | Unset = UNSET
    cancellation_cleanup: bool | None | Unset = UNSET
    attribute_types: WorkflowCommandUpsertSearchAttributesAttributeTypes | Unset = UNSET
    """ Declared type per key (protocol 1.16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attributes = self.attributes.to_dict()

        cancellation_scope_id: None | str | Unset
        if isinstance(self.cancellation_scope_id, Unset):
            cancellation_scope_id = UNSET
        else:
            cancellation_scope_id = self.cancellation_scope_id

        cancellation_cleanup: bool | None | Unset
        if isinstance(self.cancellation_cleanup, Unset):
            cancellation_cleanup = UNSET
        else:
            cancellation_cleanup = self.cancellation_cleanup

        attribute_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute_types, Unset):
            attribute_types = self.attribute_types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
            }
        )
        if cancellation_scope_id is not UNSET:
            field_dict["cancellation_scope_id"] = cancellation_scope_id
        if cancellation_cleanup is not UNSET:
            field_dict["cancellation_cleanup"] = cancellation_cleanup
        if attribute_types is not UNSET:
            field_dict["attribute_types"] = attribute_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_command_upsert_search_attributes_attribute_types import (
            WorkflowCommandUpsertSearchAttributesAttributeTypes,
        )
        from ..models.workflow_command_upsert_search_attributes_attributes import (
            WorkflowCommandUpsertSearchAttributesAttributes,
        )

        d = dict(src_dict)
        type_ = cast(Literal["upsert_search_attributes"], d.pop("type"))
        if type_ != "upsert_search_attributes":
            raise ValueError(f"type must match const 'upsert_search_attributes', got '{type_}'")

        attributes = WorkflowCommandUpsertSearchAttributesAttributes.from_dict(d.pop("attributes"))

        def _parse_cancellation_scope_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancellation_scope_id = _parse_cancellation_scope_id(d.pop("cancellation_scope_id", UNSET))

        def _parse_cancellation_cleanup(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancellation_cleanup = _parse_cancellation_cleanup(d.pop("cancellation_cleanup", UNSET))

        _attribute_types = d.pop("attribute_types", UNSET)
        attribute_types: WorkflowCommandUpsertSearchAttributesAttributeTypes | Unset
        if isinstance(_attribute_types, Unset):
            attribute_types = UNSET
        else:
            attribute_types = WorkflowCommandUpsertSearchAttributesAttributeTypes.from_dict(
                _attribute_types
            )

        workflow_command_upsert_search_attributes = cls(
            type_=type_,
            attributes=attributes,
            cancellation_scope_id=cancellation_scope_id,
            cancellation_cleanup=cancellation_cleanup,
            attribute_types=attribute_types,
        )

        workflow_command_upsert_search_attributes.additional_properties = d
        return workflow_command_upsert_search_attributes

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
