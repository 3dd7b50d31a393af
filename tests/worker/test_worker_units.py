"""Worker parts without a server: back-off, the sticky cache, history pages."""

from __future__ import annotations

import base64
import gzip
import json
import zlib
from typing import Any

import pytest

from durable_workflow.errors import Conflict, ConnectionFailed, RateLimited, ServiceUnavailable
from durable_workflow.worker._backoff import Backoff, is_transient, retry_after
from durable_workflow.worker._cache import WorkflowCache
from durable_workflow.worker._history import HistoryError, full_history, page_events


def test_backoff_honours_the_servers_retry_after():
    busy = RateLimited("slow down", status=429, reason="long_poll_capacity_exhausted")
    busy.retry_after = 7
    assert Backoff().next_delay(busy) == 7
    body = {"reason": "backend_unavailable", "retry_after_seconds": 3}
    unavailable = ServiceUnavailable("busy", status=503, reason="backend_unavailable", body=body)
    assert retry_after(unavailable) == 3
    assert Backoff().next_delay(unavailable) == 3


def test_backoff_grows_with_jitter_and_resets():
    backoff = Backoff(initial=0.2, maximum=2.0)
    delays = [backoff.next_delay(ConnectionFailed("down")) for _ in range(8)]
    assert 0.1 <= delays[0] <= 0.2
    assert all(d <= 2.0 for d in delays) and max(delays) >= 1.0
    backoff.reset()
    assert backoff.next_delay() <= 0.2


def test_transient_errors_are_transport_429_and_5xx_only():
    assert is_transient(ConnectionFailed("x"))
    assert is_transient(ServiceUnavailable("x", status=503))
    assert not is_transient(Conflict("stale", status=409, reason="stale_attempt"))


def test_cache_is_bounded_lru():
    cache: WorkflowCache[str] = WorkflowCache(2)
    cache.put("a", "A")
    cache.put("b", "B")
    assert cache.get("a") == "A"  # a is now most recent
    cache.put("c", "C")
    assert "b" not in cache and "a" in cache and "c" in cache
    assert cache.evictions == 1
    cache.evict("a")
    assert len(cache) == 1
    disabled: WorkflowCache[str] = WorkflowCache(0)
    disabled.put("x", "X")
    assert disabled.get("x") is None
    with pytest.raises(ValueError):
        WorkflowCache(-1)


def _events(first: int, last: int) -> list[dict[str, Any]]:
    return [{"sequence": n, "event_type": "X", "payload": {}} for n in range(first, last + 1)]


def test_compressed_pages_are_expanded():
    events = _events(1, 3)
    raw = json.dumps(events).encode()
    gz = {
        "history_events": [],
        "history_events_encoding": "gzip",
        "history_events_compressed": base64.b64encode(gzip.compress(raw)).decode(),
    }
    assert page_events(gz) == events
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    deflated = compressor.compress(raw) + compressor.flush()
    df = {
        "history_events": [],
        "history_events_encoding": "deflate",
        "history_events_compressed": base64.b64encode(deflated).decode(),
    }
    assert page_events(df) == events
    with pytest.raises(HistoryError):
        page_events(
            {"history_events_compressed": "bm90IGd6aXA=", "history_events_encoding": "gzip"}
        )


class _Pages:
    def __init__(self, pages: dict[str, dict[str, Any]]) -> None:
        self.pages = pages
        self.asked: list[str] = []

    async def workflow_task_history(self, **kwargs: Any) -> dict[str, Any]:
        token = kwargs["next_history_page_token"]
        self.asked.append(token)
        return self.pages[token]


async def test_history_follows_page_tokens():
    task = {
        "task_id": "t",
        "lease_owner": "w",
        "workflow_task_attempt": 1,
        "history_events": _events(1, 2),
        "next_history_page_token": "p2",
    }
    client = _Pages(
        {
            "p2": {"history_events": _events(3, 4), "next_history_page_token": "p3"},
            "p3": {"history_events": _events(5, 5), "next_history_page_token": None},
        }
    )
    events = await full_history(client, task)
    assert [e["sequence"] for e in events] == [1, 2, 3, 4, 5]
    assert client.asked == ["p2", "p3"]


async def test_a_repeated_page_token_is_an_error():
    task = {
        "task_id": "t",
        "lease_owner": "w",
        "workflow_task_attempt": 1,
        "history_events": [],
        "next_history_page_token": "p",
    }
    client = _Pages({"p": {"history_events": [], "next_history_page_token": "p"}})
    with pytest.raises(HistoryError, match="repeated"):
        await full_history(client, task)


async def test_workflow_instances_use_the_clients_payload_framing():
    from durable_workflow import AsyncClient
    from durable_workflow.codec import PayloadFraming
    from durable_workflow.worker import Worker

    from . import _workflows as w

    task = {"workflow_id": "f", "run_id": "r", "workflow_type": "typed", "task_queue": "q"}
    for pinned, expected in (
        ("avro-legacy", PayloadFraming.LEGACY),
        (None, PayloadFraming.VALUE_V1),
    ):
        async with AsyncClient("http://127.0.0.1:1", payload_framing=pinned) as client:
            worker = Worker(client, task_queue="q", workflows=[w.TypedWorkflow])
            instance = worker.workflows._new_instance(task, "workflow_task_attempt")
            assert instance.framing is expected
