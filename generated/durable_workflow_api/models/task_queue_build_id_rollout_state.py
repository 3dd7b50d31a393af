from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="TaskQueueBuildIdRolloutState")


@_attrs_define
class TaskQueueBuildIdRolloutState:
    """Cohort state after a drain, resume or promote."""

    namespace: str | Unset = UNSET
    task_queue: str | Unset = UNSET
    build_id: None | str | Unset = UNSET
    drain_intent: str | Unset = UNSET
    """ Operator drain intent of a build-id cohort (open set). """
    drained_at: None | str | Unset = UNSET
    """ Set while draining; repeated drains keep the first value. """
    promoted_at: None | str | Unset = UNSET
    rolled_back_at: None | str | Unset = UNSET
    new_start_selected: bool | Unset = UNSET
    deployment: JsonObject | None | Unset = UNSET
    """ Deployment record (newer servers; shape owned by the server). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        namespace = self.namespace

        task_queue = self.task_queue

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        drain_intent = self.drain_intent

        drained_at: None | str | Unset
        if isinstance(self.drained_at, Unset):
            drained_at = UNSET
        else:
            drained_at = self.drained_at

        promoted_at: None | str | Unset
        if isinstance(self.promoted_at, Unset):
            promoted_at = UNSET
        else:
            promoted_at = self.promoted_at

        rolled_back_at: None | str | Unset
        if isinstance(self.rolled_back_at, Unset):
            rolled_back_at = UNSET
        else:
            rolled_back_at = self.rolled_back_at

        new_start_selected = self.new_start_selected

        deployment: dict[str, Any] | None | Unset
        if isinstance(self.deployment, Unset):
            deployment = UNSET
        elif isinstance(self.deployment, JsonObject):
            deployment = self.deployment.to_dict()
        else:
            deployment = self.deployment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if drain_intent is not UNSET:
            field_dict["drain_intent"] = drain_intent
        if drained_at is not UNSET:
            field_dict["drained_at"] = drained_at
        if promoted_at is not UNSET:
            field_dict["promoted_at"] = promoted_at
        if rolled_back_at is not UNSET:
            field_dict["rolled_back_at"] = rolled_back_at
        if new_start_selected is not UNSET:
            field_dict["new_start_selected"] = new_start_selected
        if deployment is not UNSET:
            field_dict["deployment"] = deployment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        namespace = d.pop("namespace", UNSET)

        task_queue = d.pop("task_queue", UNSET)

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        drain_intent = d.pop("drain_intent", UNSET)

        def _parse_drained_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        drained_at = _parse_drained_at(d.pop("drained_at", UNSET))

        def _parse_promoted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promoted_at = _parse_promoted_at(d.pop("promoted_at", UNSET))

        def _parse_rolled_back_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rolled_back_at = _parse_rolled_back_at(d.pop("rolled_back_at", UNSET))

        new_start_selected = d.pop("new_start_selected", UNSET)

        def _parse_deployment(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deployment_type_0 = JsonObject.from_dict(data)

                return deployment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        deployment = _parse_deployment(d.pop("deployment", UNSET))

        task_queue_build_id_rollout_state = cls(
            namespace=namespace,
            task_queue=task_queue,
            build_id=build_id,
            drain_intent=drain_intent,
            drained_at=drained_at,
            promoted_at=promoted_at,
            rolled_back_at=rolled_back_at,
            new_start_selected=new_start_selected,
            deployment=deployment,
        )

        task_queue_build_id_rollout_state.additional_properties = d
        return task_queue_build_id_rollout_state

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
