from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="ScheduleCreateAction")


@_attrs_define
class ScheduleCreateAction:
    """The action of a new schedule; `workflow_type` is required."""

    workflow_type: str
    task_queue: None | str | Unset = UNSET
    input_: list[Any] | None | PayloadEnvelope | Unset = UNSET
    """ Positional workflow arguments: a plain JSON array or a payload envelope (the reference SDK sends an Avro
    envelope). """
    execution_timeout_seconds: int | None | Unset = UNSET
    run_timeout_seconds: int | None | Unset = UNSET
    workflow_execution_timeout: int | None | Unset = UNSET
    workflow_run_timeout: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payload_envelope import PayloadEnvelope

        workflow_type = self.workflow_type

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        input_: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, PayloadEnvelope):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        execution_timeout_seconds: int | None | Unset
        if isinstance(self.execution_timeout_seconds, Unset):
            execution_timeout_seconds = UNSET
        else:
            execution_timeout_seconds = self.execution_timeout_seconds

        run_timeout_seconds: int | None | Unset
        if isinstance(self.run_timeout_seconds, Unset):
            run_timeout_seconds = UNSET
        else:
            run_timeout_seconds = self.run_timeout_seconds

        workflow_execution_timeout: int | None | Unset
        if isinstance(self.workflow_execution_timeout, Unset):
            workflow_execution_timeout = UNSET
        else:
            workflow_execution_timeout = self.workflow_execution_timeout

        workflow_run_timeout: int | None | Unset
        if isinstance(self.workflow_run_timeout, Unset):
            workflow_run_timeout = UNSET
        else:
            workflow_run_timeout = self.workflow_run_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_type": workflow_type,
            }
        )
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if input_ is not UNSET:
            field_dict["input"] = input_
        if execution_timeout_seconds is not UNSET:
            field_dict["execution_timeout_seconds"] = execution_timeout_seconds
        if run_timeout_seconds is not UNSET:
            field_dict["run_timeout_seconds"] = run_timeout_seconds
        if workflow_execution_timeout is not UNSET:
            field_dict["workflow_execution_timeout"] = workflow_execution_timeout
        if workflow_run_timeout is not UNSET:
            field_dict["workflow_run_timeout"] = workflow_run_timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        workflow_type = d.pop("workflow_type")

        def _parse_task_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_queue = _parse_task_queue(d.pop("task_queue", UNSET))

        def _parse_input_(data: object) -> list[Any] | None | PayloadEnvelope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_schedule_input_type_0 = cast(list[Any], data)

                return componentsschemas_schedule_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_schedule_input_type_1 = PayloadEnvelope.from_dict(data)

                return componentsschemas_schedule_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | PayloadEnvelope | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_execution_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        execution_timeout_seconds = _parse_execution_timeout_seconds(
            d.pop("execution_timeout_seconds", UNSET)
        )

        def _parse_run_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_timeout_seconds = _parse_run_timeout_seconds(d.pop("run_timeout_seconds", UNSET))

        def _parse_workflow_execution_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_execution_timeout = _parse_workflow_execution_timeout(
            d.pop("workflow_execution_timeout", UNSET)
        )

        def _parse_workflow_run_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_run_timeout = _parse_workflow_run_timeout(d.pop("workflow_run_timeout", UNSET))

        schedule_create_action = cls(
            workflow_type=workflow_type,
            task_queue=task_queue,
            input_=input_,
            execution_timeout_seconds=execution_timeout_seconds,
            run_timeout_seconds=run_timeout_seconds,
            workflow_execution_timeout=workflow_execution_timeout,
            workflow_run_timeout=workflow_run_timeout,
        )

        schedule_create_action.additional_properties = d
        return schedule_create_action

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
