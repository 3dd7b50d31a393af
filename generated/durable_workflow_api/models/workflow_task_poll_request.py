from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_task_kind import WorkflowTaskKind, check_workflow_task_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTaskPollRequest")


@_attrs_define
class WorkflowTaskPollRequest:
    worker_id: str
    """ Registered worker id; becomes the task's `lease_owner`. """
    task_queue: str
    """ Must equal the registration's task queue. """
    build_id: None | str | Unset = UNSET
    """ Checked against the registration's build id; routing uses the registered one. """
    poll_request_id: None | str | Unset = UNSET
    """ Idempotency key of one logical poll: a retry with the same id gets the same leased task while the claim is
    unchanged. """
    history_page_size: int | Unset = 500
    """ Events in the first history page (default 500, capped at the server maximum). """
    accept_history_encoding: None | str | Unset = UNSET
    """ Comma list of history encodings the worker accepts (`gzip`, `deflate`); pages of at least 50 events are then
    compressed into `history_events_compressed`. """
    timeout_seconds: int | Unset = UNSET
    """ Requested long-poll window; servers may ignore it and use their own. """
    task_kinds: list[WorkflowTaskKind] | Unset = UNSET
    """ Task kinds this poll accepts (default `[workflow]`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        task_queue = self.task_queue

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        poll_request_id: None | str | Unset
        if isinstance(self.poll_request_id, Unset):
            poll_request_id = UNSET
        else:
            poll_request_id = self.poll_request_id

        history_page_size = self.history_page_size

        accept_history_encoding: None | str | Unset
        if isinstance(self.accept_history_encoding, Unset):
            accept_history_encoding = UNSET
        else:
            accept_history_encoding = self.accept_history_encoding

        timeout_seconds = self.timeout_seconds

        task_kinds: list[str] | Unset = UNSET
        if not isinstance(self.task_kinds, Unset):
            task_kinds = []
            for task_kinds_item_data in self.task_kinds:
                task_kinds_item: str = task_kinds_item_data
                task_kinds.append(task_kinds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "worker_id": worker_id,
                "task_queue": task_queue,
            }
        )
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if poll_request_id is not UNSET:
            field_dict["poll_request_id"] = poll_request_id
        if history_page_size is not UNSET:
            field_dict["history_page_size"] = history_page_size
        if accept_history_encoding is not UNSET:
            field_dict["accept_history_encoding"] = accept_history_encoding
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if task_kinds is not UNSET:
            field_dict["task_kinds"] = task_kinds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        worker_id = d.pop("worker_id")

        task_queue = d.pop("task_queue")

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        def _parse_poll_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        poll_request_id = _parse_poll_request_id(d.pop("poll_request_id", UNSET))

        history_page_size = d.pop("history_page_size", UNSET)

        def _parse_accept_history_encoding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accept_history_encoding = _parse_accept_history_encoding(
            d.pop("accept_history_encoding", UNSET)
        )

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        _task_kinds = d.pop("task_kinds", UNSET)
        task_kinds: list[WorkflowTaskKind] | Unset = UNSET
        if _task_kinds is not UNSET:
            task_kinds = []
            for task_kinds_item_data in _task_kinds:
                task_kinds_item = check_workflow_task_kind(task_kinds_item_data)

                task_kinds.append(task_kinds_item)

        workflow_task_poll_request = cls(
            worker_id=worker_id,
            task_queue=task_queue,
            build_id=build_id,
            poll_request_id=poll_request_id,
            history_page_size=history_page_size,
            accept_history_encoding=accept_history_encoding,
            timeout_seconds=timeout_seconds,
            task_kinds=task_kinds,
        )

        workflow_task_poll_request.additional_properties = d
        return workflow_task_poll_request

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
