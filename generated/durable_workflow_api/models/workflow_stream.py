from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStream")


@_attrs_define
class WorkflowStream:
    """A workflow run's output stream (newer servers)."""

    workflow_id: str | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    run_id: None | str | Unset = UNSET
    stream_name: str | Unset = UNSET
    status: str | Unset = UNSET
    last_offset: int | None | Unset = UNSET
    total_items: int | None | Unset = UNSET
    pending_items: int | None | Unset = UNSET
    error_reason: None | str | Unset = UNSET
    opened_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    last_appended_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    closed_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    retention_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        stream_name = self.stream_name

        status = self.status

        last_offset: int | None | Unset
        if isinstance(self.last_offset, Unset):
            last_offset = UNSET
        else:
            last_offset = self.last_offset

        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        pending_items: int | None | Unset
        if isinstance(self.pending_items, Unset):
            pending_items = UNSET
        else:
            pending_items = self.pending_items

        error_reason: None | str | Unset
        if isinstance(self.error_reason, Unset):
            error_reason = UNSET
        else:
            error_reason = self.error_reason

        opened_at: None | str | Unset
        if isinstance(self.opened_at, Unset):
            opened_at = UNSET
        else:
            opened_at = self.opened_at

        last_appended_at: None | str | Unset
        if isinstance(self.last_appended_at, Unset):
            last_appended_at = UNSET
        else:
            last_appended_at = self.last_appended_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = self.closed_at

        retention_seconds: int | None | Unset
        if isinstance(self.retention_seconds, Unset):
            retention_seconds = UNSET
        else:
            retention_seconds = self.retention_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if stream_name is not UNSET:
            field_dict["stream_name"] = stream_name
        if status is not UNSET:
            field_dict["status"] = status
        if last_offset is not UNSET:
            field_dict["last_offset"] = last_offset
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if pending_items is not UNSET:
            field_dict["pending_items"] = pending_items
        if error_reason is not UNSET:
            field_dict["error_reason"] = error_reason
        if opened_at is not UNSET:
            field_dict["opened_at"] = opened_at
        if last_appended_at is not UNSET:
            field_dict["last_appended_at"] = last_appended_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if retention_seconds is not UNSET:
            field_dict["retention_seconds"] = retention_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workflow_id = d.pop("workflow_id", UNSET)

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        stream_name = d.pop("stream_name", UNSET)

        status = d.pop("status", UNSET)

        def _parse_last_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_offset = _parse_last_offset(d.pop("last_offset", UNSET))

        def _parse_total_items(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_items = _parse_total_items(d.pop("total_items", UNSET))

        def _parse_pending_items(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pending_items = _parse_pending_items(d.pop("pending_items", UNSET))

        def _parse_error_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_reason = _parse_error_reason(d.pop("error_reason", UNSET))

        def _parse_opened_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opened_at = _parse_opened_at(d.pop("opened_at", UNSET))

        def _parse_last_appended_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_appended_at = _parse_last_appended_at(d.pop("last_appended_at", UNSET))

        def _parse_closed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        def _parse_retention_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retention_seconds = _parse_retention_seconds(d.pop("retention_seconds", UNSET))

        workflow_stream = cls(
            workflow_id=workflow_id,
            workflow_run_id=workflow_run_id,
            run_id=run_id,
            stream_name=stream_name,
            status=status,
            last_offset=last_offset,
            total_items=total_items,
            pending_items=pending_items,
            error_reason=error_reason,
            opened_at=opened_at,
            last_appended_at=last_appended_at,
            closed_at=closed_at,
            retention_seconds=retention_seconds,
        )

        workflow_stream.additional_properties = d
        return workflow_stream

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
