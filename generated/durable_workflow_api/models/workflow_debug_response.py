from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_plane_response_block import ControlPlaneResponseBlock
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="WorkflowDebugResponse")


@_attrs_define
class WorkflowDebugResponse:
    """Run diagnostics (engine-defined nested objects)."""

    workflow_id: str
    generated_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    run_id: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    diagnostic_status: str | Unset = UNSET
    execution: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    pending_workflow_tasks: list[JsonObject] | Unset = UNSET
    pending_activities: list[JsonObject] | Unset = UNSET
    task_queue: JsonObject | None | Unset = UNSET
    recent_failures: list[JsonObject] | Unset = UNSET
    compatibility: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    findings: list[Any] | Unset = UNSET
    control_plane: ControlPlaneResponseBlock | Unset = UNSET
    """ The `control_plane` metadata block carried by workflow-route responses (successes and errors, except the
    history export). It mirrors whichever projected top-level fields the body has; clients can rely on the top-level
    fields. Newer servers may add fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        workflow_id = self.workflow_id

        generated_at: None | str | Unset
        if isinstance(self.generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = self.generated_at

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        diagnostic_status = self.diagnostic_status

        execution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution.to_dict()

        pending_workflow_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending_workflow_tasks, Unset):
            pending_workflow_tasks = []
            for pending_workflow_tasks_item_data in self.pending_workflow_tasks:
                pending_workflow_tasks_item = pending_workflow_tasks_item_data.to_dict()
                pending_workflow_tasks.append(pending_workflow_tasks_item)

        pending_activities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending_activities, Unset):
            pending_activities = []
            for pending_activities_item_data in self.pending_activities:
                pending_activities_item = pending_activities_item_data.to_dict()
                pending_activities.append(pending_activities_item)

        task_queue: dict[str, Any] | None | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        elif isinstance(self.task_queue, JsonObject):
            task_queue = self.task_queue.to_dict()
        else:
            task_queue = self.task_queue

        recent_failures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recent_failures, Unset):
            recent_failures = []
            for recent_failures_item_data in self.recent_failures:
                recent_failures_item = recent_failures_item_data.to_dict()
                recent_failures.append(recent_failures_item)

        compatibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compatibility, Unset):
            compatibility = self.compatibility.to_dict()

        findings: list[Any] | Unset = UNSET
        if not isinstance(self.findings, Unset):
            findings = self.findings

        control_plane: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_plane, Unset):
            control_plane = self.control_plane.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
            }
        )
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if diagnostic_status is not UNSET:
            field_dict["diagnostic_status"] = diagnostic_status
        if execution is not UNSET:
            field_dict["execution"] = execution
        if pending_workflow_tasks is not UNSET:
            field_dict["pending_workflow_tasks"] = pending_workflow_tasks
        if pending_activities is not UNSET:
            field_dict["pending_activities"] = pending_activities
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if recent_failures is not UNSET:
            field_dict["recent_failures"] = recent_failures
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if findings is not UNSET:
            field_dict["findings"] = findings
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_plane_response_block import ControlPlaneResponseBlock
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        def _parse_generated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generated_at = _parse_generated_at(d.pop("generated_at", UNSET))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        diagnostic_status = d.pop("diagnostic_status", UNSET)

        _execution = d.pop("execution", UNSET)
        execution: JsonObject | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = JsonObject.from_dict(_execution)

        _pending_workflow_tasks = d.pop("pending_workflow_tasks", UNSET)
        pending_workflow_tasks: list[JsonObject] | Unset = UNSET
        if _pending_workflow_tasks is not UNSET:
            pending_workflow_tasks = []
            for pending_workflow_tasks_item_data in _pending_workflow_tasks:
                pending_workflow_tasks_item = JsonObject.from_dict(pending_workflow_tasks_item_data)

                pending_workflow_tasks.append(pending_workflow_tasks_item)

        _pending_activities = d.pop("pending_activities", UNSET)
        pending_activities: list[JsonObject] | Unset = UNSET
        if _pending_activities is not UNSET:
            pending_activities = []
            for pending_activities_item_data in _pending_activities:
                pending_activities_item = JsonObject.from_dict(pending_activities_item_data)

                pending_activities.append(pending_activities_item)

        def _parse_task_queue(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_queue_type_0 = JsonObject.from_dict(data)

                return task_queue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        task_queue = _parse_task_queue(d.pop("task_queue", UNSET))

        _recent_failures = d.pop("recent_failures", UNSET)
        recent_failures: list[JsonObject] | Unset = UNSET
        if _recent_failures is not UNSET:
            recent_failures = []
            for recent_failures_item_data in _recent_failures:
                recent_failures_item = JsonObject.from_dict(recent_failures_item_data)

                recent_failures.append(recent_failures_item)

        _compatibility = d.pop("compatibility", UNSET)
        compatibility: JsonObject | Unset
        if isinstance(_compatibility, Unset):
            compatibility = UNSET
        else:
            compatibility = JsonObject.from_dict(_compatibility)

        findings = cast(list[Any], d.pop("findings", UNSET))

        _control_plane = d.pop("control_plane", UNSET)
        control_plane: ControlPlaneResponseBlock | Unset
        if isinstance(_control_plane, Unset):
            control_plane = UNSET
        else:
            control_plane = ControlPlaneResponseBlock.from_dict(_control_plane)

        workflow_debug_response = cls(
            workflow_id=workflow_id,
            generated_at=generated_at,
            run_id=run_id,
            namespace=namespace,
            diagnostic_status=diagnostic_status,
            execution=execution,
            pending_workflow_tasks=pending_workflow_tasks,
            pending_activities=pending_activities,
            task_queue=task_queue,
            recent_failures=recent_failures,
            compatibility=compatibility,
            findings=findings,
            control_plane=control_plane,
        )

        workflow_debug_response.additional_properties = d
        return workflow_debug_response

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
