"""vcrpy cassettes for client tests, recorded against the embedded development server.

A test opens a cassette by name and drives a client through it::

    async def test_create_schedule(kind: str) -> None:
        with recorded("schedules/create") as rec:
            client = rec.client(kind)
            handle = await call(client.create_schedule(spec=..., action=...))
            body = rec.json_body(0)        # what the client sent, as recorded
        assert handle.schedule_id == ...

Replay (the default) needs no server: vcrpy answers from ``tests/cassettes/<name>.yaml`` and
fails the test when the client sends a request the cassette does not hold (method, path, query,
JSON body and the protocol headers must all match) or when a recorded request is never sent.
Both kinds of client replay the same cassette, so the sync and async clients are held to the
same wire requests.

Recording: ``DW_RECORD=1 pytest tests/client/...`` starts a fresh development server for each
cassette that does not exist yet (``DW_RECORD=all`` re-records every cassette used). Requests a
test makes with plain ``httpx`` (for instance acting as a worker) are recorded too; clock moves
(:meth:`Recording.advance`) only happen while recording. Tokens are replaced by a placeholder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import vcr
from vcr.request import Request as VcrRequest

from tests.conftest import REPO_ROOT

CASSETTES = REPO_ROOT / "tests" / "cassettes"
REPLAY_BASE_URL = "http://127.0.0.1:9"
TOKEN = "cassette-token"
REDACTED = "Bearer <redacted>"

# Request-body keys whose values the client generates afresh on every call.
VOLATILE_KEYS = frozenset({"poll_request_id"})
GENERATED_PREFIXES = ("sdk-python-",)
MATCHED_HEADERS = (
    "x-namespace",
    "x-durable-workflow-control-plane-version",
    "x-durable-workflow-protocol-version",
    "content-type",
    "authorization",
)


def _record_mode() -> str:
    value = os.environ.get("DW_RECORD", "").strip().lower()
    if value in ("", "0", "no", "false"):
        return "none"
    return "all" if value == "all" else "once"


def _normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: ("<generated>" if k in VOLATILE_KEYS else _normalise(v)) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and value.startswith(GENERATED_PREFIXES):
        return "<generated>"
    return value


def request_json(request: VcrRequest) -> Any:
    body = request.body
    if not body:
        return None
    if isinstance(body, bytes):
        body = body.decode("utf-8")
    try:
        return json.loads(body)
    except ValueError:
        return body


def _body_matcher(r1: VcrRequest, r2: VcrRequest) -> None:
    left, right = _normalise(request_json(r1)), _normalise(request_json(r2))
    assert left == right, f"body {left!r} != {right!r}"


def _headers_matcher(r1: VcrRequest, r2: VcrRequest) -> None:
    for name in MATCHED_HEADERS:
        a, b = r1.headers.get(name), r2.headers.get(name)
        if a is None:
            a = next((v for k, v in r1.headers.items() if k.lower() == name), None)
        if b is None:
            b = next((v for k, v in r2.headers.items() if k.lower() == name), None)
        assert a == b, f"header {name}: {a!r} != {b!r}"


def _redact(request: VcrRequest) -> VcrRequest:
    for key in list(request.headers):
        if key.lower() == "authorization":
            request.headers[key] = REDACTED
    return request


def _keep_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers") or {}
    keep = {
        "content-type",
        "x-durable-workflow-control-plane-version",
        "x-durable-workflow-protocol-version",
        "retry-after",
    }
    response["headers"] = {k: v for k, v in headers.items() if k.lower() in keep}
    return response


def _vcr(mode: str) -> vcr.VCR:
    config = vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode=mode,
        match_on=("method", "path", "query", "dw_body", "dw_headers"),
        before_record_request=_redact,
        before_record_response=_keep_response,
        decode_compressed_response=True,
        serializer="yaml",
    )
    config.register_matcher("dw_body", _body_matcher)
    config.register_matcher("dw_headers", _headers_matcher)
    return config


class Recording:
    """An open cassette: clients bound to it, and what was recorded."""

    def __init__(self, cassette: Any, base_url: str, server: Any) -> None:
        self.cassette = cassette
        self.base_url = base_url
        self.server = server  # the RunningServer while recording, else None
        self._clients: list[Any] = []

    @property
    def recording(self) -> bool:
        return self.server is not None

    def client(self, kind: str, **kwargs: Any) -> Any:
        """An ``AsyncClient`` (``kind == "async"``) or ``SyncClient`` on this cassette.

        Cassettes hold the current server generation, so the client is pinned to it (no
        discovery read for negotiation).
        """
        from durable_workflow.client import AsyncClient, SyncClient

        kwargs.setdefault("token", TOKEN)
        kwargs.setdefault("worker_protocol_version", "1.20")
        kwargs.setdefault("payload_framing", "avro-value-v1")
        cls = AsyncClient if kind == "async" else SyncClient
        client = cls(self.base_url, **kwargs)
        self._clients.append(client)
        return client

    def advance(self, seconds: float) -> None:
        """Move the server's clock (only while recording; replay already holds the effects)."""
        if self.server is not None:
            self.server.advance(seconds)

    @property
    def requests(self) -> list[VcrRequest]:
        return list(self.cassette.requests)

    def json_body(self, index: int) -> Any:
        return request_json(self.cassette.requests[index])


def cassette_path(name: str) -> Path:
    return CASSETTES / f"{name}.yaml"


@contextmanager
def recorded(name: str, **server_options: Any) -> Iterator[Recording]:
    """Open the cassette ``name`` (see the module docstring)."""
    mode = _record_mode()
    path = cassette_path(name)
    needs_server = mode == "all" or (mode == "once" and not path.exists())
    if not needs_server and not path.exists():
        raise AssertionError(
            f"cassette {path.relative_to(REPO_ROOT)} is missing: record it with DW_RECORD=1"
        )
    with ExitStack() as stack:
        server = None
        base_url = REPLAY_BASE_URL
        if needs_server:
            # vcrpy appends to an existing file even in "all" mode: start the cassette afresh.
            path.unlink(missing_ok=True)
            from durable_workflow.devserver.server import ServerConfig
            from durable_workflow.devserver.testing import run_dev_server

            config = ServerConfig(poll_timeout=1.0, **server_options)
            server = stack.enter_context(run_dev_server(config))
            base_url = server.base_url
        cassette = stack.enter_context(
            _vcr(mode).use_cassette(f"{name}.yaml", allow_playback_repeats=False)
        )
        rec = Recording(cassette, base_url, server)
        yield rec
        if not needs_server:
            unplayed = len(cassette.data) - sum(1 for c in cassette.play_counts.values() if c)
            assert cassette.all_played, (
                f"{unplayed} recorded request(s) of {name} were never sent by the client"
            )
