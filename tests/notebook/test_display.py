"""Notebook display of the main result types: compact, decoded, bounded in size."""

from __future__ import annotations

import importlib.util
from typing import Any

import httpx
import pytest

from durable_workflow import errors
from durable_workflow.client import SyncClient, TaskQueueDescription, TaskQueueList
from durable_workflow.client.history import HistoryEvent, RunHistory
from durable_workflow.codec import encode_payload
from tests.notebook.samples import samples

SAMPLES = samples()


class _Printer:
    """The part of IPython's pretty printer ``_repr_pretty_`` uses."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def text(self, value: str) -> None:
        self.parts.append(value)


def pretty(obj: Any) -> str:
    printer = _Printer()
    obj._repr_pretty_(printer, False)
    return "".join(printer.parts)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_main_type_has_a_compact_html_and_text_display(name: str) -> None:
    obj = SAMPLES[name]
    page = obj._repr_html_()
    assert page.startswith("<div") and "<table" in page and name in page
    assert len(page) < 20_000
    text = pretty(obj)
    assert text.splitlines()[0].startswith(name)
    assert max(len(line) for line in text.splitlines()) <= 400
    assert "raw" not in {line.split()[0] for line in text.splitlines()[1:] if line.strip()}


def test_a_big_list_is_a_table_not_a_megabyte_line() -> None:
    queue = SAMPLES["TaskQueueDescription"]
    big = TaskQueueList(namespace="default", task_queues=[queue] * 500)
    assert len(repr(big)) > 100_000  # what a plain repr prints
    text = pretty(big)
    assert len(text) < 10_000
    assert "… 450 more" in text
    assert big._repr_html_().count("<tr>") == 51  # header + 50 rows


def _history_with(values: dict[str, Any]) -> RunHistory:
    events = [
        {"sequence": 1, "event_type": "WorkflowStarted", "timestamp": "2026-01-01T10:00:00Z"},
        {
            "sequence": 2,
            "event_type": "ActivityScheduled",
            "timestamp": "2026-01-01T10:00:01Z",
            "payload": {"activity_execution_id": "a1", "activity_type": "charge"},
        },
        {
            "sequence": 3,
            "event_type": "ActivityStarted",
            "timestamp": "2026-01-01T10:00:02Z",
            "payload": {"activity_execution_id": "a1", "activity_type": "charge"},
        },
        {
            "sequence": 4,
            "event_type": "ActivityCompleted",
            "timestamp": "2026-01-01T10:00:04.5Z",
            "payload": {
                "activity_execution_id": "a1",
                "activity_type": "charge",
                "result": encode_payload(values),
                "payload_codec": "avro",
            },
        },
        {
            "sequence": 5,
            "event_type": "WorkflowCompleted",
            "timestamp": "2026-01-01T10:00:05Z",
            "payload": {"output": "not-a-payload", "payload_codec": "avro"},
        },
    ]
    page = {"workflow_id": "wf", "run_id": "r1", "events": events, "next_page_token": None}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=page))
    with SyncClient("http://dw.test", transport=transport) as client:
        return client.get_history("wf", "r1")


def test_history_events_are_typed_and_decoded() -> None:
    history = _history_with({"customer": "Ada", "cents": 1999})
    assert history.event_types() == [
        "WorkflowStarted",
        "ActivityScheduled",
        "ActivityStarted",
        "ActivityCompleted",
        "WorkflowCompleted",
    ]
    completed = history.events[3]
    assert isinstance(completed, HistoryEvent)
    assert completed.payload["result"] == {"customer": "Ada", "cents": 1999}
    assert completed.timestamp is not None and completed.timestamp.utcoffset() is not None
    assert completed["payload"]["result"]["codec"] == "avro"  # the raw event reads as before
    assert history["events"][3] == completed.raw
    last = history.events[4]
    assert last.undecoded == ("output",) and last.payload["output"] == "not-a-payload"


def test_history_renders_a_timeline_with_activity_attempts_and_durations() -> None:
    history = _history_with({"customer": "Ada"})
    page = history._repr_html_()
    assert "<svg" in page and "</svg>" in page
    assert "x1 3.5s" in page  # one attempt, scheduled 10:00:01 -> completed 10:00:04.5
    assert "Ada" in page  # decoded values, not blobs
    assert encode_payload({"customer": "Ada"})["blob"] not in page


def test_to_dataframe_has_datetime_columns() -> None:
    listing = SAMPLES["WorkerList"]
    if importlib.util.find_spec("pandas") is None:
        with pytest.raises(errors.ConfigurationError, match="pandas"):
            listing.to_dataframe()
        return
    frame = listing.to_dataframe()
    assert len(frame) == len(listing.workers)
    assert "worker_id" in frame.columns
    assert str(frame["last_heartbeat_at"].dtype).startswith("datetime64")
    assert str(frame["last_heartbeat_at"].dt.tz) == "UTC"
    events = _history_with({"x": 1}).to_dataframe()
    assert list(events["event_type"])[-1] == "WorkflowCompleted"
    assert str(events["timestamp"].dtype).startswith("datetime64")


def test_an_object_type_has_no_dataframe() -> None:
    with pytest.raises(TypeError, match="not a list type"):
        TaskQueueDescription(name="q").to_dataframe()
