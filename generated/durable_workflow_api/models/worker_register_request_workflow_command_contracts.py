from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.worker_register_workflow_contract import WorkerRegisterWorkflowContract


T = TypeVar("T", bound="WorkerRegisterRequestWorkflowCommandContracts")


@_attrs_define
class WorkerRegisterRequestWorkflowCommandContracts:
    """Workflow type to the messages it declares."""

    additional_properties: dict[str, WorkerRegisterWorkflowContract] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.worker_register_workflow_contract import WorkerRegisterWorkflowContract

        d = dict(src_dict)
        worker_register_request_workflow_command_contracts = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = WorkerRegisterWorkflowContract.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        worker_register_request_workflow_command_contracts.additional_properties = (
            additional_properties
        )
        return worker_register_request_workflow_command_contracts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> WorkerRegisterWorkflowContract:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: WorkerRegisterWorkflowContract) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
