"""``make demo`` runs the order workflow on a real worker against the embedded server."""

from __future__ import annotations

import pytest

pytest.importorskip("uvicorn")

from durable_workflow import demo

pytestmark = pytest.mark.integration


def test_demo_runs_the_order_workflow_on_a_worker(capsys: pytest.CaptureFixture[str]) -> None:
    demo.WAREHOUSE.released.clear()
    assert demo.main() == 0
    out = capsys.readouterr().out
    assert "update rejected                an address cannot be empty" in out
    assert "update change_address          shipping to 1 Loop Rd" in out
    assert (
        "{'order_id': 42, 'reserved': ['gizmo', 'widget'], 'payment': 'ch_0042', "
        "'tracking': 'TRACK-42-9', 'address': '1 Loop Rd', 'approved_by': 'Grace'}"
    ) in out
    assert "ActivityRetryScheduled" in out  # the reservation was retried
    assert "TimerFired" in out and "ChildRunCompleted" in out
    assert "order-43 failed                card declined: over the limit" in out
    assert "stock released for orders [43]" in out  # the saga's compensation ran


def test_activities_are_plain_python() -> None:
    order = demo.Order(order_id=7, customer="Lin", items=["b", "a"], total_cents=100)
    assert demo.charge_card(order) == "ch_0007"
