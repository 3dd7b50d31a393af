from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="QueryWorkflowRequest")


@_attrs_define
class QueryWorkflowRequest:
    """Query arguments; send `{}` when there are none."""

    input_: JsonObject | list[Any] | None | PayloadEnvelope | Unset = UNSET
    """ Arguments in a request: a plain JSON array of positional arguments, a payload envelope (`{codec, blob}` or
    `{codec, external_storage}`; an object is an envelope only when its keys are exactly one of those pairs), a JSON
    object of named arguments (signal, query and update; for start the values are taken in order), or null for no
    arguments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject
        from ..models.payload_envelope import PayloadEnvelope

        input_: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, PayloadEnvelope) or isinstance(self.input_, JsonObject):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)

        def _parse_input_(data: object) -> JsonObject | list[Any] | None | PayloadEnvelope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_workflow_input_type_0 = cast(list[Any], data)

                return componentsschemas_workflow_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_input_type_1 = PayloadEnvelope.from_dict(data)

                return componentsschemas_workflow_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_input_type_2 = JsonObject.from_dict(data)

                return componentsschemas_workflow_input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | list[Any] | None | PayloadEnvelope | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        query_workflow_request = cls(
            input_=input_,
        )

        query_workflow_request.additional_properties = d
        return query_workflow_request

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
