"""The seed's dataclasses: exact fields, and lenient ``from_wire`` mappers."""

from __future__ import annotations

import ast
import dataclasses
import json
import re
from typing import Any

import pytest

from durable_workflow.client import types as t
from tests.conftest import shared_fixtures, shared_path

from .conftest import FakePayloads

SEED_CLASSES = [
    "WorkflowExecution",
    "WorkflowList",
    "NamespaceDescription",
    "NamespaceList",
    "StoragePayloadTestResult",
    "StorageTestResult",
    "WorkflowRun",
    "WorkflowCommandResult",
    "WorkflowRunList",
    "StandaloneActivityExecution",
    "StandaloneActivityList",
    "SearchAttributeList",
    "TaskQueueTaskAdmission",
    "TaskQueueQueryAdmission",
    "TaskQueueAdmission",
    "TaskQueueDescription",
    "TaskQueueList",
    "TaskQueueBuildIdCohort",
    "TaskQueueBuildIdRollout",
    "TaskQueueBuildIdRolloutState",
    "WorkerDescription",
    "WorkerList",
    "ScheduleSpec",
    "ScheduleAction",
    "ScheduleDescription",
    "ScheduleList",
    "ScheduleTriggerResult",
    "ScheduleBackfillResult",
    "ScheduleHistoryEvent",
    "ScheduleHistoryPage",
    "BridgeAdapterOutcome",
]

# Classes whose signature the seed does not print: fields from the protocol's method map.
UNPRINTED_FIELDS: dict[str, list[tuple[str, Any]]] = {
    "WorkflowList": [("executions", dataclasses.MISSING), ("next_page_token", None)],
    "NamespaceList": [("namespaces", dataclasses.MISSING)],
    "StoragePayloadTestResult": [
        ("status", dataclasses.MISSING),
        ("bytes", None),
        ("sha256", None),
        ("reference_uri", None),
    ],
    "WorkflowCommandResult": [
        ("workflow_id", dataclasses.MISSING),
        ("outcome", dataclasses.MISSING),
        ("command_status", None),
        ("command_id", None),
        ("raw", None),
        ("run_id", None),
    ],
    "WorkflowRunList": [
        ("workflow_id", dataclasses.MISSING),
        ("run_count", dataclasses.MISSING),
        ("runs", dataclasses.MISSING),
    ],
    "StandaloneActivityList": [
        ("activities", dataclasses.MISSING),
        ("activity_count", dataclasses.MISSING),
        ("next_page_token", None),
    ],
    "SearchAttributeList": [
        ("system_attributes", dataclasses.MISSING),
        ("custom_attributes", dataclasses.MISSING),
    ],
    "TaskQueueAdmission": [
        ("workflow_tasks", None),
        ("activity_tasks", None),
        ("query_tasks", None),
        ("raw", None),
    ],
    "TaskQueueList": [("namespace", dataclasses.MISSING), ("task_queues", dataclasses.MISSING)],
    "TaskQueueBuildIdRollout": [
        ("namespace", dataclasses.MISSING),
        ("task_queue", dataclasses.MISSING),
        ("stale_after_seconds", dataclasses.MISSING),
        ("build_ids", dataclasses.MISSING),
    ],
    "WorkerList": [
        ("namespace", dataclasses.MISSING),
        ("workers", dataclasses.MISSING),
        ("stale_after_seconds", None),
    ],
    "ScheduleSpec": [("cron_expressions", None), ("intervals", None), ("timezone", None)],
    "ScheduleList": [("schedules", dataclasses.MISSING), ("next_page_token", None)],
    "ScheduleBackfillResult": [
        ("schedule_id", dataclasses.MISSING),
        ("outcome", dataclasses.MISSING),
        ("fires_attempted", 0),
        ("results", None),
    ],
    "ScheduleHistoryPage": [
        ("schedule_id", dataclasses.MISSING),
        ("events", dataclasses.MISSING),
        ("has_more", False),
        ("next_cursor", None),
        ("namespace", None),
    ],
}


def _fields(cls: type) -> list[tuple[str, Any]]:
    """The seed-visible fields: a trailing ``raw`` the seed does not print is checked apart."""
    fields = [(f.name, f.default) for f in dataclasses.fields(cls)]
    last = dataclasses.fields(cls)[-1]
    if last.name == "raw" and last.compare is False:
        fields.pop()
    return fields


@pytest.mark.parametrize("name", [n for n in SEED_CLASSES if n != "ScheduleAction"])
def test_every_result_class_keeps_what_the_server_sent(name: str) -> None:
    cls = getattr(t, name)
    assert "raw" in {f.name for f in dataclasses.fields(cls)}, name
    data = {"brand_new_field": {"added": "by a newer server"}}
    assert cls.from_wire(data).raw["brand_new_field"] == {"added": "by a newer server"}


def _seed_signatures() -> dict[str, list[tuple[str, Any]]]:
    text = shared_path("seed", "client-api-reference.txt").read_text(encoding="utf-8")
    found: dict[str, list[tuple[str, Any]]] = {}
    for name in SEED_CLASSES:
        match = re.search(rf"^{name}\((.*)\)$", text, re.MULTILINE)
        if match is None:
            continue
        call = ast.parse(f"f({match.group(1)})", mode="eval").body
        assert isinstance(call, ast.Call)
        params: list[tuple[str, Any]] = []
        for arg in call.args:
            if isinstance(arg, ast.Name):
                params.append((arg.id, dataclasses.MISSING))
        for kw in call.keywords:
            assert kw.arg is not None
            params.append((kw.arg, ast.literal_eval(kw.value)))
        found[name] = params
    return found


def test_every_seed_class_is_a_dataclass() -> None:
    for name in SEED_CLASSES:
        cls = getattr(t, name)
        assert dataclasses.is_dataclass(cls), name
        assert cls.__doc__, name
        assert hasattr(cls, "from_wire") or name == "ScheduleAction", name


def test_fields_match_the_seed_signatures() -> None:
    signatures = _seed_signatures()
    assert len(signatures) >= 15, "the seed prints most signatures"
    for name, params in signatures.items():
        assert _fields(getattr(t, name)) == params, name
    unprinted = [n for n in SEED_CLASSES if n not in signatures]
    assert sorted(unprinted) == sorted(UNPRINTED_FIELDS)


@pytest.mark.parametrize("name", sorted(UNPRINTED_FIELDS))
def test_fields_of_classes_without_a_printed_signature(name: str) -> None:
    assert _fields(getattr(t, name)) == UNPRINTED_FIELDS[name]


# --------------------------------------------------------------------------- leniency


@pytest.mark.parametrize("name", [n for n in SEED_CLASSES if n != "ScheduleAction"])
@pytest.mark.parametrize("data", [{}, {"unknown": {"x": [1]}}, None, [], "text"])
def test_from_wire_never_crashes_on_empty_or_odd_input(name: str, data: Any) -> None:
    cls = getattr(t, name)
    cls.from_wire(data)


@pytest.mark.parametrize("name", [n for n in SEED_CLASSES if n != "ScheduleAction"])
def test_from_wire_survives_wrongly_typed_fields(name: str) -> None:
    cls = getattr(t, name)
    junk = {f.name: {"unexpected": ["shape"]} for f in dataclasses.fields(cls)}
    cls.from_wire(junk)
    cls.from_wire({f.name: 12345 for f in dataclasses.fields(cls)})


def test_raw_keeps_unknown_fields() -> None:
    body = {"name": "q", "brand_new_field": {"v": 2}}
    assert t.TaskQueueDescription.from_wire(body).raw == body
    worker = t.WorkerDescription.from_wire({"worker_id": "w", "future": 1})
    assert worker.raw == {"worker_id": "w", "future": 1}


def test_from_wire_accepts_generated_models() -> None:
    class Model:
        def to_dict(self) -> dict[str, Any]:
            return {"name": "billing", "retention_days": 3}

    assert t.NamespaceDescription.from_wire(Model()).retention_days == 3


def test_php_empty_maps() -> None:
    run = t.WorkflowRun.from_wire({"memo": [], "search_attributes": [], "actions": []})
    assert (run.memo, run.search_attributes, run.actions) == ({}, {}, {})
    attrs = t.SearchAttributeList.from_wire({"system_attributes": [], "custom_attributes": None})
    assert attrs == t.SearchAttributeList(system_attributes={}, custom_attributes={})
    ns = t.NamespaceDescription.from_wire({"name": "n", "deleted": []})
    assert ns.deleted == {}


# --------------------------------------------------------------------------- specific mappers


def test_workflow_run_defaults_ids_from_the_request() -> None:
    run = t.WorkflowRun.from_wire(
        {"status": "running", "run_number": 2}, workflow_id="w", run_id="r"
    )
    assert (run.workflow_id, run.run_id, run.run_number) == ("w", "r", 2)
    runs = t.WorkflowRunList.from_wire(
        {"runs": [{"run_id": "a"}, {"run_id": "b"}]}, workflow_id="w"
    )
    assert runs.run_count == 2
    assert [r.workflow_id for r in runs.runs] == ["w", "w"]


def test_workflow_execution_decodes_envelopes() -> None:
    codec = FakePayloads()
    decode = codec.decode
    data = {
        "workflow_id": "w",
        "run_id": "r",
        "workflow_type": "t",
        "input_envelope": codec.encode([1]),
        "output_envelope": None,
        "output": "plain",
    }
    execution = t.WorkflowExecution.from_wire(data, decode=decode)
    assert execution.input == [1]
    assert execution.output == "plain"
    listing = t.WorkflowList.from_wire({"workflows": [data, "junk"], "next_page_token": "n"})
    assert len(listing.executions) == 1 and listing.next_page_token == "n"


def test_standalone_activity_result_is_decoded() -> None:
    codec = FakePayloads()
    decode = codec.decode
    data = {"activity_id": "a", "status": "completed", "result": codec.encode({"ok": 1})}
    assert t.StandaloneActivityExecution.from_wire(data, decode=decode).result == {"ok": 1}
    page = t.StandaloneActivityList.from_wire({"activities": [data]}, decode=decode)
    assert page.activity_count == 1


NESTED_SCHEDULE = {
    "schedule_id": "s1",
    "spec": {"cron_expressions": ["0 * * * *"]},
    "action": {"workflow_type": "t"},
    "overlap_policy": "skip",
    "state": {"status": "paused", "paused": True, "note": "maintenance"},
    "info": {
        "next_fire": "2026-04-22T06:00:00+00:00",
        "last_fire": "2026-04-22T05:00:00+00:00",
        "fires_count": 7,
        "failures_count": 1,
        "recent_actions": [],
    },
    "memo": [],
    "jitter_seconds": 0,
    "max_runs": None,
    "latest_workflow_instance_id": "wf-9",
    "created_at": "2026-04-01T00:00:00+00:00",
}
FLAT_SCHEDULE = {
    "schedule_id": "s1",
    "namespace": "default",
    "status": "paused",
    "paused": True,
    "note": "maintenance",
    "spec": {"cron_expressions": ["0 * * * *"]},
    "action": {"workflow_type": "t"},
    "overlap_policy": "skip",
    "fires_count": 7,
    "failures_count": 1,
    "next_fire_at": "2026-04-22T06:00:00+00:00",
    "last_fired_at": "2026-04-22T05:00:00+00:00",
    "paused_at": "2026-04-21T00:00:00+00:00",
    "info": {"buffered_actions": []},
    "latest_workflow_instance_id": "wf-9",
}


@pytest.mark.parametrize("shape", [NESTED_SCHEDULE, FLAT_SCHEDULE], ids=["nested", "flat"])
def test_schedule_description_reads_both_shapes(shape: dict[str, Any]) -> None:
    d = t.ScheduleDescription.from_wire(shape)
    assert d.schedule_id == "s1"
    assert d.status == "paused"
    assert d.note == "maintenance"
    assert (d.fires_count, d.failures_count) == (7, 1)
    assert d.next_fire_at == "2026-04-22T06:00:00+00:00"
    assert d.last_fired_at == "2026-04-22T05:00:00+00:00"
    assert d.latest_workflow_instance_id == "wf-9"
    assert d.spec == {"cron_expressions": ["0 * * * *"]}
    assert d.info is not None


def test_schedule_list_items_with_server_names() -> None:
    page = t.ScheduleList.from_wire(
        {"schedules": [{"schedule_id": "a", "next_fire": "x", "last_fire": "y", "paused": False}]}
    )
    item = page.schedules[0]
    assert (item.next_fire_at, item.last_fired_at, item.fires_count) == ("x", "y", 0)


def test_schedule_spec_and_action_to_wire() -> None:
    assert t.ScheduleSpec(cron_expressions=["* * * * *"]).to_wire() == {
        "cron_expressions": ["* * * * *"]
    }
    action = t.ScheduleAction(workflow_type="t", input=[1], run_timeout_seconds=5)
    assert action.to_wire(FakePayloads().encode) == {
        "workflow_type": "t",
        "input": FakePayloads().encode([1]),
        "run_timeout_seconds": 5,
    }
    spec = t.ScheduleSpec.from_wire({"intervals": [{"every": "PT1M", "offset": None}]})
    assert spec.intervals == [{"every": "PT1M"}]


def test_schedule_history_page_coerces_the_cursor() -> None:
    page = t.ScheduleHistoryPage.from_wire(
        {
            "schedule_id": "s",
            "events": [{"sequence": 3, "event_type": "ScheduleCreated", "payload": []}],
            "has_more": True,
            "next_cursor": "3",
        }
    )
    assert page.next_cursor == 3 and page.has_more
    assert page.events[0] == t.ScheduleHistoryEvent(
        sequence=3, event_type="ScheduleCreated", payload={}
    )


def test_task_queue_admission_and_cohorts() -> None:
    data = {
        "name": "orders",
        "admission": {
            "workflow_tasks": {
                "status": "accepting",
                "leased_count": 2,
                "server_lock_required": False,
            },
            "query_tasks": {"status": "full", "max_pending_per_queue": 1024},
        },
        "pollers": [{"worker_id": "w"}, "junk"],
    }
    q = t.TaskQueueDescription.from_wire(data)
    assert q.admission is not None and q.admission.workflow_tasks is not None
    assert q.admission.workflow_tasks.leased_count == 2
    assert q.admission.workflow_tasks.server_lock_required is False
    assert q.admission.activity_tasks is None
    assert q.admission.query_tasks == t.TaskQueueQueryAdmission(
        status="full", max_pending_per_queue=1024
    )
    assert q.pollers == [{"worker_id": "w"}]
    cohort = t.TaskQueueBuildIdCohort.from_wire(
        {
            "build_id": None,
            "rollout_status": "active",
            "runtimes": ["python", 3],
            "total_worker_count": 2,
        }
    )
    assert cohort.runtimes == ["python"]
    assert (cohort.total_worker_count, cohort.active_worker_count) == (2, 0)
    assert cohort.new_start_selected is False


def test_bridge_outcome() -> None:
    body = {
        "schema": "durable-workflow.v2.bridge-adapter-outcome.contract",
        "version": 1,
        "adapter": "stripe",
        "action": "start_workflow",
        "accepted": True,
        "outcome": "accepted",
        "workflow_id": "bridge-stripe-231",
    }
    outcome = t.BridgeAdapterOutcome.from_wire(body)
    assert outcome.accepted and outcome.version == 1 and outcome.raw == body


# --------------------------------------------------------------------------- reference fixtures


def _fixture_responses() -> list[tuple[str, Any]]:
    folder = shared_fixtures("control-plane")
    found = []
    for path in sorted(folder.rglob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        body = doc.get("response_body") if isinstance(doc, dict) else None
        if isinstance(body, dict):
            found.append((path.stem, body))
    return found


def test_reference_fixture_bodies_map_without_errors() -> None:
    bodies = _fixture_responses()
    assert bodies, "the control-plane fixtures hold no response bodies"
    for _, body in bodies:
        for name in SEED_CLASSES:
            if name != "ScheduleAction":
                getattr(t, name).from_wire(body)
