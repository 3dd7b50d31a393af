from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_task_failure_kind import (
    ActivityTaskFailureKind,
    check_activity_task_failure_kind,
)
from ..models.activity_task_timeout_type import (
    ActivityTaskTimeoutType,
    check_activity_task_timeout_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityTaskFailure")


@_attrs_define
class ActivityTaskFailure:
    message: str
    type_: None | str | Unset = UNSET
    """ Exception type / classification name. """
    class_: None | str | Unset = UNSET
    """ Fully qualified exception class (`module.QualName`). """
    code: int | None | Unset = UNSET
    stack_trace: None | str | Unset = UNSET
    non_retryable: bool | None | Unset = UNSET
    """ Do not retry, whatever the retry policy says. """
    retryable: bool | None | Unset = UNSET
    kind: ActivityTaskFailureKind | None | Unset = UNSET
    timeout_type: ActivityTaskTimeoutType | None | Unset = UNSET
    cancelled: bool | None | Unset = UNSET
    malformed_output: bool | None | Unset = UNSET
    details: Any | Unset = UNSET
    """ Failure details, a payload envelope or a raw JSON value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        class_: None | str | Unset
        if isinstance(self.class_, Unset):
            class_ = UNSET
        else:
            class_ = self.class_

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        stack_trace: None | str | Unset
        if isinstance(self.stack_trace, Unset):
            stack_trace = UNSET
        else:
            stack_trace = self.stack_trace

        non_retryable: bool | None | Unset
        if isinstance(self.non_retryable, Unset):
            non_retryable = UNSET
        else:
            non_retryable = self.non_retryable

        retryable: bool | None | Unset
        if isinstance(self.retryable, Unset):
            retryable = UNSET
        else:
            retryable = self.retryable

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, str):
            kind = self.kind
        else:
            kind = self.kind

        timeout_type: None | str | Unset
        if isinstance(self.timeout_type, Unset):
            timeout_type = UNSET
        elif isinstance(self.timeout_type, str):
            timeout_type = self.timeout_type
        else:
            timeout_type = self.timeout_type

        cancelled: bool | None | Unset
        if isinstance(self.cancelled, Unset):
            cancelled = UNSET
        else:
            cancelled = self.cancelled

        malformed_output: bool | None | Unset
        if isinstance(self.malformed_output, Unset):
            malformed_output = UNSET
        else:
            malformed_output = self.malformed_output

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if class_ is not UNSET:
            field_dict["class"] = class_
        if code is not UNSET:
            field_dict["code"] = code
        if stack_trace is not UNSET:
            field_dict["stack_trace"] = stack_trace
        if non_retryable is not UNSET:
            field_dict["non_retryable"] = non_retryable
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if kind is not UNSET:
            field_dict["kind"] = kind
        if timeout_type is not UNSET:
            field_dict["timeout_type"] = timeout_type
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if malformed_output is not UNSET:
            field_dict["malformed_output"] = malformed_output
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_class_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        class_ = _parse_class_(d.pop("class", UNSET))

        def _parse_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_stack_trace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stack_trace = _parse_stack_trace(d.pop("stack_trace", UNSET))

        def _parse_non_retryable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        non_retryable = _parse_non_retryable(d.pop("non_retryable", UNSET))

        def _parse_retryable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retryable = _parse_retryable(d.pop("retryable", UNSET))

        def _parse_kind(data: object) -> ActivityTaskFailureKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = check_activity_task_failure_kind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityTaskFailureKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_timeout_type(data: object) -> ActivityTaskTimeoutType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timeout_type_type_0 = check_activity_task_timeout_type(data)

                return timeout_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityTaskTimeoutType | None | Unset, data)

        timeout_type = _parse_timeout_type(d.pop("timeout_type", UNSET))

        def _parse_cancelled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancelled = _parse_cancelled(d.pop("cancelled", UNSET))

        def _parse_malformed_output(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        malformed_output = _parse_malformed_output(d.pop("malformed_output", UNSET))

        details = d.pop("details", UNSET)

        activity_task_failure = cls(
            message=message,
            type_=type_,
            class_=class_,
            code=code,
            stack_trace=stack_trace,
            non_retryable=non_retryable,
            retryable=retryable,
            kind=kind,
            timeout_type=timeout_type,
            cancelled=cancelled,
            malformed_output=malformed_output,
            details=details,
        )

        activity_task_failure.additional_properties = d
        return activity_task_failure

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
