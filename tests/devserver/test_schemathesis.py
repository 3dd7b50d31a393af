"""Property-based conformance of the development server to the bundled OpenAPI document.

Schemathesis generates requests from ``openapi/openapi.yaml`` for every operation and sends them
to a live development server on 127.0.0.1. Every response must be free of server errors (the one
exception is a query's documented ``504 query_worker_timeout``), carry a status code the document
lists for the operation, a documented content type, and a body and headers matching the documented
schema. The run is seeded and bounded so CI is reproducible.

Before the run the server is given a few objects with known ids (a waiting and a completed
workflow, a schedule, a standalone activity, a worker, a task queue, a namespace, a search
attribute); path parameters and worker-plane body fields draw those ids part of the time, so
responses about existing objects are checked as well as the not-found ones.

A second, smaller run goes to a server with role tokens, without a token, with a wrong one and
with the operator's: the 401 and 403 refusals must be documented and come in the protocol's order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
schemathesis = pytest.importorskip("schemathesis")

import requests  # noqa: E402  (schemathesis' own transport)
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.config import SchemathesisConfig  # noqa: E402

from durable_workflow.devserver.server import ServerConfig  # noqa: E402
from durable_workflow.devserver.testing import RunningServer, run_dev_server  # noqa: E402

from .schemathesis_support import (  # noqa: E402
    CHECKS,
    SPEC,
    WORKER_VERSION,
    is_query,
    seed_server,
    steering,
    tame_headers,
)

CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 20260401,
        **steering(),
        "generation": {"max-examples": 20, "deterministic": True, "database": "none"},
        "phases": {
            "examples": {"enabled": True},
            "coverage": {"enabled": True},
            "fuzzing": {"enabled": True},
            "stateful": {"enabled": False},
        },
    }
)

schema = schemathesis.openapi.from_path(str(SPEC), config=CONFIG)


@pytest.fixture(scope="module")
def dev() -> Iterator[RunningServer]:
    # Polls and waits answer at once so no generated request sits in a long poll.
    config = ServerConfig(poll_timeout=0, query_timeout=0, update_wait_timeout=0)
    with run_dev_server(config) as running:
        running.seeded_runs = seed_server(running.base_url)  # type: ignore[attr-defined]
        yield running


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    with requests.Session() as http:
        yield http


@schema.parametrize()
def test_conforms(case: schemathesis.Case, dev: RunningServer, session: requests.Session) -> None:
    runs: dict[str, str] = dev.seeded_runs  # type: ignore[attr-defined]
    path = case.path_parameters
    if path and "runId" in path and path.get("workflowId") in runs:
        # A seeded workflow is addressed with its real run id.
        path["runId"] = runs[path["workflowId"]]
    tame_headers(case)
    checks = CHECKS
    query = is_query(case)
    if query:
        # The documented `504 query_worker_timeout` passes; every other check still applies and
        # any other 5xx still fails below.
        checks = [check for check in CHECKS if check is not not_a_server_error]
    response = case.call_and_validate(
        base_url=dev.base_url, session=session, checks=checks, timeout=10
    )
    if response.status_code >= 500:
        reason = response.json().get("reason")
        assert query and (response.status_code, reason) == (504, "query_worker_timeout"), (
            response.text
        )


# --------------------------------------------------------------------------- authentication

#: Role tokens of the second server: every route is then behind authentication.
TOKENS = {"admin": "st-admin", "operator": "st-operator", "worker": "st-worker"}

#: Refusals look alike for every input, so a few examples per operation suffice.
AUTH_CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 20260402,
        "generation": {"max-examples": 3, "deterministic": True, "database": "none"},
        "phases": {
            "examples": {"enabled": True},
            "coverage": {"enabled": False},
            "fuzzing": {"enabled": True},
            "stateful": {"enabled": False},
        },
    }
)

auth_schema = schemathesis.openapi.from_path(str(SPEC), config=AUTH_CONFIG)


@pytest.fixture(scope="module")
def guarded() -> Iterator[RunningServer]:
    config = ServerConfig(
        poll_timeout=0, query_timeout=0, update_wait_timeout=0, auth_tokens=dict(TOKENS)
    )
    with run_dev_server(config) as running:
        yield running


@pytest.mark.parametrize("credential", [None, "wrong-token", TOKENS["operator"]])
@auth_schema.parametrize()
def test_refusals_conform(
    case: schemathesis.Case,
    credential: str | None,
    guarded: RunningServer,
    session: requests.Session,
) -> None:
    """Without a token, with a wrong one, and with the operator's (refused on admin and worker
    routes), every answer - 401, 403 or the route's own - is a documented one."""
    headers = dict(case.headers or {})
    headers.pop("Authorization", None)
    if credential is not None:
        headers["Authorization"] = f"Bearer {credential}"
    case.headers = headers
    response = case.call_and_validate(
        base_url=guarded.base_url, session=session, checks=CHECKS, timeout=10
    )
    if case.path in ("/api/health", "/api/ready"):
        return  # public routes
    reason = response.json().get("reason") if response.content else None
    if response.status_code in (413, 415) or reason == "malformed_json":
        return  # body checks run before authentication
    if credential != TOKENS["operator"]:
        assert (response.status_code, reason) == (401, "unauthorized"), response.text
    elif _admin_or_worker_route(case.method, case.path):
        assert (response.status_code, reason) == (403, "forbidden"), response.text
    else:
        assert response.status_code not in (401, 403), response.text


def _admin_or_worker_route(method: str, path: str) -> bool:
    """Routes the operator role may not use (control-plane.md B.1, worker-plane.md 1.3)."""
    if path.startswith(("/api/worker/", "/api/system/")) or path == "/api/storage/test":
        return True
    if path.startswith("/api/namespaces") and method.upper() != "GET":
        return True
    return method.upper() == "DELETE" and path == "/api/workers/{workerId}"


# --------------------------------------------------------------------------- hostile JSON

#: One generated request per operation that takes a body, whose JSON body is then made hostile.
HOSTILE_CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 20260403,
        "generation": {"max-examples": 1, "deterministic": True, "database": "none"},
        "phases": {
            "examples": {"enabled": False},
            "coverage": {"enabled": False},
            "fuzzing": {"enabled": True},
            "stateful": {"enabled": False},
        },
    }
)

# Only operations that take a request body: the hostile cases are bodies.
hostile_schema = schemathesis.openapi.from_path(str(SPEC), config=HOSTILE_CONFIG).include(
    method=["POST", "PUT", "PATCH", "DELETE"]
)


def _hostile_body(body: object, variant: str) -> str:
    """``body`` with every number NaN, every string a lone surrogate, or nested 2,000 deep."""
    if variant == "deep":
        return '{"x":' + "[" * 2000 + "]" * 2000 + "}"

    def walk(value: object) -> object:
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        if variant == "nan" and isinstance(value, int | float) and not isinstance(value, bool):
            return float("nan")
        if variant == "surrogate" and isinstance(value, str):
            return value + "\ud800"
        return value

    doc = walk(body if isinstance(body, dict | list) else {"value": body})
    if isinstance(doc, dict):
        doc.setdefault("memo", {"x": float("nan") if variant == "nan" else "\udc00"})
    return json.dumps(doc, allow_nan=True)  # ensure_ascii keeps lone surrogates as \uXXXX


@pytest.mark.parametrize("variant", ["nan", "surrogate", "deep"])
@hostile_schema.parametrize()
def test_hostile_json_is_refused_cleanly(
    case: schemathesis.Case, variant: str, dev: RunningServer, session: requests.Session
) -> None:
    """NaN, lone surrogates and deep nesting in any generated body: a 4xx with an error
    envelope (or the operation's ordinary answer), never a 5xx."""
    headers = {k: v for k, v in (case.headers or {}).items() if v is not None}
    headers["Content-Type"] = "application/json"
    headers.setdefault("X-Durable-Workflow-Control-Plane-Version", "2")
    if case.path.startswith("/api/worker/"):
        headers[WORKER_VERSION] = "1.20"
    headers.pop("X-Namespace", None)
    url = dev.base_url + case.formatted_path
    body = case.body if isinstance(case.body, dict | list | str | int | float) else {}
    response = session.request(
        case.method, url, data=_hostile_body(body, variant).encode(), headers=headers, timeout=10
    )
    if case.path.endswith("/query/{queryName}") and response.status_code == 504:
        return
    assert response.status_code < 500, (variant, case.method, case.path, response.text[:300])
    if response.status_code >= 400:
        doc = response.json()
        assert doc.get("reason") or doc.get("message") or doc.get("error"), doc
