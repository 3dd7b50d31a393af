from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_retention_result_deleted_type_0 import SystemRetentionResultDeletedType0


T = TypeVar("T", bound="SystemRetentionResult")


@_attrs_define
class SystemRetentionResult:
    """One run: `pruned` (with deletion counts), `skipped` (with `reason`: `run_not_found`, `run_not_terminal`,
    `run_archived`, or an external payload cleanup reason) or `error`.

    """

    run_id: str | Unset = UNSET
    outcome: str | Unset = UNSET
    history_events_deleted: int | Unset = UNSET
    tasks_deleted: int | Unset = UNSET
    external_payloads_deleted: int | Unset = UNSET
    deleted: bool | list[Any] | SystemRetentionResultDeletedType0 | Unset = UNSET
    """ Table to deleted row count (the fixtures show `true` instead). """
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.system_retention_result_deleted_type_0 import (
            SystemRetentionResultDeletedType0,
        )

        run_id = self.run_id

        outcome = self.outcome

        history_events_deleted = self.history_events_deleted

        tasks_deleted = self.tasks_deleted

        external_payloads_deleted = self.external_payloads_deleted

        deleted: bool | dict[str, Any] | list[Any] | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        elif isinstance(self.deleted, SystemRetentionResultDeletedType0):
            deleted = self.deleted.to_dict()
        elif isinstance(self.deleted, list):
            deleted = self.deleted

        else:
            deleted = self.deleted

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if history_events_deleted is not UNSET:
            field_dict["history_events_deleted"] = history_events_deleted
        if tasks_deleted is not UNSET:
            field_dict["tasks_deleted"] = tasks_deleted
        if external_payloads_deleted is not UNSET:
            field_dict["external_payloads_deleted"] = external_payloads_deleted
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_retention_result_deleted_type_0 import (
            SystemRetentionResultDeletedType0,
        )

        d = dict(src_dict)
        run_id = d.pop("run_id", UNSET)

        outcome = d.pop("outcome", UNSET)

        history_events_deleted = d.pop("history_events_deleted", UNSET)

        tasks_deleted = d.pop("tasks_deleted", UNSET)

        external_payloads_deleted = d.pop("external_payloads_deleted", UNSET)

        def _parse_deleted(
            data: object,
        ) -> bool | list[Any] | SystemRetentionResultDeletedType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deleted_type_0 = SystemRetentionResultDeletedType0.from_dict(data)

                return deleted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deleted_type_1 = cast(list[Any], data)

                return deleted_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[Any] | SystemRetentionResultDeletedType0 | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        system_retention_result = cls(
            run_id=run_id,
            outcome=outcome,
            history_events_deleted=history_events_deleted,
            tasks_deleted=tasks_deleted,
            external_payloads_deleted=external_payloads_deleted,
            deleted=deleted,
            reason=reason,
        )

        system_retention_result.additional_properties = d
        return system_retention_result

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
