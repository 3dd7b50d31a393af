"""Payload values of the workflow engine: envelopes, inputs, status buckets and shared constants."""

from __future__ import annotations

import base64
import re
import threading
from collections import OrderedDict
from typing import Any

from durable_workflow._protocol import WORKFLOW_TASK_COMMANDS

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
KNOWN_COMMANDS = WORKFLOW_TASK_COMMANDS
CANCELLED_EXCEPTION = "Workflow\\V2\\Exceptions\\WorkflowCancelledException"
TERMINATED_EXCEPTION = "Workflow\\V2\\Exceptions\\WorkflowTerminatedException"


# ------------------------------------------------------------------------------------- payloads


def encode_value(value: Any, field: str = "input") -> dict[str, Any]:
    """Encode a JSON value as an Avro payload envelope (422 on ``field`` when it cannot be)."""
    from ..generation import encode_blob  # the framing of the generation being played

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


#: Largest blob (base64 text) whose decoded value describe answers with; larger payloads are
#: answered as their envelope only, so a describe never amplifies a big input.
DISPLAY_BLOB_LIMIT = 65_536
#: Bytes of blob text whose decoded values stay cached (most recently used first).
_CACHE_BUDGET = 8 * 1024 * 1024
_decoded: OrderedDict[str, Any] = OrderedDict()
_decoded_size = 0
_decoded_lock = threading.Lock()


def _remember(blob: str, value: Any) -> None:
    global _decoded_size
    if len(blob) > DISPLAY_BLOB_LIMIT:
        return
    with _decoded_lock:
        if blob in _decoded:
            _decoded.move_to_end(blob)
            return
        _decoded[blob] = value
        _decoded_size += len(blob)
        while _decoded_size > _CACHE_BUDGET and _decoded:
            old, _ = _decoded.popitem(last=False)
            _decoded_size -= len(old)


def _cached(blob: str) -> tuple[bool, Any]:
    with _decoded_lock:
        if blob in _decoded:
            _decoded.move_to_end(blob)
            return True, _decoded[blob]
    return False, None


def _decode_blob(blob: str) -> Any:
    """The JSON-ready value of a blob; raises when it is not an Avro Value v1 payload."""
    hit, value = _cached(blob)
    if hit:
        return value
    from durable_workflow.codec.framing import decode_any_blob

    value = _jsonable(decode_any_blob(blob))
    _remember(blob, value)
    return value


def check_blob(blob: str, field: str) -> None:
    """422 unless ``blob`` is standard base64, and a valid Avro Value v1 payload when framed.

    A blob whose bytes carry the single-object magic must decode completely; bytes without the
    magic are an older protocol generation's payloads, which the server stores as they are.
    """
    from durable_workflow.codec.avro import SINGLE_OBJECT_MAGIC, blob_bytes

    try:
        raw = blob_bytes(blob)
    except Exception:
        raise validation_error(
            {f"{field}.blob": ["The payload blob must be standard base64 text."]}
        ) from None
    if not raw.startswith(SINGLE_OBJECT_MAGIC):
        return
    try:
        _decode_blob(blob)
    except Exception:
        raise validation_error(
            {f"{field}.blob": ["The payload blob is not a valid Avro Value v1 payload."]}
        ) from None


def check_envelope(envelope: Any, field: str) -> Any:
    """``envelope`` itself once its Avro blob (if it carries one) decodes; 422 otherwise."""
    if (
        isinstance(envelope, dict)
        and envelope.get("codec") == "avro"
        and isinstance(envelope.get("blob"), str)
    ):
        check_blob(envelope["blob"], field)
    return envelope


def decode_envelope(envelope: Any) -> tuple[bool, Any]:
    """Decode an ``{codec: avro, blob}`` envelope: ``(ok, value)``."""
    if not isinstance(envelope, dict) or envelope.get("codec") != "avro":
        return False, None
    blob = envelope.get("blob")
    if not isinstance(blob, str):
        return False, None
    try:
        return True, _decode_blob(blob)
    except Exception:
        return False, None


def display_value(envelope: Any) -> tuple[bool, Any]:
    """Like :func:`decode_envelope`, but only for payloads small enough to show decoded."""
    if isinstance(envelope, dict):
        blob = envelope.get("blob")
        if isinstance(blob, str) and len(blob) > DISPLAY_BLOB_LIMIT:
            return False, None
    return decode_envelope(envelope)


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
        check_blob(value["blob"], field)
        from ..generation import check_input_framing

        check_input_framing(value, field)
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
        return check_envelope(dict(value), "result")
    if isinstance(value, str):
        return check_envelope({"codec": codec or "avro", "blob": value}, "result")
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
