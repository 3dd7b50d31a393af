from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_capabilities import ServerCapabilities
    from ..models.validation_errors import ValidationErrors


T = TypeVar("T", bound="WorkerPlaneError")


@_attrs_define
class WorkerPlaneError:
    """Error body of a worker-plane route: the common error envelope plus the worker-plane envelope and the extras of the
    individual reasons (all optional).

    """

    message: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    remediation: None | str | Unset = UNSET
    errors: ValidationErrors | Unset = UNSET
    """ Field path (dot notation) to the list of messages for that field. """
    validation_errors: list[Any] | Unset | ValidationErrors = UNSET
    protocol_version: str | Unset = UNSET
    """ The worker protocol version the server speaks. """
    server_capabilities: ServerCapabilities | Unset = UNSET
    """ Worker-plane capabilities, carried by every worker-plane response and by cluster info at
    `worker_protocol.server_capabilities`. An absent flag disables the matching client feature. """
    supported_version: None | str | Unset = UNSET
    """ Protocol version the server accepts (version errors). """
    requested_version: None | str | Unset = UNSET
    """ Version the request sent (`null` when the header was missing). """
    json_error: None | str | Unset = UNSET
    accepted_content_types: list[str] | Unset = UNSET
    limit: int | None | Unset = UNSET
    """ Body size limit in bytes (`payload_too_large`). """
    role: None | str | Unset = UNSET
    allowed_roles: list[str] | Unset = UNSET
    namespace: None | str | Unset = UNSET
    worker_id: None | str | Unset = UNSET
    task_queue: None | str | Unset = UNSET
    registered_task_queue: None | str | Unset = UNSET
    requested_task_queue: None | str | Unset = UNSET
    registered_build_id: None | str | Unset = UNSET
    requested_build_id: None | str | Unset = UNSET
    task_id: None | str | Unset = UNSET
    lease_owner: None | str | Unset = UNSET
    workflow_task_attempt: int | None | Unset = UNSET
    activity_attempt_id: None | str | Unset = UNSET
    operation: None | str | Unset = UNSET
    """ Operation whose outcome is unknown (`backend_unavailable`). """
    outcome: None | str | Unset = UNSET
    retryable: bool | None | Unset = UNSET
    retry_after_seconds: int | None | Unset = UNSET
    task: None | Unset = UNSET
    """ Always null on poll errors. """
    task_kind: None | str | Unset = UNSET
    wait_pool: None | str | Unset = UNSET
    poll_status: None | str | Unset = UNSET
    poll_request_id: None | str | Unset = UNSET
    retry_same_poll_request_id: bool | None | Unset = UNSET
    requested_task_kinds: list[str] | Unset = UNSET
    bound_task_kinds: list[str] | Unset = UNSET
    cached_task_kind: None | str | Unset = UNSET
    cached_task_kind_state: None | str | Unset = UNSET
    storage_state: None | str | Unset = UNSET
    request_admitted: bool | None | Unset = UNSET
    claim_admitted: bool | None | Unset = UNSET
    registration_token: None | str | Unset = UNSET
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

        protocol_version = self.protocol_version

        server_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_capabilities, Unset):
            server_capabilities = self.server_capabilities.to_dict()

        supported_version: None | str | Unset
        if isinstance(self.supported_version, Unset):
            supported_version = UNSET
        else:
            supported_version = self.supported_version

        requested_version: None | str | Unset
        if isinstance(self.requested_version, Unset):
            requested_version = UNSET
        else:
            requested_version = self.requested_version

        json_error: None | str | Unset
        if isinstance(self.json_error, Unset):
            json_error = UNSET
        else:
            json_error = self.json_error

        accepted_content_types: list[str] | Unset = UNSET
        if not isinstance(self.accepted_content_types, Unset):
            accepted_content_types = self.accepted_content_types

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        allowed_roles: list[str] | Unset = UNSET
        if not isinstance(self.allowed_roles, Unset):
            allowed_roles = self.allowed_roles

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        worker_id: None | str | Unset
        if isinstance(self.worker_id, Unset):
            worker_id = UNSET
        else:
            worker_id = self.worker_id

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        registered_task_queue: None | str | Unset
        if isinstance(self.registered_task_queue, Unset):
            registered_task_queue = UNSET
        else:
            registered_task_queue = self.registered_task_queue

        requested_task_queue: None | str | Unset
        if isinstance(self.requested_task_queue, Unset):
            requested_task_queue = UNSET
        else:
            requested_task_queue = self.requested_task_queue

        registered_build_id: None | str | Unset
        if isinstance(self.registered_build_id, Unset):
            registered_build_id = UNSET
        else:
            registered_build_id = self.registered_build_id

        requested_build_id: None | str | Unset
        if isinstance(self.requested_build_id, Unset):
            requested_build_id = UNSET
        else:
            requested_build_id = self.requested_build_id

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        lease_owner: None | str | Unset
        if isinstance(self.lease_owner, Unset):
            lease_owner = UNSET
        else:
            lease_owner = self.lease_owner

        workflow_task_attempt: int | None | Unset
        if isinstance(self.workflow_task_attempt, Unset):
            workflow_task_attempt = UNSET
        else:
            workflow_task_attempt = self.workflow_task_attempt

        activity_attempt_id: None | str | Unset
        if isinstance(self.activity_attempt_id, Unset):
            activity_attempt_id = UNSET
        else:
            activity_attempt_id = self.activity_attempt_id

        operation: None | str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        else:
            operation = self.operation

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        retryable: bool | None | Unset
        if isinstance(self.retryable, Unset):
            retryable = UNSET
        else:
            retryable = self.retryable

        retry_after_seconds: int | None | Unset
        if isinstance(self.retry_after_seconds, Unset):
            retry_after_seconds = UNSET
        else:
            retry_after_seconds = self.retry_after_seconds

        task = self.task

        task_kind: None | str | Unset
        if isinstance(self.task_kind, Unset):
            task_kind = UNSET
        else:
            task_kind = self.task_kind

        wait_pool: None | str | Unset
        if isinstance(self.wait_pool, Unset):
            wait_pool = UNSET
        else:
            wait_pool = self.wait_pool

        poll_status: None | str | Unset
        if isinstance(self.poll_status, Unset):
            poll_status = UNSET
        else:
            poll_status = self.poll_status

        poll_request_id: None | str | Unset
        if isinstance(self.poll_request_id, Unset):
            poll_request_id = UNSET
        else:
            poll_request_id = self.poll_request_id

        retry_same_poll_request_id: bool | None | Unset
        if isinstance(self.retry_same_poll_request_id, Unset):
            retry_same_poll_request_id = UNSET
        else:
            retry_same_poll_request_id = self.retry_same_poll_request_id

        requested_task_kinds: list[str] | Unset = UNSET
        if not isinstance(self.requested_task_kinds, Unset):
            requested_task_kinds = self.requested_task_kinds

        bound_task_kinds: list[str] | Unset = UNSET
        if not isinstance(self.bound_task_kinds, Unset):
            bound_task_kinds = self.bound_task_kinds

        cached_task_kind: None | str | Unset
        if isinstance(self.cached_task_kind, Unset):
            cached_task_kind = UNSET
        else:
            cached_task_kind = self.cached_task_kind

        cached_task_kind_state: None | str | Unset
        if isinstance(self.cached_task_kind_state, Unset):
            cached_task_kind_state = UNSET
        else:
            cached_task_kind_state = self.cached_task_kind_state

        storage_state: None | str | Unset
        if isinstance(self.storage_state, Unset):
            storage_state = UNSET
        else:
            storage_state = self.storage_state

        request_admitted: bool | None | Unset
        if isinstance(self.request_admitted, Unset):
            request_admitted = UNSET
        else:
            request_admitted = self.request_admitted

        claim_admitted: bool | None | Unset
        if isinstance(self.claim_admitted, Unset):
            claim_admitted = UNSET
        else:
            claim_admitted = self.claim_admitted

        registration_token: None | str | Unset
        if isinstance(self.registration_token, Unset):
            registration_token = UNSET
        else:
            registration_token = self.registration_token

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
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if server_capabilities is not UNSET:
            field_dict["server_capabilities"] = server_capabilities
        if supported_version is not UNSET:
            field_dict["supported_version"] = supported_version
        if requested_version is not UNSET:
            field_dict["requested_version"] = requested_version
        if json_error is not UNSET:
            field_dict["json_error"] = json_error
        if accepted_content_types is not UNSET:
            field_dict["accepted_content_types"] = accepted_content_types
        if limit is not UNSET:
            field_dict["limit"] = limit
        if role is not UNSET:
            field_dict["role"] = role
        if allowed_roles is not UNSET:
            field_dict["allowed_roles"] = allowed_roles
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if registered_task_queue is not UNSET:
            field_dict["registered_task_queue"] = registered_task_queue
        if requested_task_queue is not UNSET:
            field_dict["requested_task_queue"] = requested_task_queue
        if registered_build_id is not UNSET:
            field_dict["registered_build_id"] = registered_build_id
        if requested_build_id is not UNSET:
            field_dict["requested_build_id"] = requested_build_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if lease_owner is not UNSET:
            field_dict["lease_owner"] = lease_owner
        if workflow_task_attempt is not UNSET:
            field_dict["workflow_task_attempt"] = workflow_task_attempt
        if activity_attempt_id is not UNSET:
            field_dict["activity_attempt_id"] = activity_attempt_id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if retry_after_seconds is not UNSET:
            field_dict["retry_after_seconds"] = retry_after_seconds
        if task is not UNSET:
            field_dict["task"] = task
        if task_kind is not UNSET:
            field_dict["task_kind"] = task_kind
        if wait_pool is not UNSET:
            field_dict["wait_pool"] = wait_pool
        if poll_status is not UNSET:
            field_dict["poll_status"] = poll_status
        if poll_request_id is not UNSET:
            field_dict["poll_request_id"] = poll_request_id
        if retry_same_poll_request_id is not UNSET:
            field_dict["retry_same_poll_request_id"] = retry_same_poll_request_id
        if requested_task_kinds is not UNSET:
            field_dict["requested_task_kinds"] = requested_task_kinds
        if bound_task_kinds is not UNSET:
            field_dict["bound_task_kinds"] = bound_task_kinds
        if cached_task_kind is not UNSET:
            field_dict["cached_task_kind"] = cached_task_kind
        if cached_task_kind_state is not UNSET:
            field_dict["cached_task_kind_state"] = cached_task_kind_state
        if storage_state is not UNSET:
            field_dict["storage_state"] = storage_state
        if request_admitted is not UNSET:
            field_dict["request_admitted"] = request_admitted
        if claim_admitted is not UNSET:
            field_dict["claim_admitted"] = claim_admitted
        if registration_token is not UNSET:
            field_dict["registration_token"] = registration_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_capabilities import ServerCapabilities
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

        protocol_version = d.pop("protocol_version", UNSET)

        _server_capabilities = d.pop("server_capabilities", UNSET)
        server_capabilities: ServerCapabilities | Unset
        if isinstance(_server_capabilities, Unset):
            server_capabilities = UNSET
        else:
            server_capabilities = ServerCapabilities.from_dict(_server_capabilities)

        def _parse_supported_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supported_version = _parse_supported_version(d.pop("supported_version", UNSET))

        def _parse_requested_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_version = _parse_requested_version(d.pop("requested_version", UNSET))

        def _parse_json_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        json_error = _parse_json_error(d.pop("json_error", UNSET))

        accepted_content_types = cast(list[str], d.pop("accepted_content_types", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        allowed_roles = cast(list[str], d.pop("allowed_roles", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_worker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worker_id = _parse_worker_id(d.pop("worker_id", UNSET))

        def _parse_task_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_queue = _parse_task_queue(d.pop("task_queue", UNSET))

        def _parse_registered_task_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registered_task_queue = _parse_registered_task_queue(d.pop("registered_task_queue", UNSET))

        def _parse_requested_task_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_task_queue = _parse_requested_task_queue(d.pop("requested_task_queue", UNSET))

        def _parse_registered_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registered_build_id = _parse_registered_build_id(d.pop("registered_build_id", UNSET))

        def _parse_requested_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_build_id = _parse_requested_build_id(d.pop("requested_build_id", UNSET))

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_lease_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lease_owner = _parse_lease_owner(d.pop("lease_owner", UNSET))

        def _parse_workflow_task_attempt(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_task_attempt = _parse_workflow_task_attempt(d.pop("workflow_task_attempt", UNSET))

        def _parse_activity_attempt_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_attempt_id = _parse_activity_attempt_id(d.pop("activity_attempt_id", UNSET))

        def _parse_operation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation = _parse_operation(d.pop("operation", UNSET))

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_retryable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retryable = _parse_retryable(d.pop("retryable", UNSET))

        def _parse_retry_after_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_after_seconds = _parse_retry_after_seconds(d.pop("retry_after_seconds", UNSET))

        task = d.pop("task", UNSET)

        def _parse_task_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_kind = _parse_task_kind(d.pop("task_kind", UNSET))

        def _parse_wait_pool(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wait_pool = _parse_wait_pool(d.pop("wait_pool", UNSET))

        def _parse_poll_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        poll_status = _parse_poll_status(d.pop("poll_status", UNSET))

        def _parse_poll_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        poll_request_id = _parse_poll_request_id(d.pop("poll_request_id", UNSET))

        def _parse_retry_same_poll_request_id(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retry_same_poll_request_id = _parse_retry_same_poll_request_id(
            d.pop("retry_same_poll_request_id", UNSET)
        )

        requested_task_kinds = cast(list[str], d.pop("requested_task_kinds", UNSET))

        bound_task_kinds = cast(list[str], d.pop("bound_task_kinds", UNSET))

        def _parse_cached_task_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cached_task_kind = _parse_cached_task_kind(d.pop("cached_task_kind", UNSET))

        def _parse_cached_task_kind_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cached_task_kind_state = _parse_cached_task_kind_state(
            d.pop("cached_task_kind_state", UNSET)
        )

        def _parse_storage_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_state = _parse_storage_state(d.pop("storage_state", UNSET))

        def _parse_request_admitted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        request_admitted = _parse_request_admitted(d.pop("request_admitted", UNSET))

        def _parse_claim_admitted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        claim_admitted = _parse_claim_admitted(d.pop("claim_admitted", UNSET))

        def _parse_registration_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_token = _parse_registration_token(d.pop("registration_token", UNSET))

        worker_plane_error = cls(
            message=message,
            reason=reason,
            error=error,
            remediation=remediation,
            errors=errors,
            validation_errors=validation_errors,
            protocol_version=protocol_version,
            server_capabilities=server_capabilities,
            supported_version=supported_version,
            requested_version=requested_version,
            json_error=json_error,
            accepted_content_types=accepted_content_types,
            limit=limit,
            role=role,
            allowed_roles=allowed_roles,
            namespace=namespace,
            worker_id=worker_id,
            task_queue=task_queue,
            registered_task_queue=registered_task_queue,
            requested_task_queue=requested_task_queue,
            registered_build_id=registered_build_id,
            requested_build_id=requested_build_id,
            task_id=task_id,
            lease_owner=lease_owner,
            workflow_task_attempt=workflow_task_attempt,
            activity_attempt_id=activity_attempt_id,
            operation=operation,
            outcome=outcome,
            retryable=retryable,
            retry_after_seconds=retry_after_seconds,
            task=task,
            task_kind=task_kind,
            wait_pool=wait_pool,
            poll_status=poll_status,
            poll_request_id=poll_request_id,
            retry_same_poll_request_id=retry_same_poll_request_id,
            requested_task_kinds=requested_task_kinds,
            bound_task_kinds=bound_task_kinds,
            cached_task_kind=cached_task_kind,
            cached_task_kind_state=cached_task_kind_state,
            storage_state=storage_state,
            request_admitted=request_admitted,
            claim_admitted=claim_admitted,
            registration_token=registration_token,
        )

        worker_plane_error.additional_properties = d
        return worker_plane_error

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
