from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="TaskQueueBuildIdCohort")


@_attrs_define
class TaskQueueBuildIdCohort:
    """Workers of one build id on the queue; `build_id: null` is the unversioned cohort. Cohorts with a recorded drain
    intent but no workers are listed with zero counts.

    """

    build_id: None | str | Unset = UNSET
    rollout_status: str | Unset = UNSET
    """ Rollout status of a build-id cohort (open set). """
    drain_intent: str | Unset = UNSET
    """ Operator drain intent of a build-id cohort (open set). """
    drained_at: None | str | Unset = UNSET
    active_worker_count: int | Unset = UNSET
    draining_worker_count: int | Unset = UNSET
    stale_worker_count: int | Unset = UNSET
    total_worker_count: int | Unset = UNSET
    runtimes: list[str] | Unset = UNSET
    sdk_versions: list[str] | Unset = UNSET
    last_heartbeat_at: None | str | Unset = UNSET
    first_seen_at: None | str | Unset = UNSET
    promoted_at: None | str | Unset = UNSET
    rolled_back_at: None | str | Unset = UNSET
    new_start_selected: bool | Unset = UNSET
    workflow_definition_fingerprint_count: int | Unset = UNSET
    workflow_definition_fingerprint_conflicts: list[JsonObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        rollout_status = self.rollout_status

        drain_intent = self.drain_intent

        drained_at: None | str | Unset
        if isinstance(self.drained_at, Unset):
            drained_at = UNSET
        else:
            drained_at = self.drained_at

        active_worker_count = self.active_worker_count

        draining_worker_count = self.draining_worker_count

        stale_worker_count = self.stale_worker_count

        total_worker_count = self.total_worker_count

        runtimes: list[str] | Unset = UNSET
        if not isinstance(self.runtimes, Unset):
            runtimes = self.runtimes

        sdk_versions: list[str] | Unset = UNSET
        if not isinstance(self.sdk_versions, Unset):
            sdk_versions = self.sdk_versions

        last_heartbeat_at: None | str | Unset
        if isinstance(self.last_heartbeat_at, Unset):
            last_heartbeat_at = UNSET
        else:
            last_heartbeat_at = self.last_heartbeat_at

        first_seen_at: None | str | Unset
        if isinstance(self.first_seen_at, Unset):
            first_seen_at = UNSET
        else:
            first_seen_at = self.first_seen_at

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

        workflow_definition_fingerprint_count = self.workflow_definition_fingerprint_count

        workflow_definition_fingerprint_conflicts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_definition_fingerprint_conflicts, Unset):
            workflow_definition_fingerprint_conflicts = []
            for (
                workflow_definition_fingerprint_conflicts_item_data
            ) in self.workflow_definition_fingerprint_conflicts:
                workflow_definition_fingerprint_conflicts_item = (
                    workflow_definition_fingerprint_conflicts_item_data.to_dict()
                )
                workflow_definition_fingerprint_conflicts.append(
                    workflow_definition_fingerprint_conflicts_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if rollout_status is not UNSET:
            field_dict["rollout_status"] = rollout_status
        if drain_intent is not UNSET:
            field_dict["drain_intent"] = drain_intent
        if drained_at is not UNSET:
            field_dict["drained_at"] = drained_at
        if active_worker_count is not UNSET:
            field_dict["active_worker_count"] = active_worker_count
        if draining_worker_count is not UNSET:
            field_dict["draining_worker_count"] = draining_worker_count
        if stale_worker_count is not UNSET:
            field_dict["stale_worker_count"] = stale_worker_count
        if total_worker_count is not UNSET:
            field_dict["total_worker_count"] = total_worker_count
        if runtimes is not UNSET:
            field_dict["runtimes"] = runtimes
        if sdk_versions is not UNSET:
            field_dict["sdk_versions"] = sdk_versions
        if last_heartbeat_at is not UNSET:
            field_dict["last_heartbeat_at"] = last_heartbeat_at
        if first_seen_at is not UNSET:
            field_dict["first_seen_at"] = first_seen_at
        if promoted_at is not UNSET:
            field_dict["promoted_at"] = promoted_at
        if rolled_back_at is not UNSET:
            field_dict["rolled_back_at"] = rolled_back_at
        if new_start_selected is not UNSET:
            field_dict["new_start_selected"] = new_start_selected
        if workflow_definition_fingerprint_count is not UNSET:
            field_dict["workflow_definition_fingerprint_count"] = (
                workflow_definition_fingerprint_count
            )
        if workflow_definition_fingerprint_conflicts is not UNSET:
            field_dict["workflow_definition_fingerprint_conflicts"] = (
                workflow_definition_fingerprint_conflicts
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        rollout_status = d.pop("rollout_status", UNSET)

        drain_intent = d.pop("drain_intent", UNSET)

        def _parse_drained_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        drained_at = _parse_drained_at(d.pop("drained_at", UNSET))

        active_worker_count = d.pop("active_worker_count", UNSET)

        draining_worker_count = d.pop("draining_worker_count", UNSET)

        stale_worker_count = d.pop("stale_worker_count", UNSET)

        total_worker_count = d.pop("total_worker_count", UNSET)

        runtimes = cast(list[str], d.pop("runtimes", UNSET))

        sdk_versions = cast(list[str], d.pop("sdk_versions", UNSET))

        def _parse_last_heartbeat_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_heartbeat_at = _parse_last_heartbeat_at(d.pop("last_heartbeat_at", UNSET))

        def _parse_first_seen_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_seen_at = _parse_first_seen_at(d.pop("first_seen_at", UNSET))

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

        workflow_definition_fingerprint_count = d.pop(
            "workflow_definition_fingerprint_count", UNSET
        )

        _workflow_definition_fingerprint_conflicts = d.pop(
            "workflow_definition_fingerprint_conflicts", UNSET
        )
        workflow_definition_fingerprint_conflicts: list[JsonObject] | Unset = UNSET
        if _workflow_definition_fingerprint_conflicts is not UNSET:
            workflow_definition_fingerprint_conflicts = []
            for (
                workflow_definition_fingerprint_conflicts_item_data
            ) in _workflow_definition_fingerprint_conflicts:
                workflow_definition_fingerprint_conflicts_item = JsonObject.from_dict(
                    workflow_definition_fingerprint_conflicts_item_data
                )

                workflow_definition_fingerprint_conflicts.append(
                    workflow_definition_fingerprint_conflicts_item
                )

        task_queue_build_id_cohort = cls(
            build_id=build_id,
            rollout_status=rollout_status,
            drain_intent=drain_intent,
            drained_at=drained_at,
            active_worker_count=active_worker_count,
            draining_worker_count=draining_worker_count,
            stale_worker_count=stale_worker_count,
            total_worker_count=total_worker_count,
            runtimes=runtimes,
            sdk_versions=sdk_versions,
            last_heartbeat_at=last_heartbeat_at,
            first_seen_at=first_seen_at,
            promoted_at=promoted_at,
            rolled_back_at=rolled_back_at,
            new_start_selected=new_start_selected,
            workflow_definition_fingerprint_count=workflow_definition_fingerprint_count,
            workflow_definition_fingerprint_conflicts=workflow_definition_fingerprint_conflicts,
        )

        task_queue_build_id_cohort.additional_properties = d
        return task_queue_build_id_cohort

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
