from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_task_deadlines import ActivityTaskDeadlines
    from ..models.activity_task_retry_policy import ActivityTaskRetryPolicy
    from ..models.json_object import JsonObject
    from ..models.payload_envelope import PayloadEnvelope
    from ..models.worker_session_task_affinity import WorkerSessionTaskAffinity
    from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest


T = TypeVar("T", bound="ActivityTask")


@_attrs_define
class ActivityTask:
    """A leased activity attempt. Null-valued fields are omitted by the server."""

    task_id: str
    activity_type: str
    workflow_id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    activity_execution_id: str | Unset = UNSET
    activity_attempt_id: str | Unset = UNSET
    """ Fencing token of this attempt; echo it on heartbeat, complete and fail. """
    attempt_number: int | Unset = UNSET
    """ Attempt of the execution across retries (1 on the first). """
    payload_codec: str | Unset = UNSET
    arguments: None | PayloadEnvelope | Unset = UNSET
    """ Encoded list of positional arguments. """
    retry_policy: ActivityTaskRetryPolicy | None | Unset = UNSET
    task_queue: None | str | Unset = UNSET
    connection: None | str | Unset = UNSET
    compatibility: None | str | Unset = UNSET
    lease_owner: str | Unset = UNSET
    lease_expires_at: datetime.datetime | Unset = UNSET
    deadlines: ActivityTaskDeadlines | Unset = UNSET
    """ Deadlines of the attempt / execution (ISO-8601 with offset). """
    external_executor: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    worker_session: WorkerSessionTaskAffinity | Unset = UNSET
    """ Worker session an activity task is bound to, with its current lease state. """
    cancel_requested: bool | Unset = UNSET
    cancellation_request: None | Unset | WorkflowTaskCancellationRequest = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.activity_task_retry_policy import ActivityTaskRetryPolicy
        from ..models.payload_envelope import PayloadEnvelope
        from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest

        task_id = self.task_id

        activity_type = self.activity_type

        workflow_id = self.workflow_id

        run_id = self.run_id

        activity_execution_id = self.activity_execution_id

        activity_attempt_id = self.activity_attempt_id

        attempt_number = self.attempt_number

        payload_codec = self.payload_codec

        arguments: dict[str, Any] | None | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        elif isinstance(self.arguments, PayloadEnvelope):
            arguments = self.arguments.to_dict()
        else:
            arguments = self.arguments

        retry_policy: dict[str, Any] | None | Unset
        if isinstance(self.retry_policy, Unset):
            retry_policy = UNSET
        elif isinstance(self.retry_policy, ActivityTaskRetryPolicy):
            retry_policy = self.retry_policy.to_dict()
        else:
            retry_policy = self.retry_policy

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        connection: None | str | Unset
        if isinstance(self.connection, Unset):
            connection = UNSET
        else:
            connection = self.connection

        compatibility: None | str | Unset
        if isinstance(self.compatibility, Unset):
            compatibility = UNSET
        else:
            compatibility = self.compatibility

        lease_owner = self.lease_owner

        lease_expires_at: str | Unset = UNSET
        if not isinstance(self.lease_expires_at, Unset):
            lease_expires_at = self.lease_expires_at.isoformat()

        deadlines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deadlines, Unset):
            deadlines = self.deadlines.to_dict()

        external_executor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_executor, Unset):
            external_executor = self.external_executor.to_dict()

        worker_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.worker_session, Unset):
            worker_session = self.worker_session.to_dict()

        cancel_requested = self.cancel_requested

        cancellation_request: dict[str, Any] | None | Unset
        if isinstance(self.cancellation_request, Unset):
            cancellation_request = UNSET
        elif isinstance(self.cancellation_request, WorkflowTaskCancellationRequest):
            cancellation_request = self.cancellation_request.to_dict()
        else:
            cancellation_request = self.cancellation_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "activity_type": activity_type,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if activity_execution_id is not UNSET:
            field_dict["activity_execution_id"] = activity_execution_id
        if activity_attempt_id is not UNSET:
            field_dict["activity_attempt_id"] = activity_attempt_id
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if retry_policy is not UNSET:
            field_dict["retry_policy"] = retry_policy
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if connection is not UNSET:
            field_dict["connection"] = connection
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if lease_owner is not UNSET:
            field_dict["lease_owner"] = lease_owner
        if lease_expires_at is not UNSET:
            field_dict["lease_expires_at"] = lease_expires_at
        if deadlines is not UNSET:
            field_dict["deadlines"] = deadlines
        if external_executor is not UNSET:
            field_dict["external_executor"] = external_executor
        if worker_session is not UNSET:
            field_dict["worker_session"] = worker_session
        if cancel_requested is not UNSET:
            field_dict["cancel_requested"] = cancel_requested
        if cancellation_request is not UNSET:
            field_dict["cancellation_request"] = cancellation_request

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.activity_task_deadlines import ActivityTaskDeadlines
        from ..models.activity_task_retry_policy import ActivityTaskRetryPolicy
        from ..models.json_object import JsonObject
        from ..models.payload_envelope import PayloadEnvelope
        from ..models.worker_session_task_affinity import WorkerSessionTaskAffinity
        from ..models.workflow_task_cancellation_request import WorkflowTaskCancellationRequest

        d = dict(src_dict)
        task_id = d.pop("task_id")

        activity_type = d.pop("activity_type")

        workflow_id = d.pop("workflow_id", UNSET)

        run_id = d.pop("run_id", UNSET)

        activity_execution_id = d.pop("activity_execution_id", UNSET)

        activity_attempt_id = d.pop("activity_attempt_id", UNSET)

        attempt_number = d.pop("attempt_number", UNSET)

        payload_codec = d.pop("payload_codec", UNSET)

        def _parse_arguments(data: object) -> None | PayloadEnvelope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                arguments_type_0 = PayloadEnvelope.from_dict(data)

                return arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayloadEnvelope | Unset, data)

        arguments = _parse_arguments(d.pop("arguments", UNSET))

        def _parse_retry_policy(data: object) -> ActivityTaskRetryPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retry_policy_type_0 = ActivityTaskRetryPolicy.from_dict(data)

                return retry_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityTaskRetryPolicy | None | Unset, data)

        retry_policy = _parse_retry_policy(d.pop("retry_policy", UNSET))

        def _parse_task_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_queue = _parse_task_queue(d.pop("task_queue", UNSET))

        def _parse_connection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection = _parse_connection(d.pop("connection", UNSET))

        def _parse_compatibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compatibility = _parse_compatibility(d.pop("compatibility", UNSET))

        lease_owner = d.pop("lease_owner", UNSET)

        _lease_expires_at = d.pop("lease_expires_at", UNSET)
        lease_expires_at: datetime.datetime | Unset
        if isinstance(_lease_expires_at, Unset):
            lease_expires_at = UNSET
        else:
            lease_expires_at = datetime.datetime.fromisoformat(_lease_expires_at)

        _deadlines = d.pop("deadlines", UNSET)
        deadlines: ActivityTaskDeadlines | Unset
        if isinstance(_deadlines, Unset):
            deadlines = UNSET
        else:
            deadlines = ActivityTaskDeadlines.from_dict(_deadlines)

        _external_executor = d.pop("external_executor", UNSET)
        external_executor: JsonObject | Unset
        if isinstance(_external_executor, Unset):
            external_executor = UNSET
        else:
            external_executor = JsonObject.from_dict(_external_executor)

        _worker_session = d.pop("worker_session", UNSET)
        worker_session: WorkerSessionTaskAffinity | Unset
        if isinstance(_worker_session, Unset):
            worker_session = UNSET
        else:
            worker_session = WorkerSessionTaskAffinity.from_dict(_worker_session)

        cancel_requested = d.pop("cancel_requested", UNSET)

        def _parse_cancellation_request(
            data: object,
        ) -> None | Unset | WorkflowTaskCancellationRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cancellation_request_type_0 = WorkflowTaskCancellationRequest.from_dict(data)

                return cancellation_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowTaskCancellationRequest, data)

        cancellation_request = _parse_cancellation_request(d.pop("cancellation_request", UNSET))

        activity_task = cls(
            task_id=task_id,
            activity_type=activity_type,
            workflow_id=workflow_id,
            run_id=run_id,
            activity_execution_id=activity_execution_id,
            activity_attempt_id=activity_attempt_id,
            attempt_number=attempt_number,
            payload_codec=payload_codec,
            arguments=arguments,
            retry_policy=retry_policy,
            task_queue=task_queue,
            connection=connection,
            compatibility=compatibility,
            lease_owner=lease_owner,
            lease_expires_at=lease_expires_at,
            deadlines=deadlines,
            external_executor=external_executor,
            worker_session=worker_session,
            cancel_requested=cancel_requested,
            cancellation_request=cancellation_request,
        )

        activity_task.additional_properties = d
        return activity_task

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
