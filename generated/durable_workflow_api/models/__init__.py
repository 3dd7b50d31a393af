"""Contains all the data models used in inputs/outputs

Each model module is imported on first access of its name (PEP 562), so importing this package
costs nothing until a model is used; ``from durable_workflow_api.models import X`` works as usual
and type checkers read the ``TYPE_CHECKING`` imports below.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .activity_task import ActivityTask
    from .activity_task_cancellation_ack_request import ActivityTaskCancellationAckRequest
    from .activity_task_cancellation_ack_response import ActivityTaskCancellationAckResponse
    from .activity_task_cancellation_receipt import ActivityTaskCancellationReceipt
    from .activity_task_complete_request import ActivityTaskCompleteRequest
    from .activity_task_deadlines import ActivityTaskDeadlines
    from .activity_task_fail_request import ActivityTaskFailRequest
    from .activity_task_failure import ActivityTaskFailure
    from .activity_task_failure_kind import ActivityTaskFailureKind
    from .activity_task_heartbeat_request import ActivityTaskHeartbeatRequest
    from .activity_task_heartbeat_response import ActivityTaskHeartbeatResponse
    from .activity_task_lease_fence import ActivityTaskLeaseFence
    from .activity_task_outcome_response import ActivityTaskOutcomeResponse
    from .activity_task_ownership import ActivityTaskOwnership
    from .activity_task_poll_request import ActivityTaskPollRequest
    from .activity_task_poll_response import ActivityTaskPollResponse
    from .activity_task_rejection import ActivityTaskRejection
    from .activity_task_renew_lease_request import ActivityTaskRenewLeaseRequest
    from .activity_task_renew_lease_response import ActivityTaskRenewLeaseResponse
    from .activity_task_retry_policy import ActivityTaskRetryPolicy
    from .activity_task_status_request import ActivityTaskStatusRequest
    from .activity_task_status_response import ActivityTaskStatusResponse
    from .activity_task_timeout_type import ActivityTaskTimeoutType
    from .archive_workflow_request import ArchiveWorkflowRequest
    from .bridge_adapter_outcome import BridgeAdapterOutcome
    from .bridge_outcome_target import BridgeOutcomeTarget
    from .bridge_signal_workflow_target import BridgeSignalWorkflowTarget
    from .bridge_start_duplicate_policy import BridgeStartDuplicatePolicy
    from .bridge_start_workflow_target import BridgeStartWorkflowTarget
    from .bridge_update_workflow_target import BridgeUpdateWorkflowTarget
    from .bridge_webhook_action import BridgeWebhookAction
    from .bridge_webhook_request import BridgeWebhookRequest
    from .bridge_webhook_request_input_type_1 import BridgeWebhookRequestInputType1
    from .build_id_request import BuildIdRequest
    from .cancel_workflow_request import CancelWorkflowRequest
    from .cancellation_request_admission import CancellationRequestAdmission
    from .cancellation_request_detail import CancellationRequestDetail
    from .cancellation_request_input import CancellationRequestInput
    from .cluster_auth_canonical_environment import ClusterAuthCanonicalEnvironment
    from .cluster_auth_composition_contract import ClusterAuthCompositionContract
    from .cluster_auth_composition_contract_auth_material import (
        ClusterAuthCompositionContractAuthMaterial,
    )
    from .cluster_auth_composition_contract_resolution import (
        ClusterAuthCompositionContractResolution,
    )
    from .cluster_auth_effective_config import ClusterAuthEffectiveConfig
    from .cluster_auth_material import ClusterAuthMaterial
    from .cluster_auth_precedence import ClusterAuthPrecedence
    from .cluster_auth_redaction import ClusterAuthRedaction
    from .cluster_bridge_adapter_outcome_contract import ClusterBridgeAdapterOutcomeContract
    from .cluster_bridge_adapter_outcome_contract_outcomes import (
        ClusterBridgeAdapterOutcomeContractOutcomes,
    )
    from .cluster_bridge_outcome_rule import ClusterBridgeOutcomeRule
    from .cluster_capabilities import ClusterCapabilities
    from .cluster_capabilities_payload_codecs_engine_specific_type_0 import (
        ClusterCapabilitiesPayloadCodecsEngineSpecificType0,
    )
    from .cluster_client_compatibility import ClusterClientCompatibility
    from .cluster_client_compatibility_clients import ClusterClientCompatibilityClients
    from .cluster_client_requirement import ClusterClientRequirement
    from .cluster_contract_manifest import ClusterContractManifest
    from .cluster_control_plane_manifest import ClusterControlPlaneManifest
    from .cluster_control_plane_operation_fields import ClusterControlPlaneOperationFields
    from .cluster_control_plane_request_contract import ClusterControlPlaneRequestContract
    from .cluster_control_plane_request_contract_operations import (
        ClusterControlPlaneRequestContractOperations,
    )
    from .cluster_control_plane_request_field import ClusterControlPlaneRequestField
    from .cluster_control_plane_request_field_engine_specific_values import (
        ClusterControlPlaneRequestFieldEngineSpecificValues,
    )
    from .cluster_control_plane_request_field_rejected_aliases import (
        ClusterControlPlaneRequestFieldRejectedAliases,
    )
    from .cluster_control_plane_request_operation import ClusterControlPlaneRequestOperation
    from .cluster_control_plane_request_operation_fields import (
        ClusterControlPlaneRequestOperationFields,
    )
    from .cluster_control_plane_request_operation_removed_fields import (
        ClusterControlPlaneRequestOperationRemovedFields,
    )
    from .cluster_control_plane_response_contract import ClusterControlPlaneResponseContract
    from .cluster_control_plane_response_contract_operations import (
        ClusterControlPlaneResponseContractOperations,
    )
    from .cluster_control_plane_response_contract_rules import (
        ClusterControlPlaneResponseContractRules,
    )
    from .cluster_control_plane_response_contract_rules_legacy_fields import (
        ClusterControlPlaneResponseContractRulesLegacyFields,
    )
    from .cluster_coordination_health import ClusterCoordinationHealth
    from .cluster_coordination_health_checks_type_0 import ClusterCoordinationHealthChecksType0
    from .cluster_fleet_worker import ClusterFleetWorker
    from .cluster_info import ClusterInfo
    from .cluster_limits import ClusterLimits
    from .cluster_namespace_external_payload_storage import ClusterNamespaceExternalPayloadStorage
    from .cluster_namespace_info import ClusterNamespaceInfo
    from .cluster_package_provenance import ClusterPackageProvenance
    from .cluster_required_protocols import ClusterRequiredProtocols
    from .cluster_structural_limits import ClusterStructuralLimits
    from .cluster_supported_sdk_versions import ClusterSupportedSdkVersions
    from .cluster_task_repair import ClusterTaskRepair
    from .cluster_topology import ClusterTopology
    from .cluster_worker_fleet import ClusterWorkerFleet
    from .cluster_worker_protocol_manifest import ClusterWorkerProtocolManifest
    from .command_error_response import CommandErrorResponse
    from .command_result import CommandResult
    from .control_plane_response_block import ControlPlaneResponseBlock
    from .control_plane_response_contract import ControlPlaneResponseContract
    from .control_plane_response_contract_legacy_fields import (
        ControlPlaneResponseContractLegacyFields,
    )
    from .error_response import ErrorResponse
    from .external_payload_reference import ExternalPayloadReference
    from .get_workflow_run_history_wait_new_event import GetWorkflowRunHistoryWaitNewEvent
    from .health_checks import HealthChecks
    from .health_response import HealthResponse
    from .history_event import HistoryEvent
    from .history_export_bundle import HistoryExportBundle
    from .history_export_integrity import HistoryExportIntegrity
    from .history_page import HistoryPage
    from .json_object import JsonObject
    from .local_activity_attempt_report import LocalActivityAttemptReport
    from .local_activity_attempt_report_retry_reason_type_0 import (
        LocalActivityAttemptReportRetryReasonType0,
    )
    from .local_activity_checkpoint_group_request import LocalActivityCheckpointGroupRequest
    from .local_activity_checkpoint_request import LocalActivityCheckpointRequest
    from .local_activity_checkpoint_response import LocalActivityCheckpointResponse
    from .local_activity_control_request import LocalActivityControlRequest
    from .local_activity_control_response import LocalActivityControlResponse
    from .local_activity_descriptor import LocalActivityDescriptor
    from .local_activity_heartbeat_report import LocalActivityHeartbeatReport
    from .local_activity_heartbeat_request import LocalActivityHeartbeatRequest
    from .local_activity_outcome import LocalActivityOutcome
    from .local_activity_outcome_completed import LocalActivityOutcomeCompleted
    from .local_activity_outcome_failed import LocalActivityOutcomeFailed
    from .local_activity_outcome_request import LocalActivityOutcomeRequest
    from .local_activity_outcome_response import LocalActivityOutcomeResponse
    from .local_activity_outcome_timed_out import LocalActivityOutcomeTimedOut
    from .local_activity_prepare_request import LocalActivityPrepareRequest
    from .local_activity_prepare_response import LocalActivityPrepareResponse
    from .local_activity_recover_request import LocalActivityRecoverRequest
    from .local_activity_recover_response import LocalActivityRecoverResponse
    from .local_activity_retry_policy import LocalActivityRetryPolicy
    from .local_activity_stop_request import LocalActivityStopRequest
    from .local_activity_stop_response import LocalActivityStopResponse
    from .local_activity_timeout_kind import LocalActivityTimeoutKind
    from .map_or_empty_list_type_0 import MapOrEmptyListType0
    from .message_stream_append_request import MessageStreamAppendRequest
    from .message_stream_append_response import MessageStreamAppendResponse
    from .namespace_create_request import NamespaceCreateRequest
    from .namespace_deleted_counts_type_0 import NamespaceDeletedCountsType0
    from .namespace_description import NamespaceDescription
    from .namespace_error_response import NamespaceErrorResponse
    from .namespace_external_payload_route import NamespaceExternalPayloadRoute
    from .namespace_external_payload_storage import NamespaceExternalPayloadStorage
    from .namespace_external_payload_transport import NamespaceExternalPayloadTransport
    from .namespace_external_payload_transport_limits import NamespaceExternalPayloadTransportLimits
    from .namespace_external_storage_config import NamespaceExternalStorageConfig
    from .namespace_list import NamespaceList
    from .namespace_set_external_storage_request import NamespaceSetExternalStorageRequest
    from .namespace_update_request import NamespaceUpdateRequest
    from .payload_envelope import PayloadEnvelope
    from .query_task import QueryTask
    from .query_task_arguments import QueryTaskArguments
    from .query_task_complete_request import QueryTaskCompleteRequest
    from .query_task_complete_response import QueryTaskCompleteResponse
    from .query_task_fail_request import QueryTaskFailRequest
    from .query_task_fail_response import QueryTaskFailResponse
    from .query_task_failure import QueryTaskFailure
    from .query_task_failure_reason import QueryTaskFailureReason
    from .query_task_lease_fence import QueryTaskLeaseFence
    from .query_task_poll_request import QueryTaskPollRequest
    from .query_task_poll_response import QueryTaskPollResponse
    from .query_task_rejection import QueryTaskRejection
    from .query_task_status_response import QueryTaskStatusResponse
    from .query_workflow_error_response import QueryWorkflowErrorResponse
    from .query_workflow_request import QueryWorkflowRequest
    from .query_workflow_response import QueryWorkflowResponse
    from .ready_check import ReadyCheck
    from .ready_checks import ReadyChecks
    from .ready_response import ReadyResponse
    from .redrive_workflow_run_request import RedriveWorkflowRunRequest
    from .repair_workflow_request import RepairWorkflowRequest
    from .schedule_action import ScheduleAction
    from .schedule_backfill_request import ScheduleBackfillRequest
    from .schedule_backfill_response import ScheduleBackfillResponse
    from .schedule_backfill_result import ScheduleBackfillResult
    from .schedule_create_action import ScheduleCreateAction
    from .schedule_create_request import ScheduleCreateRequest
    from .schedule_create_request_memo_type_0 import ScheduleCreateRequestMemoType0
    from .schedule_create_request_search_attributes_type_0 import (
        ScheduleCreateRequestSearchAttributesType0,
    )
    from .schedule_create_response import ScheduleCreateResponse
    from .schedule_delete_response import ScheduleDeleteResponse
    from .schedule_description import ScheduleDescription
    from .schedule_error_response import ScheduleErrorResponse
    from .schedule_history_event import ScheduleHistoryEvent
    from .schedule_history_page import ScheduleHistoryPage
    from .schedule_info import ScheduleInfo
    from .schedule_interval import ScheduleInterval
    from .schedule_list_cursor import ScheduleListCursor
    from .schedule_list_error_response import ScheduleListErrorResponse
    from .schedule_list_item import ScheduleListItem
    from .schedule_list_response import ScheduleListResponse
    from .schedule_open_map_type_0 import ScheduleOpenMapType0
    from .schedule_overlap_policy import ScheduleOverlapPolicy
    from .schedule_pause_request import SchedulePauseRequest
    from .schedule_pause_response import SchedulePauseResponse
    from .schedule_recent_action import ScheduleRecentAction
    from .schedule_resume_request import ScheduleResumeRequest
    from .schedule_resume_response import ScheduleResumeResponse
    from .schedule_spec import ScheduleSpec
    from .schedule_state import ScheduleState
    from .schedule_status_filter import ScheduleStatusFilter
    from .schedule_trigger_failed_response import ScheduleTriggerFailedResponse
    from .schedule_trigger_request import ScheduleTriggerRequest
    from .schedule_trigger_response import ScheduleTriggerResponse
    from .schedule_update_request import ScheduleUpdateRequest
    from .schedule_update_request_memo_type_0 import ScheduleUpdateRequestMemoType0
    from .schedule_update_request_search_attributes_type_0 import (
        ScheduleUpdateRequestSearchAttributesType0,
    )
    from .schedule_update_response import ScheduleUpdateResponse
    from .search_attribute_create_request import SearchAttributeCreateRequest
    from .search_attribute_create_response import SearchAttributeCreateResponse
    from .search_attribute_delete_response import SearchAttributeDeleteResponse
    from .search_attribute_error_response import SearchAttributeErrorResponse
    from .search_attribute_list import SearchAttributeList
    from .search_attribute_type import SearchAttributeType
    from .search_attribute_type_map_type_0 import SearchAttributeTypeMapType0
    from .server_capabilities import ServerCapabilities
    from .server_capabilities_contract_ref import ServerCapabilitiesContractRef
    from .server_capabilities_feature import ServerCapabilitiesFeature
    from .server_capabilities_history_compression import ServerCapabilitiesHistoryCompression
    from .server_capabilities_synchronous_update_validation import (
        ServerCapabilitiesSynchronousUpdateValidation,
    )
    from .server_capabilities_worker_deregistration_fencing import (
        ServerCapabilitiesWorkerDeregistrationFencing,
    )
    from .signal_workflow_request import SignalWorkflowRequest
    from .signal_workflow_response import SignalWorkflowResponse
    from .standalone_activity_execution import StandaloneActivityExecution
    from .standalone_activity_list_response import StandaloneActivityListResponse
    from .standalone_activity_retry_policy import StandaloneActivityRetryPolicy
    from .standalone_activity_start_request import StandaloneActivityStartRequest
    from .standalone_activity_start_response import StandaloneActivityStartResponse
    from .start_workflow_duplicate_policy import StartWorkflowDuplicatePolicy
    from .start_workflow_error_response import StartWorkflowErrorResponse
    from .start_workflow_request import StartWorkflowRequest
    from .start_workflow_request_search_attributes_type_0 import (
        StartWorkflowRequestSearchAttributesType0,
    )
    from .start_workflow_response import StartWorkflowResponse
    from .storage_driver import StorageDriver
    from .storage_payload_test_result import StoragePayloadTestResult
    from .storage_test_error_response import StorageTestErrorResponse
    from .storage_test_request import StorageTestRequest
    from .storage_test_result import StorageTestResult
    from .system_activity_timeout_pass_request import SystemActivityTimeoutPassRequest
    from .system_activity_timeout_pass_response import SystemActivityTimeoutPassResponse
    from .system_activity_timeout_result import SystemActivityTimeoutResult
    from .system_activity_timeout_status import SystemActivityTimeoutStatus
    from .system_metrics import SystemMetrics
    from .system_metrics_cardinality import SystemMetricsCardinality
    from .system_metrics_cardinality_metric_label_sets import (
        SystemMetricsCardinalityMetricLabelSets,
    )
    from .system_metrics_response import SystemMetricsResponse
    from .system_operator_activity_metrics import SystemOperatorActivityMetrics
    from .system_operator_backend import SystemOperatorBackend
    from .system_operator_backend_issue import SystemOperatorBackendIssue
    from .system_operator_backlog_metrics import SystemOperatorBacklogMetrics
    from .system_operator_metrics import SystemOperatorMetrics
    from .system_operator_metrics_response import SystemOperatorMetricsResponse
    from .system_operator_run_metrics import SystemOperatorRunMetrics
    from .system_operator_schedule_metrics import SystemOperatorScheduleMetrics
    from .system_operator_task_metrics import SystemOperatorTaskMetrics
    from .system_operator_worker_metrics import SystemOperatorWorkerMetrics
    from .system_projection_drift_metric import SystemProjectionDriftMetric
    from .system_repair_candidates import SystemRepairCandidates
    from .system_repair_pass_request import SystemRepairPassRequest
    from .system_repair_pass_response import SystemRepairPassResponse
    from .system_repair_policy import SystemRepairPolicy
    from .system_repair_scope import SystemRepairScope
    from .system_repair_status import SystemRepairStatus
    from .system_retention_pass_request import SystemRetentionPassRequest
    from .system_retention_pass_response import SystemRetentionPassResponse
    from .system_retention_result import SystemRetentionResult
    from .system_retention_result_deleted_type_0 import SystemRetentionResultDeletedType0
    from .system_retention_status import SystemRetentionStatus
    from .system_workflow_task_failure_metric import SystemWorkflowTaskFailureMetric
    from .task_queue_admission import TaskQueueAdmission
    from .task_queue_build_id_cohort import TaskQueueBuildIdCohort
    from .task_queue_build_id_rollout import TaskQueueBuildIdRollout
    from .task_queue_build_id_rollout_state import TaskQueueBuildIdRolloutState
    from .task_queue_description import TaskQueueDescription
    from .task_queue_lease import TaskQueueLease
    from .task_queue_list import TaskQueueList
    from .task_queue_oldest_ready_task import TaskQueueOldestReadyTask
    from .task_queue_poller import TaskQueuePoller
    from .task_queue_poller_stats import TaskQueuePollerStats
    from .task_queue_query_admission import TaskQueueQueryAdmission
    from .task_queue_repair import TaskQueueRepair
    from .task_queue_stats import TaskQueueStats
    from .task_queue_task_admission import TaskQueueTaskAdmission
    from .task_queue_task_counts import TaskQueueTaskCounts
    from .terminate_workflow_request import TerminateWorkflowRequest
    from .update_validation_task import UpdateValidationTask
    from .update_validation_task_approve_request import UpdateValidationTaskApproveRequest
    from .update_validation_task_completion_response import UpdateValidationTaskCompletionResponse
    from .update_validation_task_failure import UpdateValidationTaskFailure
    from .update_validation_task_failure_reason_type_0 import UpdateValidationTaskFailureReasonType0
    from .update_validation_task_poll_request import UpdateValidationTaskPollRequest
    from .update_validation_task_poll_response import UpdateValidationTaskPollResponse
    from .update_validation_task_reject_request import UpdateValidationTaskRejectRequest
    from .update_validation_task_rejection import UpdateValidationTaskRejection
    from .update_validation_task_task_kind import UpdateValidationTaskTaskKind
    from .update_workflow_error_response import UpdateWorkflowErrorResponse
    from .update_workflow_request import UpdateWorkflowRequest
    from .update_workflow_response import UpdateWorkflowResponse
    from .update_workflow_wait_for import UpdateWorkflowWaitFor
    from .validation_errors import ValidationErrors
    from .worker_deregister_response import WorkerDeregisterResponse
    from .worker_description import WorkerDescription
    from .worker_description_process_metrics import WorkerDescriptionProcessMetrics
    from .worker_description_task_slots import WorkerDescriptionTaskSlots
    from .worker_description_workflow_definition_fingerprints_type_0 import (
        WorkerDescriptionWorkflowDefinitionFingerprintsType0,
    )
    from .worker_heartbeat_request import WorkerHeartbeatRequest
    from .worker_heartbeat_response import WorkerHeartbeatResponse
    from .worker_heartbeat_retention import WorkerHeartbeatRetention
    from .worker_heartbeat_task_slots import WorkerHeartbeatTaskSlots
    from .worker_list import WorkerList
    from .worker_plane_deregister_request import WorkerPlaneDeregisterRequest
    from .worker_plane_deregister_response import WorkerPlaneDeregisterResponse
    from .worker_plane_envelope import WorkerPlaneEnvelope
    from .worker_plane_error import WorkerPlaneError
    from .worker_register_capability_declaration import WorkerRegisterCapabilityDeclaration
    from .worker_register_capability_manifest import WorkerRegisterCapabilityManifest
    from .worker_register_conflict import WorkerRegisterConflict
    from .worker_register_request import WorkerRegisterRequest
    from .worker_register_request_workflow_command_contracts import (
        WorkerRegisterRequestWorkflowCommandContracts,
    )
    from .worker_register_request_workflow_definition_fingerprints import (
        WorkerRegisterRequestWorkflowDefinitionFingerprints,
    )
    from .worker_register_response import WorkerRegisterResponse
    from .worker_register_runtime import WorkerRegisterRuntime
    from .worker_register_workflow_contract import WorkerRegisterWorkflowContract
    from .worker_session_close_request import WorkerSessionCloseRequest
    from .worker_session_create_request import WorkerSessionCreateRequest
    from .worker_session_heartbeat_request import WorkerSessionHeartbeatRequest
    from .worker_session_holder import WorkerSessionHolder
    from .worker_session_operation_response import WorkerSessionOperationResponse
    from .worker_session_options import WorkerSessionOptions
    from .worker_session_snapshot import WorkerSessionSnapshot
    from .worker_session_task_affinity import WorkerSessionTaskAffinity
    from .workflow_actions import WorkflowActions
    from .workflow_command_cancel_selection_operation import WorkflowCommandCancelSelectionOperation
    from .workflow_command_cancellation_policy import WorkflowCommandCancellationPolicy
    from .workflow_command_complete_update import WorkflowCommandCompleteUpdate
    from .workflow_command_complete_workflow import WorkflowCommandCompleteWorkflow
    from .workflow_command_continue_as_new import WorkflowCommandContinueAsNew
    from .workflow_command_fail_update import WorkflowCommandFailUpdate
    from .workflow_command_fail_workflow import WorkflowCommandFailWorkflow
    from .workflow_command_open_condition_wait import WorkflowCommandOpenConditionWait
    from .workflow_command_open_signal_wait import WorkflowCommandOpenSignalWait
    from .workflow_command_parallel_metadata import WorkflowCommandParallelMetadata
    from .workflow_command_parent_close_policy import WorkflowCommandParentClosePolicy
    from .workflow_command_record_local_activity import WorkflowCommandRecordLocalActivity
    from .workflow_command_record_side_effect import WorkflowCommandRecordSideEffect
    from .workflow_command_record_version_marker import WorkflowCommandRecordVersionMarker
    from .workflow_command_retry_policy import WorkflowCommandRetryPolicy
    from .workflow_command_schedule_activity import WorkflowCommandScheduleActivity
    from .workflow_command_scope import WorkflowCommandScope
    from .workflow_command_search_attribute_type import WorkflowCommandSearchAttributeType
    from .workflow_command_start_child_workflow import WorkflowCommandStartChildWorkflow
    from .workflow_command_start_service_operation import WorkflowCommandStartServiceOperation
    from .workflow_command_start_service_operation_mode_override_type_0 import (
        WorkflowCommandStartServiceOperationModeOverrideType0,
    )
    from .workflow_command_start_service_operation_wait_for_type_0 import (
        WorkflowCommandStartServiceOperationWaitForType0,
    )
    from .workflow_command_start_timer import WorkflowCommandStartTimer
    from .workflow_command_upsert_memo import WorkflowCommandUpsertMemo
    from .workflow_command_upsert_search_attributes import WorkflowCommandUpsertSearchAttributes
    from .workflow_command_upsert_search_attributes_attribute_types import (
        WorkflowCommandUpsertSearchAttributesAttributeTypes,
    )
    from .workflow_command_upsert_search_attributes_attributes import (
        WorkflowCommandUpsertSearchAttributesAttributes,
    )
    from .workflow_debug_response import WorkflowDebugResponse
    from .workflow_error_response import WorkflowErrorResponse
    from .workflow_list_item import WorkflowListItem
    from .workflow_list_response import WorkflowListResponse
    from .workflow_observability_context import WorkflowObservabilityContext
    from .workflow_observability_context_carrier import WorkflowObservabilityContextCarrier
    from .workflow_run_detail import WorkflowRunDetail
    from .workflow_run_list_response import WorkflowRunListResponse
    from .workflow_run_summary import WorkflowRunSummary
    from .workflow_status_bucket import WorkflowStatusBucket
    from .workflow_stream import WorkflowStream
    from .workflow_stream_append_item import WorkflowStreamAppendItem
    from .workflow_stream_append_request import WorkflowStreamAppendRequest
    from .workflow_stream_append_response import WorkflowStreamAppendResponse
    from .workflow_stream_close_request import WorkflowStreamCloseRequest
    from .workflow_stream_describe_response import WorkflowStreamDescribeResponse
    from .workflow_stream_item import WorkflowStreamItem
    from .workflow_stream_items_page import WorkflowStreamItemsPage
    from .workflow_stream_list_response import WorkflowStreamListResponse
    from .workflow_task import WorkflowTask
    from .workflow_task_call_kind import WorkflowTaskCallKind
    from .workflow_task_cancellation_request import WorkflowTaskCancellationRequest
    from .workflow_task_cancellation_scope_request import WorkflowTaskCancellationScopeRequest
    from .workflow_task_cancellation_scope_response import WorkflowTaskCancellationScopeResponse
    from .workflow_task_complete_request import WorkflowTaskCompleteRequest
    from .workflow_task_complete_response import WorkflowTaskCompleteResponse
    from .workflow_task_deliver_cancellation_request import WorkflowTaskDeliverCancellationRequest
    from .workflow_task_deliver_cancellation_response import WorkflowTaskDeliverCancellationResponse
    from .workflow_task_fail_request import WorkflowTaskFailRequest
    from .workflow_task_fail_response import WorkflowTaskFailResponse
    from .workflow_task_failure import WorkflowTaskFailure
    from .workflow_task_heartbeat_request import WorkflowTaskHeartbeatRequest
    from .workflow_task_heartbeat_response import WorkflowTaskHeartbeatResponse
    from .workflow_task_history_request import WorkflowTaskHistoryRequest
    from .workflow_task_history_response import WorkflowTaskHistoryResponse
    from .workflow_task_kind import WorkflowTaskKind
    from .workflow_task_lease_fence import WorkflowTaskLeaseFence
    from .workflow_task_message_stream_cursor import WorkflowTaskMessageStreamCursor
    from .workflow_task_message_stream_wait import WorkflowTaskMessageStreamWait
    from .workflow_task_poll_request import WorkflowTaskPollRequest
    from .workflow_task_poll_response import WorkflowTaskPollResponse
    from .workflow_task_rejection import WorkflowTaskRejection
    from .workflow_task_sticky_cache import WorkflowTaskStickyCache
    from .workflow_task_sticky_cache_metrics import WorkflowTaskStickyCacheMetrics
    from .workflow_task_task_kind import WorkflowTaskTaskKind

_MODULES = {
    "ActivityTask": ".activity_task",
    "ActivityTaskCancellationAckRequest": ".activity_task_cancellation_ack_request",
    "ActivityTaskCancellationAckResponse": ".activity_task_cancellation_ack_response",
    "ActivityTaskCancellationReceipt": ".activity_task_cancellation_receipt",
    "ActivityTaskCompleteRequest": ".activity_task_complete_request",
    "ActivityTaskDeadlines": ".activity_task_deadlines",
    "ActivityTaskFailRequest": ".activity_task_fail_request",
    "ActivityTaskFailure": ".activity_task_failure",
    "ActivityTaskFailureKind": ".activity_task_failure_kind",
    "ActivityTaskHeartbeatRequest": ".activity_task_heartbeat_request",
    "ActivityTaskHeartbeatResponse": ".activity_task_heartbeat_response",
    "ActivityTaskLeaseFence": ".activity_task_lease_fence",
    "ActivityTaskOutcomeResponse": ".activity_task_outcome_response",
    "ActivityTaskOwnership": ".activity_task_ownership",
    "ActivityTaskPollRequest": ".activity_task_poll_request",
    "ActivityTaskPollResponse": ".activity_task_poll_response",
    "ActivityTaskRejection": ".activity_task_rejection",
    "ActivityTaskRenewLeaseRequest": ".activity_task_renew_lease_request",
    "ActivityTaskRenewLeaseResponse": ".activity_task_renew_lease_response",
    "ActivityTaskRetryPolicy": ".activity_task_retry_policy",
    "ActivityTaskStatusRequest": ".activity_task_status_request",
    "ActivityTaskStatusResponse": ".activity_task_status_response",
    "ActivityTaskTimeoutType": ".activity_task_timeout_type",
    "ArchiveWorkflowRequest": ".archive_workflow_request",
    "BridgeAdapterOutcome": ".bridge_adapter_outcome",
    "BridgeOutcomeTarget": ".bridge_outcome_target",
    "BridgeSignalWorkflowTarget": ".bridge_signal_workflow_target",
    "BridgeStartDuplicatePolicy": ".bridge_start_duplicate_policy",
    "BridgeStartWorkflowTarget": ".bridge_start_workflow_target",
    "BridgeUpdateWorkflowTarget": ".bridge_update_workflow_target",
    "BridgeWebhookAction": ".bridge_webhook_action",
    "BridgeWebhookRequest": ".bridge_webhook_request",
    "BridgeWebhookRequestInputType1": ".bridge_webhook_request_input_type_1",
    "BuildIdRequest": ".build_id_request",
    "CancelWorkflowRequest": ".cancel_workflow_request",
    "CancellationRequestAdmission": ".cancellation_request_admission",
    "CancellationRequestDetail": ".cancellation_request_detail",
    "CancellationRequestInput": ".cancellation_request_input",
    "ClusterAuthCanonicalEnvironment": ".cluster_auth_canonical_environment",
    "ClusterAuthCompositionContract": ".cluster_auth_composition_contract",
    "ClusterAuthCompositionContractAuthMaterial": ".cluster_auth_composition_contract_auth_material",
    "ClusterAuthCompositionContractResolution": ".cluster_auth_composition_contract_resolution",
    "ClusterAuthEffectiveConfig": ".cluster_auth_effective_config",
    "ClusterAuthMaterial": ".cluster_auth_material",
    "ClusterAuthPrecedence": ".cluster_auth_precedence",
    "ClusterAuthRedaction": ".cluster_auth_redaction",
    "ClusterBridgeAdapterOutcomeContract": ".cluster_bridge_adapter_outcome_contract",
    "ClusterBridgeAdapterOutcomeContractOutcomes": ".cluster_bridge_adapter_outcome_contract_outcomes",
    "ClusterBridgeOutcomeRule": ".cluster_bridge_outcome_rule",
    "ClusterCapabilities": ".cluster_capabilities",
    "ClusterCapabilitiesPayloadCodecsEngineSpecificType0": ".cluster_capabilities_payload_codecs_engine_specific_type_0",
    "ClusterClientCompatibility": ".cluster_client_compatibility",
    "ClusterClientCompatibilityClients": ".cluster_client_compatibility_clients",
    "ClusterClientRequirement": ".cluster_client_requirement",
    "ClusterContractManifest": ".cluster_contract_manifest",
    "ClusterControlPlaneManifest": ".cluster_control_plane_manifest",
    "ClusterControlPlaneOperationFields": ".cluster_control_plane_operation_fields",
    "ClusterControlPlaneRequestContract": ".cluster_control_plane_request_contract",
    "ClusterControlPlaneRequestContractOperations": ".cluster_control_plane_request_contract_operations",
    "ClusterControlPlaneRequestField": ".cluster_control_plane_request_field",
    "ClusterControlPlaneRequestFieldEngineSpecificValues": ".cluster_control_plane_request_field_engine_specific_values",
    "ClusterControlPlaneRequestFieldRejectedAliases": ".cluster_control_plane_request_field_rejected_aliases",
    "ClusterControlPlaneRequestOperation": ".cluster_control_plane_request_operation",
    "ClusterControlPlaneRequestOperationFields": ".cluster_control_plane_request_operation_fields",
    "ClusterControlPlaneRequestOperationRemovedFields": ".cluster_control_plane_request_operation_removed_fields",
    "ClusterControlPlaneResponseContract": ".cluster_control_plane_response_contract",
    "ClusterControlPlaneResponseContractOperations": ".cluster_control_plane_response_contract_operations",
    "ClusterControlPlaneResponseContractRules": ".cluster_control_plane_response_contract_rules",
    "ClusterControlPlaneResponseContractRulesLegacyFields": ".cluster_control_plane_response_contract_rules_legacy_fields",
    "ClusterCoordinationHealth": ".cluster_coordination_health",
    "ClusterCoordinationHealthChecksType0": ".cluster_coordination_health_checks_type_0",
    "ClusterFleetWorker": ".cluster_fleet_worker",
    "ClusterInfo": ".cluster_info",
    "ClusterLimits": ".cluster_limits",
    "ClusterNamespaceExternalPayloadStorage": ".cluster_namespace_external_payload_storage",
    "ClusterNamespaceInfo": ".cluster_namespace_info",
    "ClusterPackageProvenance": ".cluster_package_provenance",
    "ClusterRequiredProtocols": ".cluster_required_protocols",
    "ClusterStructuralLimits": ".cluster_structural_limits",
    "ClusterSupportedSdkVersions": ".cluster_supported_sdk_versions",
    "ClusterTaskRepair": ".cluster_task_repair",
    "ClusterTopology": ".cluster_topology",
    "ClusterWorkerFleet": ".cluster_worker_fleet",
    "ClusterWorkerProtocolManifest": ".cluster_worker_protocol_manifest",
    "CommandErrorResponse": ".command_error_response",
    "CommandResult": ".command_result",
    "ControlPlaneResponseBlock": ".control_plane_response_block",
    "ControlPlaneResponseContract": ".control_plane_response_contract",
    "ControlPlaneResponseContractLegacyFields": ".control_plane_response_contract_legacy_fields",
    "ErrorResponse": ".error_response",
    "ExternalPayloadReference": ".external_payload_reference",
    "GetWorkflowRunHistoryWaitNewEvent": ".get_workflow_run_history_wait_new_event",
    "HealthChecks": ".health_checks",
    "HealthResponse": ".health_response",
    "HistoryEvent": ".history_event",
    "HistoryExportBundle": ".history_export_bundle",
    "HistoryExportIntegrity": ".history_export_integrity",
    "HistoryPage": ".history_page",
    "JsonObject": ".json_object",
    "LocalActivityAttemptReport": ".local_activity_attempt_report",
    "LocalActivityAttemptReportRetryReasonType0": ".local_activity_attempt_report_retry_reason_type_0",
    "LocalActivityCheckpointGroupRequest": ".local_activity_checkpoint_group_request",
    "LocalActivityCheckpointRequest": ".local_activity_checkpoint_request",
    "LocalActivityCheckpointResponse": ".local_activity_checkpoint_response",
    "LocalActivityControlRequest": ".local_activity_control_request",
    "LocalActivityControlResponse": ".local_activity_control_response",
    "LocalActivityDescriptor": ".local_activity_descriptor",
    "LocalActivityHeartbeatReport": ".local_activity_heartbeat_report",
    "LocalActivityHeartbeatRequest": ".local_activity_heartbeat_request",
    "LocalActivityOutcome": ".local_activity_outcome",
    "LocalActivityOutcomeCompleted": ".local_activity_outcome_completed",
    "LocalActivityOutcomeFailed": ".local_activity_outcome_failed",
    "LocalActivityOutcomeRequest": ".local_activity_outcome_request",
    "LocalActivityOutcomeResponse": ".local_activity_outcome_response",
    "LocalActivityOutcomeTimedOut": ".local_activity_outcome_timed_out",
    "LocalActivityPrepareRequest": ".local_activity_prepare_request",
    "LocalActivityPrepareResponse": ".local_activity_prepare_response",
    "LocalActivityRecoverRequest": ".local_activity_recover_request",
    "LocalActivityRecoverResponse": ".local_activity_recover_response",
    "LocalActivityRetryPolicy": ".local_activity_retry_policy",
    "LocalActivityStopRequest": ".local_activity_stop_request",
    "LocalActivityStopResponse": ".local_activity_stop_response",
    "LocalActivityTimeoutKind": ".local_activity_timeout_kind",
    "MapOrEmptyListType0": ".map_or_empty_list_type_0",
    "MessageStreamAppendRequest": ".message_stream_append_request",
    "MessageStreamAppendResponse": ".message_stream_append_response",
    "NamespaceCreateRequest": ".namespace_create_request",
    "NamespaceDeletedCountsType0": ".namespace_deleted_counts_type_0",
    "NamespaceDescription": ".namespace_description",
    "NamespaceErrorResponse": ".namespace_error_response",
    "NamespaceExternalPayloadRoute": ".namespace_external_payload_route",
    "NamespaceExternalPayloadStorage": ".namespace_external_payload_storage",
    "NamespaceExternalPayloadTransport": ".namespace_external_payload_transport",
    "NamespaceExternalPayloadTransportLimits": ".namespace_external_payload_transport_limits",
    "NamespaceExternalStorageConfig": ".namespace_external_storage_config",
    "NamespaceList": ".namespace_list",
    "NamespaceSetExternalStorageRequest": ".namespace_set_external_storage_request",
    "NamespaceUpdateRequest": ".namespace_update_request",
    "PayloadEnvelope": ".payload_envelope",
    "QueryTask": ".query_task",
    "QueryTaskArguments": ".query_task_arguments",
    "QueryTaskCompleteRequest": ".query_task_complete_request",
    "QueryTaskCompleteResponse": ".query_task_complete_response",
    "QueryTaskFailRequest": ".query_task_fail_request",
    "QueryTaskFailResponse": ".query_task_fail_response",
    "QueryTaskFailure": ".query_task_failure",
    "QueryTaskFailureReason": ".query_task_failure_reason",
    "QueryTaskLeaseFence": ".query_task_lease_fence",
    "QueryTaskPollRequest": ".query_task_poll_request",
    "QueryTaskPollResponse": ".query_task_poll_response",
    "QueryTaskRejection": ".query_task_rejection",
    "QueryTaskStatusResponse": ".query_task_status_response",
    "QueryWorkflowErrorResponse": ".query_workflow_error_response",
    "QueryWorkflowRequest": ".query_workflow_request",
    "QueryWorkflowResponse": ".query_workflow_response",
    "ReadyCheck": ".ready_check",
    "ReadyChecks": ".ready_checks",
    "ReadyResponse": ".ready_response",
    "RedriveWorkflowRunRequest": ".redrive_workflow_run_request",
    "RepairWorkflowRequest": ".repair_workflow_request",
    "ScheduleAction": ".schedule_action",
    "ScheduleBackfillRequest": ".schedule_backfill_request",
    "ScheduleBackfillResponse": ".schedule_backfill_response",
    "ScheduleBackfillResult": ".schedule_backfill_result",
    "ScheduleCreateAction": ".schedule_create_action",
    "ScheduleCreateRequest": ".schedule_create_request",
    "ScheduleCreateRequestMemoType0": ".schedule_create_request_memo_type_0",
    "ScheduleCreateRequestSearchAttributesType0": ".schedule_create_request_search_attributes_type_0",
    "ScheduleCreateResponse": ".schedule_create_response",
    "ScheduleDeleteResponse": ".schedule_delete_response",
    "ScheduleDescription": ".schedule_description",
    "ScheduleErrorResponse": ".schedule_error_response",
    "ScheduleHistoryEvent": ".schedule_history_event",
    "ScheduleHistoryPage": ".schedule_history_page",
    "ScheduleInfo": ".schedule_info",
    "ScheduleInterval": ".schedule_interval",
    "ScheduleListCursor": ".schedule_list_cursor",
    "ScheduleListErrorResponse": ".schedule_list_error_response",
    "ScheduleListItem": ".schedule_list_item",
    "ScheduleListResponse": ".schedule_list_response",
    "ScheduleOpenMapType0": ".schedule_open_map_type_0",
    "ScheduleOverlapPolicy": ".schedule_overlap_policy",
    "SchedulePauseRequest": ".schedule_pause_request",
    "SchedulePauseResponse": ".schedule_pause_response",
    "ScheduleRecentAction": ".schedule_recent_action",
    "ScheduleResumeRequest": ".schedule_resume_request",
    "ScheduleResumeResponse": ".schedule_resume_response",
    "ScheduleSpec": ".schedule_spec",
    "ScheduleState": ".schedule_state",
    "ScheduleStatusFilter": ".schedule_status_filter",
    "ScheduleTriggerFailedResponse": ".schedule_trigger_failed_response",
    "ScheduleTriggerRequest": ".schedule_trigger_request",
    "ScheduleTriggerResponse": ".schedule_trigger_response",
    "ScheduleUpdateRequest": ".schedule_update_request",
    "ScheduleUpdateRequestMemoType0": ".schedule_update_request_memo_type_0",
    "ScheduleUpdateRequestSearchAttributesType0": ".schedule_update_request_search_attributes_type_0",
    "ScheduleUpdateResponse": ".schedule_update_response",
    "SearchAttributeCreateRequest": ".search_attribute_create_request",
    "SearchAttributeCreateResponse": ".search_attribute_create_response",
    "SearchAttributeDeleteResponse": ".search_attribute_delete_response",
    "SearchAttributeErrorResponse": ".search_attribute_error_response",
    "SearchAttributeList": ".search_attribute_list",
    "SearchAttributeType": ".search_attribute_type",
    "SearchAttributeTypeMapType0": ".search_attribute_type_map_type_0",
    "ServerCapabilities": ".server_capabilities",
    "ServerCapabilitiesContractRef": ".server_capabilities_contract_ref",
    "ServerCapabilitiesFeature": ".server_capabilities_feature",
    "ServerCapabilitiesHistoryCompression": ".server_capabilities_history_compression",
    "ServerCapabilitiesSynchronousUpdateValidation": ".server_capabilities_synchronous_update_validation",
    "ServerCapabilitiesWorkerDeregistrationFencing": ".server_capabilities_worker_deregistration_fencing",
    "SignalWorkflowRequest": ".signal_workflow_request",
    "SignalWorkflowResponse": ".signal_workflow_response",
    "StandaloneActivityExecution": ".standalone_activity_execution",
    "StandaloneActivityListResponse": ".standalone_activity_list_response",
    "StandaloneActivityRetryPolicy": ".standalone_activity_retry_policy",
    "StandaloneActivityStartRequest": ".standalone_activity_start_request",
    "StandaloneActivityStartResponse": ".standalone_activity_start_response",
    "StartWorkflowDuplicatePolicy": ".start_workflow_duplicate_policy",
    "StartWorkflowErrorResponse": ".start_workflow_error_response",
    "StartWorkflowRequest": ".start_workflow_request",
    "StartWorkflowRequestSearchAttributesType0": ".start_workflow_request_search_attributes_type_0",
    "StartWorkflowResponse": ".start_workflow_response",
    "StorageDriver": ".storage_driver",
    "StoragePayloadTestResult": ".storage_payload_test_result",
    "StorageTestErrorResponse": ".storage_test_error_response",
    "StorageTestRequest": ".storage_test_request",
    "StorageTestResult": ".storage_test_result",
    "SystemActivityTimeoutPassRequest": ".system_activity_timeout_pass_request",
    "SystemActivityTimeoutPassResponse": ".system_activity_timeout_pass_response",
    "SystemActivityTimeoutResult": ".system_activity_timeout_result",
    "SystemActivityTimeoutStatus": ".system_activity_timeout_status",
    "SystemMetrics": ".system_metrics",
    "SystemMetricsCardinality": ".system_metrics_cardinality",
    "SystemMetricsCardinalityMetricLabelSets": ".system_metrics_cardinality_metric_label_sets",
    "SystemMetricsResponse": ".system_metrics_response",
    "SystemOperatorActivityMetrics": ".system_operator_activity_metrics",
    "SystemOperatorBackend": ".system_operator_backend",
    "SystemOperatorBackendIssue": ".system_operator_backend_issue",
    "SystemOperatorBacklogMetrics": ".system_operator_backlog_metrics",
    "SystemOperatorMetrics": ".system_operator_metrics",
    "SystemOperatorMetricsResponse": ".system_operator_metrics_response",
    "SystemOperatorRunMetrics": ".system_operator_run_metrics",
    "SystemOperatorScheduleMetrics": ".system_operator_schedule_metrics",
    "SystemOperatorTaskMetrics": ".system_operator_task_metrics",
    "SystemOperatorWorkerMetrics": ".system_operator_worker_metrics",
    "SystemProjectionDriftMetric": ".system_projection_drift_metric",
    "SystemRepairCandidates": ".system_repair_candidates",
    "SystemRepairPassRequest": ".system_repair_pass_request",
    "SystemRepairPassResponse": ".system_repair_pass_response",
    "SystemRepairPolicy": ".system_repair_policy",
    "SystemRepairScope": ".system_repair_scope",
    "SystemRepairStatus": ".system_repair_status",
    "SystemRetentionPassRequest": ".system_retention_pass_request",
    "SystemRetentionPassResponse": ".system_retention_pass_response",
    "SystemRetentionResult": ".system_retention_result",
    "SystemRetentionResultDeletedType0": ".system_retention_result_deleted_type_0",
    "SystemRetentionStatus": ".system_retention_status",
    "SystemWorkflowTaskFailureMetric": ".system_workflow_task_failure_metric",
    "TaskQueueAdmission": ".task_queue_admission",
    "TaskQueueBuildIdCohort": ".task_queue_build_id_cohort",
    "TaskQueueBuildIdRollout": ".task_queue_build_id_rollout",
    "TaskQueueBuildIdRolloutState": ".task_queue_build_id_rollout_state",
    "TaskQueueDescription": ".task_queue_description",
    "TaskQueueLease": ".task_queue_lease",
    "TaskQueueList": ".task_queue_list",
    "TaskQueueOldestReadyTask": ".task_queue_oldest_ready_task",
    "TaskQueuePoller": ".task_queue_poller",
    "TaskQueuePollerStats": ".task_queue_poller_stats",
    "TaskQueueQueryAdmission": ".task_queue_query_admission",
    "TaskQueueRepair": ".task_queue_repair",
    "TaskQueueStats": ".task_queue_stats",
    "TaskQueueTaskAdmission": ".task_queue_task_admission",
    "TaskQueueTaskCounts": ".task_queue_task_counts",
    "TerminateWorkflowRequest": ".terminate_workflow_request",
    "UpdateValidationTask": ".update_validation_task",
    "UpdateValidationTaskApproveRequest": ".update_validation_task_approve_request",
    "UpdateValidationTaskCompletionResponse": ".update_validation_task_completion_response",
    "UpdateValidationTaskFailure": ".update_validation_task_failure",
    "UpdateValidationTaskFailureReasonType0": ".update_validation_task_failure_reason_type_0",
    "UpdateValidationTaskPollRequest": ".update_validation_task_poll_request",
    "UpdateValidationTaskPollResponse": ".update_validation_task_poll_response",
    "UpdateValidationTaskRejectRequest": ".update_validation_task_reject_request",
    "UpdateValidationTaskRejection": ".update_validation_task_rejection",
    "UpdateValidationTaskTaskKind": ".update_validation_task_task_kind",
    "UpdateWorkflowErrorResponse": ".update_workflow_error_response",
    "UpdateWorkflowRequest": ".update_workflow_request",
    "UpdateWorkflowResponse": ".update_workflow_response",
    "UpdateWorkflowWaitFor": ".update_workflow_wait_for",
    "ValidationErrors": ".validation_errors",
    "WorkerDeregisterResponse": ".worker_deregister_response",
    "WorkerDescription": ".worker_description",
    "WorkerDescriptionProcessMetrics": ".worker_description_process_metrics",
    "WorkerDescriptionTaskSlots": ".worker_description_task_slots",
    "WorkerDescriptionWorkflowDefinitionFingerprintsType0": ".worker_description_workflow_definition_fingerprints_type_0",
    "WorkerHeartbeatRequest": ".worker_heartbeat_request",
    "WorkerHeartbeatResponse": ".worker_heartbeat_response",
    "WorkerHeartbeatRetention": ".worker_heartbeat_retention",
    "WorkerHeartbeatTaskSlots": ".worker_heartbeat_task_slots",
    "WorkerList": ".worker_list",
    "WorkerPlaneDeregisterRequest": ".worker_plane_deregister_request",
    "WorkerPlaneDeregisterResponse": ".worker_plane_deregister_response",
    "WorkerPlaneEnvelope": ".worker_plane_envelope",
    "WorkerPlaneError": ".worker_plane_error",
    "WorkerRegisterCapabilityDeclaration": ".worker_register_capability_declaration",
    "WorkerRegisterCapabilityManifest": ".worker_register_capability_manifest",
    "WorkerRegisterConflict": ".worker_register_conflict",
    "WorkerRegisterRequest": ".worker_register_request",
    "WorkerRegisterRequestWorkflowCommandContracts": ".worker_register_request_workflow_command_contracts",
    "WorkerRegisterRequestWorkflowDefinitionFingerprints": ".worker_register_request_workflow_definition_fingerprints",
    "WorkerRegisterResponse": ".worker_register_response",
    "WorkerRegisterRuntime": ".worker_register_runtime",
    "WorkerRegisterWorkflowContract": ".worker_register_workflow_contract",
    "WorkerSessionCloseRequest": ".worker_session_close_request",
    "WorkerSessionCreateRequest": ".worker_session_create_request",
    "WorkerSessionHeartbeatRequest": ".worker_session_heartbeat_request",
    "WorkerSessionHolder": ".worker_session_holder",
    "WorkerSessionOperationResponse": ".worker_session_operation_response",
    "WorkerSessionOptions": ".worker_session_options",
    "WorkerSessionSnapshot": ".worker_session_snapshot",
    "WorkerSessionTaskAffinity": ".worker_session_task_affinity",
    "WorkflowActions": ".workflow_actions",
    "WorkflowCommandCancelSelectionOperation": ".workflow_command_cancel_selection_operation",
    "WorkflowCommandCancellationPolicy": ".workflow_command_cancellation_policy",
    "WorkflowCommandCompleteUpdate": ".workflow_command_complete_update",
    "WorkflowCommandCompleteWorkflow": ".workflow_command_complete_workflow",
    "WorkflowCommandContinueAsNew": ".workflow_command_continue_as_new",
    "WorkflowCommandFailUpdate": ".workflow_command_fail_update",
    "WorkflowCommandFailWorkflow": ".workflow_command_fail_workflow",
    "WorkflowCommandOpenConditionWait": ".workflow_command_open_condition_wait",
    "WorkflowCommandOpenSignalWait": ".workflow_command_open_signal_wait",
    "WorkflowCommandParallelMetadata": ".workflow_command_parallel_metadata",
    "WorkflowCommandParentClosePolicy": ".workflow_command_parent_close_policy",
    "WorkflowCommandRecordLocalActivity": ".workflow_command_record_local_activity",
    "WorkflowCommandRecordSideEffect": ".workflow_command_record_side_effect",
    "WorkflowCommandRecordVersionMarker": ".workflow_command_record_version_marker",
    "WorkflowCommandRetryPolicy": ".workflow_command_retry_policy",
    "WorkflowCommandScheduleActivity": ".workflow_command_schedule_activity",
    "WorkflowCommandScope": ".workflow_command_scope",
    "WorkflowCommandSearchAttributeType": ".workflow_command_search_attribute_type",
    "WorkflowCommandStartChildWorkflow": ".workflow_command_start_child_workflow",
    "WorkflowCommandStartServiceOperation": ".workflow_command_start_service_operation",
    "WorkflowCommandStartServiceOperationModeOverrideType0": ".workflow_command_start_service_operation_mode_override_type_0",
    "WorkflowCommandStartServiceOperationWaitForType0": ".workflow_command_start_service_operation_wait_for_type_0",
    "WorkflowCommandStartTimer": ".workflow_command_start_timer",
    "WorkflowCommandUpsertMemo": ".workflow_command_upsert_memo",
    "WorkflowCommandUpsertSearchAttributes": ".workflow_command_upsert_search_attributes",
    "WorkflowCommandUpsertSearchAttributesAttributeTypes": ".workflow_command_upsert_search_attributes_attribute_types",
    "WorkflowCommandUpsertSearchAttributesAttributes": ".workflow_command_upsert_search_attributes_attributes",
    "WorkflowDebugResponse": ".workflow_debug_response",
    "WorkflowErrorResponse": ".workflow_error_response",
    "WorkflowListItem": ".workflow_list_item",
    "WorkflowListResponse": ".workflow_list_response",
    "WorkflowObservabilityContext": ".workflow_observability_context",
    "WorkflowObservabilityContextCarrier": ".workflow_observability_context_carrier",
    "WorkflowRunDetail": ".workflow_run_detail",
    "WorkflowRunListResponse": ".workflow_run_list_response",
    "WorkflowRunSummary": ".workflow_run_summary",
    "WorkflowStatusBucket": ".workflow_status_bucket",
    "WorkflowStream": ".workflow_stream",
    "WorkflowStreamAppendItem": ".workflow_stream_append_item",
    "WorkflowStreamAppendRequest": ".workflow_stream_append_request",
    "WorkflowStreamAppendResponse": ".workflow_stream_append_response",
    "WorkflowStreamCloseRequest": ".workflow_stream_close_request",
    "WorkflowStreamDescribeResponse": ".workflow_stream_describe_response",
    "WorkflowStreamItem": ".workflow_stream_item",
    "WorkflowStreamItemsPage": ".workflow_stream_items_page",
    "WorkflowStreamListResponse": ".workflow_stream_list_response",
    "WorkflowTask": ".workflow_task",
    "WorkflowTaskCallKind": ".workflow_task_call_kind",
    "WorkflowTaskCancellationRequest": ".workflow_task_cancellation_request",
    "WorkflowTaskCancellationScopeRequest": ".workflow_task_cancellation_scope_request",
    "WorkflowTaskCancellationScopeResponse": ".workflow_task_cancellation_scope_response",
    "WorkflowTaskCompleteRequest": ".workflow_task_complete_request",
    "WorkflowTaskCompleteResponse": ".workflow_task_complete_response",
    "WorkflowTaskDeliverCancellationRequest": ".workflow_task_deliver_cancellation_request",
    "WorkflowTaskDeliverCancellationResponse": ".workflow_task_deliver_cancellation_response",
    "WorkflowTaskFailRequest": ".workflow_task_fail_request",
    "WorkflowTaskFailResponse": ".workflow_task_fail_response",
    "WorkflowTaskFailure": ".workflow_task_failure",
    "WorkflowTaskHeartbeatRequest": ".workflow_task_heartbeat_request",
    "WorkflowTaskHeartbeatResponse": ".workflow_task_heartbeat_response",
    "WorkflowTaskHistoryRequest": ".workflow_task_history_request",
    "WorkflowTaskHistoryResponse": ".workflow_task_history_response",
    "WorkflowTaskKind": ".workflow_task_kind",
    "WorkflowTaskLeaseFence": ".workflow_task_lease_fence",
    "WorkflowTaskMessageStreamCursor": ".workflow_task_message_stream_cursor",
    "WorkflowTaskMessageStreamWait": ".workflow_task_message_stream_wait",
    "WorkflowTaskPollRequest": ".workflow_task_poll_request",
    "WorkflowTaskPollResponse": ".workflow_task_poll_response",
    "WorkflowTaskRejection": ".workflow_task_rejection",
    "WorkflowTaskStickyCache": ".workflow_task_sticky_cache",
    "WorkflowTaskStickyCacheMetrics": ".workflow_task_sticky_cache_metrics",
    "WorkflowTaskTaskKind": ".workflow_task_task_kind",
}

__all__ = (
    "ActivityTask",
    "ActivityTaskCancellationAckRequest",
    "ActivityTaskCancellationAckResponse",
    "ActivityTaskCancellationReceipt",
    "ActivityTaskCompleteRequest",
    "ActivityTaskDeadlines",
    "ActivityTaskFailRequest",
    "ActivityTaskFailure",
    "ActivityTaskFailureKind",
    "ActivityTaskHeartbeatRequest",
    "ActivityTaskHeartbeatResponse",
    "ActivityTaskLeaseFence",
    "ActivityTaskOutcomeResponse",
    "ActivityTaskOwnership",
    "ActivityTaskPollRequest",
    "ActivityTaskPollResponse",
    "ActivityTaskRejection",
    "ActivityTaskRenewLeaseRequest",
    "ActivityTaskRenewLeaseResponse",
    "ActivityTaskRetryPolicy",
    "ActivityTaskStatusRequest",
    "ActivityTaskStatusResponse",
    "ActivityTaskTimeoutType",
    "ArchiveWorkflowRequest",
    "BridgeAdapterOutcome",
    "BridgeOutcomeTarget",
    "BridgeSignalWorkflowTarget",
    "BridgeStartDuplicatePolicy",
    "BridgeStartWorkflowTarget",
    "BridgeUpdateWorkflowTarget",
    "BridgeWebhookAction",
    "BridgeWebhookRequest",
    "BridgeWebhookRequestInputType1",
    "BuildIdRequest",
    "CancelWorkflowRequest",
    "CancellationRequestAdmission",
    "CancellationRequestDetail",
    "CancellationRequestInput",
    "ClusterAuthCanonicalEnvironment",
    "ClusterAuthCompositionContract",
    "ClusterAuthCompositionContractAuthMaterial",
    "ClusterAuthCompositionContractResolution",
    "ClusterAuthEffectiveConfig",
    "ClusterAuthMaterial",
    "ClusterAuthPrecedence",
    "ClusterAuthRedaction",
    "ClusterBridgeAdapterOutcomeContract",
    "ClusterBridgeAdapterOutcomeContractOutcomes",
    "ClusterBridgeOutcomeRule",
    "ClusterCapabilities",
    "ClusterCapabilitiesPayloadCodecsEngineSpecificType0",
    "ClusterClientCompatibility",
    "ClusterClientCompatibilityClients",
    "ClusterClientRequirement",
    "ClusterContractManifest",
    "ClusterControlPlaneManifest",
    "ClusterControlPlaneOperationFields",
    "ClusterControlPlaneRequestContract",
    "ClusterControlPlaneRequestContractOperations",
    "ClusterControlPlaneRequestField",
    "ClusterControlPlaneRequestFieldEngineSpecificValues",
    "ClusterControlPlaneRequestFieldRejectedAliases",
    "ClusterControlPlaneRequestOperation",
    "ClusterControlPlaneRequestOperationFields",
    "ClusterControlPlaneRequestOperationRemovedFields",
    "ClusterControlPlaneResponseContract",
    "ClusterControlPlaneResponseContractOperations",
    "ClusterControlPlaneResponseContractRules",
    "ClusterControlPlaneResponseContractRulesLegacyFields",
    "ClusterCoordinationHealth",
    "ClusterCoordinationHealthChecksType0",
    "ClusterFleetWorker",
    "ClusterInfo",
    "ClusterLimits",
    "ClusterNamespaceExternalPayloadStorage",
    "ClusterNamespaceInfo",
    "ClusterPackageProvenance",
    "ClusterRequiredProtocols",
    "ClusterStructuralLimits",
    "ClusterSupportedSdkVersions",
    "ClusterTaskRepair",
    "ClusterTopology",
    "ClusterWorkerFleet",
    "ClusterWorkerProtocolManifest",
    "CommandErrorResponse",
    "CommandResult",
    "ControlPlaneResponseBlock",
    "ControlPlaneResponseContract",
    "ControlPlaneResponseContractLegacyFields",
    "ErrorResponse",
    "ExternalPayloadReference",
    "GetWorkflowRunHistoryWaitNewEvent",
    "HealthChecks",
    "HealthResponse",
    "HistoryEvent",
    "HistoryExportBundle",
    "HistoryExportIntegrity",
    "HistoryPage",
    "JsonObject",
    "LocalActivityAttemptReport",
    "LocalActivityAttemptReportRetryReasonType0",
    "LocalActivityCheckpointGroupRequest",
    "LocalActivityCheckpointRequest",
    "LocalActivityCheckpointResponse",
    "LocalActivityControlRequest",
    "LocalActivityControlResponse",
    "LocalActivityDescriptor",
    "LocalActivityHeartbeatReport",
    "LocalActivityHeartbeatRequest",
    "LocalActivityOutcome",
    "LocalActivityOutcomeCompleted",
    "LocalActivityOutcomeFailed",
    "LocalActivityOutcomeRequest",
    "LocalActivityOutcomeResponse",
    "LocalActivityOutcomeTimedOut",
    "LocalActivityPrepareRequest",
    "LocalActivityPrepareResponse",
    "LocalActivityRecoverRequest",
    "LocalActivityRecoverResponse",
    "LocalActivityRetryPolicy",
    "LocalActivityStopRequest",
    "LocalActivityStopResponse",
    "LocalActivityTimeoutKind",
    "MapOrEmptyListType0",
    "MessageStreamAppendRequest",
    "MessageStreamAppendResponse",
    "NamespaceCreateRequest",
    "NamespaceDeletedCountsType0",
    "NamespaceDescription",
    "NamespaceErrorResponse",
    "NamespaceExternalPayloadRoute",
    "NamespaceExternalPayloadStorage",
    "NamespaceExternalPayloadTransport",
    "NamespaceExternalPayloadTransportLimits",
    "NamespaceExternalStorageConfig",
    "NamespaceList",
    "NamespaceSetExternalStorageRequest",
    "NamespaceUpdateRequest",
    "PayloadEnvelope",
    "QueryTask",
    "QueryTaskArguments",
    "QueryTaskCompleteRequest",
    "QueryTaskCompleteResponse",
    "QueryTaskFailRequest",
    "QueryTaskFailResponse",
    "QueryTaskFailure",
    "QueryTaskFailureReason",
    "QueryTaskLeaseFence",
    "QueryTaskPollRequest",
    "QueryTaskPollResponse",
    "QueryTaskRejection",
    "QueryTaskStatusResponse",
    "QueryWorkflowErrorResponse",
    "QueryWorkflowRequest",
    "QueryWorkflowResponse",
    "ReadyCheck",
    "ReadyChecks",
    "ReadyResponse",
    "RedriveWorkflowRunRequest",
    "RepairWorkflowRequest",
    "ScheduleAction",
    "ScheduleBackfillRequest",
    "ScheduleBackfillResponse",
    "ScheduleBackfillResult",
    "ScheduleCreateAction",
    "ScheduleCreateRequest",
    "ScheduleCreateRequestMemoType0",
    "ScheduleCreateRequestSearchAttributesType0",
    "ScheduleCreateResponse",
    "ScheduleDeleteResponse",
    "ScheduleDescription",
    "ScheduleErrorResponse",
    "ScheduleHistoryEvent",
    "ScheduleHistoryPage",
    "ScheduleInfo",
    "ScheduleInterval",
    "ScheduleListCursor",
    "ScheduleListErrorResponse",
    "ScheduleListItem",
    "ScheduleListResponse",
    "ScheduleOpenMapType0",
    "ScheduleOverlapPolicy",
    "SchedulePauseRequest",
    "SchedulePauseResponse",
    "ScheduleRecentAction",
    "ScheduleResumeRequest",
    "ScheduleResumeResponse",
    "ScheduleSpec",
    "ScheduleState",
    "ScheduleStatusFilter",
    "ScheduleTriggerFailedResponse",
    "ScheduleTriggerRequest",
    "ScheduleTriggerResponse",
    "ScheduleUpdateRequest",
    "ScheduleUpdateRequestMemoType0",
    "ScheduleUpdateRequestSearchAttributesType0",
    "ScheduleUpdateResponse",
    "SearchAttributeCreateRequest",
    "SearchAttributeCreateResponse",
    "SearchAttributeDeleteResponse",
    "SearchAttributeErrorResponse",
    "SearchAttributeList",
    "SearchAttributeType",
    "SearchAttributeTypeMapType0",
    "ServerCapabilities",
    "ServerCapabilitiesContractRef",
    "ServerCapabilitiesFeature",
    "ServerCapabilitiesHistoryCompression",
    "ServerCapabilitiesSynchronousUpdateValidation",
    "ServerCapabilitiesWorkerDeregistrationFencing",
    "SignalWorkflowRequest",
    "SignalWorkflowResponse",
    "StandaloneActivityExecution",
    "StandaloneActivityListResponse",
    "StandaloneActivityRetryPolicy",
    "StandaloneActivityStartRequest",
    "StandaloneActivityStartResponse",
    "StartWorkflowDuplicatePolicy",
    "StartWorkflowErrorResponse",
    "StartWorkflowRequest",
    "StartWorkflowRequestSearchAttributesType0",
    "StartWorkflowResponse",
    "StorageDriver",
    "StoragePayloadTestResult",
    "StorageTestErrorResponse",
    "StorageTestRequest",
    "StorageTestResult",
    "SystemActivityTimeoutPassRequest",
    "SystemActivityTimeoutPassResponse",
    "SystemActivityTimeoutResult",
    "SystemActivityTimeoutStatus",
    "SystemMetrics",
    "SystemMetricsCardinality",
    "SystemMetricsCardinalityMetricLabelSets",
    "SystemMetricsResponse",
    "SystemOperatorActivityMetrics",
    "SystemOperatorBackend",
    "SystemOperatorBackendIssue",
    "SystemOperatorBacklogMetrics",
    "SystemOperatorMetrics",
    "SystemOperatorMetricsResponse",
    "SystemOperatorRunMetrics",
    "SystemOperatorScheduleMetrics",
    "SystemOperatorTaskMetrics",
    "SystemOperatorWorkerMetrics",
    "SystemProjectionDriftMetric",
    "SystemRepairCandidates",
    "SystemRepairPassRequest",
    "SystemRepairPassResponse",
    "SystemRepairPolicy",
    "SystemRepairScope",
    "SystemRepairStatus",
    "SystemRetentionPassRequest",
    "SystemRetentionPassResponse",
    "SystemRetentionResult",
    "SystemRetentionResultDeletedType0",
    "SystemRetentionStatus",
    "SystemWorkflowTaskFailureMetric",
    "TaskQueueAdmission",
    "TaskQueueBuildIdCohort",
    "TaskQueueBuildIdRollout",
    "TaskQueueBuildIdRolloutState",
    "TaskQueueDescription",
    "TaskQueueLease",
    "TaskQueueList",
    "TaskQueueOldestReadyTask",
    "TaskQueuePoller",
    "TaskQueuePollerStats",
    "TaskQueueQueryAdmission",
    "TaskQueueRepair",
    "TaskQueueStats",
    "TaskQueueTaskAdmission",
    "TaskQueueTaskCounts",
    "TerminateWorkflowRequest",
    "UpdateValidationTask",
    "UpdateValidationTaskApproveRequest",
    "UpdateValidationTaskCompletionResponse",
    "UpdateValidationTaskFailure",
    "UpdateValidationTaskFailureReasonType0",
    "UpdateValidationTaskPollRequest",
    "UpdateValidationTaskPollResponse",
    "UpdateValidationTaskRejectRequest",
    "UpdateValidationTaskRejection",
    "UpdateValidationTaskTaskKind",
    "UpdateWorkflowErrorResponse",
    "UpdateWorkflowRequest",
    "UpdateWorkflowResponse",
    "UpdateWorkflowWaitFor",
    "ValidationErrors",
    "WorkerDeregisterResponse",
    "WorkerDescription",
    "WorkerDescriptionProcessMetrics",
    "WorkerDescriptionTaskSlots",
    "WorkerDescriptionWorkflowDefinitionFingerprintsType0",
    "WorkerHeartbeatRequest",
    "WorkerHeartbeatResponse",
    "WorkerHeartbeatRetention",
    "WorkerHeartbeatTaskSlots",
    "WorkerList",
    "WorkerPlaneDeregisterRequest",
    "WorkerPlaneDeregisterResponse",
    "WorkerPlaneEnvelope",
    "WorkerPlaneError",
    "WorkerRegisterCapabilityDeclaration",
    "WorkerRegisterCapabilityManifest",
    "WorkerRegisterConflict",
    "WorkerRegisterRequest",
    "WorkerRegisterRequestWorkflowCommandContracts",
    "WorkerRegisterRequestWorkflowDefinitionFingerprints",
    "WorkerRegisterResponse",
    "WorkerRegisterRuntime",
    "WorkerRegisterWorkflowContract",
    "WorkerSessionCloseRequest",
    "WorkerSessionCreateRequest",
    "WorkerSessionHeartbeatRequest",
    "WorkerSessionHolder",
    "WorkerSessionOperationResponse",
    "WorkerSessionOptions",
    "WorkerSessionSnapshot",
    "WorkerSessionTaskAffinity",
    "WorkflowActions",
    "WorkflowCommandCancelSelectionOperation",
    "WorkflowCommandCancellationPolicy",
    "WorkflowCommandCompleteUpdate",
    "WorkflowCommandCompleteWorkflow",
    "WorkflowCommandContinueAsNew",
    "WorkflowCommandFailUpdate",
    "WorkflowCommandFailWorkflow",
    "WorkflowCommandOpenConditionWait",
    "WorkflowCommandOpenSignalWait",
    "WorkflowCommandParallelMetadata",
    "WorkflowCommandParentClosePolicy",
    "WorkflowCommandRecordLocalActivity",
    "WorkflowCommandRecordSideEffect",
    "WorkflowCommandRecordVersionMarker",
    "WorkflowCommandRetryPolicy",
    "WorkflowCommandScheduleActivity",
    "WorkflowCommandScope",
    "WorkflowCommandSearchAttributeType",
    "WorkflowCommandStartChildWorkflow",
    "WorkflowCommandStartServiceOperation",
    "WorkflowCommandStartServiceOperationModeOverrideType0",
    "WorkflowCommandStartServiceOperationWaitForType0",
    "WorkflowCommandStartTimer",
    "WorkflowCommandUpsertMemo",
    "WorkflowCommandUpsertSearchAttributes",
    "WorkflowCommandUpsertSearchAttributesAttributeTypes",
    "WorkflowCommandUpsertSearchAttributesAttributes",
    "WorkflowDebugResponse",
    "WorkflowErrorResponse",
    "WorkflowListItem",
    "WorkflowListResponse",
    "WorkflowObservabilityContext",
    "WorkflowObservabilityContextCarrier",
    "WorkflowRunDetail",
    "WorkflowRunListResponse",
    "WorkflowRunSummary",
    "WorkflowStatusBucket",
    "WorkflowStream",
    "WorkflowStreamAppendItem",
    "WorkflowStreamAppendRequest",
    "WorkflowStreamAppendResponse",
    "WorkflowStreamCloseRequest",
    "WorkflowStreamDescribeResponse",
    "WorkflowStreamItem",
    "WorkflowStreamItemsPage",
    "WorkflowStreamListResponse",
    "WorkflowTask",
    "WorkflowTaskCallKind",
    "WorkflowTaskCancellationRequest",
    "WorkflowTaskCancellationScopeRequest",
    "WorkflowTaskCancellationScopeResponse",
    "WorkflowTaskCompleteRequest",
    "WorkflowTaskCompleteResponse",
    "WorkflowTaskDeliverCancellationRequest",
    "WorkflowTaskDeliverCancellationResponse",
    "WorkflowTaskFailRequest",
    "WorkflowTaskFailResponse",
    "WorkflowTaskFailure",
    "WorkflowTaskHeartbeatRequest",
    "WorkflowTaskHeartbeatResponse",
    "WorkflowTaskHistoryRequest",
    "WorkflowTaskHistoryResponse",
    "WorkflowTaskKind",
    "WorkflowTaskLeaseFence",
    "WorkflowTaskMessageStreamCursor",
    "WorkflowTaskMessageStreamWait",
    "WorkflowTaskPollRequest",
    "WorkflowTaskPollResponse",
    "WorkflowTaskRejection",
    "WorkflowTaskStickyCache",
    "WorkflowTaskStickyCacheMetrics",
    "WorkflowTaskTaskKind",
)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))
