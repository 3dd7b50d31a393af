from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="WorkerRegisterWorkflowContract")


@_attrs_define
class WorkerRegisterWorkflowContract:
    """Queries, signals and updates a workflow type declares."""

    queries: list[str] | Unset = UNSET
    signals: list[str] | Unset = UNSET
    updates: list[str] | Unset = UNSET
    query_contracts: list[JsonObject] | Unset = UNSET
    signal_contracts: list[JsonObject] | Unset = UNSET
    update_contracts: list[JsonObject] | Unset = UNSET
    update_validators: list[str] | Unset = UNSET
    """ Update names that have a synchronous validator. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queries: list[str] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries

        signals: list[str] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = self.signals

        updates: list[str] | Unset = UNSET
        if not isinstance(self.updates, Unset):
            updates = self.updates

        query_contracts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.query_contracts, Unset):
            query_contracts = []
            for query_contracts_item_data in self.query_contracts:
                query_contracts_item = query_contracts_item_data.to_dict()
                query_contracts.append(query_contracts_item)

        signal_contracts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signal_contracts, Unset):
            signal_contracts = []
            for signal_contracts_item_data in self.signal_contracts:
                signal_contracts_item = signal_contracts_item_data.to_dict()
                signal_contracts.append(signal_contracts_item)

        update_contracts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.update_contracts, Unset):
            update_contracts = []
            for update_contracts_item_data in self.update_contracts:
                update_contracts_item = update_contracts_item_data.to_dict()
                update_contracts.append(update_contracts_item)

        update_validators: list[str] | Unset = UNSET
        if not isinstance(self.update_validators, Unset):
            update_validators = self.update_validators

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queries is not UNSET:
            field_dict["queries"] = queries
        if signals is not UNSET:
            field_dict["signals"] = signals
        if updates is not UNSET:
            field_dict["updates"] = updates
        if query_contracts is not UNSET:
            field_dict["query_contracts"] = query_contracts
        if signal_contracts is not UNSET:
            field_dict["signal_contracts"] = signal_contracts
        if update_contracts is not UNSET:
            field_dict["update_contracts"] = update_contracts
        if update_validators is not UNSET:
            field_dict["update_validators"] = update_validators

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        queries = cast(list[str], d.pop("queries", UNSET))

        signals = cast(list[str], d.pop("signals", UNSET))

        updates = cast(list[str], d.pop("updates", UNSET))

        _query_contracts = d.pop("query_contracts", UNSET)
        query_contracts: list[JsonObject] | Unset = UNSET
        if _query_contracts is not UNSET:
            query_contracts = []
            for query_contracts_item_data in _query_contracts:
                query_contracts_item = JsonObject.from_dict(query_contracts_item_data)

                query_contracts.append(query_contracts_item)

        _signal_contracts = d.pop("signal_contracts", UNSET)
        signal_contracts: list[JsonObject] | Unset = UNSET
        if _signal_contracts is not UNSET:
            signal_contracts = []
            for signal_contracts_item_data in _signal_contracts:
                signal_contracts_item = JsonObject.from_dict(signal_contracts_item_data)

                signal_contracts.append(signal_contracts_item)

        _update_contracts = d.pop("update_contracts", UNSET)
        update_contracts: list[JsonObject] | Unset = UNSET
        if _update_contracts is not UNSET:
            update_contracts = []
            for update_contracts_item_data in _update_contracts:
                update_contracts_item = JsonObject.from_dict(update_contracts_item_data)

                update_contracts.append(update_contracts_item)

        update_validators = cast(list[str], d.pop("update_validators", UNSET))

        worker_register_workflow_contract = cls(
            queries=queries,
            signals=signals,
            updates=updates,
            query_contracts=query_contracts,
            signal_contracts=signal_contracts,
            update_contracts=update_contracts,
            update_validators=update_validators,
        )

        worker_register_workflow_contract.additional_properties = d
        return worker_register_workflow_contract

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
