from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_command_cancellation_policy import (
    WorkflowCommandCancellationPolicy,
    check_workflow_command_cancellation_policy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_activity_retry_policy import LocalActivityRetryPolicy
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="LocalActivityDescriptor")


@_attrs_define
class LocalActivityDescriptor:
    """What a prepared local activity will run (`type` is always `record_local_activity`)."""

    type_: Literal["record_local_activity"]
    activity_type: str
    arguments: PayloadEnvelope | str
    """ Encoded arguments (raw blob) or an envelope. """
    payload_codec: str | Unset = UNSET
    execution_mode: Literal["local"] | Unset = UNSET
    start_to_close_timeout: int | None | Unset = UNSET
    schedule_to_close_timeout: int | None | Unset = UNSET
    heartbeat_timeout: int | None | Unset = UNSET
    retry_policy: LocalActivityRetryPolicy | None | Unset = UNSET
    cancellation_policy: None | Unset | WorkflowCommandCancellationPolicy = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.local_activity_retry_policy import LocalActivityRetryPolicy
        from ..models.payload_envelope import PayloadEnvelope

        type_ = self.type_

        activity_type = self.activity_type

        arguments: dict[str, Any] | str
        if isinstance(self.arguments, PayloadEnvelope):
            arguments = self.arguments.to_dict()
        else:
            arguments = self.arguments

        payload_codec = self.payload_codec

        execution_mode = self.execution_mode

        start_to_close_timeout: int | None | Unset
        if isinstance(self.start_to_close_timeout, Unset):
            start_to_close_timeout = UNSET
        else:
            start_to_close_timeout = self.start_to_close_timeout

        schedule_to_close_timeout: int | None | Unset
        if isinstance(self.schedule_to_close_timeout, Unset):
            schedule_to_close_timeout = UNSET
        else:
            schedule_to_close_timeout = self.schedule_to_close_timeout

        heartbeat_timeout: int | None | Unset
        if isinstance(self.heartbeat_timeout, Unset):
            heartbeat_timeout = UNSET
        else:
            heartbeat_timeout = self.heartbeat_timeout

        retry_policy: dict[str, Any] | None | Unset
        if isinstance(self.retry_policy, Unset):
            retry_policy = UNSET
        elif isinstance(self.retry_policy, LocalActivityRetryPolicy):
            retry_policy = self.retry_policy.to_dict()
        else:
            retry_policy = self.retry_policy

        cancellation_policy: None | str | Unset
        if isinstance(self.cancellation_policy, Unset):
            cancellation_policy = UNSET
        elif isinstance(self.cancellation_policy, str):
            cancellation_policy = self.cancellation_policy
        else:
            cancellation_policy = self.cancellation_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "activity_type": activity_type,
                "arguments": arguments,
            }
        )
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if start_to_close_timeout is not UNSET:
            field_dict["start_to_close_timeout"] = start_to_close_timeout
        if schedule_to_close_timeout is not UNSET:
            field_dict["schedule_to_close_timeout"] = schedule_to_close_timeout
        if heartbeat_timeout is not UNSET:
            field_dict["heartbeat_timeout"] = heartbeat_timeout
        if retry_policy is not UNSET:
            field_dict["retry_policy"] = retry_policy
        if cancellation_policy is not UNSET:
            field_dict["cancellation_policy"] = cancellation_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.local_activity_retry_policy import LocalActivityRetryPolicy
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        type_ = cast(Literal["record_local_activity"], d.pop("type"))
        if type_ != "record_local_activity":
            raise ValueError(f"type must match const 'record_local_activity', got '{type_}'")

        activity_type = d.pop("activity_type")

        def _parse_arguments(data: object) -> PayloadEnvelope | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                arguments_type_1 = PayloadEnvelope.from_dict(data)

                return arguments_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PayloadEnvelope | str, data)

        arguments = _parse_arguments(d.pop("arguments"))

        payload_codec = d.pop("payload_codec", UNSET)

        execution_mode = cast(Literal["local"] | Unset, d.pop("execution_mode", UNSET))
        if execution_mode != "local" and not isinstance(execution_mode, Unset):
            raise ValueError(f"execution_mode must match const 'local', got '{execution_mode}'")

        def _parse_start_to_close_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_to_close_timeout = _parse_start_to_close_timeout(
            d.pop("start_to_close_timeout", UNSET)
        )

        def _parse_schedule_to_close_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        schedule_to_close_timeout = _parse_schedule_to_close_timeout(
            d.pop("schedule_to_close_timeout", UNSET)
        )

        def _parse_heartbeat_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        heartbeat_timeout = _parse_heartbeat_timeout(d.pop("heartbeat_timeout", UNSET))

        def _parse_retry_policy(data: object) -> LocalActivityRetryPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retry_policy_type_0 = LocalActivityRetryPolicy.from_dict(data)

                return retry_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalActivityRetryPolicy | None | Unset, data)

        retry_policy = _parse_retry_policy(d.pop("retry_policy", UNSET))

        def _parse_cancellation_policy(
            data: object,
        ) -> None | Unset | WorkflowCommandCancellationPolicy:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancellation_policy_type_0 = check_workflow_command_cancellation_policy(data)

                return cancellation_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCommandCancellationPolicy, data)

        cancellation_policy = _parse_cancellation_policy(d.pop("cancellation_policy", UNSET))

        local_activity_descriptor = cls(
            type_=type_,
            activity_type=activity_type,
            arguments=arguments,
            payload_codec=payload_codec,
            execution_mode=execution_mode,
            start_to_close_timeout=start_to_close_timeout,
            schedule_to_close_timeout=schedule_to_close_timeout,
            heartbeat_timeout=heartbeat_timeout,
            retry_policy=retry_policy,
            cancellation_policy=cancellation_policy,
        )

        local_activity_descriptor.additional_properties = d
        return local_activity_descriptor

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
