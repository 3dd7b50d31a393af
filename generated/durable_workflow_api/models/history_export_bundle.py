from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_export_integrity import HistoryExportIntegrity
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="HistoryExportBundle")


@_attrs_define
class HistoryExportBundle:
    """Replay bundle, returned as-is (no `control_plane` block, so the checksum covers exactly this document). Treat as an
    opaque JSON document; the listed fields are the common ones.

    """

    schema: str | Unset = UNSET
    schema_version: int | Unset = UNSET
    exported_at: None | str | Unset = UNSET
    """ ISO-8601 timestamp (precision and offset style vary by endpoint; parse leniently). """
    dedupe_key: str | Unset = UNSET
    history_complete: bool | Unset = UNSET
    """ True when the run is closed. """
    workflow: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    payloads: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    history_events: list[JsonObject] | Unset = UNSET
    """ The run's events (engine shape). """
    codec_schemas: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    integrity: HistoryExportIntegrity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        schema_version = self.schema_version

        exported_at: None | str | Unset
        if isinstance(self.exported_at, Unset):
            exported_at = UNSET
        else:
            exported_at = self.exported_at

        dedupe_key = self.dedupe_key

        history_complete = self.history_complete

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow, Unset):
            workflow = self.workflow.to_dict()

        payloads: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payloads, Unset):
            payloads = self.payloads.to_dict()

        history_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history_events, Unset):
            history_events = []
            for history_events_item_data in self.history_events:
                history_events_item = history_events_item_data.to_dict()
                history_events.append(history_events_item)

        codec_schemas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.codec_schemas, Unset):
            codec_schemas = self.codec_schemas.to_dict()

        integrity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrity, Unset):
            integrity = self.integrity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if exported_at is not UNSET:
            field_dict["exported_at"] = exported_at
        if dedupe_key is not UNSET:
            field_dict["dedupe_key"] = dedupe_key
        if history_complete is not UNSET:
            field_dict["history_complete"] = history_complete
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if payloads is not UNSET:
            field_dict["payloads"] = payloads
        if history_events is not UNSET:
            field_dict["history_events"] = history_events
        if codec_schemas is not UNSET:
            field_dict["codec_schemas"] = codec_schemas
        if integrity is not UNSET:
            field_dict["integrity"] = integrity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.history_export_integrity import HistoryExportIntegrity
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        schema_version = d.pop("schema_version", UNSET)

        def _parse_exported_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exported_at = _parse_exported_at(d.pop("exported_at", UNSET))

        dedupe_key = d.pop("dedupe_key", UNSET)

        history_complete = d.pop("history_complete", UNSET)

        _workflow = d.pop("workflow", UNSET)
        workflow: JsonObject | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = JsonObject.from_dict(_workflow)

        _payloads = d.pop("payloads", UNSET)
        payloads: JsonObject | Unset
        if isinstance(_payloads, Unset):
            payloads = UNSET
        else:
            payloads = JsonObject.from_dict(_payloads)

        _history_events = d.pop("history_events", UNSET)
        history_events: list[JsonObject] | Unset = UNSET
        if _history_events is not UNSET:
            history_events = []
            for history_events_item_data in _history_events:
                history_events_item = JsonObject.from_dict(history_events_item_data)

                history_events.append(history_events_item)

        _codec_schemas = d.pop("codec_schemas", UNSET)
        codec_schemas: JsonObject | Unset
        if isinstance(_codec_schemas, Unset):
            codec_schemas = UNSET
        else:
            codec_schemas = JsonObject.from_dict(_codec_schemas)

        _integrity = d.pop("integrity", UNSET)
        integrity: HistoryExportIntegrity | Unset
        if isinstance(_integrity, Unset):
            integrity = UNSET
        else:
            integrity = HistoryExportIntegrity.from_dict(_integrity)

        history_export_bundle = cls(
            schema=schema,
            schema_version=schema_version,
            exported_at=exported_at,
            dedupe_key=dedupe_key,
            history_complete=history_complete,
            workflow=workflow,
            payloads=payloads,
            history_events=history_events,
            codec_schemas=codec_schemas,
            integrity=integrity,
        )

        history_export_bundle.additional_properties = d
        return history_export_bundle

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
