from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.worker_register_runtime import WorkerRegisterRuntime, check_worker_register_runtime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.worker_heartbeat_task_slots import WorkerHeartbeatTaskSlots
    from ..models.worker_register_capability_manifest import WorkerRegisterCapabilityManifest
    from ..models.worker_register_request_workflow_command_contracts import (
        WorkerRegisterRequestWorkflowCommandContracts,
    )
    from ..models.worker_register_request_workflow_definition_fingerprints import (
        WorkerRegisterRequestWorkflowDefinitionFingerprints,
    )


T = TypeVar("T", bound="WorkerRegisterRequest")


@_attrs_define
class WorkerRegisterRequest:
    task_queue: str
    """ The one task queue this registration polls. """
    runtime: WorkerRegisterRuntime
    """ Language runtime of a worker. """
    worker_id: None | str | Unset = UNSET
    """ Worker id; the server generates a 26-character ULID when absent. """
    sdk_version: None | str | Unset = UNSET
    build_id: None | str | Unset = UNSET
    """ Build id used for worker versioning and task routing. """
    supported_workflow_types: list[str] | Unset = UNSET
    """ Workflow types this worker runs; empty or absent means all types. """
    supported_activity_types: list[str] | Unset = UNSET
    """ Activity types this worker runs; empty or absent means all types. """
    workflow_definition_fingerprints: (
        WorkerRegisterRequestWorkflowDefinitionFingerprints | Unset
    ) = UNSET
    """ Workflow type to definition fingerprint (e.g. `sha256:<hex>`). """
    max_concurrent_workflow_tasks: int | Unset = UNSET
    """ Workflow-task slots (stored default 100). """
    max_concurrent_activity_tasks: int | Unset = UNSET
    """ Activity-task slots (stored default 100). """
    max_concurrent_worker_sessions: int | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    """ Worker capability names (`memo_upserts`, `typed_search_attributes`, `local_activities`, `query_tasks`,
    `workflow_updates`, `message_streams`, `worker_sessions`, `sticky_execution`, `cooperative_cancellation`, ...).
    """
    capability_manifest: WorkerRegisterCapabilityManifest | Unset = UNSET
    """ Feature name to its declaration (`local_activities`, `worker_sessions`, `sticky_execution`, ...). """
    workflow_command_contracts: WorkerRegisterRequestWorkflowCommandContracts | Unset = UNSET
    """ Workflow type to the messages it declares. """
    task_slots: WorkerHeartbeatTaskSlots | Unset = UNSET
    """ Free task slots of the worker process. """
    process_metrics: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    heartbeat_interval_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_queue = self.task_queue

        runtime: str = self.runtime

        worker_id: None | str | Unset
        if isinstance(self.worker_id, Unset):
            worker_id = UNSET
        else:
            worker_id = self.worker_id

        sdk_version: None | str | Unset
        if isinstance(self.sdk_version, Unset):
            sdk_version = UNSET
        else:
            sdk_version = self.sdk_version

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        supported_workflow_types: list[str] | Unset = UNSET
        if not isinstance(self.supported_workflow_types, Unset):
            supported_workflow_types = self.supported_workflow_types

        supported_activity_types: list[str] | Unset = UNSET
        if not isinstance(self.supported_activity_types, Unset):
            supported_activity_types = self.supported_activity_types

        workflow_definition_fingerprints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_definition_fingerprints, Unset):
            workflow_definition_fingerprints = self.workflow_definition_fingerprints.to_dict()

        max_concurrent_workflow_tasks = self.max_concurrent_workflow_tasks

        max_concurrent_activity_tasks = self.max_concurrent_activity_tasks

        max_concurrent_worker_sessions = self.max_concurrent_worker_sessions

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        capability_manifest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capability_manifest, Unset):
            capability_manifest = self.capability_manifest.to_dict()

        workflow_command_contracts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_command_contracts, Unset):
            workflow_command_contracts = self.workflow_command_contracts.to_dict()

        task_slots: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_slots, Unset):
            task_slots = self.task_slots.to_dict()

        process_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.process_metrics, Unset):
            process_metrics = self.process_metrics.to_dict()

        heartbeat_interval_seconds = self.heartbeat_interval_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_queue": task_queue,
                "runtime": runtime,
            }
        )
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id
        if sdk_version is not UNSET:
            field_dict["sdk_version"] = sdk_version
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if supported_workflow_types is not UNSET:
            field_dict["supported_workflow_types"] = supported_workflow_types
        if supported_activity_types is not UNSET:
            field_dict["supported_activity_types"] = supported_activity_types
        if workflow_definition_fingerprints is not UNSET:
            field_dict["workflow_definition_fingerprints"] = workflow_definition_fingerprints
        if max_concurrent_workflow_tasks is not UNSET:
            field_dict["max_concurrent_workflow_tasks"] = max_concurrent_workflow_tasks
        if max_concurrent_activity_tasks is not UNSET:
            field_dict["max_concurrent_activity_tasks"] = max_concurrent_activity_tasks
        if max_concurrent_worker_sessions is not UNSET:
            field_dict["max_concurrent_worker_sessions"] = max_concurrent_worker_sessions
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if capability_manifest is not UNSET:
            field_dict["capability_manifest"] = capability_manifest
        if workflow_command_contracts is not UNSET:
            field_dict["workflow_command_contracts"] = workflow_command_contracts
        if task_slots is not UNSET:
            field_dict["task_slots"] = task_slots
        if process_metrics is not UNSET:
            field_dict["process_metrics"] = process_metrics
        if heartbeat_interval_seconds is not UNSET:
            field_dict["heartbeat_interval_seconds"] = heartbeat_interval_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject
        from ..models.worker_heartbeat_task_slots import WorkerHeartbeatTaskSlots
        from ..models.worker_register_capability_manifest import WorkerRegisterCapabilityManifest
        from ..models.worker_register_request_workflow_command_contracts import (
            WorkerRegisterRequestWorkflowCommandContracts,
        )
        from ..models.worker_register_request_workflow_definition_fingerprints import (
            WorkerRegisterRequestWorkflowDefinitionFingerprints,
        )

        d = dict(src_dict)
        task_queue = d.pop("task_queue")

        runtime = check_worker_register_runtime(d.pop("runtime"))

        def _parse_worker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worker_id = _parse_worker_id(d.pop("worker_id", UNSET))

        def _parse_sdk_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sdk_version = _parse_sdk_version(d.pop("sdk_version", UNSET))

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        supported_workflow_types = cast(list[str], d.pop("supported_workflow_types", UNSET))

        supported_activity_types = cast(list[str], d.pop("supported_activity_types", UNSET))

        _workflow_definition_fingerprints = d.pop("workflow_definition_fingerprints", UNSET)
        workflow_definition_fingerprints: (
            WorkerRegisterRequestWorkflowDefinitionFingerprints | Unset
        )
        if isinstance(_workflow_definition_fingerprints, Unset):
            workflow_definition_fingerprints = UNSET
        else:
            workflow_definition_fingerprints = (
                WorkerRegisterRequestWorkflowDefinitionFingerprints.from_dict(
                    _workflow_definition_fingerprints
                )
            )

        max_concurrent_workflow_tasks = d.pop("max_concurrent_workflow_tasks", UNSET)

        max_concurrent_activity_tasks = d.pop("max_concurrent_activity_tasks", UNSET)

        max_concurrent_worker_sessions = d.pop("max_concurrent_worker_sessions", UNSET)

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        _capability_manifest = d.pop("capability_manifest", UNSET)
        capability_manifest: WorkerRegisterCapabilityManifest | Unset
        if isinstance(_capability_manifest, Unset):
            capability_manifest = UNSET
        else:
            capability_manifest = WorkerRegisterCapabilityManifest.from_dict(_capability_manifest)

        _workflow_command_contracts = d.pop("workflow_command_contracts", UNSET)
        workflow_command_contracts: WorkerRegisterRequestWorkflowCommandContracts | Unset
        if isinstance(_workflow_command_contracts, Unset):
            workflow_command_contracts = UNSET
        else:
            workflow_command_contracts = WorkerRegisterRequestWorkflowCommandContracts.from_dict(
                _workflow_command_contracts
            )

        _task_slots = d.pop("task_slots", UNSET)
        task_slots: WorkerHeartbeatTaskSlots | Unset
        if isinstance(_task_slots, Unset):
            task_slots = UNSET
        else:
            task_slots = WorkerHeartbeatTaskSlots.from_dict(_task_slots)

        _process_metrics = d.pop("process_metrics", UNSET)
        process_metrics: JsonObject | Unset
        if isinstance(_process_metrics, Unset):
            process_metrics = UNSET
        else:
            process_metrics = JsonObject.from_dict(_process_metrics)

        heartbeat_interval_seconds = d.pop("heartbeat_interval_seconds", UNSET)

        worker_register_request = cls(
            task_queue=task_queue,
            runtime=runtime,
            worker_id=worker_id,
            sdk_version=sdk_version,
            build_id=build_id,
            supported_workflow_types=supported_workflow_types,
            supported_activity_types=supported_activity_types,
            workflow_definition_fingerprints=workflow_definition_fingerprints,
            max_concurrent_workflow_tasks=max_concurrent_workflow_tasks,
            max_concurrent_activity_tasks=max_concurrent_activity_tasks,
            max_concurrent_worker_sessions=max_concurrent_worker_sessions,
            capabilities=capabilities,
            capability_manifest=capability_manifest,
            workflow_command_contracts=workflow_command_contracts,
            task_slots=task_slots,
            process_metrics=process_metrics,
            heartbeat_interval_seconds=heartbeat_interval_seconds,
        )

        worker_register_request.additional_properties = d
        return worker_register_request

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
