"""Tokens never appear in a repr, a log line or an exception message."""

from __future__ import annotations

import logging
import random

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import Credentials, Plane, Request, TransportRetryPolicy

from .conftest import Script, call, make_client, reply

SHARED = "sk-shared-0123456789abcdef"
CONTROL = "sk-control-0123456789abcdef"
WORKER = "sk-worker-0123456789abcdef"
TOKENS = (SHARED, CONTROL, WORKER)


def _assert_clean(text: str) -> None:
    for token in TOKENS:
        assert token not in text


def test_reprs_hide_tokens() -> None:
    creds = Credentials(token=SHARED, control_token=CONTROL, worker_token=WORKER)
    _assert_clean(repr(creds))
    assert "'***'" in repr(creds)
    request = Request(
        "GET", "/api/x", headers={"Authorization": f"Bearer {SHARED}"}, plane=Plane.CONTROL
    )
    _assert_clean(repr(request))


async def test_client_and_core_reprs_hide_tokens(kind: str) -> None:
    client = make_client(kind, Script(), token=SHARED, control_token=CONTROL, worker_token=WORKER)
    _assert_clean(repr(client))
    _assert_clean(repr(client._core))
    _assert_clean(repr(client._core.credentials))
    send = client._core.prepare(Request("GET", "/api/namespaces"))
    assert send.headers["Authorization"] == f"Bearer {CONTROL}"
    _assert_clean(repr(send))


async def test_error_messages_and_logs_never_carry_tokens(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    echo = {"message": f"token {CONTROL} is not valid", "reason": "unauthorized", "echo": CONTROL}
    script = Script(
        [
            reply(503, {"message": "later"}, {"Retry-After": "0"}),
            reply(401, echo),
        ]
    )
    policy = TransportRetryPolicy(max_attempts=2, rng=random.Random(0))
    client = make_client(
        kind, script, token=SHARED, control_token=CONTROL, worker_token=WORKER, retry_policy=policy
    )
    caplog.set_level(logging.DEBUG, logger="durable_workflow")
    with pytest.raises(errors.Unauthorized) as caught:
        await call(client.list_namespaces())
    exc = caught.value
    _assert_clean(str(exc))
    _assert_clean(repr(exc))
    _assert_clean(exc.message)
    _assert_clean(repr(exc.body))
    assert "***" in exc.message
    assert caplog.records, "the client logs its requests"
    for record in caplog.records:
        _assert_clean(record.getMessage())


async def test_transport_error_messages_never_carry_tokens(kind: str) -> None:
    script = Script([httpx.ConnectError(f"cannot connect with {CONTROL}")])
    client = make_client(kind, script, control_token=CONTROL)
    with pytest.raises(errors.ConnectionFailed) as caught:
        await call(client.list_namespaces())
    _assert_clean(str(caught.value))
    _assert_clean(repr(caught.value))
