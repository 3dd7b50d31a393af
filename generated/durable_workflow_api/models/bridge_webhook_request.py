from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bridge_webhook_action import BridgeWebhookAction, check_bridge_webhook_action
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bridge_signal_workflow_target import BridgeSignalWorkflowTarget
    from ..models.bridge_start_workflow_target import BridgeStartWorkflowTarget
    from ..models.bridge_update_workflow_target import BridgeUpdateWorkflowTarget
    from ..models.bridge_webhook_request_input_type_1 import BridgeWebhookRequestInputType1
    from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0


T = TypeVar("T", bound="BridgeWebhookRequest")


@_attrs_define
class BridgeWebhookRequest:
    action: BridgeWebhookAction
    """ Workflow command the event is turned into. """
    idempotency_key: str
    """ E.g. the provider's event id. """
    target: BridgeSignalWorkflowTarget | BridgeStartWorkflowTarget | BridgeUpdateWorkflowTarget
    """ Action-specific target. """
    input_: BridgeWebhookRequestInputType1 | list[Any] | None | Unset = UNSET
    """ Arguments: plain JSON (array or object) or a payload envelope. """
    correlation: list[Any] | MapOrEmptyListType0 | None | Unset = UNSET
    """ Free-form correlation data, echoed back. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bridge_signal_workflow_target import BridgeSignalWorkflowTarget
        from ..models.bridge_start_workflow_target import BridgeStartWorkflowTarget
        from ..models.bridge_webhook_request_input_type_1 import BridgeWebhookRequestInputType1
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0

        action: str = self.action

        idempotency_key = self.idempotency_key

        target: dict[str, Any]
        if isinstance(self.target, BridgeStartWorkflowTarget) or isinstance(
            self.target, BridgeSignalWorkflowTarget
        ):
            target = self.target.to_dict()
        else:
            target = self.target.to_dict()

        input_: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, BridgeWebhookRequestInputType1):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        correlation: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.correlation, Unset):
            correlation = UNSET
        elif isinstance(self.correlation, MapOrEmptyListType0):
            correlation = self.correlation.to_dict()
        elif isinstance(self.correlation, list):
            correlation = self.correlation

        else:
            correlation = self.correlation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "idempotency_key": idempotency_key,
                "target": target,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if correlation is not UNSET:
            field_dict["correlation"] = correlation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bridge_signal_workflow_target import BridgeSignalWorkflowTarget
        from ..models.bridge_start_workflow_target import BridgeStartWorkflowTarget
        from ..models.bridge_update_workflow_target import BridgeUpdateWorkflowTarget
        from ..models.bridge_webhook_request_input_type_1 import BridgeWebhookRequestInputType1
        from ..models.map_or_empty_list_type_0 import MapOrEmptyListType0

        d = dict(src_dict)
        action = check_bridge_webhook_action(d.pop("action"))

        idempotency_key = d.pop("idempotency_key")

        def _parse_target(
            data: object,
        ) -> BridgeSignalWorkflowTarget | BridgeStartWorkflowTarget | BridgeUpdateWorkflowTarget:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_type_0 = BridgeStartWorkflowTarget.from_dict(data)

                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_type_1 = BridgeSignalWorkflowTarget.from_dict(data)

                return target_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            target_type_2 = BridgeUpdateWorkflowTarget.from_dict(data)

            return target_type_2

        target = _parse_target(d.pop("target"))

        def _parse_input_(
            data: object,
        ) -> BridgeWebhookRequestInputType1 | list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_0 = cast(list[Any], data)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_1 = BridgeWebhookRequestInputType1.from_dict(data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BridgeWebhookRequestInputType1 | list[Any] | None | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_correlation(data: object) -> list[Any] | MapOrEmptyListType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_0 = MapOrEmptyListType0.from_dict(data)

                return componentsschemas_map_or_empty_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_map_or_empty_list_type_1 = cast(list[Any], data)

                return componentsschemas_map_or_empty_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | MapOrEmptyListType0 | None | Unset, data)

        correlation = _parse_correlation(d.pop("correlation", UNSET))

        bridge_webhook_request = cls(
            action=action,
            idempotency_key=idempotency_key,
            target=target,
            input_=input_,
            correlation=correlation,
        )

        bridge_webhook_request.additional_properties = d
        return bridge_webhook_request

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
