from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ServerCapabilitiesSynchronousUpdateValidation")


@_attrs_define
class ServerCapabilitiesSynchronousUpdateValidation:
    supported: bool | Unset = UNSET
    acceptance_boundary: str | Unset = UNSET
    worker_capability: str | Unset = UNSET
    workflow_contract_field: str | Unset = UNSET
    task_poll: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported = self.supported

        acceptance_boundary = self.acceptance_boundary

        worker_capability = self.worker_capability

        workflow_contract_field = self.workflow_contract_field

        task_poll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_poll, Unset):
            task_poll = self.task_poll.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported is not UNSET:
            field_dict["supported"] = supported
        if acceptance_boundary is not UNSET:
            field_dict["acceptance_boundary"] = acceptance_boundary
        if worker_capability is not UNSET:
            field_dict["worker_capability"] = worker_capability
        if workflow_contract_field is not UNSET:
            field_dict["workflow_contract_field"] = workflow_contract_field
        if task_poll is not UNSET:
            field_dict["task_poll"] = task_poll

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        supported = d.pop("supported", UNSET)

        acceptance_boundary = d.pop("acceptance_boundary", UNSET)

        worker_capability = d.pop("worker_capability", UNSET)

        workflow_contract_field = d.pop("workflow_contract_field", UNSET)

        _task_poll = d.pop("task_poll", UNSET)
        task_poll: JsonObject | Unset
        if isinstance(_task_poll, Unset):
            task_poll = UNSET
        else:
            task_poll = JsonObject.from_dict(_task_poll)

        server_capabilities_synchronous_update_validation = cls(
            supported=supported,
            acceptance_boundary=acceptance_boundary,
            worker_capability=worker_capability,
            workflow_contract_field=workflow_contract_field,
            task_poll=task_poll,
        )

        server_capabilities_synchronous_update_validation.additional_properties = d
        return server_capabilities_synchronous_update_validation

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
