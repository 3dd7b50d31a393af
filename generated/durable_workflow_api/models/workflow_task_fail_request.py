from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_task_failure import WorkflowTaskFailure


T = TypeVar("T", bound="WorkflowTaskFailRequest")


@_attrs_define
class WorkflowTaskFailRequest:
    lease_owner: str
    """ The polling worker id the task is leased to. """
    workflow_task_attempt: int
    failure: WorkflowTaskFailure
    """ Why the worker could not process the task. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lease_owner = self.lease_owner

        workflow_task_attempt = self.workflow_task_attempt

        failure = self.failure.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lease_owner": lease_owner,
                "workflow_task_attempt": workflow_task_attempt,
                "failure": failure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_task_failure import WorkflowTaskFailure

        d = dict(src_dict)
        lease_owner = d.pop("lease_owner")

        workflow_task_attempt = d.pop("workflow_task_attempt")

        failure = WorkflowTaskFailure.from_dict(d.pop("failure"))

        workflow_task_fail_request = cls(
            lease_owner=lease_owner,
            workflow_task_attempt=workflow_task_attempt,
            failure=failure,
        )

        workflow_task_fail_request.additional_properties = d
        return workflow_task_fail_request

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
