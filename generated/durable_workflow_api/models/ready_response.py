from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ready_checks import ReadyChecks


T = TypeVar("T", bound="ReadyResponse")


@_attrs_define
class ReadyResponse:
    """Readiness document of `GET /api/ready`."""

    status: str
    """ `ready` (HTTP 200) or `not_ready` (HTTP 503). """
    timestamp: None | str | Unset = UNSET
    """ Server time, ISO-8601 with offset. """
    checks: ReadyChecks | Unset = UNSET
    """ One entry per readiness check; newer servers may add checks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        checks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = self.checks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if checks is not UNSET:
            field_dict["checks"] = checks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ready_checks import ReadyChecks

        d = dict(src_dict)
        status = d.pop("status")

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        _checks = d.pop("checks", UNSET)
        checks: ReadyChecks | Unset
        if isinstance(_checks, Unset):
            checks = UNSET
        else:
            checks = ReadyChecks.from_dict(_checks)

        ready_response = cls(
            status=status,
            timestamp=timestamp,
            checks=checks,
        )

        ready_response.additional_properties = d
        return ready_response

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
