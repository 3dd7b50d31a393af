"""Values the wire cannot carry are refused as InvalidArgument naming the field, before sending."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest

from durable_workflow import errors
from durable_workflow.client import AsyncClient, ScheduleAction, ScheduleSpec, SyncClient
from durable_workflow.client._wire_check import MAX_DEPTH, find_problem

from .conftest import Script, call, make_client

Client = AsyncClient | SyncClient


class Opaque:
    """A value that is not JSON."""


#: (label, bad value, what the message says).
BAD_VALUES: list[tuple[str, Any, str]] = [
    ("nan", math.nan, "NaN or Infinity"),
    ("inf", math.inf, "NaN or Infinity"),
    ("-inf", -math.inf, "NaN or Infinity"),
    ("surrogate", "ok \ud800 not", "lone surrogate"),
    ("low-surrogate", "\udfff", "lone surrogate"),
    ("object", Opaque(), "type Opaque"),
    ("set", {1, 2}, "type set"),
    ("bytes", b"raw", "type bytes"),
]


def _workflow_start(field: str) -> Callable[[Client, Any], Any]:
    def start(client: Client, bad: Any) -> Any:
        return client.start_workflow(
            workflow_type="orders",
            task_queue="q",
            workflow_id="wf-1",
            **{field: {"ok": 1, "nested": {"list": [0, bad]}}},
        )

    return start


def _schedule_create(field: str) -> Callable[[Client, Any], Any]:
    def create(client: Client, bad: Any) -> Any:
        return client.create_schedule(
            schedule_id="nightly",
            spec=ScheduleSpec(cron_expressions=["0 2 * * *"]),
            action=ScheduleAction(workflow_type="report", task_queue="q"),
            **{field: {"ok": 1, "nested": {"list": [0, bad]}}},
        )

    return create


def _schedule_update(field: str) -> Callable[[Client, Any], Any]:
    def update(client: Client, bad: Any) -> Any:
        return client.update_schedule("nightly", **{field: {"ok": 1, "nested": {"list": [0, bad]}}})

    return update


def _upsert(client: Client, bad: Any) -> Any:
    return client.complete_workflow_task(
        task_id="t-1",
        lease_owner="w",
        workflow_task_attempt=1,
        commands=[
            {
                "type": "upsert_search_attributes",
                "attributes": {"ok": 1, "nested": {"list": [0, bad]}},
            }
        ],
    )


#: (label, call with the bad value, the path the error names).
CALLS: list[tuple[str, Callable[[Client, Any], Any], str]] = [
    ("start_workflow memo", _workflow_start("memo"), "memo.nested.list[1]"),
    (
        "start_workflow search_attributes",
        _workflow_start("search_attributes"),
        "search_attributes.nested.list[1]",
    ),
    ("create_schedule memo", _schedule_create("memo"), "memo.nested.list[1]"),
    (
        "create_schedule search_attributes",
        _schedule_create("search_attributes"),
        "search_attributes.nested.list[1]",
    ),
    ("update_schedule memo", _schedule_update("memo"), "memo.nested.list[1]"),
    (
        "update_schedule search_attributes",
        _schedule_update("search_attributes"),
        "search_attributes.nested.list[1]",
    ),
    ("upsert search attributes", _upsert, "commands[0].attributes.nested.list[1]"),
]


@pytest.mark.parametrize(("label", "bad", "says"), BAD_VALUES, ids=[b[0] for b in BAD_VALUES])
@pytest.mark.parametrize(("name", "invoke", "path"), CALLS, ids=[c[0] for c in CALLS])
async def test_unsendable_metadata_is_invalid_argument_naming_the_path(
    kind: str,
    name: str,
    invoke: Callable[[Client, Any], Any],
    path: str,
    label: str,
    bad: Any,
    says: str,
) -> None:
    script = Script()  # answers nothing: a request reaching the transport fails the test
    client = make_client(kind, script)
    with pytest.raises(errors.InvalidArgument) as caught:
        await call(invoke(client, bad))
    assert script.requests == []
    assert list(caught.value.errors) == [path]
    assert path in caught.value.message
    assert says in caught.value.message


@pytest.mark.parametrize(
    ("invoke", "path"),
    [
        (
            lambda c: c.start_workflow(
                workflow_type="orders\ud800", task_queue="q", workflow_id="wf-1"
            ),
            "workflow_type",
        ),
        (
            lambda c: c.start_activity(activity_type="a", task_queue="q", business_key="k\udc00"),
            "business_key",
        ),
        (lambda c: c.create_namespace("billing", description="\ud83d"), "description"),
    ],
    ids=["workflow_type", "business_key", "namespace description"],
)
async def test_any_text_field_with_a_lone_surrogate_is_invalid_argument(
    kind: str, invoke: Callable[[Client], Any], path: str
) -> None:
    script = Script()
    client = make_client(kind, script)
    with pytest.raises(errors.InvalidArgument) as caught:
        await call(invoke(client))
    assert script.requests == []
    assert list(caught.value.errors) == [path]
    assert "lone surrogate" in caught.value.message


async def test_keys_are_checked_too(kind: str) -> None:
    script = Script()
    client = make_client(kind, script)
    for key, says in (("\ud800", "lone surrogate"), ((1, 2), "type tuple"), (math.nan, "NaN")):
        with pytest.raises(errors.InvalidArgument, match=says) as caught:
            await call(
                client.start_workflow(
                    workflow_type="orders", task_queue="q", workflow_id="wf-1", memo={key: 1}
                )
            )
        assert list(caught.value.errors) == ["memo"]
    assert script.requests == []


async def test_query_parameters_and_path_ids_are_checked(kind: str) -> None:
    script = Script()
    client = make_client(kind, script)
    with pytest.raises(errors.InvalidArgument, match="query parameter query") as caught:
        await call(client.list_workflows(query="status \ud800"))
    assert list(caught.value.errors) == ["query"]
    with pytest.raises(errors.InvalidArgument, match=r"describe_workflow.*cannot be encoded"):
        await call(client.describe_workflow("wf-\ud800"))
    assert script.requests == []


async def test_a_self_referencing_memo_is_invalid_argument(kind: str) -> None:
    memo: dict[str, Any] = {"a": 1}
    memo["self"] = memo
    client = make_client(kind, Script())
    with pytest.raises(errors.InvalidArgument, match=f"deeper than {MAX_DEPTH}"):
        await call(
            client.start_workflow(
                workflow_type="orders", task_queue="q", workflow_id="wf-1", memo=memo
            )
        )


def test_find_problem_accepts_what_json_carries() -> None:
    fine = {
        "s": "naïve ☃ \U0001f600",
        "n": [0, -1, 2**80, 1.5, -0.0, True, False, None],
        "t": ("tuple", "ok"),
        1: "int key",
        None: "null key",
        "deep": [[[[{"x": [1]}]]]],
    }
    assert find_problem(fine) is None
    nested: Any = 0
    for _ in range(MAX_DEPTH):  # MAX_DEPTH nested lists are fine, one more is not
        nested = [nested]
    assert find_problem(nested) is None
    assert find_problem([nested]) is not None
    assert find_problem({"a b": {"c": [math.nan]}}) == (
        "['a b'].c[0]",
        "is nan; JSON has no NaN or Infinity",
    )


@pytest.mark.parametrize("namespace", ["café", "two words", "tab\there", "line\nbreak"])
def test_a_namespace_that_cannot_be_a_header_is_a_configuration_error(namespace: str) -> None:
    with pytest.raises(errors.ConfigurationError, match="X-Namespace"):
        SyncClient("http://dw.test", namespace=namespace)
