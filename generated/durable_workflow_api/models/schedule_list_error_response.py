from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_list_cursor import ScheduleListCursor
    from ..models.validation_errors import ValidationErrors


T = TypeVar("T", bound="ScheduleListErrorResponse")


@_attrs_define
class ScheduleListErrorResponse:
    """Typed refusal of a schedule list filter or page token (newer servers), with the last cursor that is still safe to
    resume from.

    """

    message: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    remediation: None | str | Unset = UNSET
    errors: ValidationErrors | Unset = UNSET
    """ Field path (dot notation) to the list of messages for that field. """
    validation_errors: list[Any] | Unset | ValidationErrors = UNSET
    field: None | str | Unset = UNSET
    last_safe_cursor: None | ScheduleListCursor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule_list_cursor import ScheduleListCursor
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

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        last_safe_cursor: dict[str, Any] | None | Unset
        if isinstance(self.last_safe_cursor, Unset):
            last_safe_cursor = UNSET
        elif isinstance(self.last_safe_cursor, ScheduleListCursor):
            last_safe_cursor = self.last_safe_cursor.to_dict()
        else:
            last_safe_cursor = self.last_safe_cursor

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
        if field is not UNSET:
            field_dict["field"] = field
        if last_safe_cursor is not UNSET:
            field_dict["last_safe_cursor"] = last_safe_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_list_cursor import ScheduleListCursor
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

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_last_safe_cursor(data: object) -> None | ScheduleListCursor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_safe_cursor_type_0 = ScheduleListCursor.from_dict(data)

                return last_safe_cursor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleListCursor | Unset, data)

        last_safe_cursor = _parse_last_safe_cursor(d.pop("last_safe_cursor", UNSET))

        schedule_list_error_response = cls(
            message=message,
            reason=reason,
            error=error,
            remediation=remediation,
            errors=errors,
            validation_errors=validation_errors,
            field=field,
            last_safe_cursor=last_safe_cursor,
        )

        schedule_list_error_response.additional_properties = d
        return schedule_list_error_response

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
