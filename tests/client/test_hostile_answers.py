"""Answers of the wrong shape become typed errors (or tolerated fields), never a bare TypeError."""

from __future__ import annotations

import copy
import inspect
import itertools
import json
import pathlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import durable_workflow.client as client_package
from durable_workflow import errors
from durable_workflow.client import ScheduleAction, ScheduleSpec, SyncClient, TransportRetryPolicy
from durable_workflow.codec import encode_payload

from .conftest import call, make_client, reply
from .test_admin_methods import REAL_EXCHANGES, _exchange
from .test_real_server_exchanges import MAPPERS, _load, _successes


async def test_get_result_with_an_object_status_names_the_field(kind: str) -> None:
    def answer(_: httpx.Request) -> httpx.Response:
        return reply(200, {"workflow_id": "wf-1", "run_id": "r-1", "status": {"name": "done"}})

    client = make_client(kind, _Endless(answer))
    with pytest.raises(errors.UnexpectedResponse, match="'status' is dict") as caught:
        await call(client.get_result(client.get_workflow_handle("wf-1"), poll_interval=0))
    assert caught.value.reason == "invalid_response"


async def test_get_activity_result_with_a_list_status_names_the_field(kind: str) -> None:
    def answer(_: httpx.Request) -> httpx.Response:
        return reply(200, {"activity_id": "a-1", "status": ["completed"]})

    client = make_client(kind, _Endless(answer))
    with pytest.raises(errors.UnexpectedResponse, match="'status' is list"):
        await call(client.get_activity_result(client.get_activity_handle("a-1"), poll_interval=0))


# --------------------------------------------------------------------------- every method


class _Endless:
    """A transport handler answering every request with ``answer`` (at most ``limit`` times)."""

    def __init__(
        self, answer: Callable[[httpx.Request], httpx.Response], limit: int = 2000
    ) -> None:
        self.answer = answer
        self.limit = limit
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) > self.limit:
            raise AssertionError(f"more than {self.limit} requests: the operation loops")
        return self.answer(request)


def _fields_the_client_reads() -> list[str]:
    """Every key the client's code reads from an answer (``.get("x")``, ``["x"]``)."""
    names: set[str] = set()
    root = pathlib.Path(client_package.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names.update(re.findall(r"\.(?:get|pop)\(\s*\"(\w+)\"", text))
        names.update(re.findall(r"\[\s*\"(\w+)\"\s*\]", text))
    return sorted(names)


FIELDS = _fields_the_client_reads()


def _every_field(value: Any) -> dict[str, Any]:
    return dict.fromkeys(FIELDS, value)


#: Answers where every field the client reads holds the same wrong (or right) type.
HOSTILE_BODIES: dict[str, Any] = {
    "objects": _every_field({"k": 1}),
    "lists": _every_field([1, "x", {"a": 1}]),
    "numbers": _every_field(-7),
    "texts": _every_field("text"),
    "nulls": _every_field(None),
    "booleans": _every_field(True),
    "lists of text objects": _every_field([_every_field("text")]),
    "lists of number objects": _every_field([_every_field(3)]),
    "a list": [1, 2],
    "a string": "surprise",
}

ENCODED = {label: json.dumps(value).encode() for label, value in HOSTILE_BODIES.items()}

#: Success statuses and the error statuses operations handle themselves or map to errors.
STATUSES = (200, 201, 400, 404, 409, 422, 500)

ARGUMENTS: dict[str, Any] = {
    "workflow_id": "wf-1",
    "run_id": "run-1",
    "schedule_id": "s-1",
    "start_time": "2026-01-01T00:00:00Z",
    "end_time": "2026-01-02T00:00:00Z",
    "task_id": "t-1",
    "activity_attempt_id": "a-1",
    "lease_owner": "w",
    "result": "r",
    "query_task_id": "q-1",
    "query_task_attempt": 1,
    "workflow_task_attempt": 1,
    "commands": [{"type": "complete_workflow"}],
    "name": "n",
    "spec": ScheduleSpec(cron_expressions=["* * * * *"]),
    "action": ScheduleAction(workflow_type="t", task_queue="q"),
    "attribute_type": "keyword",
    "worker_id": "w",
    "activity_id": "act-1",
    "task_queue": "q",
    "build_id": "b",
    "message": "m",
    "query_name": "q",
    "adapter": "webhook",
    "idempotency_key": "k",
    "target": {"workflow_type": "t"},
    "driver": "local",
    "signal_name": "s",
    "activity_type": "a",
    "workflow_type": "t",
    "update_name": "u",
}
LOCAL = {"close", "get_workflow_handle", "get_activity_handle", "get_schedule_handle"}


def _method_calls() -> Iterator[tuple[str, Callable[[SyncClient], Any]]]:
    for name, method in inspect.getmembers(SyncClient):
        if name.startswith("_") or not callable(method) or name in LOCAL:
            continue
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for param in inspect.signature(method).parameters.values():
            if param.name == "self" or param.default is not inspect.Parameter.empty:
                continue
            if param.name == "handle":
                continue
            value = ARGUMENTS[param.name]
            if param.kind is param.POSITIONAL_OR_KEYWORD:
                args.append(value)
            else:
                kwargs[param.name] = value
        if name == "send_webhook_bridge_event":
            kwargs["action"] = "start_workflow"
        if name == "get_result":

            def invoke(c: SyncClient, k: dict[str, Any] = kwargs) -> Any:
                return c.get_result(c.get_workflow_handle("wf-1"), poll_interval=0, timeout=0.01)

        elif name == "get_activity_result":

            def invoke(c: SyncClient, k: dict[str, Any] = kwargs) -> Any:
                handle = c.get_activity_handle("act-1")
                return c.get_activity_result(handle, poll_interval=0, timeout=0.01)

        else:

            def invoke(
                c: SyncClient, n: str = name, a: list[Any] = args, k: dict[str, Any] = kwargs
            ) -> Any:
                return getattr(c, n)(*a, **k)

        yield name, invoke


CALLS = dict(_method_calls())


def _consume(result: Any) -> None:
    if inspect.isgenerator(result) or isinstance(result, Iterator):
        for item in itertools.islice(result, 50):
            repr(item)
    repr(result)


@pytest.mark.parametrize("method", sorted(CALLS))
def test_every_method_turns_hostile_answers_into_typed_errors(method: str) -> None:
    """Each answer above, to each method, is mapped or refused with an SDK error."""
    assert len(FIELDS) > 50, "the client's field names were found"
    body: list[Any] = [b"", 200]
    endless = _Endless(
        lambda _: httpx.Response(
            body[1], content=body[0], headers={"Content-Type": "application/json"}
        )
    )
    client = SyncClient(
        "http://dw.test",
        transport=httpx.MockTransport(endless),
        worker_protocol_version="1.20",
        payload_framing="avro-value-v1",
        retry_policy=TransportRetryPolicy.disabled(),
    )
    with client:
        for (label, hostile), status in itertools.product(ENCODED.items(), STATUSES):
            if status >= 400 and label.startswith("lists of"):
                continue  # error answers read few fields: the flat shapes cover them
            body[:] = [hostile, status]
            endless.requests.clear()
            client._core.cluster_info = None
            try:
                _consume(CALLS[method](client))
            except (errors.DurableWorkflowError, TimeoutError):
                pass  # TimeoutError: a status that never becomes terminal, waited for 10 ms
            except Exception as exc:  # pragma: no cover - the failure being tested for
                raise AssertionError(
                    f"{method} on {status} with {label}: {type(exc).__name__}: {exc}"
                ) from exc


# --------------------------------------------------------------------------- one field at a time


def _envelope(value: Any) -> dict[str, Any]:
    return dict(encode_payload(value))


def _result_answers() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    describe = {
        "workflow_id": "wf-1",
        "run_id": "run-1",
        "workflow_type": "orders",
        "status": "failed",
        "closed_reason": "failed",
        "payload_codec": "avro",
        "output": None,
        "output_envelope": None,
    }
    history = [
        {
            "events": [
                {
                    "sequence": 1,
                    "event_type": "WorkflowFailed",
                    "payload": {"message": "boom", "exception_class": "ValueError"},
                }
            ],
            "next_page_token": None,
        }
    ]
    return describe, history


WRONG = [{"k": 1}, [1], 7, "text", None, True]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key)
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield (*prefix, index)
            yield from _paths(child, (*prefix, index))


def _replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    copied = copy.deepcopy(document)
    target = copied
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copied


@pytest.mark.parametrize("status", ["completed", "failed", "terminated", "cancelled"])
def test_get_result_survives_any_one_field_of_the_wrong_type(status: str) -> None:
    describe, history = _result_answers()
    describe["status"] = status
    if status == "completed":
        describe["output_envelope"] = _envelope({"total": 3})
        history[0]["events"][0] = {
            "sequence": 1,
            "event_type": "WorkflowCompleted",
            "payload": {"output": _envelope({"total": 3})},
        }
    documents = {"describe": describe, "history": history[0]}
    checked = 0
    for which, document in documents.items():
        for path in _paths(document):
            for wrong in WRONG:
                mutated = dict(documents)
                mutated[which] = _replaced(document, path, wrong)

                def answer(request: httpx.Request, m: dict[str, Any] = mutated) -> httpx.Response:
                    key = "history" if request.url.path.endswith("/history") else "describe"
                    return httpx.Response(200, json=m[key])

                client = SyncClient(
                    "http://dw.test",
                    transport=httpx.MockTransport(_Endless(answer)),
                    worker_protocol_version="1.20",
                    payload_framing="avro-value-v1",
                    retry_policy=TransportRetryPolicy.disabled(),
                )
                with client:
                    handle = client.get_workflow_handle("wf-1")
                    try:
                        client.get_result(handle, poll_interval=0, timeout=0.01)
                    except (errors.DurableWorkflowError, TimeoutError):
                        pass
                    except Exception as exc:  # pragma: no cover - the failure tested for
                        raise AssertionError(
                            f"{which} {path} = {wrong!r}: {type(exc).__name__}: {exc}"
                        ) from exc
                checked += 1
    assert checked > 60


@pytest.mark.parametrize("path", _successes(), ids=lambda p: p.stem)
def test_response_mappers_survive_any_one_field_of_the_wrong_type(path: pathlib.Path) -> None:
    """Each field of a real server's answer, replaced by each wrong type, maps or is refused."""
    data = _load(path)
    mapper = MAPPERS[data["route"]]
    body = data["response"]["body"]
    checked = 0
    for field_path in list(_paths(body)):
        if any(isinstance(step, int) and step > 0 for step in field_path):
            continue  # list items share a shape: the first stands for the others
        parent = body
        for step in field_path[:-1]:
            parent = parent[step]
        original = parent[field_path[-1]]
        for wrong in WRONG:
            parent[field_path[-1]] = copy.deepcopy(wrong)  # replaced in place, restored below
            try:
                repr(mapper(body))
            except errors.DurableWorkflowError:
                pass
            except Exception as exc:  # pragma: no cover - the failure tested for
                raise AssertionError(
                    f"{field_path} = {wrong!r}: {type(exc).__name__}: {exc}"
                ) from exc
            finally:
                parent[field_path[-1]] = original
            checked += 1
    assert checked or not body


@pytest.mark.parametrize("name", sorted(REAL_EXCHANGES))
def test_methods_survive_any_one_field_of_a_real_answer_of_the_wrong_type(name: str) -> None:
    """A recorded answer to a client method, one field at a time of the wrong type."""
    (method, args, kwargs), _ = REAL_EXCHANGES[name]
    answer = _exchange(name)["response"]
    body = answer["body"]
    current: list[Any] = [body]
    client = SyncClient(
        "http://dw.test",
        transport=httpx.MockTransport(
            _Endless(lambda _: httpx.Response(answer["status"], json=current[0]))
        ),
        worker_protocol_version="1.20",
        payload_framing="avro-value-v1",
        retry_policy=TransportRetryPolicy.disabled(),
    )
    with client:
        for field_path in list(_paths(body)):
            if any(isinstance(step, int) and step > 0 for step in field_path):
                continue
            for wrong in WRONG:
                current[0] = _replaced(body, field_path, wrong)
                client._core.cluster_info = None
                try:
                    _consume(getattr(client, method)(*args, **kwargs))
                except errors.DurableWorkflowError:
                    pass
                except Exception as exc:  # pragma: no cover - the failure tested for
                    raise AssertionError(
                        f"{method} with {field_path} = {wrong!r}: {type(exc).__name__}: {exc}"
                    ) from exc


@pytest.mark.parametrize(
    "terminal", ["WorkflowCompleted", "WorkflowFailed", "WorkflowContinuedAsNew"]
)
def test_the_long_polled_result_survives_any_one_field_of_the_wrong_type(terminal: str) -> None:
    """A running workflow's result is awaited on the history long poll: its pages, hostile."""
    running = {
        "workflow_id": "wf-1",
        "run_id": "run-1",
        "status": "running",
        "task_queue": "q",
        "payload_codec": "avro",
    }
    payload: dict[str, Any] = {"output": _envelope({"total": 3})}
    if terminal == "WorkflowFailed":
        payload = {"message": "boom", "exception_class": "ValueError"}
    page = {
        "events": [
            {"sequence": 1, "event_type": "WorkflowStarted", "payload": {}},
            {"sequence": 2, "event_type": terminal, "payload": payload},
        ],
        "next_page_token": None,
    }
    documents = {"describe": running, "history": page}
    checked = 0
    for which, document in documents.items():
        for path in _paths(document):
            for wrong in WRONG:
                mutated = dict(documents)
                mutated[which] = _replaced(document, path, wrong)
                polls: list[httpx.Request] = []

                def answer(
                    request: httpx.Request,
                    m: dict[str, Any] = mutated,
                    p: list[httpx.Request] = polls,
                ) -> httpx.Response:
                    if request.url.path.endswith("/history"):
                        p.append(request)
                        return httpx.Response(200, json=m["history"])
                    return httpx.Response(200, json=m["describe"])

                client = SyncClient(
                    "http://dw.test",
                    transport=httpx.MockTransport(_Endless(answer)),
                    worker_protocol_version="1.20",
                    payload_framing="avro-value-v1",
                    retry_policy=TransportRetryPolicy.disabled(),
                )
                with client:
                    handle = client.get_workflow_handle("wf-1")
                    try:
                        client.get_result(handle, poll_interval=0, timeout=0.01)
                    except (errors.DurableWorkflowError, TimeoutError):
                        pass
                    except Exception as exc:  # pragma: no cover - the failure tested for
                        raise AssertionError(
                            f"{which} {path} = {wrong!r}: {type(exc).__name__}: {exc}"
                        ) from exc
                if which == "history":
                    assert any(r.url.params.get("wait_new_event") == "1" for r in polls)
                checked += 1
    assert checked > 60
