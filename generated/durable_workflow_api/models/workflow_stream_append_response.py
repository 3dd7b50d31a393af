from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStreamAppendResponse")


@_attrs_define
class WorkflowStreamAppendResponse:
    stream: Any | Unset = UNSET
    """ The stream the items were appended to. """
    accepted_offsets: list[int] | Unset = UNSET
    accepted: int | Unset = UNSET
    deduped: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream = self.stream

        accepted_offsets: list[int] | Unset = UNSET
        if not isinstance(self.accepted_offsets, Unset):
            accepted_offsets = self.accepted_offsets

        accepted = self.accepted

        deduped = self.deduped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stream is not UNSET:
            field_dict["stream"] = stream
        if accepted_offsets is not UNSET:
            field_dict["accepted_offsets"] = accepted_offsets
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if deduped is not UNSET:
            field_dict["deduped"] = deduped

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stream = d.pop("stream", UNSET)

        accepted_offsets = cast(list[int], d.pop("accepted_offsets", UNSET))

        accepted = d.pop("accepted", UNSET)

        deduped = d.pop("deduped", UNSET)

        workflow_stream_append_response = cls(
            stream=stream,
            accepted_offsets=accepted_offsets,
            accepted=accepted,
            deduped=deduped,
        )

        workflow_stream_append_response.additional_properties = d
        return workflow_stream_append_response

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
