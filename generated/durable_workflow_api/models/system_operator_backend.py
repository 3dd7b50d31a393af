from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.system_operator_backend_issue import SystemOperatorBackendIssue


T = TypeVar("T", bound="SystemOperatorBackend")


@_attrs_define
class SystemOperatorBackend:
    """Backend readiness (database, queue, cache, codec) and its issues."""

    generated_at: None | str | Unset = UNSET
    supported: bool | Unset = UNSET
    severity: None | str | Unset = UNSET
    issues: list[SystemOperatorBackendIssue] | Unset = UNSET
    readiness_contract: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    database: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    queue: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    cache: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    codec: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    structural_limits: JsonObject | Unset = UNSET
    """ An open-ended JSON object whose keys are not fixed by the protocol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_at: None | str | Unset
        if isinstance(self.generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = self.generated_at

        supported = self.supported

        severity: None | str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        else:
            severity = self.severity

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        readiness_contract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.readiness_contract, Unset):
            readiness_contract = self.readiness_contract.to_dict()

        database: dict[str, Any] | Unset = UNSET
        if not isinstance(self.database, Unset):
            database = self.database.to_dict()

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        cache: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache, Unset):
            cache = self.cache.to_dict()

        codec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec.to_dict()

        structural_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structural_limits, Unset):
            structural_limits = self.structural_limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at
        if supported is not UNSET:
            field_dict["supported"] = supported
        if severity is not UNSET:
            field_dict["severity"] = severity
        if issues is not UNSET:
            field_dict["issues"] = issues
        if readiness_contract is not UNSET:
            field_dict["readiness_contract"] = readiness_contract
        if database is not UNSET:
            field_dict["database"] = database
        if queue is not UNSET:
            field_dict["queue"] = queue
        if cache is not UNSET:
            field_dict["cache"] = cache
        if codec is not UNSET:
            field_dict["codec"] = codec
        if structural_limits is not UNSET:
            field_dict["structural_limits"] = structural_limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject
        from ..models.system_operator_backend_issue import SystemOperatorBackendIssue

        d = dict(src_dict)

        def _parse_generated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generated_at = _parse_generated_at(d.pop("generated_at", UNSET))

        supported = d.pop("supported", UNSET)

        def _parse_severity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        severity = _parse_severity(d.pop("severity", UNSET))

        _issues = d.pop("issues", UNSET)
        issues: list[SystemOperatorBackendIssue] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = SystemOperatorBackendIssue.from_dict(issues_item_data)

                issues.append(issues_item)

        _readiness_contract = d.pop("readiness_contract", UNSET)
        readiness_contract: JsonObject | Unset
        if isinstance(_readiness_contract, Unset):
            readiness_contract = UNSET
        else:
            readiness_contract = JsonObject.from_dict(_readiness_contract)

        _database = d.pop("database", UNSET)
        database: JsonObject | Unset
        if isinstance(_database, Unset):
            database = UNSET
        else:
            database = JsonObject.from_dict(_database)

        _queue = d.pop("queue", UNSET)
        queue: JsonObject | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = JsonObject.from_dict(_queue)

        _cache = d.pop("cache", UNSET)
        cache: JsonObject | Unset
        if isinstance(_cache, Unset):
            cache = UNSET
        else:
            cache = JsonObject.from_dict(_cache)

        _codec = d.pop("codec", UNSET)
        codec: JsonObject | Unset
        if isinstance(_codec, Unset):
            codec = UNSET
        else:
            codec = JsonObject.from_dict(_codec)

        _structural_limits = d.pop("structural_limits", UNSET)
        structural_limits: JsonObject | Unset
        if isinstance(_structural_limits, Unset):
            structural_limits = UNSET
        else:
            structural_limits = JsonObject.from_dict(_structural_limits)

        system_operator_backend = cls(
            generated_at=generated_at,
            supported=supported,
            severity=severity,
            issues=issues,
            readiness_contract=readiness_contract,
            database=database,
            queue=queue,
            cache=cache,
            codec=codec,
            structural_limits=structural_limits,
        )

        system_operator_backend.additional_properties = d
        return system_operator_backend

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
