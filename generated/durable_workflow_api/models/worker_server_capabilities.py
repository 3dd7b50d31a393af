from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_server_capabilities_contract import WorkerServerCapabilitiesContract
    from ..models.worker_server_capabilities_deregistration_fencing import (
        WorkerServerCapabilitiesDeregistrationFencing,
    )
    from ..models.worker_server_capabilities_feature import WorkerServerCapabilitiesFeature
    from ..models.worker_server_capabilities_history_compression import (
        WorkerServerCapabilitiesHistoryCompression,
    )
    from ..models.worker_server_capabilities_update_validation import (
        WorkerServerCapabilitiesUpdateValidation,
    )


T = TypeVar("T", bound="WorkerServerCapabilities")


@_attrs_define
class WorkerServerCapabilities:
    """What the server supports on the worker plane (also under `worker_protocol` in cluster info). Every flag is optional:
    an absent flag means the feature is unavailable. Newer servers add flags.

    """

    long_poll_timeout: int | Unset = UNSET
    """ Seconds a poll is held open (server `DW_WORKER_POLL_TIMEOUT`, default 30). """
    supported_workflow_task_commands: list[str] | Unset = UNSET
    """ Command types accepted by workflow-task completion (an open set). """
    workflow_task_poll_request_idempotency: bool | Unset = UNSET
    history_page_size_default: int | Unset = UNSET
    history_page_size_max: int | Unset = UNSET
    query_tasks: bool | Unset = UNSET
    activity_retry_policy: bool | Unset = UNSET
    activity_timeouts: bool | Unset = UNSET
    child_workflow_retry_policy: bool | Unset = UNSET
    child_workflow_timeouts: bool | Unset = UNSET
    parent_close_policy: bool | Unset = UNSET
    non_retryable_failures: bool | Unset = UNSET
    response_compression: list[str] | Unset = UNSET
    """ Response encodings the server may apply (`gzip`, `deflate`), or empty. """
    history_compression: WorkerServerCapabilitiesHistoryCompression | Unset = UNSET
    external_execution_surface: WorkerServerCapabilitiesContract | Unset = UNSET
    """ A named, versioned contract the server implements. """
    external_executor_config: WorkerServerCapabilitiesContract | Unset = UNSET
    """ A named, versioned contract the server implements. """
    invocable_carrier: WorkerServerCapabilitiesContract | Unset = UNSET
    """ A named, versioned contract the server implements. """
    external_task_input: WorkerServerCapabilitiesContract | Unset = UNSET
    """ A named, versioned contract the server implements. """
    external_task_result: WorkerServerCapabilitiesContract | Unset = UNSET
    """ A named, versioned contract the server implements. """
    query_task_authority: bool | Unset = UNSET
    """ `GET /api/worker/query-tasks/{queryTaskId}/status` is available. """
    cooperative_cancellation: bool | Unset = UNSET
    """ Claim-bound cooperative cancellation (protocol 1.20). """
    nexus_cooperative_cancellation: bool | Unset = UNSET
    nexus_cooperative_cancellation_binding_kinds: list[str] | Unset = UNSET
    activity_cancellation_acknowledgement: bool | Unset = UNSET
    prepared_local_activities: bool | Unset = UNSET
    prepared_local_activity_groups: bool | Unset = UNSET
    prepared_local_activity_cancellation_policies: list[str] | Unset = UNSET
    """ Cancellation policies supported for prepared local activities. """
    activity_lease_renewal: bool | Unset = UNSET
    """ `POST /api/worker/activity-tasks/{taskId}/renew-lease` is available. """
    update_validation_tasks: bool | Unset = UNSET
    synchronous_update_validation: WorkerServerCapabilitiesUpdateValidation | Unset = UNSET
    """ How synchronous update validators reach workers. """
    workflow_memo_updates: WorkerServerCapabilitiesFeature | Unset = UNSET
    """ An optional feature and its contract; `supported` tells whether workers may use it. Further contract keys
    vary by feature. """
    sticky_execution: WorkerServerCapabilitiesFeature | Unset = UNSET
    """ An optional feature and its contract; `supported` tells whether workers may use it. Further contract keys
    vary by feature. """
    message_streams: WorkerServerCapabilitiesFeature | Unset = UNSET
    """ An optional feature and its contract; `supported` tells whether workers may use it. Further contract keys
    vary by feature. """
    typed_search_attributes: WorkerServerCapabilitiesFeature | Unset = UNSET
    """ An optional feature and its contract; `supported` tells whether workers may use it. Further contract keys
    vary by feature. """
    condition_wait_occurrence_identity: WorkerServerCapabilitiesFeature | Unset = UNSET
    """ An optional feature and its contract; `supported` tells whether workers may use it. Further contract keys
    vary by feature. """
    local_activities: WorkerServerCapabilitiesFeature | Unset = UNSET
    """ An optional feature and its contract; `supported` tells whether workers may use it. Further contract keys
    vary by feature. """
    worker_sessions: WorkerServerCapabilitiesFeature | Unset = UNSET
    """ An optional feature and its contract; `supported` tells whether workers may use it. Further contract keys
    vary by feature. """
    worker_session_verbs: list[str] | Unset = UNSET
    worker_deregistration_fencing: WorkerServerCapabilitiesDeregistrationFencing | Unset = UNSET
    runtime_external_payload_transport: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        long_poll_timeout = self.long_poll_timeout

        supported_workflow_task_commands: list[str] | Unset = UNSET
        if not isinstance(self.supported_workflow_task_commands, Unset):
            supported_workflow_task_commands = self.supported_workflow_task_commands

        workflow_task_poll_request_idempotency = self.workflow_task_poll_request_idempotency

        history_page_size_default = self.history_page_size_default

        history_page_size_max = self.history_page_size_max

        query_tasks = self.query_tasks

        activity_retry_policy = self.activity_retry_policy

        activity_timeouts = self.activity_timeouts

        child_workflow_retry_policy = self.child_workflow_retry_policy

        child_workflow_timeouts = self.child_workflow_timeouts

        parent_close_policy = self.parent_close_policy

        non_retryable_failures = self.non_retryable_failures

        response_compression: list[str] | Unset = UNSET
        if not isinstance(self.response_compression, Unset):
            response_compression = self.response_compression

        history_compression: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history_compression, Unset):
            history_compression = self.history_compression.to_dict()

        external_execution_surface: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_execution_surface, Unset):
            external_execution_surface = self.external_execution_surface.to_dict()

        external_executor_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_executor_config, Unset):
            external_executor_config = self.external_executor_config.to_dict()

        invocable_carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invocable_carrier, Unset):
            invocable_carrier = self.invocable_carrier.to_dict()

        external_task_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_task_input, Unset):
            external_task_input = self.external_task_input.to_dict()

        external_task_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_task_result, Unset):
            external_task_result = self.external_task_result.to_dict()

        query_task_authority = self.query_task_authority

        cooperative_cancellation = self.cooperative_cancellation

        nexus_cooperative_cancellation = self.nexus_cooperative_cancellation

        nexus_cooperative_cancellation_binding_kinds: list[str] | Unset = UNSET
        if not isinstance(self.nexus_cooperative_cancellation_binding_kinds, Unset):
            nexus_cooperative_cancellation_binding_kinds = (
                self.nexus_cooperative_cancellation_binding_kinds
            )

        activity_cancellation_acknowledgement = self.activity_cancellation_acknowledgement

        prepared_local_activities = self.prepared_local_activities

        prepared_local_activity_groups = self.prepared_local_activity_groups

        prepared_local_activity_cancellation_policies: list[str] | Unset = UNSET
        if not isinstance(self.prepared_local_activity_cancellation_policies, Unset):
            prepared_local_activity_cancellation_policies = (
                self.prepared_local_activity_cancellation_policies
            )

        activity_lease_renewal = self.activity_lease_renewal

        update_validation_tasks = self.update_validation_tasks

        synchronous_update_validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.synchronous_update_validation, Unset):
            synchronous_update_validation = self.synchronous_update_validation.to_dict()

        workflow_memo_updates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_memo_updates, Unset):
            workflow_memo_updates = self.workflow_memo_updates.to_dict()

        sticky_execution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sticky_execution, Unset):
            sticky_execution = self.sticky_execution.to_dict()

        message_streams: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_streams, Unset):
            message_streams = self.message_streams.to_dict()

        typed_search_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.typed_search_attributes, Unset):
            typed_search_attributes = self.typed_search_attributes.to_dict()

        condition_wait_occurrence_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition_wait_occurrence_identity, Unset):
            condition_wait_occurrence_identity = self.condition_wait_occurrence_identity.to_dict()

        local_activities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local_activities, Unset):
            local_activities = self.local_activities.to_dict()

        worker_sessions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.worker_sessions, Unset):
            worker_sessions = self.worker_sessions.to_dict()

        worker_session_verbs: list[str] | Unset = UNSET
        if not isinstance(self.worker_session_verbs, Unset):
            worker_session_verbs = self.worker_session_verbs

        worker_deregistration_fencing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.worker_deregistration_fencing, Unset):
            worker_deregistration_fencing = self.worker_deregistration_fencing.to_dict()

        runtime_external_payload_transport = self.runtime_external_payload_transport

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if long_poll_timeout is not UNSET:
            field_dict["long_poll_timeout"] = long_poll_timeout
        if supported_workflow_task_commands is not UNSET:
            field_dict["supported_workflow_task_commands"] = supported_workflow_task_commands
        if workflow_task_poll_request_idempotency is not UNSET:
            field_dict["workflow_task_poll_request_idempotency"] = (
                workflow_task_poll_request_idempotency
            )
        if history_page_size_default is not UNSET:
            field_dict["history_page_size_default"] = history_page_size_default
        if history_page_size_max is not UNSET:
            field_dict["history_page_size_max"] = history_page_size_max
        if query_tasks is not UNSET:
            field_dict["query_tasks"] = query_tasks
        if activity_retry_policy is not UNSET:
            field_dict["activity_retry_policy"] = activity_retry_policy
        if activity_timeouts is not UNSET:
            field_dict["activity_timeouts"] = activity_timeouts
        if child_workflow_retry_policy is not UNSET:
            field_dict["child_workflow_retry_policy"] = child_workflow_retry_policy
        if child_workflow_timeouts is not UNSET:
            field_dict["child_workflow_timeouts"] = child_workflow_timeouts
        if parent_close_policy is not UNSET:
            field_dict["parent_close_policy"] = parent_close_policy
        if non_retryable_failures is not UNSET:
            field_dict["non_retryable_failures"] = non_retryable_failures
        if response_compression is not UNSET:
            field_dict["response_compression"] = response_compression
        if history_compression is not UNSET:
            field_dict["history_compression"] = history_compression
        if external_execution_surface is not UNSET:
            field_dict["external_execution_surface"] = external_execution_surface
        if external_executor_config is not UNSET:
            field_dict["external_executor_config"] = external_executor_config
        if invocable_carrier is not UNSET:
            field_dict["invocable_carrier"] = invocable_carrier
        if external_task_input is not UNSET:
            field_dict["external_task_input"] = external_task_input
        if external_task_result is not UNSET:
            field_dict["external_task_result"] = external_task_result
        if query_task_authority is not UNSET:
            field_dict["query_task_authority"] = query_task_authority
        if cooperative_cancellation is not UNSET:
            field_dict["cooperative_cancellation"] = cooperative_cancellation
        if nexus_cooperative_cancellation is not UNSET:
            field_dict["nexus_cooperative_cancellation"] = nexus_cooperative_cancellation
        if nexus_cooperative_cancellation_binding_kinds is not UNSET:
            field_dict["nexus_cooperative_cancellation_binding_kinds"] = (
                nexus_cooperative_cancellation_binding_kinds
            )
        if activity_cancellation_acknowledgement is not UNSET:
            field_dict["activity_cancellation_acknowledgement"] = (
                activity_cancellation_acknowledgement
            )
        if prepared_local_activities is not UNSET:
            field_dict["prepared_local_activities"] = prepared_local_activities
        if prepared_local_activity_groups is not UNSET:
            field_dict["prepared_local_activity_groups"] = prepared_local_activity_groups
        if prepared_local_activity_cancellation_policies is not UNSET:
            field_dict["prepared_local_activity_cancellation_policies"] = (
                prepared_local_activity_cancellation_policies
            )
        if activity_lease_renewal is not UNSET:
            field_dict["activity_lease_renewal"] = activity_lease_renewal
        if update_validation_tasks is not UNSET:
            field_dict["update_validation_tasks"] = update_validation_tasks
        if synchronous_update_validation is not UNSET:
            field_dict["synchronous_update_validation"] = synchronous_update_validation
        if workflow_memo_updates is not UNSET:
            field_dict["workflow_memo_updates"] = workflow_memo_updates
        if sticky_execution is not UNSET:
            field_dict["sticky_execution"] = sticky_execution
        if message_streams is not UNSET:
            field_dict["message_streams"] = message_streams
        if typed_search_attributes is not UNSET:
            field_dict["typed_search_attributes"] = typed_search_attributes
        if condition_wait_occurrence_identity is not UNSET:
            field_dict["condition_wait_occurrence_identity"] = condition_wait_occurrence_identity
        if local_activities is not UNSET:
            field_dict["local_activities"] = local_activities
        if worker_sessions is not UNSET:
            field_dict["worker_sessions"] = worker_sessions
        if worker_session_verbs is not UNSET:
            field_dict["worker_session_verbs"] = worker_session_verbs
        if worker_deregistration_fencing is not UNSET:
            field_dict["worker_deregistration_fencing"] = worker_deregistration_fencing
        if runtime_external_payload_transport is not UNSET:
            field_dict["runtime_external_payload_transport"] = runtime_external_payload_transport

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.worker_server_capabilities_contract import WorkerServerCapabilitiesContract
        from ..models.worker_server_capabilities_deregistration_fencing import (
            WorkerServerCapabilitiesDeregistrationFencing,
        )
        from ..models.worker_server_capabilities_feature import WorkerServerCapabilitiesFeature
        from ..models.worker_server_capabilities_history_compression import (
            WorkerServerCapabilitiesHistoryCompression,
        )
        from ..models.worker_server_capabilities_update_validation import (
            WorkerServerCapabilitiesUpdateValidation,
        )

        d = dict(src_dict)
        long_poll_timeout = d.pop("long_poll_timeout", UNSET)

        supported_workflow_task_commands = cast(
            list[str], d.pop("supported_workflow_task_commands", UNSET)
        )

        workflow_task_poll_request_idempotency = d.pop(
            "workflow_task_poll_request_idempotency", UNSET
        )

        history_page_size_default = d.pop("history_page_size_default", UNSET)

        history_page_size_max = d.pop("history_page_size_max", UNSET)

        query_tasks = d.pop("query_tasks", UNSET)

        activity_retry_policy = d.pop("activity_retry_policy", UNSET)

        activity_timeouts = d.pop("activity_timeouts", UNSET)

        child_workflow_retry_policy = d.pop("child_workflow_retry_policy", UNSET)

        child_workflow_timeouts = d.pop("child_workflow_timeouts", UNSET)

        parent_close_policy = d.pop("parent_close_policy", UNSET)

        non_retryable_failures = d.pop("non_retryable_failures", UNSET)

        response_compression = cast(list[str], d.pop("response_compression", UNSET))

        _history_compression = d.pop("history_compression", UNSET)
        history_compression: WorkerServerCapabilitiesHistoryCompression | Unset
        if isinstance(_history_compression, Unset):
            history_compression = UNSET
        else:
            history_compression = WorkerServerCapabilitiesHistoryCompression.from_dict(
                _history_compression
            )

        _external_execution_surface = d.pop("external_execution_surface", UNSET)
        external_execution_surface: WorkerServerCapabilitiesContract | Unset
        if isinstance(_external_execution_surface, Unset):
            external_execution_surface = UNSET
        else:
            external_execution_surface = WorkerServerCapabilitiesContract.from_dict(
                _external_execution_surface
            )

        _external_executor_config = d.pop("external_executor_config", UNSET)
        external_executor_config: WorkerServerCapabilitiesContract | Unset
        if isinstance(_external_executor_config, Unset):
            external_executor_config = UNSET
        else:
            external_executor_config = WorkerServerCapabilitiesContract.from_dict(
                _external_executor_config
            )

        _invocable_carrier = d.pop("invocable_carrier", UNSET)
        invocable_carrier: WorkerServerCapabilitiesContract | Unset
        if isinstance(_invocable_carrier, Unset):
            invocable_carrier = UNSET
        else:
            invocable_carrier = WorkerServerCapabilitiesContract.from_dict(_invocable_carrier)

        _external_task_input = d.pop("external_task_input", UNSET)
        external_task_input: WorkerServerCapabilitiesContract | Unset
        if isinstance(_external_task_input, Unset):
            external_task_input = UNSET
        else:
            external_task_input = WorkerServerCapabilitiesContract.from_dict(_external_task_input)

        _external_task_result = d.pop("external_task_result", UNSET)
        external_task_result: WorkerServerCapabilitiesContract | Unset
        if isinstance(_external_task_result, Unset):
            external_task_result = UNSET
        else:
            external_task_result = WorkerServerCapabilitiesContract.from_dict(_external_task_result)

        query_task_authority = d.pop("query_task_authority", UNSET)

        cooperative_cancellation = d.pop("cooperative_cancellation", UNSET)

        nexus_cooperative_cancellation = d.pop("nexus_cooperative_cancellation", UNSET)

        nexus_cooperative_cancellation_binding_kinds = cast(
            list[str], d.pop("nexus_cooperative_cancellation_binding_kinds", UNSET)
        )

        activity_cancellation_acknowledgement = d.pop(
            "activity_cancellation_acknowledgement", UNSET
        )

        prepared_local_activities = d.pop("prepared_local_activities", UNSET)

        prepared_local_activity_groups = d.pop("prepared_local_activity_groups", UNSET)

        prepared_local_activity_cancellation_policies = cast(
            list[str], d.pop("prepared_local_activity_cancellation_policies", UNSET)
        )

        activity_lease_renewal = d.pop("activity_lease_renewal", UNSET)

        update_validation_tasks = d.pop("update_validation_tasks", UNSET)

        _synchronous_update_validation = d.pop("synchronous_update_validation", UNSET)
        synchronous_update_validation: WorkerServerCapabilitiesUpdateValidation | Unset
        if isinstance(_synchronous_update_validation, Unset):
            synchronous_update_validation = UNSET
        else:
            synchronous_update_validation = WorkerServerCapabilitiesUpdateValidation.from_dict(
                _synchronous_update_validation
            )

        _workflow_memo_updates = d.pop("workflow_memo_updates", UNSET)
        workflow_memo_updates: WorkerServerCapabilitiesFeature | Unset
        if isinstance(_workflow_memo_updates, Unset):
            workflow_memo_updates = UNSET
        else:
            workflow_memo_updates = WorkerServerCapabilitiesFeature.from_dict(
                _workflow_memo_updates
            )

        _sticky_execution = d.pop("sticky_execution", UNSET)
        sticky_execution: WorkerServerCapabilitiesFeature | Unset
        if isinstance(_sticky_execution, Unset):
            sticky_execution = UNSET
        else:
            sticky_execution = WorkerServerCapabilitiesFeature.from_dict(_sticky_execution)

        _message_streams = d.pop("message_streams", UNSET)
        message_streams: WorkerServerCapabilitiesFeature | Unset
        if isinstance(_message_streams, Unset):
            message_streams = UNSET
        else:
            message_streams = WorkerServerCapabilitiesFeature.from_dict(_message_streams)

        _typed_search_attributes = d.pop("typed_search_attributes", UNSET)
        typed_search_attributes: WorkerServerCapabilitiesFeature | Unset
        if isinstance(_typed_search_attributes, Unset):
            typed_search_attributes = UNSET
        else:
            typed_search_attributes = WorkerServerCapabilitiesFeature.from_dict(
                _typed_search_attributes
            )

        _condition_wait_occurrence_identity = d.pop("condition_wait_occurrence_identity", UNSET)
        condition_wait_occurrence_identity: WorkerServerCapabilitiesFeature | Unset
        if isinstance(_condition_wait_occurrence_identity, Unset):
            condition_wait_occurrence_identity = UNSET
        else:
            condition_wait_occurrence_identity = WorkerServerCapabilitiesFeature.from_dict(
                _condition_wait_occurrence_identity
            )

        _local_activities = d.pop("local_activities", UNSET)
        local_activities: WorkerServerCapabilitiesFeature | Unset
        if isinstance(_local_activities, Unset):
            local_activities = UNSET
        else:
            local_activities = WorkerServerCapabilitiesFeature.from_dict(_local_activities)

        _worker_sessions = d.pop("worker_sessions", UNSET)
        worker_sessions: WorkerServerCapabilitiesFeature | Unset
        if isinstance(_worker_sessions, Unset):
            worker_sessions = UNSET
        else:
            worker_sessions = WorkerServerCapabilitiesFeature.from_dict(_worker_sessions)

        worker_session_verbs = cast(list[str], d.pop("worker_session_verbs", UNSET))

        _worker_deregistration_fencing = d.pop("worker_deregistration_fencing", UNSET)
        worker_deregistration_fencing: WorkerServerCapabilitiesDeregistrationFencing | Unset
        if isinstance(_worker_deregistration_fencing, Unset):
            worker_deregistration_fencing = UNSET
        else:
            worker_deregistration_fencing = WorkerServerCapabilitiesDeregistrationFencing.from_dict(
                _worker_deregistration_fencing
            )

        runtime_external_payload_transport = d.pop("runtime_external_payload_transport", UNSET)

        worker_server_capabilities = cls(
            long_poll_timeout=long_poll_timeout,
            supported_workflow_task_commands=supported_workflow_task_commands,
            workflow_task_poll_request_idempotency=workflow_task_poll_request_idempotency,
            history_page_size_default=history_page_size_default,
            history_page_size_max=history_page_size_max,
            query_tasks=query_tasks,
            activity_retry_policy=activity_retry_policy,
            activity_timeouts=activity_timeouts,
            child_workflow_retry_policy=child_workflow_retry_policy,
            child_workflow_timeouts=child_workflow_timeouts,
            parent_close_policy=parent_close_policy,
            non_retryable_failures=non_retryable_failures,
            response_compression=response_compression,
            history_compression=history_compression,
            external_execution_surface=external_execution_surface,
            external_executor_config=external_executor_config,
            invocable_carrier=invocable_carrier,
            external_task_input=external_task_input,
            external_task_result=external_task_result,
            query_task_authority=query_task_authority,
            cooperative_cancellation=cooperative_cancellation,
            nexus_cooperative_cancellation=nexus_cooperative_cancellation,
            nexus_cooperative_cancellation_binding_kinds=nexus_cooperative_cancellation_binding_kinds,
            activity_cancellation_acknowledgement=activity_cancellation_acknowledgement,
            prepared_local_activities=prepared_local_activities,
            prepared_local_activity_groups=prepared_local_activity_groups,
            prepared_local_activity_cancellation_policies=prepared_local_activity_cancellation_policies,
            activity_lease_renewal=activity_lease_renewal,
            update_validation_tasks=update_validation_tasks,
            synchronous_update_validation=synchronous_update_validation,
            workflow_memo_updates=workflow_memo_updates,
            sticky_execution=sticky_execution,
            message_streams=message_streams,
            typed_search_attributes=typed_search_attributes,
            condition_wait_occurrence_identity=condition_wait_occurrence_identity,
            local_activities=local_activities,
            worker_sessions=worker_sessions,
            worker_session_verbs=worker_session_verbs,
            worker_deregistration_fencing=worker_deregistration_fencing,
            runtime_external_payload_transport=runtime_external_payload_transport,
        )

        worker_server_capabilities.additional_properties = d
        return worker_server_capabilities

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
