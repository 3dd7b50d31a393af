"""Payload values of the workflow engine: envelopes, inputs, status buckets and shared constants."""

from __future__ import annotations

import base64
import re
from typing import Any

from ..errors import ID_PATTERN, validation_error
from .history import loads
from .tasks import OPEN_RUN_STATUSES

STANDALONE_TYPE = "dw.standalone_activity"
#: Marker of signal waits (``open_signal_wait``) among the stored waits.
SIGNAL_WAIT = "signal_wait"
#: Events that never need a workflow task to be seen.
QUIET_EVENTS = frozenset(
    {
        "ActivityStarted",
        "ActivityHeartbeatRecorded",
        "ActivityRetryScheduled",
        "RepairRequested",
        "TimerScheduled",
        "ChildRunStarted",
        "ParentClosePolicyApplied",
    }
)
WORKFLOW_ID_RE = ID_PATTERN
SEARCH_ATTR_KEY_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9_]*$")
TERMINAL_COMMANDS = ("complete_workflow", "fail_workflow", "continue_as_new")
KNOWN_COMMANDS = (
    "complete_workflow",
    "fail_workflow",
    "continue_as_new",
    "schedule_activity",
    "start_timer",
    "start_child_workflow",
    "complete_update",
    "fail_update",
    "record_side_effect",
    "record_version_marker",
    "upsert_search_attributes",
    "open_condition_wait",
    "upsert_memo",
    "open_signal_wait",
    "record_local_activity",
    "cancel_selection_operation",
)
CANCELLED_EXCEPTION = "Workflow\\V2\\Exceptions\\WorkflowCancelledException"
TERMINATED_EXCEPTION = "Workflow\\V2\\Exceptions\\WorkflowTerminatedException"


# ------------------------------------------------------------------------------------- payloads


def encode_value(value: Any, field: str = "input") -> dict[str, Any]:
    """Encode a JSON value as an Avro payload envelope (422 on ``field`` when it cannot be)."""
    try:
        from durable_workflow.codec.avro import encode_blob
    except ImportError as exc:  # pragma: no cover - the codec ships with the package
        raise validation_error({field: ["The Avro codec is not available."]}) from exc
    try:
        return {"codec": "avro", "blob": encode_blob(value)}
    except (ValueError, TypeError, OverflowError) as exc:
        raise validation_error({field: [f"The {field} field cannot be encoded: {exc}"]}) from exc


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def decode_envelope(envelope: Any) -> tuple[bool, Any]:
    """Decode an ``{codec: avro, blob}`` envelope: ``(ok, value)``."""
    if not isinstance(envelope, dict) or envelope.get("codec") != "avro":
        return False, None
    blob = envelope.get("blob")
    if not isinstance(blob, str):
        return False, None
    try:
        from durable_workflow.codec.avro import decode_blob
    except ImportError:  # pragma: no cover
        return False, None
    try:
        return True, _jsonable(decode_blob(blob))
    except Exception:
        return False, None


def is_envelope(value: Any) -> bool:
    return isinstance(value, dict) and set(value) in (
        {"codec", "blob"},
        {"codec", "external_storage"},
    )


def parse_input(
    value: Any, field: str, *, allow_map: bool = False, required_list: bool = True
) -> dict[str, Any] | None:
    """Validate an ``input`` (JSON list or envelope) and return an envelope (or ``None``)."""
    if value is None:
        return None
    if isinstance(value, list):
        return encode_value(value, field)
    if (
        isinstance(value, dict)
        and "codec" in value
        and ("blob" in value or "external_storage" in value)
    ):
        codec = value.get("codec")
        if not isinstance(codec, str) or not codec.strip():
            raise validation_error(
                {f"{field}.codec": ["The payload envelope codec must be a non-empty string."]}
            )
        if codec != "avro":
            raise validation_error(
                {f"{field}.codec": [f'Unknown payload codec "{codec}". Known codecs: avro.']}
            )
        if "external_storage" in value:
            if not isinstance(value["external_storage"], dict):
                raise validation_error(
                    {
                        f"{field}.external_storage": [
                            "The external payload reference must be an object."
                        ]
                    }
                )
            return {"codec": codec, "external_storage": value["external_storage"]}
        if not isinstance(value.get("blob"), str):
            raise validation_error(
                {f"{field}.blob": ["The payload envelope blob must be a string."]}
            )
        return {"codec": codec, "blob": value["blob"]}
    if isinstance(value, dict) and allow_map:
        return encode_value(value, field)
    if isinstance(value, dict) and not required_list:
        return encode_value(list(value.values()), field)
    raise validation_error({field: [f"The {field} field must be an array."]})


def command_payload(value: Any, codec: str | None) -> Any:
    """A command's payload field (envelope or raw blob) as a stored envelope."""
    if value is None:
        return None
    if is_envelope(value):
        return dict(value)
    if isinstance(value, str):
        return {"codec": codec or "avro", "blob": value}
    return encode_value(value)


def blob_of(envelope: Any) -> Any:
    if isinstance(envelope, dict) and "blob" in envelope:
        return envelope["blob"]
    return envelope


def status_bucket(status: str) -> str:
    if status in OPEN_RUN_STATUSES:
        return "running"
    return "completed" if status == "completed" else "failed"


def _sa(value: str | None) -> Any:
    data = loads(value, {})
    return data if data else {}
