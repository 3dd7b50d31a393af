"""Client answers to the hostile probe: no repeated processed DELETE, typed errors for values
JSON cannot carry, and no credentials in reprs or in exception chains."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import TransportRetryPolicy

from .conftest import Script, call, make_client, reply

FAST_RETRY = TransportRetryPolicy(initial_backoff_seconds=0.001, jitter=False)


async def test_a_delete_is_not_repeated_after_the_request_may_have_been_processed(
    kind: str,
) -> None:
    script = Script([httpx.ReadError("connection dropped after the request was sent")])
    client = make_client(kind, script, retry_policy=FAST_RETRY)
    with pytest.raises(errors.TransportError):
        await call(client.delete_schedule("s"))
    assert len(script.requests) == 1


async def test_a_delete_is_still_retried_when_it_never_left(kind: str) -> None:
    script = Script([httpx.ConnectError("refused"), reply(200, {"schedule_id": "s"})])
    client = make_client(kind, script, retry_policy=FAST_RETRY)
    assert await call(client.delete_schedule("s")) is None
    assert len(script.requests) == 2


class NotJson:
    pass


@pytest.mark.parametrize(
    "field,value",
    [
        ("memo", {"x": math.nan}),
        ("memo", {"x": math.inf}),
        ("memo", {"x": "a\ud800"}),
        ("memo", {"x": NotJson()}),
        ("search_attributes", {"A": -math.inf}),
        ("search_attributes", {"A": "\udfff"}),
        ("search_attributes", {"A": {1, 2}}),
    ],
)
async def test_values_json_cannot_carry_are_invalid_arguments_naming_the_field(
    kind: str, field: str, value: Any
) -> None:
    script = Script()
    client = make_client(kind, script)
    with pytest.raises(errors.InvalidArgument) as raised:
        await call(
            client.start_workflow(
                workflow_type="t", task_queue="q", workflow_id="w", **{field: value}
            )
        )
    assert field in str(raised.value) and field in raised.value.errors
    assert script.requests == []
    with pytest.raises(errors.InvalidArgument) as raised:
        await call(
            client.create_schedule(
                spec={"intervals": [{"every": "PT1H"}]},
                action={"workflow_type": "t", "task_queue": "q"},
                **{field: value},
            )
        )
    assert field in raised.value.errors


@pytest.mark.parametrize("status", [{"state": "completed"}, ["completed"], 7])
async def test_get_result_on_a_non_string_status_is_a_typed_error(kind: str, status: Any) -> None:
    script = Script([reply(200, {"workflow_id": "w", "run_id": "r", "status": status})])
    client = make_client(kind, script)
    with pytest.raises(errors.UnexpectedResponse):
        await call(client.get_result(client.get_workflow_handle("w")))


def test_reprs_do_not_show_credentials_in_the_base_url() -> None:
    for kind in ("sync", "async"):
        client = make_client(kind, Script(), base_url="http://user:s3cret@localhost:8080")
        text = repr(client) + repr(client._core)
        assert "s3cret" not in text and "user" not in text
        assert "localhost:8080" in text


async def test_the_bearer_token_is_not_reachable_through_the_exception_chain(kind: str) -> None:
    script = Script([httpx.ReadError("boom")])
    client = make_client(kind, script)
    with pytest.raises(errors.TransportError) as raised:
        await call(client.describe_workflow("w"))
    seen: list[BaseException] = []
    exc: BaseException | None = raised.value
    while exc is not None and exc not in seen:
        seen.append(exc)
        if isinstance(exc, httpx.HTTPError):
            with pytest.raises(RuntimeError):
                exc.request  # noqa: B018 - the bare copy carries no request
        assert "shared-secret-token" not in repr(vars(exc)) + str(exc)
        exc = exc.__cause__ or exc.__context__
