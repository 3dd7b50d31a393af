"""A claim finds the one task a worker can take, however many tasks it cannot take queue ahead."""

from __future__ import annotations

from tests.devserver.conftest import Api, avro

AHEAD = 130  # more than any batch a claim reads at once


def test_a_workflow_task_behind_many_of_other_types_is_claimed(api: Api) -> None:
    for i in range(AHEAD):
        api.start(f"other-{i}", workflow_type="other")
    api.start("mine", workflow_type="mine")
    api.register("picky", supported_workflow_types=["mine"])
    task = api.poll_wf("picky")
    assert task is not None and task["workflow_id"] == "mine"


def test_a_workflow_task_behind_many_pinned_to_another_build_is_claimed(api: Api) -> None:
    for i in range(AHEAD):
        api.start(f"pinned-{i}", build_id="build-1")
    api.start("for-build-2", build_id="build-2")
    api.register("new", build_id="build-2")
    task = api.poll_wf("new")
    assert task is not None and task["workflow_id"] == "for-build-2"


def test_an_activity_task_behind_many_of_other_types_is_claimed(api: Api) -> None:
    for i in range(AHEAD):
        r = api.cp(
            "POST",
            "/api/activities",
            {"activity_id": f"x-{i}", "activity_type": "x", "task_queue": "q", "input": avro([])},
        )
        assert r.status_code == 201, r.text
    r = api.cp(
        "POST",
        "/api/activities",
        {"activity_id": "y-1", "activity_type": "y", "task_queue": "q", "input": avro([])},
    )
    assert r.status_code == 201, r.text
    api.register("picky", supported_activity_types=["y"])
    task = api.poll_act("picky")
    assert task is not None and task["workflow_id"] == "y-1"
