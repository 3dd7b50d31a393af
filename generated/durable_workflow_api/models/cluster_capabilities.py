from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_capabilities_payload_codecs_engine_specific_type_0 import (
        ClusterCapabilitiesPayloadCodecsEngineSpecificType0,
    )


T = TypeVar("T", bound="ClusterCapabilities")


@_attrs_define
class ClusterCapabilities:
    """Capability flags. Booleans signal feature availability; arrays enumerate codecs and compression algorithms. New
    flags are added over time; an absent flag means unsupported.

    """

    workflow_tasks: bool | Unset = UNSET
    activity_tasks: bool | Unset = UNSET
    signals: bool | Unset = UNSET
    queries: bool | Unset = UNSET
    updates: bool | Unset = UNSET
    schedules: bool | Unset = UNSET
    schedule_jitter: bool | Unset = UNSET
    schedule_max_runs: bool | Unset = UNSET
    search_attributes: bool | Unset = UNSET
    history_export: bool | Unset = UNSET
    continue_as_new: bool | Unset = UNSET
    child_workflows: bool | Unset = UNSET
    activity_timeouts: bool | Unset = UNSET
    activity_retry_policy: bool | Unset = UNSET
    child_workflow_retry_policy: bool | Unset = UNSET
    child_workflow_timeouts: bool | Unset = UNSET
    parent_close_policy: bool | Unset = UNSET
    non_retryable_failures: bool | Unset = UNSET
    history_retention: bool | Unset = UNSET
    payload_codec_envelope: bool | Unset = UNSET
    payload_codec_envelope_responses: bool | Unset = UNSET
    bridge_adapter_outcome_contract: bool | Unset = UNSET
    replay_verification_contract: bool | Unset = UNSET
    external_executor_config_contract: bool | Unset = UNSET
    invocable_carrier_contract: bool | Unset = UNSET
    payload_codecs: list[str] | Unset = UNSET
    """ Language-neutral payload codecs; the current generation advertises only `avro`. """
    payload_codecs_engine_specific: (
        ClusterCapabilitiesPayloadCodecsEngineSpecificType0 | list[Any] | Unset
    ) = UNSET
    """ Engine name to the engine-specific codecs it also understands (e.g. PHP serializers). Omitted when empty;
    may come as `[]`. """
    response_compression: list[str] | Unset = UNSET
    """ Response encodings the server applies on `Accept-Encoding` (`[]` when disabled). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cluster_capabilities_payload_codecs_engine_specific_type_0 import (
            ClusterCapabilitiesPayloadCodecsEngineSpecificType0,
        )

        workflow_tasks = self.workflow_tasks

        activity_tasks = self.activity_tasks

        signals = self.signals

        queries = self.queries

        updates = self.updates

        schedules = self.schedules

        schedule_jitter = self.schedule_jitter

        schedule_max_runs = self.schedule_max_runs

        search_attributes = self.search_attributes

        history_export = self.history_export

        continue_as_new = self.continue_as_new

        child_workflows = self.child_workflows

        activity_timeouts = self.activity_timeouts

        activity_retry_policy = self.activity_retry_policy

        child_workflow_retry_policy = self.child_workflow_retry_policy

        child_workflow_timeouts = self.child_workflow_timeouts

        parent_close_policy = self.parent_close_policy

        non_retryable_failures = self.non_retryable_failures

        history_retention = self.history_retention

        payload_codec_envelope = self.payload_codec_envelope

        payload_codec_envelope_responses = self.payload_codec_envelope_responses

        bridge_adapter_outcome_contract = self.bridge_adapter_outcome_contract

        replay_verification_contract = self.replay_verification_contract

        external_executor_config_contract = self.external_executor_config_contract

        invocable_carrier_contract = self.invocable_carrier_contract

        payload_codecs: list[str] | Unset = UNSET
        if not isinstance(self.payload_codecs, Unset):
            payload_codecs = self.payload_codecs

        payload_codecs_engine_specific: dict[str, Any] | list[Any] | Unset
        if isinstance(self.payload_codecs_engine_specific, Unset):
            payload_codecs_engine_specific = UNSET
        elif isinstance(
            self.payload_codecs_engine_specific, ClusterCapabilitiesPayloadCodecsEngineSpecificType0
        ):
            payload_codecs_engine_specific = self.payload_codecs_engine_specific.to_dict()
        else:
            payload_codecs_engine_specific = self.payload_codecs_engine_specific

        response_compression: list[str] | Unset = UNSET
        if not isinstance(self.response_compression, Unset):
            response_compression = self.response_compression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_tasks is not UNSET:
            field_dict["workflow_tasks"] = workflow_tasks
        if activity_tasks is not UNSET:
            field_dict["activity_tasks"] = activity_tasks
        if signals is not UNSET:
            field_dict["signals"] = signals
        if queries is not UNSET:
            field_dict["queries"] = queries
        if updates is not UNSET:
            field_dict["updates"] = updates
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if schedule_jitter is not UNSET:
            field_dict["schedule_jitter"] = schedule_jitter
        if schedule_max_runs is not UNSET:
            field_dict["schedule_max_runs"] = schedule_max_runs
        if search_attributes is not UNSET:
            field_dict["search_attributes"] = search_attributes
        if history_export is not UNSET:
            field_dict["history_export"] = history_export
        if continue_as_new is not UNSET:
            field_dict["continue_as_new"] = continue_as_new
        if child_workflows is not UNSET:
            field_dict["child_workflows"] = child_workflows
        if activity_timeouts is not UNSET:
            field_dict["activity_timeouts"] = activity_timeouts
        if activity_retry_policy is not UNSET:
            field_dict["activity_retry_policy"] = activity_retry_policy
        if child_workflow_retry_policy is not UNSET:
            field_dict["child_workflow_retry_policy"] = child_workflow_retry_policy
        if child_workflow_timeouts is not UNSET:
            field_dict["child_workflow_timeouts"] = child_workflow_timeouts
        if parent_close_policy is not UNSET:
            field_dict["parent_close_policy"] = parent_close_policy
        if non_retryable_failures is not UNSET:
            field_dict["non_retryable_failures"] = non_retryable_failures
        if history_retention is not UNSET:
            field_dict["history_retention"] = history_retention
        if payload_codec_envelope is not UNSET:
            field_dict["payload_codec_envelope"] = payload_codec_envelope
        if payload_codec_envelope_responses is not UNSET:
            field_dict["payload_codec_envelope_responses"] = payload_codec_envelope_responses
        if bridge_adapter_outcome_contract is not UNSET:
            field_dict["bridge_adapter_outcome_contract"] = bridge_adapter_outcome_contract
        if replay_verification_contract is not UNSET:
            field_dict["replay_verification_contract"] = replay_verification_contract
        if external_executor_config_contract is not UNSET:
            field_dict["external_executor_config_contract"] = external_executor_config_contract
        if invocable_carrier_contract is not UNSET:
            field_dict["invocable_carrier_contract"] = invocable_carrier_contract
        if payload_codecs is not UNSET:
            field_dict["payload_codecs"] = payload_codecs
        if payload_codecs_engine_specific is not UNSET:
            field_dict["payload_codecs_engine_specific"] = payload_codecs_engine_specific
        if response_compression is not UNSET:
            field_dict["response_compression"] = response_compression

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_capabilities_payload_codecs_engine_specific_type_0 import (
            ClusterCapabilitiesPayloadCodecsEngineSpecificType0,
        )

        d = dict(src_dict)
        workflow_tasks = d.pop("workflow_tasks", UNSET)

        activity_tasks = d.pop("activity_tasks", UNSET)

        signals = d.pop("signals", UNSET)

        queries = d.pop("queries", UNSET)

        updates = d.pop("updates", UNSET)

        schedules = d.pop("schedules", UNSET)

        schedule_jitter = d.pop("schedule_jitter", UNSET)

        schedule_max_runs = d.pop("schedule_max_runs", UNSET)

        search_attributes = d.pop("search_attributes", UNSET)

        history_export = d.pop("history_export", UNSET)

        continue_as_new = d.pop("continue_as_new", UNSET)

        child_workflows = d.pop("child_workflows", UNSET)

        activity_timeouts = d.pop("activity_timeouts", UNSET)

        activity_retry_policy = d.pop("activity_retry_policy", UNSET)

        child_workflow_retry_policy = d.pop("child_workflow_retry_policy", UNSET)

        child_workflow_timeouts = d.pop("child_workflow_timeouts", UNSET)

        parent_close_policy = d.pop("parent_close_policy", UNSET)

        non_retryable_failures = d.pop("non_retryable_failures", UNSET)

        history_retention = d.pop("history_retention", UNSET)

        payload_codec_envelope = d.pop("payload_codec_envelope", UNSET)

        payload_codec_envelope_responses = d.pop("payload_codec_envelope_responses", UNSET)

        bridge_adapter_outcome_contract = d.pop("bridge_adapter_outcome_contract", UNSET)

        replay_verification_contract = d.pop("replay_verification_contract", UNSET)

        external_executor_config_contract = d.pop("external_executor_config_contract", UNSET)

        invocable_carrier_contract = d.pop("invocable_carrier_contract", UNSET)

        payload_codecs = cast(list[str], d.pop("payload_codecs", UNSET))

        def _parse_payload_codecs_engine_specific(
            data: object,
        ) -> ClusterCapabilitiesPayloadCodecsEngineSpecificType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_codecs_engine_specific_type_0 = (
                    ClusterCapabilitiesPayloadCodecsEngineSpecificType0.from_dict(data)
                )

                return payload_codecs_engine_specific_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            payload_codecs_engine_specific_type_1 = cast(list[Any], data)

            return payload_codecs_engine_specific_type_1

        payload_codecs_engine_specific = _parse_payload_codecs_engine_specific(
            d.pop("payload_codecs_engine_specific", UNSET)
        )

        response_compression = cast(list[str], d.pop("response_compression", UNSET))

        cluster_capabilities = cls(
            workflow_tasks=workflow_tasks,
            activity_tasks=activity_tasks,
            signals=signals,
            queries=queries,
            updates=updates,
            schedules=schedules,
            schedule_jitter=schedule_jitter,
            schedule_max_runs=schedule_max_runs,
            search_attributes=search_attributes,
            history_export=history_export,
            continue_as_new=continue_as_new,
            child_workflows=child_workflows,
            activity_timeouts=activity_timeouts,
            activity_retry_policy=activity_retry_policy,
            child_workflow_retry_policy=child_workflow_retry_policy,
            child_workflow_timeouts=child_workflow_timeouts,
            parent_close_policy=parent_close_policy,
            non_retryable_failures=non_retryable_failures,
            history_retention=history_retention,
            payload_codec_envelope=payload_codec_envelope,
            payload_codec_envelope_responses=payload_codec_envelope_responses,
            bridge_adapter_outcome_contract=bridge_adapter_outcome_contract,
            replay_verification_contract=replay_verification_contract,
            external_executor_config_contract=external_executor_config_contract,
            invocable_carrier_contract=invocable_carrier_contract,
            payload_codecs=payload_codecs,
            payload_codecs_engine_specific=payload_codecs_engine_specific,
            response_compression=response_compression,
        )

        cluster_capabilities.additional_properties = d
        return cluster_capabilities

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
