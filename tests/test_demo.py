"""``make demo`` runs the tour end to end against the embedded server."""

from __future__ import annotations

import pytest

pytest.importorskip("uvicorn")

from durable_workflow import demo

pytestmark = pytest.mark.integration


def test_demo_runs_a_workflow_to_completion(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main() == 0
    out = capsys.readouterr().out
    assert "{'status': 'ok', 'order_id': 42, 'reserved': ['gizmo', 'widget']}" in out
    assert "status                             completed" in out
    assert "ActivityCompleted, WorkflowCompleted" in out
    assert "nightly-orders (paused)" in out


def test_activity_is_plain_python() -> None:
    order = demo.Order(order_id=7, customer="Lin", items=["b", "a"])
    assert demo.reserve_inventory(order) == {"order_id": 7, "reserved": ["a", "b"]}
