"""Stateful (links) conformance of the development server to the bundled OpenAPI document.

Schemathesis builds a state machine from the document's ``links``: a scenario starts at an
operation that creates or leases something (start a workflow, register a worker, poll a task,
create a schedule, ...) and goes on along the links of its responses, so a workflow is started
and then described, signalled, queried, cancelled; a task is leased and then completed, failed or
heartbeated with its own ``task_id``, ``lease_owner`` and attempt. Schemathesis' own link
inference is off, so only the document's links are followed.

Every response must pass the checks of the stateless run (no 5xx but a query's documented 504,
a documented status, content type, body and headers). The run also counts what it did and
asserts that links were really followed: link steps that carried a value extracted from an
earlier response, and link steps whose path named an id an earlier response of the same scenario
returned and were answered 2xx.

Answers known to break the document are listed in :data:`KNOWN_DEFECTS` (each tolerated only as
that one violation); none is listed today. The answers that once broke it (worker sessions, activity
lease renewal) are pinned by the tests at the end of this module.

The default run is seeded and bounded (about 100 scenarios of up to 15 steps); the ``soak``
variant runs 1,500 scenarios of up to 25 steps.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
schemathesis = pytest.importorskip("schemathesis")

import hypothesis  # noqa: E402
import requests  # noqa: E402  (schemathesis' own transport)
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.config import SchemathesisConfig  # noqa: E402
from schemathesis.core.failures import FailureGroup  # noqa: E402
from schemathesis.core.transport import Response  # noqa: E402
from schemathesis.generation.stateful import run_state_machine_as_test  # noqa: E402
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput  # noqa: E402
from schemathesis.openapi.checks import JsonSchemaError  # noqa: E402
from schemathesis.specs.openapi import stateful as _openapi_stateful  # noqa: E402

from durable_workflow.devserver.server import ServerConfig  # noqa: E402
from durable_workflow.devserver.testing import RunningServer, run_dev_server  # noqa: E402

from .schemathesis_support import (  # noqa: E402
    CHECKS,
    KNOWN_NAMESPACES,
    SEEDED,
    SPEC,
    is_query,
    seed_server,
    steering,
    tame_headers,
)

STATEFUL_CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 20260404,
        # Workflows mostly start on the seeded worker's queue and polls mostly come from it, so
        # tasks get leased and the task links have something to follow.
        **steering(worker_fields=0.85),
        "generation": {"deterministic": True, "database": "none"},
        "phases": {
            "examples": {"enabled": False},
            "coverage": {"enabled": False},
            "fuzzing": {"enabled": False},
            # Only the document's links: inferred ones would hide a missing link.
            "stateful": {"enabled": True, "inference": {"algorithms": []}},
        },
    }
)

stateful_schema = schemathesis.openapi.from_path(str(SPEC), config=STATEFUL_CONFIG)


def _likely_root(operation: Any, node: Any, produced_anywhere: Any) -> bool:
    """Every POST with links, and every GET without path parameters, may start a scenario.

    Schemathesis' own guess also drops operations whose inputs it takes for references to
    objects nothing produces (a task queue, a worker id); here that would keep starting a
    workflow, registering a worker and polling out of the scenario starts.
    """
    return bool(operation.method == "post" or not operation.path_parameters)


with mock.patch.object(_openapi_stateful, "is_likely_root_transition", _likely_root):
    _SchemaMachine = stateful_schema.as_state_machine()

#: Operations scenarios must be able to start at; checked so a schemathesis upgrade that starts
#: them differently fails here instead of quietly testing less.
ROOTS = {
    "POST /api/workflows",
    "POST /api/schedules",
    "POST /api/namespaces",
    "POST /api/activities",
    "POST /api/search-attributes",
    "POST /api/worker/register",
    "POST /api/worker/workflow-tasks/poll",
    "POST /api/worker/activity-tasks/poll",
    "POST /api/worker/query-tasks/poll",
    "POST /api/worker/sessions",
}

VERSIONS = {
    "X-Durable-Workflow-Control-Plane-Version": "2",
    "X-Durable-Workflow-Protocol-Version": "1.20",
}

#: Answers of the development server known to break the document: operation -> the one schema
#: violation tolerated there, each to be pinned by a strict xfail test until the server is fixed.
KNOWN_DEFECTS: dict[str, str] = {}


def _known_defect(case: schemathesis.Case, exc: FailureGroup) -> str | None:
    """The :data:`KNOWN_DEFECTS` entry ``exc`` is, if it is exactly that one violation."""
    label = case.operation.label
    violation = KNOWN_DEFECTS.get(label)
    if violation is None or len(exc.exceptions) != 1:
        return None
    failure = exc.exceptions[0]
    if not isinstance(failure, JsonSchemaError) or violation not in str(failure):
        return None
    return label


#: Response fields that name an object later requests address by path.
ID_FIELDS = ("workflow_id", "run_id", "schedule_id", "activity_id", "worker_id", "name", "task_id")


@dataclass
class Tally:
    """What a run did, summed over its scenarios."""

    steps: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    #: "<operation> <status>" of every step.
    outcomes: Counter[str] = field(default_factory=Counter)
    #: Link steps, and those that carried at least one value extracted from an earlier response.
    link_steps: int = 0
    applied_links: Counter[str] = field(default_factory=Counter)
    #: Steps whose path addressed an id an earlier response of the scenario returned, answered 2xx.
    reused_ids: Counter[str] = field(default_factory=Counter)
    scenarios: int = 0
    #: Hypothesis runs, and those it ended early because a replayed scenario met a changed server.
    runs: int = 0
    diverged_runs: int = 0
    #: Every failed check, with the scenario's requests up to it.
    failures: list[str] = field(default_factory=list)
    #: Answers that broke the document in a way :data:`KNOWN_DEFECTS` lists.
    known_defects: Counter[str] = field(default_factory=Counter)


class _Machine(_SchemaMachine):  # type: ignore[misc,valid-type]
    """The schema's state machine, sending to the running server and counting into ``tally``."""

    base_url: str = ""
    session: requests.Session
    tally: Tally

    def setup(self) -> None:
        # Ids returned by earlier responses of this scenario, and namespaces it created.
        self.produced: set[str] = set()
        self.namespaces: set[str] = set(KNOWN_NAMESPACES)
        self.trail: list[str] = []
        self.tally.scenarios += 1

    def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
        return {"base_url": self.base_url, "session": self.session, "timeout": 10}

    def before_call(self, case: schemathesis.Case) -> None:
        tame_headers(case, self.namespaces)
        # The stateless run checks the version refusals; here requests go on to the route.
        declared = {parameter.name for parameter in case.operation.iter_parameters()}
        for header, version in VERSIONS.items():
            if header in declared:
                case.headers = {**(case.headers or {}), header: version}
        if (
            case.operation.label == "POST /api/workflows"
            and isinstance(case.body, dict)
            and "task_queue" not in case.body
        ):
            # A workflow started without a queue goes to one no worker of the run polls.
            case.body["task_queue"] = SEEDED["queues"][0]
        if isinstance(case.body, dict):
            # A request may ask the server to wait (an update for its completion, a poll for a
            # task) up to the time it names; the run keeps such waits short.
            for name in ("wait_timeout_seconds", "timeout_seconds"):
                value = case.body.get(name)
                if isinstance(value, int | float) and not isinstance(value, bool) and value > 1:
                    case.body[name] = 1

    def step(self, input: StepInput) -> StepOutput:
        try:
            output = super().step(input)
        except (AssertionError, FailureGroup):
            raise  # recorded by validate_response
        except Exception as exc:
            # A transport error (a timeout, a dropped connection) is a failure too, and is kept
            # for the same reason as failed checks.
            self.tally.failures.append(f"{_describe_request(input.case)}: {exc!r}\n{self._trail()}")
            raise
        tally, status = self.tally, output.response.status_code
        tally.steps += 1
        tally.statuses[status] += 1
        tally.outcomes[f"{input.case.operation.label} {status}"] += 1
        self.trail.append(_describe(input, output.response))
        if input.transition is not None:
            tally.link_steps += 1
            if input.applied_parameters:
                tally.applied_links[input.transition.id] += 1
                # A path the link filled with an id an earlier answer returned, answered 2xx.
                path = input.case.path_parameters or {}
                reused = sorted(name for name, value in path.items() if value in self.produced)
                if reused and 200 <= status < 300:
                    tally.reused_ids[f"{input.case.operation.label} {reused}"] += 1
        if 200 <= status < 300:
            self._remember(output.response, input.case)
        return output

    def _trail(self) -> str:
        return "scenario:\n" + "\n".join(f"  {n}. {line}" for n, line in enumerate(self.trail, 1))

    def _remember(self, response: Response, case: schemathesis.Case) -> None:
        try:
            body = response.json()
        except ValueError:
            return
        if not isinstance(body, dict):
            return
        for doc in (body, body.get("task")):
            if isinstance(doc, dict):
                self.produced.update(
                    value for key in ID_FIELDS if isinstance(value := doc.get(key), str)
                )
        if case.operation.label == "POST /api/namespaces" and isinstance(body.get("name"), str):
            self.namespaces.add(body["name"].lower())

    def validate_response(
        self, response: Response, case: schemathesis.Case, *args: Any, **kwargs: Any
    ) -> None:
        query = is_query(case)
        checks = [c for c in CHECKS if c is not not_a_server_error] if query else CHECKS
        try:
            case.validate_response(
                response, checks=checks, transport_kwargs=kwargs or None, recorder=self.recorder
            )
            if response.status_code >= 500:
                reason = response.json().get("reason")
                assert query and (response.status_code, reason) == (504, "query_worker_timeout")
        except FailureGroup as exc:
            defect = _known_defect(case, exc)
            if defect is not None:
                self.tally.known_defects[defect] += 1
                return
            self._fail(case, response, exc)
            raise
        except AssertionError as exc:
            self._fail(case, response, exc)
            raise

    def _fail(self, case: schemathesis.Case, response: Response, exc: Exception) -> None:
        # Kept here as well as raised: Hypothesis replays a failing scenario, and against a
        # server whose state moved on the replay may pass and be reported as flaky instead.
        self.tally.failures.append(
            f"{_describe_request(case)} -> {response.status_code}: "
            f"{str(exc)[:1500]}\n{self._trail()}"
        )


@pytest.fixture(scope="module")
def dev() -> Iterator[RunningServer]:
    # Polls and waits answer at once so no generated request sits in a long poll.
    config = ServerConfig(poll_timeout=0, query_timeout=0, update_wait_timeout=0)
    with run_dev_server(config) as running:
        seed_server(running.base_url)
        yield running


def _describe_request(case: schemathesis.Case) -> str:
    body = case.body if isinstance(case.body, dict | list | str | int | float) else None
    shown = "" if body is None else f" body={json.dumps(body, default=str)[:300]}"
    headers = {k: v for k, v in (case.headers or {}).items() if k.lower().startswith("x-")}
    return f"{case.method} {case.formatted_path} headers={headers}{shown}"


def _describe(input: StepInput, response: Response) -> str:
    via = f" [via {input.transition.id}]" if input.transition is not None else ""
    return f"{_describe_request(input.case)} -> {response.status_code} {response.text[:300]}{via}"


def _run(dev: RunningServer, scenarios: int, steps: int, seed: int) -> Tally:
    """Run scenarios until ``scenarios`` have run, seeded; each Hypothesis run is a fresh seed.

    Hypothesis replays parts of earlier scenarios to find new ones; against a live server whose
    state has moved on, a replay can take another branch and Hypothesis stops with ``Flaky``. The
    run then goes on with the next seed (as schemathesis' own runner does); failed checks are
    recorded by the machine itself and fail the test at the end.
    """
    tally = Tally()
    with requests.Session() as session:
        while tally.scenarios < scenarios and tally.runs < scenarios:
            settings = hypothesis.settings(
                max_examples=scenarios - tally.scenarios,
                stateful_step_count=steps,
                database=None,
                deadline=None,
                phases=[hypothesis.Phase.generate],
                suppress_health_check=list(hypothesis.HealthCheck),
            )
            machine = hypothesis.seed(seed + tally.runs)(
                type(
                    "DevServerWorkflow",
                    (_Machine,),
                    {"base_url": dev.base_url, "session": session, "tally": tally},
                )
            )
            tally.runs += 1
            try:
                run_state_machine_as_test(machine, settings=settings)
            except hypothesis.errors.Flaky:
                tally.diverged_runs += 1
            except (AssertionError, FailureGroup) as exc:
                # Recorded by the machine already; anything else that stopped the run is kept too.
                if not tally.failures:
                    tally.failures.append(f"the run stopped: {exc!r}"[:3000])
                break
    return tally


def _assert_links_followed(tally: Tally, min_links: int, min_reused: int) -> None:
    assert not tally.failures, "\n\n".join(tally.failures)
    print(
        f"\nscenarios={tally.scenarios} runs={tally.runs} diverged={tally.diverged_runs} "
        f"steps={tally.steps} link_steps={tally.link_steps} "
        f"applied={sum(tally.applied_links.values())} distinct_links={len(tally.applied_links)} "
        f"reused_ids={sum(tally.reused_ids.values())} known_defects={dict(tally.known_defects)}\n"
        f"statuses={dict(sorted(tally.statuses.items()))}"
    )
    for name, count in tally.applied_links.most_common():
        print(f"  {count:4d}  {name}")
    assert tally.scenarios > 0 and tally.steps > tally.scenarios
    # Links were followed with values taken from earlier responses, across many links ...
    assert len(tally.applied_links) >= min_links, tally.applied_links
    # ... and those values addressed objects that existed.
    assert sum(tally.reused_ids.values()) >= min_reused, tally.reused_ids


def test_scenarios_start_at_every_producer() -> None:
    starts = set(_SchemaMachine._root_labels)
    assert starts >= ROOTS, sorted(ROOTS - starts)


def test_links_conform(dev: RunningServer) -> None:
    tally = _run(dev, scenarios=100, steps=15, seed=20260404)
    _assert_links_followed(tally, min_links=25, min_reused=30)


@pytest.mark.soak
@pytest.mark.timeout(1800)
def test_links_conform_soak(dev: RunningServer) -> None:
    tally = _run(dev, scenarios=1500, steps=25, seed=20260405)
    _assert_links_followed(tally, min_links=40, min_reused=200)


# --------------------------------------------------------------------------- known defects


def _operation(method: str, path: str) -> Any:
    return stateful_schema[path][method]


@pytest.fixture
def worker(dev: RunningServer) -> Iterator[requests.Session]:
    """A session speaking the worker plane as a freshly registered worker ``defect-worker``."""
    with requests.Session() as http:
        http.headers.update({"X-Durable-Workflow-Protocol-Version": "1.20"})
        r = http.post(
            f"{dev.base_url}/api/worker/register",
            json={"worker_id": "defect-worker", "task_queue": "defect-queue", "runtime": "python"},
        )
        assert r.status_code == 201, r.text
        yield http


@pytest.mark.parametrize("step", ["create", "heartbeat", "close"])
def test_worker_session_answers_conform(
    step: str, dev: RunningServer, worker: requests.Session
) -> None:
    url = f"{dev.base_url}/api/worker/sessions"
    body = {"worker_id": "defect-worker", "session_id": f"defect-{step}"}
    answer = worker.post(url, json=body)
    assert answer.status_code == 201, answer.text
    if step == "heartbeat":
        answer = worker.post(f"{url}/defect-{step}/heartbeat", json={"worker_id": "defect-worker"})
    elif step == "close":
        answer = worker.delete(f"{url}/defect-{step}", json={"worker_id": "defect-worker"})
    assert answer.status_code == (201 if step == "create" else 200), answer.text
    assert answer.json()["status"] == answer.status_code
    path = {"create": "", "heartbeat": "/{sessionId}/heartbeat", "close": "/{sessionId}"}[step]
    method = "DELETE" if step == "close" else "POST"
    _operation(method, f"/api/worker/sessions{path}").validate_response(answer)


def test_activity_renew_lease_answer_conforms(dev: RunningServer, worker: requests.Session) -> None:
    control = {"X-Durable-Workflow-Control-Plane-Version": "2"}
    started = worker.post(
        f"{dev.base_url}/api/activities",
        json={"activity_type": "defect.act", "task_queue": "defect-queue"},
        headers=control,
    )
    assert started.status_code == 201, started.text
    poll = worker.post(
        f"{dev.base_url}/api/worker/activity-tasks/poll",
        json={"worker_id": "defect-worker", "task_queue": "defect-queue"},
    )
    task = poll.json()["task"]
    assert task is not None, poll.text
    answer = worker.post(
        f"{dev.base_url}/api/worker/activity-tasks/{task['task_id']}/renew-lease",
        json={"activity_attempt_id": task["activity_attempt_id"], "lease_owner": "defect-worker"},
    )
    assert answer.status_code == 200 and answer.json()["renewed"] is True, answer.text
    _operation("POST", "/api/worker/activity-tasks/{taskId}/renew-lease").validate_response(answer)
