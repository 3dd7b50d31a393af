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


# --------------------------------------------------------------------------- credentials in the URL

URL_USER = "ops-admin"
URL_PASSWORD = "pa55-w0rd-in-url"
URL_WITH_CREDENTIALS = f"http://{URL_USER}:{URL_PASSWORD}@dw.test:8080/runtime"


def _assert_no_url_credentials(text: str) -> None:
    assert URL_PASSWORD not in text
    assert f"{URL_USER}:" not in text


async def test_base_url_credentials_never_show_in_reprs(kind: str) -> None:
    client = make_client(kind, Script(), base_url=URL_WITH_CREDENTIALS)
    _assert_no_url_credentials(repr(client))
    _assert_no_url_credentials(repr(client._core))
    assert "http://***@dw.test:8080/runtime" in repr(client)
    assert client.base_url == URL_WITH_CREDENTIALS  # still what requests are made against


def test_a_refused_base_url_does_not_echo_its_credentials() -> None:
    from durable_workflow.client import SyncClient

    with pytest.raises(errors.ConfigurationError) as caught:
        SyncClient(f"ftp://{URL_USER}:{URL_PASSWORD}@dw.test")
    _assert_no_url_credentials(str(caught.value))
    assert "***@dw.test" in str(caught.value)


async def test_base_url_credentials_are_scrubbed_from_error_text(kind: str) -> None:
    echo = {"message": f"proxy refused {URL_USER}:{URL_PASSWORD} ({URL_PASSWORD})"}
    script = Script(
        [
            httpx.ConnectError(f"cannot reach {URL_WITH_CREDENTIALS}"),
            reply(403, echo),
        ]
    )
    client = make_client(kind, script, base_url=URL_WITH_CREDENTIALS)
    with pytest.raises(errors.ConnectionFailed) as failed:
        await call(client.list_namespaces())
    _assert_no_url_credentials(str(failed.value))
    with pytest.raises(errors.Forbidden) as refused:
        await call(client.list_namespaces())
    _assert_no_url_credentials(str(refused.value))
    _assert_no_url_credentials(repr(refused.value.body))


def test_redact_url_keeps_everything_but_the_credentials() -> None:
    from durable_workflow.client._transport import redact_url, url_secrets

    assert redact_url("http://u:p@h:1/x/y") == "http://***@h:1/x/y"
    assert redact_url("https://token@h") == "https://***@h"
    assert redact_url("http://h:1/a@b") == "http://h:1/a@b"  # '@' in the path is no userinfo
    assert redact_url("http://h") == "http://h"
    assert url_secrets("http://h/x") == ()
    assert url_secrets("http://u:p@h") == ("u:p",)
    assert "pa55 w0rd long" in url_secrets("http://user:pa55%20w0rd%20long@h")
