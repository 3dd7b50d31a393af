from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_command_start_service_operation_mode_override_type_0 import (
    WorkflowCommandStartServiceOperationModeOverrideType0,
    check_workflow_command_start_service_operation_mode_override_type_0,
)
from ..models.workflow_command_start_service_operation_wait_for_type_0 import (
    WorkflowCommandStartServiceOperationWaitForType0,
    check_workflow_command_start_service_operation_wait_for_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
    from ..models.payload_envelope import PayloadEnvelope


T = TypeVar("T", bound="WorkflowCommandStartServiceOperation")


@_attrs_define
class WorkflowCommandStartServiceOperation:
    """Call a cross-namespace service operation (protocol 1.13)."""

    type_: Literal["start_service_operation"]
    endpoint_name: str
    service_name: str
    operation_name: str
    request_payload: None | PayloadEnvelope | str
    """ A payload-carrying command field: an envelope (`{codec, blob}` or `{codec, external_storage}`), a raw
    already-encoded blob string (codec = the run's), or null. """
    cancellation_scope_id: None | str | Unset = UNSET
    cancellation_cleanup: bool | None | Unset = UNSET
    parallel_group_id: None | str | Unset = UNSET
    parallel_group_kind: None | str | Unset = UNSET
    parallel_group_base_sequence: int | None | Unset = UNSET
    parallel_group_size: int | None | Unset = UNSET
    parallel_group_index: int | None | Unset = UNSET
    parallel_group_mode: None | str | Unset = UNSET
    selection_member_key: None | str | Unset = UNSET
    selection_member_index: int | None | Unset = UNSET
    selection_member_base_sequence: int | None | Unset = UNSET
    selection_member_size: int | None | Unset = UNSET
    selection_member_kind: None | str | Unset = UNSET
    request_payload_reference: JsonObject | None | Unset = UNSET
    payload_codec: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    caller_namespace: None | str | Unset = UNSET
    service_call_id: None | str | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    mode_override: None | Unset | WorkflowCommandStartServiceOperationModeOverrideType0 = UNSET
    wait_for: None | Unset | WorkflowCommandStartServiceOperationWaitForType0 = UNSET
    wait_timeout_seconds: int | None | Unset = UNSET
    target_workflow_instance_id: None | str | Unset = UNSET
    target_workflow_run_id: None | str | Unset = UNSET
    connection: None | str | Unset = UNSET
    queue: None | str | Unset = UNSET
    business_key: None | str | Unset = UNSET
    labels: list[Any] | MapOrEmptyListType0 | None | Unset = UNSET
    memo: list[Any] | MapOrEmptyListType0 | None | Unset = UNSET
    search_attributes: list[Any] | MapOrEmptyListType0 | None | Unset = UNSET
    duplicate_start_policy: None | str | Unset = UNSET
    metadata: JsonObject | None | Unset = UNSET
    principal_subject: None | str | Unset = UNSET
    principal_method: None | str | Unset = UNSET
    principal_roles: list[str] | Unset = UNSET
    principal_tenant: None | str | Unset = UNSET
    principal_claims: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.payload_envelope import PayloadEnvelope

        type_ = self.type_

        endpoint_name = self.endpoint_name

        service_name = self.service_name

        operation_name = self.operation_name

        request_payload: dict[str, Any] | None | str
        if isinstance(self.request_payload, PayloadEnvelope):
            request_payload = self.request_payload.to_dict()
        else:
            request_payload = self.request_payload

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

        parallel_group_id: None | str | Unset
        if isinstance(self.parallel_group_id, Unset):
            parallel_group_id = UNSET
        else:
            parallel_group_id = self.parallel_group_id

        parallel_group_kind: None | str | Unset
        if isinstance(self.parallel_group_kind, Unset):
            parallel_group_kind = UNSET
        else:
            parallel_group_kind = self.parallel_group_kind

        parallel_group_base_sequence: int | None | Unset
        if isinstance(self.parallel_group_base_sequence, Unset):
            parallel_group_base_sequence = UNSET
        else:
            parallel_group_base_sequence = self.parallel_group_base_sequence

        parallel_group_size: int | None | Unset
        if isinstance(self.parallel_group_size, Unset):
            parallel_group_size = UNSET
        else:
            parallel_group_size = self.parallel_group_size

        parallel_group_index: int | None | Unset
        if isinstance(self.parallel_group_index, Unset):
            parallel_group_index = UNSET
        else:
            parallel_group_index = self.parallel_group_index

        parallel_group_mode: None | str | Unset
        if isinstance(self.parallel_group_mode, Unset):
            parallel_group_mode = UNSET
        else:
            parallel_group_mode = self.parallel_group_mode

        selection_member_key: None | str | Unset
        if isinstance(self.selection_member_key, Unset):
            selection_member_key = UNSET
        else:
            selection_member_key = self.selection_member_key

        selection_member_index: int | None | Unset
        if isinstance(self.selection_member_index, Unset):
            selection_member_index = UNSET
        else:
            selection_member_index = self.selection_member_index

        selection_member_base_sequence: int | None | Unset
        if isinstance(self.selection_member_base_sequence, Unset):
            selection_member_base_sequence = UNSET
        else:
            selection_member_base_sequence = self.selection_member_base_sequence

        selection_member_size: int | None | Unset
        if isinstance(self.selection_member_size, Unset):
            selection_member_size = UNSET
        else:
            selection_member_size = self.selection_member_size

        selection_member_kind: None | str | Unset
        if isinstance(self.selection_member_kind, Unset):
            selection_member_kind = UNSET
        else:
            selection_member_kind = self.selection_member_kind

        request_payload_reference: dict[str, Any] | None | Unset
        if isinstance(self.request_payload_reference, Unset):
            request_payload_reference = UNSET
        elif isinstance(self.request_payload_reference, JsonObject):
            request_payload_reference = self.request_payload_reference.to_dict()
        else:
            request_payload_reference = self.request_payload_reference

        payload_codec: None | str | Unset
        if isinstance(self.payload_codec, Unset):
            payload_codec = UNSET
        else:
            payload_codec = self.payload_codec

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        caller_namespace: None | str | Unset
        if isinstance(self.caller_namespace, Unset):
            caller_namespace = UNSET
        else:
            caller_namespace = self.caller_namespace

        service_call_id: None | str | Unset
        if isinstance(self.service_call_id, Unset):
            service_call_id = UNSET
        else:
            service_call_id = self.service_call_id

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        mode_override: None | str | Unset
        if isinstance(self.mode_override, Unset):
            mode_override = UNSET
        elif isinstance(self.mode_override, str):
            mode_override = self.mode_override
        else:
            mode_override = self.mode_override

        wait_for: None | str | Unset
        if isinstance(self.wait_for, Unset):
            wait_for = UNSET
        elif isinstance(self.wait_for, str):
            wait_for = self.wait_for
        else:
            wait_for = self.wait_for

        wait_timeout_seconds: int | None | Unset
        if isinstance(self.wait_timeout_seconds, Unset):
            wait_timeout_seconds = UNSET
        else:
            wait_timeout_seconds = self.wait_timeout_seconds

        target_workflow_instance_id: None | str | Unset
        if isinstance(self.target_workflow_instance_id, Unset):
            target_workflow_instance_id = UNSET
        else:
            target_workflow_instance_id = self.target_workflow_instance_id

        target_workflow_run_id: None | str | Unset
        if isinstance(self.target_workflow_run_id, Unset):
            target_workflow_run_id = UNSET
        else:
            target_workflow_run_id = self.target_workflow_run_id

        connection: None | str | Unset
        if isinstance(self.connection, Unset):
            connection = UNSET
        else:
            connection = self.connection

        queue: None | str | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        else:
            queue = self.queue

        business_key: None | str | Unset
        if isinstance(self.business_key, Unset):
            business_key = UNSET
        else:
            business_key = self.business_key

        labels: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, MapOrEmptyListType0):
            labels = self.labels.to_dict()
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        memo: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        elif isinstance(self.memo, MapOrEmptyListType0):
            memo = self.memo.to_dict()
        elif isinstance(self.memo, list):
            memo = self.memo

        else:
            memo = self.memo

        search_attributes: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.search_attributes, Unset):
            search_attributes = UNSET
        elif isinstance(self.search_attributes, MapOrEmptyListType0):
            search_attributes = self.search_attributes.to_dict()
        elif isinstance(self.search_attributes, list):
            search_attributes = self.search_attributes

        else:
            search_attributes = self.search_attributes

        duplicate_start_policy: None | str | Unset
        if isinstance(self.duplicate_start_policy, Unset):
            duplicate_start_policy = UNSET
        else:
            duplicate_start_policy = self.duplicate_start_policy

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, JsonObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        principal_subject: None | str | Unset
        if isinstance(self.principal_subject, Unset):
            principal_subject = UNSET
        else:
            principal_subject = self.principal_subject

        principal_method: None | str | Unset
        if isinstance(self.principal_method, Unset):
            principal_method = UNSET
        else:
            principal_method = self.principal_method

        principal_roles: list[str] | Unset = UNSET
        if not isinstance(self.principal_roles, Unset):
            principal_roles = self.principal_roles

        principal_tenant: None | str | Unset
        if isinstance(self.principal_tenant, Unset):
            principal_tenant = UNSET
        else:
            principal_tenant = self.principal_tenant

        principal_claims: dict[str, Any] | None | Unset
        if isinstance(self.principal_claims, Unset):
            principal_claims = UNSET
        elif isinstance(self.principal_claims, JsonObject):
            principal_claims = self.principal_claims.to_dict()
        else:
            principal_claims = self.principal_claims

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "endpoint_name": endpoint_name,
                "service_name": service_name,
                "operation_name": operation_name,
                "request_payload": request_payload,
            }
        )
        if cancellation_scope_id is not UNSET:
            field_dict["cancellation_scope_id"] = cancellation_scope_id
        if cancellation_cleanup is not UNSET:
            field_dict["cancellation_cleanup"] = cancellation_cleanup
        if parallel_group_id is not UNSET:
            field_dict["parallel_group_id"] = parallel_group_id
        if parallel_group_kind is not UNSET:
            field_dict["parallel_group_kind"] = parallel_group_kind
        if parallel_group_base_sequence is not UNSET:
            field_dict["parallel_group_base_sequence"] = parallel_group_base_sequence
        if parallel_group_size is not UNSET:
            field_dict["parallel_group_size"] = parallel_group_size
        if parallel_group_index is not UNSET:
            field_dict["parallel_group_index"] = parallel_group_index
        if parallel_group_mode is not UNSET:
            field_dict["parallel_group_mode"] = parallel_group_mode
        if selection_member_key is not UNSET:
            field_dict["selection_member_key"] = selection_member_key
        if selection_member_index is not UNSET:
            field_dict["selection_member_index"] = selection_member_index
        if selection_member_base_sequence is not UNSET:
            field_dict["selection_member_base_sequence"] = selection_member_base_sequence
        if selection_member_size is not UNSET:
            field_dict["selection_member_size"] = selection_member_size
        if selection_member_kind is not UNSET:
            field_dict["selection_member_kind"] = selection_member_kind
        if request_payload_reference is not UNSET:
            field_dict["request_payload_reference"] = request_payload_reference
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if caller_namespace is not UNSET:
            field_dict["caller_namespace"] = caller_namespace
        if service_call_id is not UNSET:
            field_dict["service_call_id"] = service_call_id
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if mode_override is not UNSET:
            field_dict["mode_override"] = mode_override
        if wait_for is not UNSET:
            field_dict["wait_for"] = wait_for
        if wait_timeout_seconds is not UNSET:
            field_dict["wait_timeout_seconds"] = wait_timeout_seconds
        if target_workflow_instance_id is not UNSET:
            field_dict["target_workflow_instance_id"] = target_workflow_instance_id
        if target_workflow_run_id is not UNSET:
            field_dict["target_workflow_run_id"] = target_workflow_run_id
        if connection is not UNSET:
            field_dict["connection"] = connection
        if queue is not UNSET:
            field_dict["queue"] = queue
        if business_key is not UNSET:
            field_dict["business_key"] = business_key
        if labels is not UNSET:
            field_dict["labels"] = labels
        if memo is not UNSET:
            field_dict["memo"] = memo
        if search_attributes is not UNSET:
            field_dict["search_attributes"] = search_attributes
        if duplicate_start_policy is not UNSET:
            field_dict["duplicate_start_policy"] = duplicate_start_policy
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if principal_subject is not UNSET:
            field_dict["principal_subject"] = principal_subject
        if principal_method is not UNSET:
            field_dict["principal_method"] = principal_method
        if principal_roles is not UNSET:
            field_dict["principal_roles"] = principal_roles
        if principal_tenant is not UNSET:
            field_dict["principal_tenant"] = principal_tenant
        if principal_claims is not UNSET:
            field_dict["principal_claims"] = principal_claims

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.payload_envelope import PayloadEnvelope

        d = dict(src_dict)
        type_ = cast(Literal["start_service_operation"], d.pop("type"))
        if type_ != "start_service_operation":
            raise ValueError(f"type must match const 'start_service_operation', got '{type_}'")

        endpoint_name = d.pop("endpoint_name")

        service_name = d.pop("service_name")

        operation_name = d.pop("operation_name")

        def _parse_request_payload(data: object) -> None | PayloadEnvelope | str:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_command_payload_type_0 = PayloadEnvelope.from_dict(data)

                return componentsschemas_workflow_command_payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayloadEnvelope | str, data)

        request_payload = _parse_request_payload(d.pop("request_payload"))

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

        def _parse_parallel_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parallel_group_id = _parse_parallel_group_id(d.pop("parallel_group_id", UNSET))

        def _parse_parallel_group_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parallel_group_kind = _parse_parallel_group_kind(d.pop("parallel_group_kind", UNSET))

        def _parse_parallel_group_base_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parallel_group_base_sequence = _parse_parallel_group_base_sequence(
            d.pop("parallel_group_base_sequence", UNSET)
        )

        def _parse_parallel_group_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parallel_group_size = _parse_parallel_group_size(d.pop("parallel_group_size", UNSET))

        def _parse_parallel_group_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parallel_group_index = _parse_parallel_group_index(d.pop("parallel_group_index", UNSET))

        def _parse_parallel_group_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parallel_group_mode = _parse_parallel_group_mode(d.pop("parallel_group_mode", UNSET))

        def _parse_selection_member_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selection_member_key = _parse_selection_member_key(d.pop("selection_member_key", UNSET))

        def _parse_selection_member_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        selection_member_index = _parse_selection_member_index(
            d.pop("selection_member_index", UNSET)
        )

        def _parse_selection_member_base_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        selection_member_base_sequence = _parse_selection_member_base_sequence(
            d.pop("selection_member_base_sequence", UNSET)
        )

        def _parse_selection_member_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        selection_member_size = _parse_selection_member_size(d.pop("selection_member_size", UNSET))

        def _parse_selection_member_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selection_member_kind = _parse_selection_member_kind(d.pop("selection_member_kind", UNSET))

        def _parse_request_payload_reference(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_payload_reference_type_0 = JsonObject.from_dict(data)

                return request_payload_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        request_payload_reference = _parse_request_payload_reference(
            d.pop("request_payload_reference", UNSET)
        )

        def _parse_payload_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload_codec = _parse_payload_codec(d.pop("payload_codec", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_caller_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_namespace = _parse_caller_namespace(d.pop("caller_namespace", UNSET))

        def _parse_service_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_call_id = _parse_service_call_id(d.pop("service_call_id", UNSET))

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

        def _parse_mode_override(
            data: object,
        ) -> None | Unset | WorkflowCommandStartServiceOperationModeOverrideType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_override_type_0 = (
                    check_workflow_command_start_service_operation_mode_override_type_0(data)
                )

                return mode_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCommandStartServiceOperationModeOverrideType0, data)

        mode_override = _parse_mode_override(d.pop("mode_override", UNSET))

        def _parse_wait_for(
            data: object,
        ) -> None | Unset | WorkflowCommandStartServiceOperationWaitForType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                wait_for_type_0 = check_workflow_command_start_service_operation_wait_for_type_0(
                    data
                )

                return wait_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCommandStartServiceOperationWaitForType0, data)

        wait_for = _parse_wait_for(d.pop("wait_for", UNSET))

        def _parse_wait_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wait_timeout_seconds = _parse_wait_timeout_seconds(d.pop("wait_timeout_seconds", UNSET))

        def _parse_target_workflow_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_workflow_instance_id = _parse_target_workflow_instance_id(
            d.pop("target_workflow_instance_id", UNSET)
        )

        def _parse_target_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_workflow_run_id = _parse_target_workflow_run_id(
            d.pop("target_workflow_run_id", UNSET)
        )

        def _parse_connection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection = _parse_connection(d.pop("connection", UNSET))

        def _parse_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue = _parse_queue(d.pop("queue", UNSET))

        def _parse_business_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_key = _parse_business_key(d.pop("business_key", UNSET))

        def _parse_labels(data: object) -> list[Any] | MapOrEmptyListType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_0 = MapOrEmptyListType0.from_dict(data)

                return componentsschemas_map_or_empty_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_1 = cast(list[Any], data)

                return componentsschemas_map_or_empty_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | MapOrEmptyListType0 | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_memo(data: object) -> list[Any] | MapOrEmptyListType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_0 = MapOrEmptyListType0.from_dict(data)

                return componentsschemas_map_or_empty_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_1 = cast(list[Any], data)

                return componentsschemas_map_or_empty_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | MapOrEmptyListType0 | None | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_search_attributes(
            data: object,
        ) -> list[Any] | MapOrEmptyListType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_0 = MapOrEmptyListType0.from_dict(data)

                return componentsschemas_map_or_empty_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_1 = cast(list[Any], data)

                return componentsschemas_map_or_empty_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | MapOrEmptyListType0 | None | Unset, data)

        search_attributes = _parse_search_attributes(d.pop("search_attributes", UNSET))

        def _parse_duplicate_start_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duplicate_start_policy = _parse_duplicate_start_policy(
            d.pop("duplicate_start_policy", UNSET)
        )

        def _parse_metadata(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = JsonObject.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_principal_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        principal_subject = _parse_principal_subject(d.pop("principal_subject", UNSET))

        def _parse_principal_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        principal_method = _parse_principal_method(d.pop("principal_method", UNSET))

        principal_roles = cast(list[str], d.pop("principal_roles", UNSET))

        def _parse_principal_tenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        principal_tenant = _parse_principal_tenant(d.pop("principal_tenant", UNSET))

        def _parse_principal_claims(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                principal_claims_type_0 = JsonObject.from_dict(data)

                return principal_claims_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        principal_claims = _parse_principal_claims(d.pop("principal_claims", UNSET))

        workflow_command_start_service_operation = cls(
            type_=type_,
            endpoint_name=endpoint_name,
            service_name=service_name,
            operation_name=operation_name,
            request_payload=request_payload,
            cancellation_scope_id=cancellation_scope_id,
            cancellation_cleanup=cancellation_cleanup,
            parallel_group_id=parallel_group_id,
            parallel_group_kind=parallel_group_kind,
            parallel_group_base_sequence=parallel_group_base_sequence,
            parallel_group_size=parallel_group_size,
            parallel_group_index=parallel_group_index,
            parallel_group_mode=parallel_group_mode,
            selection_member_key=selection_member_key,
            selection_member_index=selection_member_index,
            selection_member_base_sequence=selection_member_base_sequence,
            selection_member_size=selection_member_size,
            selection_member_kind=selection_member_kind,
            request_payload_reference=request_payload_reference,
            payload_codec=payload_codec,
            namespace=namespace,
            caller_namespace=caller_namespace,
            service_call_id=service_call_id,
            idempotency_key=idempotency_key,
            mode_override=mode_override,
            wait_for=wait_for,
            wait_timeout_seconds=wait_timeout_seconds,
            target_workflow_instance_id=target_workflow_instance_id,
            target_workflow_run_id=target_workflow_run_id,
            connection=connection,
            queue=queue,
            business_key=business_key,
            labels=labels,
            memo=memo,
            search_attributes=search_attributes,
            duplicate_start_policy=duplicate_start_policy,
            metadata=metadata,
            principal_subject=principal_subject,
            principal_method=principal_method,
            principal_roles=principal_roles,
            principal_tenant=principal_tenant,
            principal_claims=principal_claims,
        )

        workflow_command_start_service_operation.additional_properties = d
        return workflow_command_start_service_operation

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
