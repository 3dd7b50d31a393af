from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="WorkflowCommandFailWorkflow")


@_attrs_define
class WorkflowCommandFailWorkflow:
    """Terminal. Close the run as failed."""

    type_: Literal["fail_workflow"]
    message: str
    cancellation_scope_id: None | str | Unset = UNSET
    cancellation_cleanup: bool | None | Unset = UNSET
    exception_class: None | str | Unset = UNSET
    """ Fully qualified class (`module.QualName`); default recorded `RuntimeException`. """
    exception_type: None | str | Unset = UNSET
    non_retryable: bool | None | Unset = UNSET
    exception: JsonObject | None | Unset = UNSET
    """ Structured failure (engine protocol 1.10+). """
    failed_step_sequence: int | None | Unset = UNSET
    failed_activity_execution_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        type_ = self.type_

        message = self.message

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

        exception_class: None | str | Unset
        if isinstance(self.exception_class, Unset):
            exception_class = UNSET
        else:
            exception_class = self.exception_class

        exception_type: None | str | Unset
        if isinstance(self.exception_type, Unset):
            exception_type = UNSET
        else:
            exception_type = self.exception_type

        non_retryable: bool | None | Unset
        if isinstance(self.non_retryable, Unset):
            non_retryable = UNSET
        else:
            non_retryable = self.non_retryable

        exception: dict[str, Any] | None | Unset
        if isinstance(self.exception, Unset):
            exception = UNSET
        elif isinstance(self.exception, JsonObject):
            exception = self.exception.to_dict()
        else:
            exception = self.exception

        failed_step_sequence: int | None | Unset
        if isinstance(self.failed_step_sequence, Unset):
            failed_step_sequence = UNSET
        else:
            failed_step_sequence = self.failed_step_sequence

        failed_activity_execution_id: None | str | Unset
        if isinstance(self.failed_activity_execution_id, Unset):
            failed_activity_execution_id = UNSET
        else:
            failed_activity_execution_id = self.failed_activity_execution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )
        if cancellation_scope_id is not UNSET:
            field_dict["cancellation_scope_id"] = cancellation_scope_id
        if cancellation_cleanup is not UNSET:
            field_dict["cancellation_cleanup"] = cancellation_cleanup
        if exception_class is not UNSET:
            field_dict["exception_class"] = exception_class
        if exception_type is not UNSET:
            field_dict["exception_type"] = exception_type
        if non_retryable is not UNSET:
            field_dict["non_retryable"] = non_retryable
        if exception is not UNSET:
            field_dict["exception"] = exception
        if failed_step_sequence is not UNSET:
            field_dict["failed_step_sequence"] = failed_step_sequence
        if failed_activity_execution_id is not UNSET:
            field_dict["failed_activity_execution_id"] = failed_activity_execution_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        type_ = cast(Literal["fail_workflow"], d.pop("type"))
        if type_ != "fail_workflow":
            raise ValueError(f"type must match const 'fail_workflow', got '{type_}'")

        message = d.pop("message")

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

        def _parse_exception_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_class = _parse_exception_class(d.pop("exception_class", UNSET))

        def _parse_exception_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_type = _parse_exception_type(d.pop("exception_type", UNSET))

        def _parse_non_retryable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        non_retryable = _parse_non_retryable(d.pop("non_retryable", UNSET))

        def _parse_exception(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exception_type_0 = JsonObject.from_dict(data)

                return exception_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        exception = _parse_exception(d.pop("exception", UNSET))

        def _parse_failed_step_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed_step_sequence = _parse_failed_step_sequence(d.pop("failed_step_sequence", UNSET))

        def _parse_failed_activity_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_activity_execution_id = _parse_failed_activity_execution_id(
            d.pop("failed_activity_execution_id", UNSET)
        )

        workflow_command_fail_workflow = cls(
            type_=type_,
            message=message,
            cancellation_scope_id=cancellation_scope_id,
            cancellation_cleanup=cancellation_cleanup,
            exception_class=exception_class,
            exception_type=exception_type,
            non_retryable=non_retryable,
            exception=exception,
            failed_step_sequence=failed_step_sequence,
            failed_activity_execution_id=failed_activity_execution_id,
        )

        workflow_command_fail_workflow.additional_properties = d
        return workflow_command_fail_workflow

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
