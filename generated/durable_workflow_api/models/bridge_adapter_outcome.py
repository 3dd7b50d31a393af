from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bridge_outcome_target import BridgeOutcomeTarget
    from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
    from ..models.validation_errors import ValidationErrors


T = TypeVar("T", bound="BridgeAdapterOutcome")


@_attrs_define
class BridgeAdapterOutcome:
    """Bridge outcome document (fields whose value is null are omitted). Also the body of rejections (HTTP 422)."""

    schema: str
    version: int
    adapter: str
    accepted: bool
    outcome: str
    action: str | Unset = UNSET
    """ Omitted when the action could not be read. """
    reason: str | Unset = UNSET
    """ Rejection or duplicate reason (engine rejection reasons for signal/update too). """
    idempotency_key: str | Unset = UNSET
    target: BridgeOutcomeTarget | Unset = UNSET
    """ Redacted summary of the request target. """
    correlation: list[Any] | MapOrEmptyListType0 | Unset = UNSET
    """ A map-typed field. The server is written in PHP and encodes an empty map as `[]`, so an empty array is
    accepted wherever this schema appears. """
    workflow_id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    workflow_type: str | Unset = UNSET
    """ Start only. """
    control_plane_outcome: str | Unset = UNSET
    """ Underlying command outcome; inspect it to be safe (older servers report a rejected start as `accepted`). """
    message: str | Unset = UNSET
    errors: ValidationErrors | Unset = UNSET
    """ Field path (dot notation) to the list of messages for that field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0

        schema = self.schema

        version = self.version

        adapter = self.adapter

        accepted = self.accepted

        outcome = self.outcome

        action = self.action

        reason = self.reason

        idempotency_key = self.idempotency_key

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        correlation: dict[str, Any] | list[Any] | Unset
        if isinstance(self.correlation, Unset):
            correlation = UNSET
        elif isinstance(self.correlation, MapOrEmptyListType0):
            correlation = self.correlation.to_dict()
        else:
            correlation = self.correlation

        workflow_id = self.workflow_id

        run_id = self.run_id

        workflow_type = self.workflow_type

        control_plane_outcome = self.control_plane_outcome

        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "version": version,
                "adapter": adapter,
                "accepted": accepted,
                "outcome": outcome,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if reason is not UNSET:
            field_dict["reason"] = reason
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if target is not UNSET:
            field_dict["target"] = target
        if correlation is not UNSET:
            field_dict["correlation"] = correlation
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if control_plane_outcome is not UNSET:
            field_dict["control_plane_outcome"] = control_plane_outcome
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bridge_outcome_target import BridgeOutcomeTarget
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0
        from ..models.validation_errors import ValidationErrors

        d = dict(src_dict)
        schema = d.pop("schema")

        version = d.pop("version")

        adapter = d.pop("adapter")

        accepted = d.pop("accepted")

        outcome = d.pop("outcome")

        action = d.pop("action", UNSET)

        reason = d.pop("reason", UNSET)

        idempotency_key = d.pop("idempotency_key", UNSET)

        _target = d.pop("target", UNSET)
        target: BridgeOutcomeTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = BridgeOutcomeTarget.from_dict(_target)

        def _parse_correlation(data: object) -> list[Any] | MapOrEmptyListType0 | Unset:
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

        correlation = _parse_correlation(d.pop("correlation", UNSET))

        workflow_id = d.pop("workflow_id", UNSET)

        run_id = d.pop("run_id", UNSET)

        workflow_type = d.pop("workflow_type", UNSET)

        control_plane_outcome = d.pop("control_plane_outcome", UNSET)

        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: ValidationErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ValidationErrors.from_dict(_errors)

        bridge_adapter_outcome = cls(
            schema=schema,
            version=version,
            adapter=adapter,
            accepted=accepted,
            outcome=outcome,
            action=action,
            reason=reason,
            idempotency_key=idempotency_key,
            target=target,
            correlation=correlation,
            workflow_id=workflow_id,
            run_id=run_id,
            workflow_type=workflow_type,
            control_plane_outcome=control_plane_outcome,
            message=message,
            errors=errors,
        )

        bridge_adapter_outcome.additional_properties = d
        return bridge_adapter_outcome

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
