"""Property-based conformance of the development server to the bundled OpenAPI document.

Schemathesis generates requests from ``openapi/openapi.yaml`` for every operation and sends them
to a live development server on 127.0.0.1. Every response must be free of server errors, carry a
status code the document lists for the operation, a documented content type, and a body and
headers matching the documented schema. The run is seeded and bounded so CI is reproducible.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
schemathesis = pytest.importorskip("schemathesis")

import requests  # noqa: E402  (schemathesis' own transport)
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.config import SchemathesisConfig  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from durable_workflow.devserver.server import ServerConfig  # noqa: E402
from durable_workflow.devserver.testing import RunningServer, run_dev_server  # noqa: E402

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "openapi.yaml"

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]

CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 20260401,
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
        yield running


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    with requests.Session() as http:
        yield http


@schema.parametrize()
def test_conforms(case: schemathesis.Case, dev: RunningServer, session: requests.Session) -> None:
    case.call_and_validate(base_url=dev.base_url, session=session, checks=CHECKS, timeout=10)
