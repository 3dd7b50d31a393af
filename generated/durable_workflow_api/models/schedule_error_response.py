from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_errors import ValidationErrors


T = TypeVar("T", bound="ScheduleErrorResponse")


@_attrs_define
class ScheduleErrorResponse:
    """Error envelope of the schedule routes."""

    message: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    remediation: None | str | Unset = UNSET
    errors: ValidationErrors | Unset = UNSET
    """ Field path (dot notation) to the list of messages for that field. """
    validation_errors: list[Any] | Unset | ValidationErrors = UNSET
    schedule_id: None | str | Unset = UNSET
    """ Set on `schedule_already_exists`. """
    limit: int | None | Unset = UNSET
    """ Memo size limit on `memo_too_large`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.validation_errors import ValidationErrors

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        remediation: None | str | Unset
        if isinstance(self.remediation, Unset):
            remediation = UNSET
        else:
            remediation = self.remediation

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        validation_errors: dict[str, Any] | list[Any] | Unset
        if isinstance(self.validation_errors, Unset):
            validation_errors = UNSET
        elif isinstance(self.validation_errors, ValidationErrors):
            validation_errors = self.validation_errors.to_dict()
        else:
            validation_errors = self.validation_errors

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if reason is not UNSET:
            field_dict["reason"] = reason
        if error is not UNSET:
            field_dict["error"] = error
        if remediation is not UNSET:
            field_dict["remediation"] = remediation
        if errors is not UNSET:
            field_dict["errors"] = errors
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.validation_errors import ValidationErrors

        d = dict(src_dict)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_remediation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remediation = _parse_remediation(d.pop("remediation", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: ValidationErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ValidationErrors.from_dict(_errors)

        def _parse_validation_errors(data: object) -> list[Any] | Unset | ValidationErrors:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_errors_type_0 = ValidationErrors.from_dict(data)

                return validation_errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            validation_errors_type_1 = cast(list[Any], data)

            return validation_errors_type_1

        validation_errors = _parse_validation_errors(d.pop("validation_errors", UNSET))

        def _parse_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule_id = _parse_schedule_id(d.pop("schedule_id", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        schedule_error_response = cls(
            message=message,
            reason=reason,
            error=error,
            remediation=remediation,
            errors=errors,
            validation_errors=validation_errors,
            schedule_id=schedule_id,
            limit=limit,
        )

        schedule_error_response.additional_properties = d
        return schedule_error_response

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
