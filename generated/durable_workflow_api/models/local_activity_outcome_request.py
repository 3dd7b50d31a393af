from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.local_activity_outcome_completed import LocalActivityOutcomeCompleted
    from ..models.local_activity_outcome_failed import LocalActivityOutcomeFailed
    from ..models.local_activity_outcome_timed_out import LocalActivityOutcomeTimedOut


T = TypeVar("T", bound="LocalActivityOutcomeRequest")


@_attrs_define
class LocalActivityOutcomeRequest:
    lease_owner: str
    """ The polling worker id the task is leased to. """
    workflow_task_attempt: int
    report: (
        LocalActivityOutcomeCompleted | LocalActivityOutcomeFailed | LocalActivityOutcomeTimedOut
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.local_activity_outcome_completed import LocalActivityOutcomeCompleted
        from ..models.local_activity_outcome_failed import LocalActivityOutcomeFailed

        lease_owner = self.lease_owner

        workflow_task_attempt = self.workflow_task_attempt

        report: dict[str, Any]
        if isinstance(self.report, LocalActivityOutcomeCompleted) or isinstance(
            self.report, LocalActivityOutcomeFailed
        ):
            report = self.report.to_dict()
        else:
            report = self.report.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lease_owner": lease_owner,
                "workflow_task_attempt": workflow_task_attempt,
                "report": report,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.local_activity_outcome_completed import LocalActivityOutcomeCompleted
        from ..models.local_activity_outcome_failed import LocalActivityOutcomeFailed
        from ..models.local_activity_outcome_timed_out import LocalActivityOutcomeTimedOut

        d = dict(src_dict)
        lease_owner = d.pop("lease_owner")

        workflow_task_attempt = d.pop("workflow_task_attempt")

        def _parse_report(
            data: object,
        ) -> (
            LocalActivityOutcomeCompleted
            | LocalActivityOutcomeFailed
            | LocalActivityOutcomeTimedOut
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_local_activity_outcome_report_type_0 = (
                    LocalActivityOutcomeCompleted.from_dict(data)
                )

                return componentsschemas_local_activity_outcome_report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_local_activity_outcome_report_type_1 = (
                    LocalActivityOutcomeFailed.from_dict(data)
                )

                return componentsschemas_local_activity_outcome_report_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_local_activity_outcome_report_type_2 = (
                LocalActivityOutcomeTimedOut.from_dict(data)
            )

            return componentsschemas_local_activity_outcome_report_type_2

        report = _parse_report(d.pop("report"))

        local_activity_outcome_request = cls(
            lease_owner=lease_owner,
            workflow_task_attempt=workflow_task_attempt,
            report=report,
        )

        local_activity_outcome_request.additional_properties = d
        return local_activity_outcome_request

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
