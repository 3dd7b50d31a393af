"""Tokens never appear in a repr, a log line or an exception message."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import types
from collections.abc import Callable
from typing import Any

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
    client = make_client(kind, Script(), base_url=URL_WITH_CREDENTIALS, token=None)
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
    client = make_client(kind, script, base_url=URL_WITH_CREDENTIALS, token=None)
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


# --------------------------------------------------------------------------- nothing reachable


def _reachable_texts(root: BaseException) -> list[str]:
    """Every string reachable from ``root`` through causes, contexts, args and attributes.

    Follows exceptions (``args``, ``__cause__``, ``__context__``, ``__dict__``), containers,
    httpx requests, responses and headers (their raw values, not their masking repr), and the
    attributes of any other object; stops at modules, classes and functions.
    """
    seen: set[int] = set()
    texts: list[str] = []
    stack: list[Any] = [root]
    while stack:
        item = stack.pop()
        if id(item) in seen or item is None:
            continue
        seen.add(id(item))
        if isinstance(item, str):
            texts.append(item)
        elif isinstance(item, bytes | bytearray):
            texts.append(bytes(item).decode("latin-1"))
        elif isinstance(item, httpx.Headers):
            stack.extend(value for _, value in item.raw)
        elif isinstance(item, httpx.Request | httpx.Response):
            texts.append(repr(item))
            stack.extend([item.headers, str(item.url), vars(item)])
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        elif isinstance(item, BaseException):
            texts.append(str(item))
            stack.extend([item.args, item.__cause__, item.__context__, vars(item)])
        elif isinstance(item, type | types.ModuleType | types.FunctionType | types.MethodType):
            continue
        else:
            texts.append(repr(item))
            if hasattr(item, "__dict__"):
                stack.append(vars(item))
            for slot in getattr(type(item), "__slots__", ()):
                stack.append(getattr(item, slot, None))
    return texts


FAILURES = {
    "connect": httpx.ConnectError("refused"),
    "connect-timeout": httpx.ConnectTimeout("slow connect"),
    "read-timeout": httpx.ReadTimeout("slow answer"),
    "write-error": httpx.WriteError("broken pipe"),
    "disconnected": httpx.RemoteProtocolError("server disconnected"),
    "reset": httpx.ReadError("connection reset"),
}


def _raising(failure: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == f"Bearer {CONTROL}"
        failure.request = request  # what httpx's own transports attach
        raise failure

    return handler


@pytest.mark.parametrize("failure", list(FAILURES), ids=list(FAILURES))
@pytest.mark.parametrize("retries", [1, 3], ids=["once", "retried"])
async def test_no_token_is_reachable_from_a_transport_error(
    kind: str, failure: str, retries: int
) -> None:
    script = Script([_raising(FAILURES[failure])] * retries)
    policy = TransportRetryPolicy(max_attempts=retries, jitter=False, initial_backoff_seconds=0)
    client = make_client(kind, script, control_token=CONTROL, retry_policy=policy)
    with pytest.raises(errors.TransportError) as caught:
        await call(client.describe_workflow("wf-1"))
    texts = _reachable_texts(caught.value)
    assert texts, "the walk found the error's text"
    for text in texts:
        _assert_clean(text)
    assert caught.value.__context__ is None
    assert type(caught.value.__cause__) is type(FAILURES[failure])  # the kind is kept


async def test_no_token_is_reachable_from_an_undecodable_answer(kind: str) -> None:
    def corrupt(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip")
        )

    client = make_client(kind, Script([corrupt]), control_token=CONTROL)
    with pytest.raises(errors.TransportError, match="could not be decoded") as caught:
        await call(client.describe_workflow("wf-1"))
    for text in _reachable_texts(caught.value):
        _assert_clean(text)


@pytest.mark.parametrize(
    "answer",
    [
        lambda _: reply(401, {"message": f"bad token {CONTROL}", "token": CONTROL}),
        lambda _: reply(500, {"message": "oops"}),
        lambda _: httpx.Response(200, text=f"<html>{CONTROL}</html>"),
        lambda _: reply(200, {"status": {"echo": CONTROL}}),
    ],
    ids=["401", "500", "html", "status-object"],
)
async def test_no_token_is_reachable_from_an_error_answer(
    kind: str, answer: Callable[[httpx.Request], httpx.Response]
) -> None:
    client = make_client(kind, Script([answer] * 3), control_token=CONTROL)
    with pytest.raises(errors.DurableWorkflowError) as caught:
        handle = client.get_workflow_handle("wf-1")
        await call(client.get_result(handle, poll_interval=0, timeout=1))
    for text in _reachable_texts(caught.value):
        _assert_clean(text)


@pytest.mark.parametrize(
    "bad", ["sk-tökenvalue-0123456", "sk-token with-space-0", "sk-token\nnewline-01", ""]
)
@pytest.mark.parametrize("field", ["token", "control_token", "worker_token"])
def test_a_token_that_cannot_be_a_header_is_refused_without_showing_it(
    field: str, bad: str
) -> None:
    from durable_workflow.client import SyncClient

    if not bad:  # an empty token means "no token", as before
        SyncClient("http://dw.test", **{field: bad}).close()
        return
    with pytest.raises(errors.ConfigurationError, match=field) as caught:
        SyncClient("http://dw.test", **{field: bad})
    for text in _reachable_texts(caught.value):
        assert bad not in text


# --------------------------------------------------------------------------- the client's errors


def _failing(failure: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        failure.request = request
        raise failure

    return handler


def _assert_nothing_secret_reachable(exc: BaseException) -> None:
    texts = _reachable_texts(exc)
    assert texts, "the walk found the error's text"
    for text in texts:
        _assert_clean(text)
        _assert_no_url_credentials(text)


async def test_a_closed_client_error_shows_no_credentials(kind: str) -> None:
    client = make_client(kind, Script(), base_url=URL_WITH_CREDENTIALS, token=None)
    if kind == "async":
        await client.aclose()  # type: ignore[misc]
    else:
        client.close()
    with pytest.raises(errors.ClientClosed) as caught:
        await call(client.describe_workflow("wf-1"))
    assert "***@dw.test:8080" in str(caught.value)
    _assert_nothing_secret_reachable(caught.value)


def test_closing_while_a_call_fails_leaves_no_token_reachable() -> None:
    from durable_workflow.client import SyncClient

    def close_then_fail(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == f"Bearer {CONTROL}"
        client.close()
        failure = httpx.ReadError("connection reset")
        failure.request = request
        raise failure

    client = make_client("sync", Script([close_then_fail]), control_token=CONTROL)
    assert isinstance(client, SyncClient)
    with pytest.raises(errors.ClientClosed) as caught:
        client.describe_workflow("wf-1")
    assert caught.value.__context__ is None
    _assert_nothing_secret_reachable(caught.value)


async def test_closing_an_async_client_while_its_call_fails_leaves_no_token_reachable() -> None:
    from durable_workflow.client import AsyncClient

    async def close_then_fail(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == f"Bearer {CONTROL}"
        with contextlib.suppress(asyncio.CancelledError):
            await client.aclose()  # ends this very request: its task is cancelled
        failure = httpx.ReadError("connection reset")
        failure.request = request
        raise failure

    client = make_client("async", Script([close_then_fail]), control_token=CONTROL)
    assert isinstance(client, AsyncClient)
    with pytest.raises(errors.ClientClosed) as caught:
        await client.describe_workflow("wf-1")
    assert caught.value.__context__ is None
    _assert_nothing_secret_reachable(caught.value)


def test_a_wrong_event_loop_error_shows_no_credentials() -> None:
    from durable_workflow.client import AsyncClient

    client = make_client(
        "async",
        Script([reply(200, {"name": "q"})] * 2),
        base_url=URL_WITH_CREDENTIALS,
        token=None,
    )
    assert isinstance(client, AsyncClient)
    asyncio.run(client.describe_task_queue("q"))
    with pytest.raises(errors.WrongEventLoop) as caught:
        asyncio.run(client.describe_task_queue("q"))
    assert "***@dw.test:8080" in str(caught.value)
    _assert_nothing_secret_reachable(caught.value)


async def test_a_connection_failure_names_the_address_without_credentials(kind: str) -> None:
    client = make_client(
        kind,
        Script([_failing(httpx.ConnectError("refused"))]),
        base_url=URL_WITH_CREDENTIALS,
        token=None,
    )
    with pytest.raises(errors.ConnectionFailed) as caught:
        await call(client.describe_workflow("wf-1"))
    assert (caught.value.host, caught.value.port) == ("dw.test", 8080)
    assert "dw.test:8080 (http://***@dw.test:8080/runtime)" in str(caught.value)
    _assert_nothing_secret_reachable(caught.value)


# --------------------------------------------------------------------------- waiting for a result

RUNNING = {"workflow_id": "wf-1", "run_id": "run-1", "status": "running", "task_queue": "q"}


def _long_poll_answers(
    history: Callable[[httpx.Request], httpx.Response],
) -> Callable[[httpx.Request], httpx.Response]:
    """Describe says running; each history long poll is answered by ``history``."""

    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == f"Bearer {CONTROL}"
        if request.url.path.endswith("/history"):
            assert request.url.params.get("wait_new_event") == "1"
            return history(request)
        return reply(200, RUNNING)

    return answer


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (_failing(httpx.ConnectError("refused")), errors.ConnectionFailed),
        (_failing(httpx.ReadError("reset")), errors.WorkflowWaitTimeout),
        (_failing(httpx.ReadTimeout("slow")), errors.WorkflowWaitTimeout),
        (
            lambda _: reply(401, {"message": f"bad {CONTROL}", "token": CONTROL}),
            errors.Unauthorized,
        ),
        (
            lambda _: httpx.Response(200, text=f"<html>{CONTROL}</html>"),
            errors.DurableWorkflowError,
        ),
    ],
    ids=["connect", "reset", "timeout", "401", "html"],
)
async def test_no_secret_is_reachable_from_a_long_polled_result(
    kind: str, history: Callable[[httpx.Request], httpx.Response], expected: type[Exception]
) -> None:
    answer = _long_poll_answers(history)
    client = make_client(
        kind,
        Script([answer] * 100_000),  # re-asked as fast as the failures come, until the timeout
        control_token=CONTROL,
        retry_policy=TransportRetryPolicy.disabled(),
    )
    handle = client.get_workflow_handle("wf-1")
    with pytest.raises(expected) as caught:
        await call(client.get_result(handle, poll_interval=0.005, timeout=0.05))
    _assert_nothing_secret_reachable(caught.value)


def test_url_credentials_and_a_token_together_are_refused() -> None:
    from durable_workflow import SyncClient
    from durable_workflow.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="credentials") as caught:
        SyncClient("http://user:secret@dw.test", token="sk-token")
    assert "secret" not in str(caught.value) and "sk-token" not in str(caught.value)
    SyncClient("http://user:secret@dw.test").close()  # credentials alone are the caller's choice
