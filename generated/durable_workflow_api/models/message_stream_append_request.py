from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="MessageStreamAppendRequest")


@_attrs_define
class MessageStreamAppendRequest:
    message_id: str
    """ Idempotency key of the message. """
    input_: JsonObject | list[Any] | None | PayloadEnvelope | Unset = UNSET
    """ Arguments in a request: a plain JSON array of positional arguments, a payload envelope (`{codec, blob}` or
    `{codec, external_storage}`; an object is an envelope only when its keys are exactly one of those pairs), a JSON
    object of named arguments (signal, query and update; for start the values are taken in order), or null for no
    arguments. """
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject
        from ..models.payload_envelope import PayloadEnvelope

        message_id = self.message_id

        input_: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, PayloadEnvelope) or isinstance(self.input_, JsonObject):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        message_id = d.pop("message_id")

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

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        message_stream_append_request = cls(
            message_id=message_id,
            input_=input_,
            request_id=request_id,
        )

        message_stream_append_request.additional_properties = d
        return message_stream_append_request

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
