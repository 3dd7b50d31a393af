from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_command_search_attribute_type import (
    WorkflowCommandSearchAttributeType,
    check_workflow_command_search_attribute_type,
)

T = TypeVar("T", bound="WorkflowCommandUpsertSearchAttributesAttributeTypes")


@_attrs_define
class WorkflowCommandUpsertSearchAttributesAttributeTypes:
    """Declared type per key (protocol 1.16)."""

    additional_properties: dict[str, WorkflowCommandSearchAttributeType] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workflow_command_upsert_search_attributes_attribute_types = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = check_workflow_command_search_attribute_type(prop_dict)

            additional_properties[prop_name] = additional_property

        workflow_command_upsert_search_attributes_attribute_types.additional_properties = (
            additional_properties
        )
        return workflow_command_upsert_search_attributes_attribute_types

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> WorkflowCommandSearchAttributeType:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: WorkflowCommandSearchAttributeType) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
