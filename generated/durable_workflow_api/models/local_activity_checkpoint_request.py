from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_command_cancel_selection_operation import (
        WorkflowCommandCancelSelectionOperation,
    )
    from ..models.workflow_command_complete_update import WorkflowCommandCompleteUpdate
    from ..models.workflow_command_complete_workflow import WorkflowCommandCompleteWorkflow
    from ..models.workflow_command_continue_as_new import WorkflowCommandContinueAsNew
    from ..models.workflow_command_fail_update import WorkflowCommandFailUpdate
    from ..models.workflow_command_fail_workflow import WorkflowCommandFailWorkflow
    from ..models.workflow_command_open_condition_wait import WorkflowCommandOpenConditionWait
    from ..models.workflow_command_open_signal_wait import WorkflowCommandOpenSignalWait
    from ..models.workflow_command_record_local_activity import WorkflowCommandRecordLocalActivity
    from ..models.workflow_command_record_side_effect import WorkflowCommandRecordSideEffect
    from ..models.workflow_command_record_version_marker import WorkflowCommandRecordVersionMarker
    from ..models.workflow_command_schedule_activity import WorkflowCommandScheduleActivity
    from ..models.workflow_command_start_child_workflow import WorkflowCommandStartChildWorkflow
    from ..models.workflow_command_start_service_operation import (
        WorkflowCommandStartServiceOperation,
    )
    from ..models.workflow_command_start_timer import WorkflowCommandStartTimer
    from ..models.workflow_command_upsert_memo import WorkflowCommandUpsertMemo
    from ..models.workflow_command_upsert_search_attributes import (
        WorkflowCommandUpsertSearchAttributes,
    )


T = TypeVar("T", bound="LocalActivityCheckpointRequest")


@_attrs_define
class LocalActivityCheckpointRequest:
    lease_owner: str
    """ The polling worker id the task is leased to. """
    workflow_task_attempt: int
    checkpoint_id: str
    start_sequence: int
    commands: list[
        WorkflowCommandCancelSelectionOperation
        | WorkflowCommandCompleteUpdate
        | WorkflowCommandCompleteWorkflow
        | WorkflowCommandContinueAsNew
        | WorkflowCommandFailUpdate
        | WorkflowCommandFailWorkflow
        | WorkflowCommandOpenConditionWait
        | WorkflowCommandOpenSignalWait
        | WorkflowCommandRecordLocalActivity
        | WorkflowCommandRecordSideEffect
        | WorkflowCommandRecordVersionMarker
        | WorkflowCommandScheduleActivity
        | WorkflowCommandStartChildWorkflow
        | WorkflowCommandStartServiceOperation
        | WorkflowCommandStartTimer
        | WorkflowCommandUpsertMemo
        | WorkflowCommandUpsertSearchAttributes
    ]
    """ Non-terminal prefix commands (no waits, no local outcome reports). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_command_complete_update import WorkflowCommandCompleteUpdate
        from ..models.workflow_command_complete_workflow import WorkflowCommandCompleteWorkflow
        from ..models.workflow_command_continue_as_new import WorkflowCommandContinueAsNew
        from ..models.workflow_command_fail_update import WorkflowCommandFailUpdate
        from ..models.workflow_command_fail_workflow import WorkflowCommandFailWorkflow
        from ..models.workflow_command_open_condition_wait import WorkflowCommandOpenConditionWait
        from ..models.workflow_command_open_signal_wait import WorkflowCommandOpenSignalWait
        from ..models.workflow_command_record_local_activity import (
            WorkflowCommandRecordLocalActivity,
        )
        from ..models.workflow_command_record_side_effect import WorkflowCommandRecordSideEffect
        from ..models.workflow_command_record_version_marker import (
            WorkflowCommandRecordVersionMarker,
        )
        from ..models.workflow_command_schedule_activity import WorkflowCommandScheduleActivity
        from ..models.workflow_command_start_child_workflow import WorkflowCommandStartChildWorkflow
        from ..models.workflow_command_start_service_operation import (
            WorkflowCommandStartServiceOperation,
        )
        from ..models.workflow_command_start_timer import WorkflowCommandStartTimer
        from ..models.workflow_command_upsert_memo import WorkflowCommandUpsertMemo
        from ..models.workflow_command_upsert_search_attributes import (
            WorkflowCommandUpsertSearchAttributes,
        )

        lease_owner = self.lease_owner

        workflow_task_attempt = self.workflow_task_attempt

        checkpoint_id = self.checkpoint_id

        start_sequence = self.start_sequence

        commands = []
        for commands_item_data in self.commands:
            commands_item: dict[str, Any]
            if (
                isinstance(commands_item_data, WorkflowCommandCompleteWorkflow)
                or isinstance(commands_item_data, WorkflowCommandFailWorkflow)
                or isinstance(commands_item_data, WorkflowCommandContinueAsNew)
                or isinstance(commands_item_data, WorkflowCommandScheduleActivity)
                or isinstance(commands_item_data, WorkflowCommandStartTimer)
                or isinstance(commands_item_data, WorkflowCommandStartChildWorkflow)
                or isinstance(commands_item_data, WorkflowCommandCompleteUpdate)
                or isinstance(commands_item_data, WorkflowCommandFailUpdate)
                or isinstance(commands_item_data, WorkflowCommandRecordSideEffect)
                or isinstance(commands_item_data, WorkflowCommandRecordVersionMarker)
                or isinstance(commands_item_data, WorkflowCommandUpsertSearchAttributes)
                or isinstance(commands_item_data, WorkflowCommandOpenConditionWait)
                or isinstance(commands_item_data, WorkflowCommandOpenSignalWait)
                or isinstance(commands_item_data, WorkflowCommandStartServiceOperation)
                or isinstance(commands_item_data, WorkflowCommandUpsertMemo)
                or isinstance(commands_item_data, WorkflowCommandRecordLocalActivity)
            ):
                commands_item = commands_item_data.to_dict()
            else:
                commands_item = commands_item_data.to_dict()

            commands.append(commands_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lease_owner": lease_owner,
                "workflow_task_attempt": workflow_task_attempt,
                "checkpoint_id": checkpoint_id,
                "start_sequence": start_sequence,
                "commands": commands,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_command_cancel_selection_operation import (
            WorkflowCommandCancelSelectionOperation,
        )
        from ..models.workflow_command_complete_update import WorkflowCommandCompleteUpdate
        from ..models.workflow_command_complete_workflow import WorkflowCommandCompleteWorkflow
        from ..models.workflow_command_continue_as_new import WorkflowCommandContinueAsNew
        from ..models.workflow_command_fail_update import WorkflowCommandFailUpdate
        from ..models.workflow_command_fail_workflow import WorkflowCommandFailWorkflow
        from ..models.workflow_command_open_condition_wait import WorkflowCommandOpenConditionWait
        from ..models.workflow_command_open_signal_wait import WorkflowCommandOpenSignalWait
        from ..models.workflow_command_record_local_activity import (
            WorkflowCommandRecordLocalActivity,
        )
        from ..models.workflow_command_record_side_effect import WorkflowCommandRecordSideEffect
        from ..models.workflow_command_record_version_marker import (
            WorkflowCommandRecordVersionMarker,
        )
        from ..models.workflow_command_schedule_activity import WorkflowCommandScheduleActivity
        from ..models.workflow_command_start_child_workflow import WorkflowCommandStartChildWorkflow
        from ..models.workflow_command_start_service_operation import (
            WorkflowCommandStartServiceOperation,
        )
        from ..models.workflow_command_start_timer import WorkflowCommandStartTimer
        from ..models.workflow_command_upsert_memo import WorkflowCommandUpsertMemo
        from ..models.workflow_command_upsert_search_attributes import (
            WorkflowCommandUpsertSearchAttributes,
        )

        d = dict(src_dict)
        lease_owner = d.pop("lease_owner")

        workflow_task_attempt = d.pop("workflow_task_attempt")

        checkpoint_id = d.pop("checkpoint_id")

        start_sequence = d.pop("start_sequence")

        commands = []
        _commands = d.pop("commands")
        for commands_item_data in _commands:

            def _parse_commands_item(
                data: object,
            ) -> (
                WorkflowCommandCancelSelectionOperation
                | WorkflowCommandCompleteUpdate
                | WorkflowCommandCompleteWorkflow
                | WorkflowCommandContinueAsNew
                | WorkflowCommandFailUpdate
                | WorkflowCommandFailWorkflow
                | WorkflowCommandOpenConditionWait
                | WorkflowCommandOpenSignalWait
                | WorkflowCommandRecordLocalActivity
                | WorkflowCommandRecordSideEffect
                | WorkflowCommandRecordVersionMarker
                | WorkflowCommandScheduleActivity
                | WorkflowCommandStartChildWorkflow
                | WorkflowCommandStartServiceOperation
                | WorkflowCommandStartTimer
                | WorkflowCommandUpsertMemo
                | WorkflowCommandUpsertSearchAttributes
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_0 = (
                        WorkflowCommandCompleteWorkflow.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_1 = (
                        WorkflowCommandFailWorkflow.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_2 = (
                        WorkflowCommandContinueAsNew.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_3 = (
                        WorkflowCommandScheduleActivity.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_4 = WorkflowCommandStartTimer.from_dict(
                        data
                    )

                    return componentsschemas_workflow_command_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_5 = (
                        WorkflowCommandStartChildWorkflow.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_6 = (
                        WorkflowCommandCompleteUpdate.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_7 = WorkflowCommandFailUpdate.from_dict(
                        data
                    )

                    return componentsschemas_workflow_command_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_8 = (
                        WorkflowCommandRecordSideEffect.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_9 = (
                        WorkflowCommandRecordVersionMarker.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_10 = (
                        WorkflowCommandUpsertSearchAttributes.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_11 = (
                        WorkflowCommandOpenConditionWait.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_12 = (
                        WorkflowCommandOpenSignalWait.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_13 = (
                        WorkflowCommandStartServiceOperation.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_14 = (
                        WorkflowCommandUpsertMemo.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_command_type_15 = (
                        WorkflowCommandRecordLocalActivity.from_dict(data)
                    )

                    return componentsschemas_workflow_command_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_command_type_16 = (
                    WorkflowCommandCancelSelectionOperation.from_dict(data)
                )

                return componentsschemas_workflow_command_type_16

            commands_item = _parse_commands_item(commands_item_data)

            commands.append(commands_item)

        local_activity_checkpoint_request = cls(
            lease_owner=lease_owner,
            workflow_task_attempt=workflow_task_attempt,
            checkpoint_id=checkpoint_id,
            start_sequence=start_sequence,
            commands=commands,
        )

        local_activity_checkpoint_request.additional_properties = d
        return local_activity_checkpoint_request

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
