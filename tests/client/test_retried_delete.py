"""A DELETE whose answer was lost, retried and answered 404, is the success it was."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import durable_workflow.client.ops as ops_package
from durable_workflow import errors
from durable_workflow.client import AsyncClient, SyncClient, TransportRetryPolicy
from durable_workflow.client.types import NamespaceDescription

from .conftest import Script, call, make_client, reply

RETRY = TransportRetryPolicy(max_attempts=3, jitter=False, initial_backoff_seconds=0)

Client = AsyncClient | SyncClient

#: Every DELETE operation of the client: (method name, call, the success it reports when a
#: retry finds the resource gone, the path it deletes, the NotFound class of a plain 404).
DELETES: list[tuple[str, Callable[[Client], Any], Any, str, type[errors.NotFound]]] = [
    (
        "delete_schedule",
        lambda c: c.delete_schedule("nightly"),
        None,
        "/api/schedules/nightly",
        errors.ScheduleNotFound,
    ),
    (
        "delete_namespace",
        lambda c: c.delete_namespace("billing"),
        NamespaceDescription(name="billing", status="deleted"),
        "/api/namespaces/billing",
        errors.NamespaceNotFound,
    ),
    (
        "delete_search_attribute",
        lambda c: c.delete_search_attribute("Region"),
        {"name": "Region", "outcome": "deleted"},
        "/api/search-attributes/Region",
        errors.SearchAttributeNotFound,
    ),
    (
        "deregister_worker",
        lambda c: c.deregister_worker("w-1"),
        {"worker_id": "w-1", "outcome": "deregistered"},
        "/api/workers/w-1",
        errors.WorkerNotFound,
    ),
]
IDS = [d[0] for d in DELETES]
NOT_FOUND = {"message": "no such thing"}  # reason-less: the operation's NotFound class


@pytest.mark.parametrize(
    "lost",
    [
        httpx.ReadTimeout("answer never came"),
        httpx.RemoteProtocolError("server disconnected without sending a response"),
        httpx.ReadError("connection reset by peer"),
    ],
    ids=["read-timeout", "disconnected", "reset"],
)
@pytest.mark.parametrize(("name", "invoke", "expected", "path", "not_found"), DELETES, ids=IDS)
async def test_a_404_answering_the_retry_of_a_lost_delete_is_success(
    kind: str,
    lost: Exception,
    name: str,
    invoke: Callable[[Client], Any],
    expected: Any,
    path: str,
    not_found: type[errors.NotFound],
) -> None:
    script = Script([lost, reply(404, NOT_FOUND)])
    client = make_client(kind, script, retry_policy=RETRY)
    assert await call(invoke(client)) == expected
    assert [(r.method, r.url.path) for r in script.requests] == [("DELETE", path)] * 2


@pytest.mark.parametrize(("name", "invoke", "expected", "path", "not_found"), DELETES, ids=IDS)
async def test_a_404_is_not_found_when_no_attempt_may_have_deleted(
    kind: str,
    name: str,
    invoke: Callable[[Client], Any],
    expected: Any,
    path: str,
    not_found: type[errors.NotFound],
) -> None:
    # First attempt answered 404: the resource did not exist.
    client = make_client(kind, Script([reply(404, NOT_FOUND)]), retry_policy=RETRY)
    with pytest.raises(not_found):
        await call(invoke(client))
    # The first attempt never connected, so it cannot have deleted anything.
    never_sent = Script([httpx.ConnectError("refused"), reply(404, NOT_FOUND)])
    client = make_client(kind, never_sent, retry_policy=RETRY)
    with pytest.raises(not_found):
        await call(invoke(client))
    # A 503 is the server's answer: it did not do the deletion.
    refused = Script([reply(503, {}, {"Retry-After": "0"}), reply(404, NOT_FOUND)])
    client = make_client(kind, refused, retry_policy=RETRY)
    with pytest.raises(not_found):
        await call(invoke(client))


async def test_a_lost_answer_then_a_refused_connection_then_404_is_still_success(kind: str) -> None:
    script = Script(
        [httpx.ReadTimeout("lost"), httpx.ConnectError("refused"), reply(404, NOT_FOUND)]
    )
    client = make_client(kind, script, retry_policy=RETRY)
    assert await call(client.delete_schedule("nightly")) is None
    assert len(script.requests) == 3


async def test_other_errors_on_the_retry_are_raised(kind: str) -> None:
    script = Script([httpx.ReadTimeout("lost"), reply(403, {"reason": "forbidden"})])
    client = make_client(kind, script, retry_policy=RETRY)
    with pytest.raises(errors.Forbidden):
        await call(client.delete_schedule("nightly"))


async def test_a_successful_retry_returns_the_servers_answer(kind: str) -> None:
    body = {"name": "billing", "status": "deleted", "deleted": {"workflows": 3}}
    script = Script([httpx.ReadTimeout("lost"), reply(200, body)])
    client = make_client(kind, script, retry_policy=RETRY)
    result = await call(client.delete_namespace("billing"))
    assert result.deleted == {"workflows": 3}


def _delete_endpoints_used_by_operations() -> set[str]:
    used: set[str] = set()
    for info in pkgutil.iter_modules(ops_package.__path__):
        module = importlib.import_module(f"{ops_package.__name__}.{info.name}")
        for value in vars(module).values():
            kwargs = getattr(value, "_get_kwargs", None)
            if kwargs is None or not getattr(value, "__name__", "").startswith(
                "durable_workflow_api.api."
            ):
                continue
            source = importlib.util.find_spec(value.__name__)
            assert source is not None and source.origin is not None
            with open(source.origin, encoding="utf-8") as handle:
                if '"method": "delete"' in handle.read():
                    used.add(value.__name__.rsplit(".", 1)[-1])
    return used


def test_every_delete_operation_is_covered() -> None:
    endpoints = _delete_endpoints_used_by_operations()
    assert endpoints, "the operations use DELETE endpoints"
    # Generated endpoint module name -> client method name.
    method_of = {"delete_worker": "deregister_worker"}
    assert {method_of.get(name, name) for name in endpoints} == set(IDS)


def test_the_retry_policy_documents_the_retried_delete() -> None:
    doc = TransportRetryPolicy.__doc__ or ""
    assert "A retried DELETE" in doc
    for name in IDS:
        assert f"``{name}``" in doc, name
    assert TransportRetryPolicy.outcome_unknown(httpx.ReadTimeout("x"))
    assert not TransportRetryPolicy.outcome_unknown(httpx.ConnectError("x"))


async def test_a_missing_route_on_the_retry_is_not_taken_as_done(kind: str) -> None:
    no_route = {
        "reason": "not_found",
        "message": "The route api/search-attributes/Region could not be found.",
    }
    script = Script([httpx.ReadTimeout("lost"), reply(404, no_route)])
    client = make_client(kind, script, retry_policy=RETRY)
    with pytest.raises(errors.UnsupportedByServer):
        await call(client.delete_search_attribute("Region"))
