from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_action import ScheduleAction
    from ..models.schedule_info import ScheduleInfo
    from ..models.schedule_open_map_type_0 import ScheduleOpenMapType0
    from ..models.schedule_spec import ScheduleSpec


T = TypeVar("T", bound="ScheduleListItem")


@_attrs_define
class ScheduleListItem:
    """One schedule of a list. The server snapshot sends `next_fire` / `last_fire`; newer servers also send `next_fire_at`
    / `last_fired_at` and the full spec and action.

    """

    schedule_id: str
    namespace: str | Unset = UNSET
    workflow_type: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ Schedule status (`active` or `paused`; deleted schedules answer 404). """
    paused: bool | Unset = UNSET
    next_fire: None | str | Unset = UNSET
    last_fire: None | str | Unset = UNSET
    next_fire_at: None | str | Unset = UNSET
    last_fired_at: None | str | Unset = UNSET
    overlap_policy: str | Unset = UNSET
    note: None | str | Unset = UNSET
    fires_count: int | Unset = UNSET
    failures_count: int | Unset = UNSET
    jitter_seconds: int | Unset = UNSET
    max_runs: int | None | Unset = UNSET
    remaining_actions: int | None | Unset = UNSET
    spec: None | ScheduleSpec | Unset = UNSET
    action: None | ScheduleAction | Unset = UNSET
    memo: list[Any] | None | ScheduleOpenMapType0 | Unset = UNSET
    """ An open map (memo or search attributes); `null` when unset, `[]` for an empty map. """
    search_attributes: list[Any] | None | ScheduleOpenMapType0 | Unset = UNSET
    """ An open map (memo or search attributes); `null` when unset, `[]` for an empty map. """
    latest_workflow_instance_id: None | str | Unset = UNSET
    paused_at: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    info: ScheduleInfo | Unset = UNSET
    """ Counters, fire times and buffered/skipped details of a schedule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule_action import ScheduleAction
        from ..models.schedule_open_map_type_0 import ScheduleOpenMapType0
        from ..models.schedule_spec import ScheduleSpec

        schedule_id = self.schedule_id

        namespace = self.namespace

        workflow_type: None | str | Unset
        if isinstance(self.workflow_type, Unset):
            workflow_type = UNSET
        else:
            workflow_type = self.workflow_type

        status = self.status

        paused = self.paused

        next_fire: None | str | Unset
        if isinstance(self.next_fire, Unset):
            next_fire = UNSET
        else:
            next_fire = self.next_fire

        last_fire: None | str | Unset
        if isinstance(self.last_fire, Unset):
            last_fire = UNSET
        else:
            last_fire = self.last_fire

        next_fire_at: None | str | Unset
        if isinstance(self.next_fire_at, Unset):
            next_fire_at = UNSET
        else:
            next_fire_at = self.next_fire_at

        last_fired_at: None | str | Unset
        if isinstance(self.last_fired_at, Unset):
            last_fired_at = UNSET
        else:
            last_fired_at = self.last_fired_at

        overlap_policy = self.overlap_policy

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        fires_count = self.fires_count

        failures_count = self.failures_count

        jitter_seconds = self.jitter_seconds

        max_runs: int | None | Unset
        if isinstance(self.max_runs, Unset):
            max_runs = UNSET
        else:
            max_runs = self.max_runs

        remaining_actions: int | None | Unset
        if isinstance(self.remaining_actions, Unset):
            remaining_actions = UNSET
        else:
            remaining_actions = self.remaining_actions

        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, ScheduleSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ScheduleAction):
            action = self.action.to_dict()
        else:
            action = self.action

        memo: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        elif isinstance(self.memo, ScheduleOpenMapType0):
            memo = self.memo.to_dict()
        elif isinstance(self.memo, list):
            memo = self.memo

        else:
            memo = self.memo

        search_attributes: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.search_attributes, Unset):
            search_attributes = UNSET
        elif isinstance(self.search_attributes, ScheduleOpenMapType0):
            search_attributes = self.search_attributes.to_dict()
        elif isinstance(self.search_attributes, list):
            search_attributes = self.search_attributes

        else:
            search_attributes = self.search_attributes

        latest_workflow_instance_id: None | str | Unset
        if isinstance(self.latest_workflow_instance_id, Unset):
            latest_workflow_instance_id = UNSET
        else:
            latest_workflow_instance_id = self.latest_workflow_instance_id

        paused_at: None | str | Unset
        if isinstance(self.paused_at, Unset):
            paused_at = UNSET
        else:
            paused_at = self.paused_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule_id": schedule_id,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if status is not UNSET:
            field_dict["status"] = status
        if paused is not UNSET:
            field_dict["paused"] = paused
        if next_fire is not UNSET:
            field_dict["next_fire"] = next_fire
        if last_fire is not UNSET:
            field_dict["last_fire"] = last_fire
        if next_fire_at is not UNSET:
            field_dict["next_fire_at"] = next_fire_at
        if last_fired_at is not UNSET:
            field_dict["last_fired_at"] = last_fired_at
        if overlap_policy is not UNSET:
            field_dict["overlap_policy"] = overlap_policy
        if note is not UNSET:
            field_dict["note"] = note
        if fires_count is not UNSET:
            field_dict["fires_count"] = fires_count
        if failures_count is not UNSET:
            field_dict["failures_count"] = failures_count
        if jitter_seconds is not UNSET:
            field_dict["jitter_seconds"] = jitter_seconds
        if max_runs is not UNSET:
            field_dict["max_runs"] = max_runs
        if remaining_actions is not UNSET:
            field_dict["remaining_actions"] = remaining_actions
        if spec is not UNSET:
            field_dict["spec"] = spec
        if action is not UNSET:
            field_dict["action"] = action
        if memo is not UNSET:
            field_dict["memo"] = memo
        if search_attributes is not UNSET:
            field_dict["search_attributes"] = search_attributes
        if latest_workflow_instance_id is not UNSET:
            field_dict["latest_workflow_instance_id"] = latest_workflow_instance_id
        if paused_at is not UNSET:
            field_dict["paused_at"] = paused_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_action import ScheduleAction
        from ..models.schedule_info import ScheduleInfo
        from ..models.schedule_open_map_type_0 import ScheduleOpenMapType0
        from ..models.schedule_spec import ScheduleSpec

        d = dict(src_dict)
        schedule_id = d.pop("schedule_id")

        namespace = d.pop("namespace", UNSET)

        def _parse_workflow_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_type = _parse_workflow_type(d.pop("workflow_type", UNSET))

        status = d.pop("status", UNSET)

        paused = d.pop("paused", UNSET)

        def _parse_next_fire(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_fire = _parse_next_fire(d.pop("next_fire", UNSET))

        def _parse_last_fire(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_fire = _parse_last_fire(d.pop("last_fire", UNSET))

        def _parse_next_fire_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_fire_at = _parse_next_fire_at(d.pop("next_fire_at", UNSET))

        def _parse_last_fired_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_fired_at = _parse_last_fired_at(d.pop("last_fired_at", UNSET))

        overlap_policy = d.pop("overlap_policy", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        fires_count = d.pop("fires_count", UNSET)

        failures_count = d.pop("failures_count", UNSET)

        jitter_seconds = d.pop("jitter_seconds", UNSET)

        def _parse_max_runs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_runs = _parse_max_runs(d.pop("max_runs", UNSET))

        def _parse_remaining_actions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_actions = _parse_remaining_actions(d.pop("remaining_actions", UNSET))

        def _parse_spec(data: object) -> None | ScheduleSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spec_type_0 = ScheduleSpec.from_dict(data)

                return spec_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleSpec | Unset, data)

        spec = _parse_spec(d.pop("spec", UNSET))

        def _parse_action(data: object) -> None | ScheduleAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = ScheduleAction.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleAction | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_memo(data: object) -> list[Any] | None | ScheduleOpenMapType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_schedule_open_map_type_0 = ScheduleOpenMapType0.from_dict(data)

                return componentsschemas_schedule_open_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_schedule_open_map_type_1 = cast(list[Any], data)

                return componentsschemas_schedule_open_map_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | ScheduleOpenMapType0 | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_search_attributes(
            data: object,
        ) -> list[Any] | None | ScheduleOpenMapType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_schedule_open_map_type_0 = ScheduleOpenMapType0.from_dict(data)

                return componentsschemas_schedule_open_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_schedule_open_map_type_1 = cast(list[Any], data)

                return componentsschemas_schedule_open_map_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | ScheduleOpenMapType0 | Unset, data)

        search_attributes = _parse_search_attributes(d.pop("search_attributes", UNSET))

        def _parse_latest_workflow_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_workflow_instance_id = _parse_latest_workflow_instance_id(
            d.pop("latest_workflow_instance_id", UNSET)
        )

        def _parse_paused_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paused_at = _parse_paused_at(d.pop("paused_at", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _info = d.pop("info", UNSET)
        info: ScheduleInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = ScheduleInfo.from_dict(_info)

        schedule_list_item = cls(
            schedule_id=schedule_id,
            namespace=namespace,
            workflow_type=workflow_type,
            status=status,
            paused=paused,
            next_fire=next_fire,
            last_fire=last_fire,
            next_fire_at=next_fire_at,
            last_fired_at=last_fired_at,
            overlap_policy=overlap_policy,
            note=note,
            fires_count=fires_count,
            failures_count=failures_count,
            jitter_seconds=jitter_seconds,
            max_runs=max_runs,
            remaining_actions=remaining_actions,
            spec=spec,
            action=action,
            memo=memo,
            search_attributes=search_attributes,
            latest_workflow_instance_id=latest_workflow_instance_id,
            paused_at=paused_at,
            created_at=created_at,
            updated_at=updated_at,
            info=info,
        )

        schedule_list_item.additional_properties = d
        return schedule_list_item

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
