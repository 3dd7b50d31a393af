"""Helpers for client tests: a scripted ``httpx.MockTransport`` and clients of both kinds."""

from __future__ import annotations

import base64
import inspect
import json
from collections.abc import Callable, Iterable
from typing import Any

import httpx
import pytest

from durable_workflow.client import AsyncClient, SyncClient, TransportRetryPolicy

BASE_URL = "http://dw.test"

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """Answers requests in order with the scripted replies and records every request."""

    def __init__(self, replies: Iterable[Reply] = ()) -> None:
        self.replies: list[Reply] = list(replies)
        self.requests: list[httpx.Request] = []

    def add(self, *replies: Reply) -> Script:
        self.replies.extend(replies)
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            return reply
        return reply(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        content = self.requests[index].content
        return json.loads(content) if content else None


def reply(
    status: int = 200, body: Any = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    """A JSON response."""
    if body is None:
        return httpx.Response(status, headers=headers)
    return httpx.Response(status, json=body, headers=headers)


class FakePayloads:
    """Test double of the payload codec: JSON inside base64, tagged ``avro``."""

    def encode(
        self,
        value: Any,
        *,
        kind: str = "payload",
        context: Any = None,
        path: str = "value",
        framing: str | None = None,
    ) -> dict[str, Any]:
        blob = base64.b64encode(json.dumps(value).encode()).decode()
        return {"codec": "avro", "blob": blob}

    async def encode_async(
        self,
        value: Any,
        *,
        kind: str = "payload",
        context: Any = None,
        path: str = "value",
        framing: str | None = None,
    ) -> dict[str, Any]:
        return self.encode(value, kind=kind, path=path, framing=framing)

    def decode(self, payload: Any, codec: str | None = "avro") -> Any:
        if isinstance(payload, dict):
            payload = payload["blob"]
        return json.loads(base64.b64decode(payload))

    async def decode_async(self, payload: Any, codec: str | None = "avro") -> Any:
        return self.decode(payload, codec)


def fake_blob(value: Any) -> str:
    """The blob :class:`FakePayloads` produces for ``value``."""
    return FakePayloads().encode(value)["blob"]


NO_RETRY = TransportRetryPolicy.disabled()


def make_client(kind: str, script: Script, **kwargs: Any) -> AsyncClient | SyncClient:
    """A client of ``kind`` ('sync' or 'async') answering from ``script`` with fake payloads.

    The server generation is pinned to the current one unless the test passes
    ``worker_protocol_version``/``payload_framing`` (``None`` negotiates from discovery, which
    the script must then answer).
    """
    kwargs.setdefault("token", "shared-secret-token")
    kwargs.setdefault("worker_protocol_version", "1.20")
    kwargs.setdefault("payload_framing", "avro-value-v1")
    kwargs.setdefault("retry_policy", NO_RETRY)
    base_url = kwargs.pop("base_url", BASE_URL)
    transport = httpx.MockTransport(script)
    client: AsyncClient | SyncClient
    if kind == "async":
        client = AsyncClient(base_url, transport=transport, **kwargs)
    else:
        client = SyncClient(base_url, transport=transport, **kwargs)
    client._core.payloads = FakePayloads()
    return client


async def call(value: Any) -> Any:
    """Await ``value`` when the client was async (sync methods already returned)."""
    if inspect.isawaitable(value):
        return await value
    return value


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    """Run a test against both clients."""
    return str(request.param)
