from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_validation_task_failure_reason_type_0 import (
    UpdateValidationTaskFailureReasonType0,
    check_update_validation_task_failure_reason_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_errors import ValidationErrors


T = TypeVar("T", bound="UpdateValidationTaskFailure")


@_attrs_define
class UpdateValidationTaskFailure:
    message: str
    reason: None | Unset | UpdateValidationTaskFailureReasonType0 = UNSET
    type_: None | str | Unset = UNSET
    stack_trace: None | str | Unset = UNSET
    validation_errors: ValidationErrors | Unset = UNSET
    """ Field path (dot notation) to the list of messages for that field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, str):
            reason = self.reason
        else:
            reason = self.reason

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        stack_trace: None | str | Unset
        if isinstance(self.stack_trace, Unset):
            stack_trace = UNSET
        else:
            stack_trace = self.stack_trace

        validation_errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = self.validation_errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if type_ is not UNSET:
            field_dict["type"] = type_
        if stack_trace is not UNSET:
            field_dict["stack_trace"] = stack_trace
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.validation_errors import ValidationErrors

        d = dict(src_dict)
        message = d.pop("message")

        def _parse_reason(data: object) -> None | Unset | UpdateValidationTaskFailureReasonType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = check_update_validation_task_failure_reason_type_0(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateValidationTaskFailureReasonType0, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_stack_trace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stack_trace = _parse_stack_trace(d.pop("stack_trace", UNSET))

        _validation_errors = d.pop("validation_errors", UNSET)
        validation_errors: ValidationErrors | Unset
        if isinstance(_validation_errors, Unset):
            validation_errors = UNSET
        else:
            validation_errors = ValidationErrors.from_dict(_validation_errors)

        update_validation_task_failure = cls(
            message=message,
            reason=reason,
            type_=type_,
            stack_trace=stack_trace,
            validation_errors=validation_errors,
        )

        update_validation_task_failure.additional_properties = d
        return update_validation_task_failure

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
