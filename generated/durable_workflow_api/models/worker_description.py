from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_description_process_metrics import WorkerDescriptionProcessMetrics
    from ..models.worker_description_task_slots import WorkerDescriptionTaskSlots
    from ..models.worker_description_workflow_definition_fingerprints_type_0 import (
        WorkerDescriptionWorkflowDefinitionFingerprintsType0,
    )


T = TypeVar("T", bound="WorkerDescription")


@_attrs_define
class WorkerDescription:
    """A registered worker as seen by the management routes."""

    worker_id: str
    namespace: str | Unset = UNSET
    task_queue: str | Unset = UNSET
    runtime: None | str | Unset = UNSET
    sdk_version: None | str | Unset = UNSET
    build_id: None | str | Unset = UNSET
    supported_workflow_types: list[str] | Unset = UNSET
    workflow_definition_fingerprints: (
        list[Any] | Unset | WorkerDescriptionWorkflowDefinitionFingerprintsType0
    ) = UNSET
    """ Workflow type to definition fingerprint (`[]` when empty). """
    supported_activity_types: list[str] | Unset = UNSET
    max_concurrent_workflow_tasks: int | None | Unset = UNSET
    max_concurrent_activity_tasks: int | None | Unset = UNSET
    status: str | Unset = UNSET
    """ Worker status: the stored status (`active`, `draining`, ...) or `stale` when the last heartbeat is older
    than the stale threshold (open set). """
    last_heartbeat_at: None | str | Unset = UNSET
    registered_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    """ Describe only. """
    task_slots: None | Unset | WorkerDescriptionTaskSlots = UNSET
    process_metrics: None | Unset | WorkerDescriptionProcessMetrics = UNSET
    heartbeat_interval_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.worker_description_process_metrics import WorkerDescriptionProcessMetrics
        from ..models.worker_description_task_slots import WorkerDescriptionTaskSlots
        from ..models.worker_description_workflow_definition_fingerprints_type_0 import (
            WorkerDescriptionWorkflowDefinitionFingerprintsType0,
        )

        worker_id = self.worker_id

        namespace = self.namespace

        task_queue = self.task_queue

        runtime: None | str | Unset
        if isinstance(self.runtime, Unset):
            runtime = UNSET
        else:
            runtime = self.runtime

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

        workflow_definition_fingerprints: dict[str, Any] | list[Any] | Unset
        if isinstance(self.workflow_definition_fingerprints, Unset):
            workflow_definition_fingerprints = UNSET
        elif isinstance(
            self.workflow_definition_fingerprints,
            WorkerDescriptionWorkflowDefinitionFingerprintsType0,
        ):
            workflow_definition_fingerprints = self.workflow_definition_fingerprints.to_dict()
        else:
            workflow_definition_fingerprints = self.workflow_definition_fingerprints

        supported_activity_types: list[str] | Unset = UNSET
        if not isinstance(self.supported_activity_types, Unset):
            supported_activity_types = self.supported_activity_types

        max_concurrent_workflow_tasks: int | None | Unset
        if isinstance(self.max_concurrent_workflow_tasks, Unset):
            max_concurrent_workflow_tasks = UNSET
        else:
            max_concurrent_workflow_tasks = self.max_concurrent_workflow_tasks

        max_concurrent_activity_tasks: int | None | Unset
        if isinstance(self.max_concurrent_activity_tasks, Unset):
            max_concurrent_activity_tasks = UNSET
        else:
            max_concurrent_activity_tasks = self.max_concurrent_activity_tasks

        status = self.status

        last_heartbeat_at: None | str | Unset
        if isinstance(self.last_heartbeat_at, Unset):
            last_heartbeat_at = UNSET
        else:
            last_heartbeat_at = self.last_heartbeat_at

        registered_at: None | str | Unset
        if isinstance(self.registered_at, Unset):
            registered_at = UNSET
        else:
            registered_at = self.registered_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        task_slots: dict[str, Any] | None | Unset
        if isinstance(self.task_slots, Unset):
            task_slots = UNSET
        elif isinstance(self.task_slots, WorkerDescriptionTaskSlots):
            task_slots = self.task_slots.to_dict()
        else:
            task_slots = self.task_slots

        process_metrics: dict[str, Any] | None | Unset
        if isinstance(self.process_metrics, Unset):
            process_metrics = UNSET
        elif isinstance(self.process_metrics, WorkerDescriptionProcessMetrics):
            process_metrics = self.process_metrics.to_dict()
        else:
            process_metrics = self.process_metrics

        heartbeat_interval_seconds: int | None | Unset
        if isinstance(self.heartbeat_interval_seconds, Unset):
            heartbeat_interval_seconds = UNSET
        else:
            heartbeat_interval_seconds = self.heartbeat_interval_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "worker_id": worker_id,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if sdk_version is not UNSET:
            field_dict["sdk_version"] = sdk_version
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if supported_workflow_types is not UNSET:
            field_dict["supported_workflow_types"] = supported_workflow_types
        if workflow_definition_fingerprints is not UNSET:
            field_dict["workflow_definition_fingerprints"] = workflow_definition_fingerprints
        if supported_activity_types is not UNSET:
            field_dict["supported_activity_types"] = supported_activity_types
        if max_concurrent_workflow_tasks is not UNSET:
            field_dict["max_concurrent_workflow_tasks"] = max_concurrent_workflow_tasks
        if max_concurrent_activity_tasks is not UNSET:
            field_dict["max_concurrent_activity_tasks"] = max_concurrent_activity_tasks
        if status is not UNSET:
            field_dict["status"] = status
        if last_heartbeat_at is not UNSET:
            field_dict["last_heartbeat_at"] = last_heartbeat_at
        if registered_at is not UNSET:
            field_dict["registered_at"] = registered_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if task_slots is not UNSET:
            field_dict["task_slots"] = task_slots
        if process_metrics is not UNSET:
            field_dict["process_metrics"] = process_metrics
        if heartbeat_interval_seconds is not UNSET:
            field_dict["heartbeat_interval_seconds"] = heartbeat_interval_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.worker_description_process_metrics import WorkerDescriptionProcessMetrics
        from ..models.worker_description_task_slots import WorkerDescriptionTaskSlots
        from ..models.worker_description_workflow_definition_fingerprints_type_0 import (
            WorkerDescriptionWorkflowDefinitionFingerprintsType0,
        )

        d = dict(src_dict)
        worker_id = d.pop("worker_id")

        namespace = d.pop("namespace", UNSET)

        task_queue = d.pop("task_queue", UNSET)

        def _parse_runtime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        runtime = _parse_runtime(d.pop("runtime", UNSET))

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

        def _parse_workflow_definition_fingerprints(
            data: object,
        ) -> list[Any] | Unset | WorkerDescriptionWorkflowDefinitionFingerprintsType0:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_definition_fingerprints_type_0 = (
                    WorkerDescriptionWorkflowDefinitionFingerprintsType0.from_dict(data)
                )

                return workflow_definition_fingerprints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            workflow_definition_fingerprints_type_1 = cast(list[Any], data)

            return workflow_definition_fingerprints_type_1

        workflow_definition_fingerprints = _parse_workflow_definition_fingerprints(
            d.pop("workflow_definition_fingerprints", UNSET)
        )

        supported_activity_types = cast(list[str], d.pop("supported_activity_types", UNSET))

        def _parse_max_concurrent_workflow_tasks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrent_workflow_tasks = _parse_max_concurrent_workflow_tasks(
            d.pop("max_concurrent_workflow_tasks", UNSET)
        )

        def _parse_max_concurrent_activity_tasks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrent_activity_tasks = _parse_max_concurrent_activity_tasks(
            d.pop("max_concurrent_activity_tasks", UNSET)
        )

        status = d.pop("status", UNSET)

        def _parse_last_heartbeat_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_heartbeat_at = _parse_last_heartbeat_at(d.pop("last_heartbeat_at", UNSET))

        def _parse_registered_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registered_at = _parse_registered_at(d.pop("registered_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_task_slots(data: object) -> None | Unset | WorkerDescriptionTaskSlots:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_slots_type_0 = WorkerDescriptionTaskSlots.from_dict(data)

                return task_slots_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerDescriptionTaskSlots, data)

        task_slots = _parse_task_slots(d.pop("task_slots", UNSET))

        def _parse_process_metrics(data: object) -> None | Unset | WorkerDescriptionProcessMetrics:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                process_metrics_type_0 = WorkerDescriptionProcessMetrics.from_dict(data)

                return process_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerDescriptionProcessMetrics, data)

        process_metrics = _parse_process_metrics(d.pop("process_metrics", UNSET))

        def _parse_heartbeat_interval_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        heartbeat_interval_seconds = _parse_heartbeat_interval_seconds(
            d.pop("heartbeat_interval_seconds", UNSET)
        )

        worker_description = cls(
            worker_id=worker_id,
            namespace=namespace,
            task_queue=task_queue,
            runtime=runtime,
            sdk_version=sdk_version,
            build_id=build_id,
            supported_workflow_types=supported_workflow_types,
            workflow_definition_fingerprints=workflow_definition_fingerprints,
            supported_activity_types=supported_activity_types,
            max_concurrent_workflow_tasks=max_concurrent_workflow_tasks,
            max_concurrent_activity_tasks=max_concurrent_activity_tasks,
            status=status,
            last_heartbeat_at=last_heartbeat_at,
            registered_at=registered_at,
            updated_at=updated_at,
            task_slots=task_slots,
            process_metrics=process_metrics,
            heartbeat_interval_seconds=heartbeat_interval_seconds,
        )

        worker_description.additional_properties = d
        return worker_description

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
