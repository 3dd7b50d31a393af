from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.local_activity_descriptor import LocalActivityDescriptor


T = TypeVar("T", bound="LocalActivityPrepareRequest")


@_attrs_define
class LocalActivityPrepareRequest:
    lease_owner: str
    """ The polling worker id the task is leased to. """
    workflow_task_attempt: int
    sequence: int
    descriptor: LocalActivityDescriptor
    """ What a prepared local activity will run (`type` is always `record_local_activity`). """
    worker_attempt_id: str
    """ Stable worker nonce of this callback admission. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lease_owner = self.lease_owner

        workflow_task_attempt = self.workflow_task_attempt

        sequence = self.sequence

        descriptor = self.descriptor.to_dict()

        worker_attempt_id = self.worker_attempt_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lease_owner": lease_owner,
                "workflow_task_attempt": workflow_task_attempt,
                "sequence": sequence,
                "descriptor": descriptor,
                "worker_attempt_id": worker_attempt_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.local_activity_descriptor import LocalActivityDescriptor

        d = dict(src_dict)
        lease_owner = d.pop("lease_owner")

        workflow_task_attempt = d.pop("workflow_task_attempt")

        sequence = d.pop("sequence")

        descriptor = LocalActivityDescriptor.from_dict(d.pop("descriptor"))

        worker_attempt_id = d.pop("worker_attempt_id")

        local_activity_prepare_request = cls(
            lease_owner=lease_owner,
            workflow_task_attempt=workflow_task_attempt,
            sequence=sequence,
            descriptor=descriptor,
            worker_attempt_id=worker_attempt_id,
        )

        local_activity_prepare_request.additional_properties = d
        return local_activity_prepare_request

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
