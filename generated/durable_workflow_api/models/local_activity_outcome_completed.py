from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="LocalActivityOutcomeCompleted")


@_attrs_define
class LocalActivityOutcomeCompleted:
    outcome: Literal["completed"]
    result: PayloadEnvelope | str
    payload_codec: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payload_envelope import PayloadEnvelope

        outcome = self.outcome

        result: dict[str, Any] | str
        if isinstance(self.result, PayloadEnvelope):
            result = self.result.to_dict()
        else:
            result = self.result

        payload_codec = self.payload_codec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "result": result,
            }
        )
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        outcome = cast(Literal["completed"], d.pop("outcome"))
        if outcome != "completed":
            raise ValueError(f"outcome must match const 'completed', got '{outcome}'")

        def _parse_result(data: object) -> PayloadEnvelope | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_1 = PayloadEnvelope.from_dict(data)

                return result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PayloadEnvelope | str, data)

        result = _parse_result(d.pop("result"))

        payload_codec = d.pop("payload_codec", UNSET)

        local_activity_outcome_completed = cls(
            outcome=outcome,
            result=result,
            payload_codec=payload_codec,
        )

        local_activity_outcome_completed.additional_properties = d
        return local_activity_outcome_completed

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
