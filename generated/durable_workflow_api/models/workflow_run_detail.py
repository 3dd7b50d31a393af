from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_plane_response_block import ControlPlaneResponseBlock
    from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
    from ..models.payload_envelope import PayloadEnvelope
    from ..models.workflow_actions import WorkflowActions


T = TypeVar("T", bound="WorkflowRunDetail")


@_attrs_define
class WorkflowRunDetail:
    """Run detail object (describe and run detail). Clients should prefer `input_envelope`/`output_envelope` over the
    server-decoded `input`/`output`.

    """

    workflow_id: str
    run_id: str
    workflow_type: str
    status: str
    """ Run status. """
    namespace: str | Unset = UNSET
    business_key: None | str | Unset = UNSET
    status_bucket: None | str | Unset = UNSET
    is_terminal: bool | Unset = UNSET
    closed_reason: None | str | Unset = UNSET
    task_queue: None | str | Unset = UNSET
    run_number: int | Unset = UNSET
    """ 1-based position in the continue-as-new chain. """
    run_count: int | None | Unset = UNSET
    is_current_run: bool | None | Unset = UNSET
    compatibility: None | str | Unset = UNSET
    """ Build/compatibility marker stamped on the run. """
    payload_codec: None | str | Unset = UNSET
    execution_timeout_seconds: int | None | Unset = UNSET
    run_timeout_seconds: int | None | Unset = UNSET
    execution_deadline_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    run_deadline_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    input_: list[Any] | Unset = UNSET
    """ Server-decoded argument list (`[]` when none). """
    output: Any | Unset = UNSET
    """ Server-decoded result, null until completed. """
    input_envelope: None | PayloadEnvelope | Unset = UNSET
    """ Stored arguments as an envelope. """
    output_envelope: None | PayloadEnvelope | Unset = UNSET
    """ Stored result as an envelope. """
    started_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    closed_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    last_progress_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    wait_kind: None | str | Unset = UNSET
    """ What the run is blocked on (e.g. `timer`). """
    wait_reason: None | str | Unset = UNSET
    memo: list[Any] | MapOrEmptyListType0 | Unset = UNSET
    """ A map-typed field. The server is written in PHP and encodes an empty map as `[]`, so an empty array is
    accepted wherever this schema appears. """
    search_attributes: list[Any] | MapOrEmptyListType0 | Unset = UNSET
    """ A map-typed field. The server is written in PHP and encodes an empty map as `[]`, so an empty array is
    accepted wherever this schema appears. """
    actions: WorkflowActions | Unset = UNSET
    """ Which commands the run currently accepts. """
    control_plane: ControlPlaneResponseBlock | Unset = UNSET
    """ The `control_plane` metadata block carried by workflow-route responses (successes and errors, except the
    history export). It mirrors whichever projected top-level fields the body has; clients can rely on the top-level
    fields. Newer servers may add fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.payload_envelope import PayloadEnvelope

        workflow_id = self.workflow_id

        run_id = self.run_id

        workflow_type = self.workflow_type

        status = self.status

        namespace = self.namespace

        business_key: None | str | Unset
        if isinstance(self.business_key, Unset):
            business_key = UNSET
        else:
            business_key = self.business_key

        status_bucket: None | str | Unset
        if isinstance(self.status_bucket, Unset):
            status_bucket = UNSET
        else:
            status_bucket = self.status_bucket

        is_terminal = self.is_terminal

        closed_reason: None | str | Unset
        if isinstance(self.closed_reason, Unset):
            closed_reason = UNSET
        else:
            closed_reason = self.closed_reason

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        run_number = self.run_number

        run_count: int | None | Unset
        if isinstance(self.run_count, Unset):
            run_count = UNSET
        else:
            run_count = self.run_count

        is_current_run: bool | None | Unset
        if isinstance(self.is_current_run, Unset):
            is_current_run = UNSET
        else:
            is_current_run = self.is_current_run

        compatibility: None | str | Unset
        if isinstance(self.compatibility, Unset):
            compatibility = UNSET
        else:
            compatibility = self.compatibility

        payload_codec: None | str | Unset
        if isinstance(self.payload_codec, Unset):
            payload_codec = UNSET
        else:
            payload_codec = self.payload_codec

        execution_timeout_seconds: int | None | Unset
        if isinstance(self.execution_timeout_seconds, Unset):
            execution_timeout_seconds = UNSET
        else:
            execution_timeout_seconds = self.execution_timeout_seconds

        run_timeout_seconds: int | None | Unset
        if isinstance(self.run_timeout_seconds, Unset):
            run_timeout_seconds = UNSET
        else:
            run_timeout_seconds = self.run_timeout_seconds

        execution_deadline_at: None | str | Unset
        if isinstance(self.execution_deadline_at, Unset):
            execution_deadline_at = UNSET
        else:
            execution_deadline_at = self.execution_deadline_at

        run_deadline_at: None | str | Unset
        if isinstance(self.run_deadline_at, Unset):
            run_deadline_at = UNSET
        else:
            run_deadline_at = self.run_deadline_at

        input_: list[Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_

        output = self.output

        input_envelope: dict[str, Any] | None | Unset
        if isinstance(self.input_envelope, Unset):
            input_envelope = UNSET
        elif isinstance(self.input_envelope, PayloadEnvelope):
            input_envelope = self.input_envelope.to_dict()
        else:
            input_envelope = self.input_envelope

        output_envelope: dict[str, Any] | None | Unset
        if isinstance(self.output_envelope, Unset):
            output_envelope = UNSET
        elif isinstance(self.output_envelope, PayloadEnvelope):
            output_envelope = self.output_envelope.to_dict()
        else:
            output_envelope = self.output_envelope

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = self.closed_at

        last_progress_at: None | str | Unset
        if isinstance(self.last_progress_at, Unset):
            last_progress_at = UNSET
        else:
            last_progress_at = self.last_progress_at

        wait_kind: None | str | Unset
        if isinstance(self.wait_kind, Unset):
            wait_kind = UNSET
        else:
            wait_kind = self.wait_kind

        wait_reason: None | str | Unset
        if isinstance(self.wait_reason, Unset):
            wait_reason = UNSET
        else:
            wait_reason = self.wait_reason

        memo: dict[str, Any] | list[Any] | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        elif isinstance(self.memo, MapOrEmptyListType0):
            memo = self.memo.to_dict()
        else:
            memo = self.memo

        search_attributes: dict[str, Any] | list[Any] | Unset
        if isinstance(self.search_attributes, Unset):
            search_attributes = UNSET
        elif isinstance(self.search_attributes, MapOrEmptyListType0):
            search_attributes = self.search_attributes.to_dict()
        else:
            search_attributes = self.search_attributes

        actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions.to_dict()

        control_plane: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_plane, Unset):
            control_plane = self.control_plane.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "run_id": run_id,
                "workflow_type": workflow_type,
                "status": status,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if business_key is not UNSET:
            field_dict["business_key"] = business_key
        if status_bucket is not UNSET:
            field_dict["status_bucket"] = status_bucket
        if is_terminal is not UNSET:
            field_dict["is_terminal"] = is_terminal
        if closed_reason is not UNSET:
            field_dict["closed_reason"] = closed_reason
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if run_number is not UNSET:
            field_dict["run_number"] = run_number
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if is_current_run is not UNSET:
            field_dict["is_current_run"] = is_current_run
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if payload_codec is not UNSET:
            field_dict["payload_codec"] = payload_codec
        if execution_timeout_seconds is not UNSET:
            field_dict["execution_timeout_seconds"] = execution_timeout_seconds
        if run_timeout_seconds is not UNSET:
            field_dict["run_timeout_seconds"] = run_timeout_seconds
        if execution_deadline_at is not UNSET:
            field_dict["execution_deadline_at"] = execution_deadline_at
        if run_deadline_at is not UNSET:
            field_dict["run_deadline_at"] = run_deadline_at
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if input_envelope is not UNSET:
            field_dict["input_envelope"] = input_envelope
        if output_envelope is not UNSET:
            field_dict["output_envelope"] = output_envelope
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if last_progress_at is not UNSET:
            field_dict["last_progress_at"] = last_progress_at
        if wait_kind is not UNSET:
            field_dict["wait_kind"] = wait_kind
        if wait_reason is not UNSET:
            field_dict["wait_reason"] = wait_reason
        if memo is not UNSET:
            field_dict["memo"] = memo
        if search_attributes is not UNSET:
            field_dict["search_attributes"] = search_attributes
        if actions is not UNSET:
            field_dict["actions"] = actions
        if control_plane is not UNSET:
            field_dict["control_plane"] = control_plane

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_plane_response_block import ControlPlaneResponseBlock
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.payload_envelope import PayloadEnvelope
        from ..models.workflow_actions import WorkflowActions

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        run_id = d.pop("run_id")

        workflow_type = d.pop("workflow_type")

        status = d.pop("status")

        namespace = d.pop("namespace", UNSET)

        def _parse_business_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_key = _parse_business_key(d.pop("business_key", UNSET))

        def _parse_status_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_bucket = _parse_status_bucket(d.pop("status_bucket", UNSET))

        is_terminal = d.pop("is_terminal", UNSET)

        def _parse_closed_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_reason = _parse_closed_reason(d.pop("closed_reason", UNSET))

        def _parse_task_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_queue = _parse_task_queue(d.pop("task_queue", UNSET))

        run_number = d.pop("run_number", UNSET)

        def _parse_run_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_count = _parse_run_count(d.pop("run_count", UNSET))

        def _parse_is_current_run(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_current_run = _parse_is_current_run(d.pop("is_current_run", UNSET))

        def _parse_compatibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compatibility = _parse_compatibility(d.pop("compatibility", UNSET))

        def _parse_payload_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload_codec = _parse_payload_codec(d.pop("payload_codec", UNSET))

        def _parse_execution_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        execution_timeout_seconds = _parse_execution_timeout_seconds(
            d.pop("execution_timeout_seconds", UNSET)
        )

        def _parse_run_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_timeout_seconds = _parse_run_timeout_seconds(d.pop("run_timeout_seconds", UNSET))

        def _parse_execution_deadline_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_deadline_at = _parse_execution_deadline_at(d.pop("execution_deadline_at", UNSET))

        def _parse_run_deadline_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_deadline_at = _parse_run_deadline_at(d.pop("run_deadline_at", UNSET))

        input_ = cast(list[Any], d.pop("input", UNSET))

        output = d.pop("output", UNSET)

        def _parse_input_envelope(data: object) -> None | PayloadEnvelope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_envelope_type_0 = PayloadEnvelope.from_dict(data)

                return input_envelope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayloadEnvelope | Unset, data)

        input_envelope = _parse_input_envelope(d.pop("input_envelope", UNSET))

        def _parse_output_envelope(data: object) -> None | PayloadEnvelope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_envelope_type_0 = PayloadEnvelope.from_dict(data)

                return output_envelope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayloadEnvelope | Unset, data)

        output_envelope = _parse_output_envelope(d.pop("output_envelope", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_closed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        def _parse_last_progress_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_progress_at = _parse_last_progress_at(d.pop("last_progress_at", UNSET))

        def _parse_wait_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wait_kind = _parse_wait_kind(d.pop("wait_kind", UNSET))

        def _parse_wait_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wait_reason = _parse_wait_reason(d.pop("wait_reason", UNSET))

        def _parse_memo(data: object) -> list[Any] | MapOrEmptyListType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_0 = MapOrEmptyListType0.from_dict(data)

                return componentsschemas_map_or_empty_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_map_or_empty_list_type_1 = cast(list[Any], data)

            return componentsschemas_map_or_empty_list_type_1

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_search_attributes(data: object) -> list[Any] | MapOrEmptyListType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_0 = MapOrEmptyListType0.from_dict(data)

                return componentsschemas_map_or_empty_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_map_or_empty_list_type_1 = cast(list[Any], data)

            return componentsschemas_map_or_empty_list_type_1

        search_attributes = _parse_search_attributes(d.pop("search_attributes", UNSET))

        _actions = d.pop("actions", UNSET)
        actions: WorkflowActions | Unset
        if isinstance(_actions, Unset):
            actions = UNSET
        else:
            actions = WorkflowActions.from_dict(_actions)

        _control_plane = d.pop("control_plane", UNSET)
        control_plane: ControlPlaneResponseBlock | Unset
        if isinstance(_control_plane, Unset):
            control_plane = UNSET
        else:
            control_plane = ControlPlaneResponseBlock.from_dict(_control_plane)

        workflow_run_detail = cls(
            workflow_id=workflow_id,
            run_id=run_id,
            workflow_type=workflow_type,
            status=status,
            namespace=namespace,
            business_key=business_key,
            status_bucket=status_bucket,
            is_terminal=is_terminal,
            closed_reason=closed_reason,
            task_queue=task_queue,
            run_number=run_number,
            run_count=run_count,
            is_current_run=is_current_run,
            compatibility=compatibility,
            payload_codec=payload_codec,
            execution_timeout_seconds=execution_timeout_seconds,
            run_timeout_seconds=run_timeout_seconds,
            execution_deadline_at=execution_deadline_at,
            run_deadline_at=run_deadline_at,
            input_=input_,
            output=output,
            input_envelope=input_envelope,
            output_envelope=output_envelope,
            started_at=started_at,
            closed_at=closed_at,
            last_progress_at=last_progress_at,
            wait_kind=wait_kind,
            wait_reason=wait_reason,
            memo=memo,
            search_attributes=search_attributes,
            actions=actions,
            control_plane=control_plane,
        )

        workflow_run_detail.additional_properties = d
        return workflow_run_detail

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
