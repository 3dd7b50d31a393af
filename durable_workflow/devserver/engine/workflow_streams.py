"""Workflow service: workflow messages and streams."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from ..errors import ApiError, Validator
from ..store import messages as message_store
from ..store import streams as stream_store
from .history import append_event, dumps, loads, new_id, now_iso
from .tasks import OPEN_RUN_STATUSES, ensure_workflow_task
from .values import is_envelope, parse_input
from .workflow_commands import _Commands


class _Streams(_Commands):
    """Part of the workflow service."""

    def append_message(
        self, namespace: str, workflow_id: str, stream: str, body: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        v = Validator(body)
        message_id = v.string("message_id", required=True, max=255)
        v.check()
        assert message_id is not None  # required: the check above refused a missing one
        envelope = parse_input(body.get("input"), "input", allow_map=True)
        with self.server.db.transaction() as conn:
            run = self._current_run(conn, namespace, workflow_id)
            existing = message_store.get_workflow_message(
                conn, namespace, workflow_id, stream, message_id
            )
            if existing is not None:
                return 200, {
                    "workflow_id": workflow_id,
                    "run_id": existing["run_id"],
                    "stream": stream,
                    "message_id": message_id,
                    "offset": existing["message_offset"],
                    "duplicate": True,
                }
            if run["status"] not in OPEN_RUN_STATUSES:
                raise ApiError(
                    409,
                    "run_not_active",
                    "The workflow run is not active.",
                    workflow_id=workflow_id,
                )
            count = message_store.count_workflow_messages(conn, namespace, workflow_id, stream)
            message_store.insert_workflow_message(
                conn,
                namespace,
                workflow_id,
                stream,
                message_id,
                run_id=run["run_id"],
                offset=count,
                input_json=dumps(envelope),
                received_at=now_iso(self.server),
            )
            signal_id = new_id()
            append_event(
                self.server,
                conn,
                run["run_id"],
                "SignalReceived",
                {
                    "signal_id": signal_id,
                    "workflow_instance_id": workflow_id,
                    "workflow_run_id": run["run_id"],
                    "signal_name": stream,
                    "message_stream": stream,
                    "message_id": message_id,
                    "message_offset": count,
                    "arguments": envelope,
                    "payload_codec": (envelope or {}).get("codec", run["payload_codec"]),
                },
            )
            ensure_workflow_task(
                self.server,
                conn,
                run,
                {
                    "workflow_wait_kind": "signal",
                    "open_wait_id": f"signal-application:{signal_id}",
                    "resume_source_kind": "workflow_signal",
                    "resume_source_id": signal_id,
                    "workflow_signal_id": signal_id,
                    "signal_name": stream,
                },
            )
        return 202, {
            "workflow_id": workflow_id,
            "run_id": run["run_id"],
            "stream": stream,
            "message_id": message_id,
            "offset": count,
            "duplicate": False,
        }

    def _stream_row(
        self,
        conn: sqlite3.Connection,
        namespace: str,
        workflow_id: str,
        run_id: str,
        stream: str,
        *,
        create: bool = False,
    ) -> sqlite3.Row:
        run = self._run_in_ns(conn, namespace, workflow_id, run_id)
        row = stream_store.get_run_stream(conn, run_id, stream)
        if row is None and create:
            stream_store.insert_run_stream(
                conn, run_id, stream, workflow_id, namespace, now_iso(self.server)
            )
            row = stream_store.get_run_stream(conn, run_id, stream)
        if row is None:
            raise ApiError(
                404,
                "stream_not_found",
                f"Stream [{stream}] not found.",
                workflow_id=workflow_id,
                run_id=run["run_id"],
            )
        result: sqlite3.Row = row
        return result

    def _stream_object(self, conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
        count = stream_store.stream_item_counts(conn, row["run_id"], row["stream_name"])
        return {
            "workflow_id": row["workflow_id"],
            "workflow_run_id": row["run_id"],
            "run_id": row["run_id"],
            "stream_name": row["stream_name"],
            "status": row["status"],
            "last_offset": count["m"],
            "total_items": count["n"],
            "pending_items": 0,
            "error_reason": row["error_reason"],
            "opened_at": row["opened_at"],
            "last_appended_at": row["last_appended_at"],
            "closed_at": row["closed_at"],
            "retention_seconds": row["retention_seconds"],
        }

    def list_streams(self, namespace: str, workflow_id: str, run_id: str) -> dict[str, Any]:
        with self.server.db.transaction() as conn:
            self._run_in_ns(conn, namespace, workflow_id, run_id)
            rows = stream_store.list_run_streams(conn, run_id)
            return {
                "workflow_id": workflow_id,
                "workflow_run_id": run_id,
                "streams": [self._stream_object(conn, r) for r in rows],
            }

    def stream_object(
        self, namespace: str, workflow_id: str, run_id: str, stream: str
    ) -> dict[str, Any]:
        with self.server.db.transaction() as conn:
            return self._stream_object(
                conn, self._stream_row(conn, namespace, workflow_id, run_id, stream)
            )

    def append_stream_items(
        self, namespace: str, workflow_id: str, run_id: str, stream: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        v = Validator(body)
        items = v.array("items", required=True, max_items=500)
        for i, item in enumerate(items or []):
            if not isinstance(item, dict):
                v.add(f"items.{i}", f"The items.{i} field must be an array.")
            elif item.get("payload") is not None and not is_envelope(item["payload"]):
                v.add(f"items.{i}.payload", "The payload must be a payload envelope.")
        v.check()
        now = now_iso(self.server)
        accepted: list[int] = []
        deduped = 0
        with self.server.db.transaction() as conn:
            row = self._stream_row(conn, namespace, workflow_id, run_id, stream, create=True)
            if row["status"] != "open":
                raise ApiError(
                    409,
                    "stream_closed",
                    f"Stream [{stream}] is closed.",
                    workflow_id=workflow_id,
                    run_id=run_id,
                )
            for item in items or []:
                key = item.get("idempotency_key")
                if key:
                    dup = stream_store.find_stream_item_by_key(conn, run_id, stream, key)
                    if dup is not None:
                        deduped += 1
                        continue
                nxt = stream_store.next_stream_item_offset(conn, run_id, stream)
                payload = item.get("payload")
                stream_store.insert_stream_item(
                    conn,
                    run_id,
                    stream,
                    nxt,
                    payload=dumps(payload),
                    payload_codec=item.get("payload_codec") or (payload or {}).get("codec"),
                    payload_reference=dumps(item.get("payload_reference")),
                    idempotency_key=key,
                    item_type=item.get("item_type"),
                    content_type=item.get("content_type"),
                    origin="control_plane",
                    emitted_at=now,
                )
                accepted.append(nxt)
            stream_store.set_stream_last_appended(conn, run_id, stream, now)
            obj = self._stream_object(
                conn, self._stream_row(conn, namespace, workflow_id, run_id, stream)
            )
        self.server.notifier.notify(("stream", run_id, stream))
        return {
            "stream": obj,
            "accepted_offsets": accepted,
            "accepted": len(accepted),
            "deduped": deduped,
        }

    async def read_stream_items(
        self, namespace: str, workflow_id: str, run_id: str, stream: str, params: dict[str, str]
    ) -> dict[str, Any]:
        v = Validator(params)
        start = v.integer("from", min=0) or 0
        limit = v.integer("max_items", min=1, max=500) or 100
        wait = v.integer("wait_seconds", min=0, max=60) or 0
        v.check()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + min(float(wait), self.server.config.poll_timeout)
        while True:
            with self.server.notifier.listen(("stream", run_id, stream)) as event:
                with self.server.db.transaction() as conn:
                    row = self._stream_row(conn, namespace, workflow_id, run_id, stream)
                    rows = stream_store.stream_items_from(conn, run_id, stream, start, limit)
                    obj = self._stream_object(conn, row)
                remaining = deadline - loop.time()
                if rows or row["status"] != "open" or remaining <= 0:
                    break
                await self.server.notifier.wait(event, remaining)
        items = [
            {
                "offset": r["item_offset"],
                "payload": loads(r["payload"]),
                "payload_reference": loads(r["payload_reference"]),
                "payload_codec": r["payload_codec"],
                "idempotency_key": r["idempotency_key"],
                "item_type": r["item_type"],
                "content_type": r["content_type"],
                "origin": r["origin"],
                "origin_reference": None,
                "emitted_at": r["emitted_at"],
            }
            for r in rows
        ]
        next_offset = items[-1]["offset"] + 1 if items else start
        last = obj["last_offset"]
        terminal = row["status"] != "open" and (last is None or next_offset > last)
        return {"stream": obj, "items": items, "next_offset": next_offset, "terminal": terminal}

    def close_stream(
        self, namespace: str, workflow_id: str, run_id: str, stream: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        v = Validator(body)
        error_reason = v.string("error_reason", max=255)
        retention = v.integer("retention_seconds", min=0)
        v.check()
        with self.server.db.transaction() as conn:
            row = self._stream_row(conn, namespace, workflow_id, run_id, stream, create=True)
            if row["status"] == "open":
                stream_store.close_run_stream(
                    conn,
                    run_id,
                    stream,
                    status="errored" if error_reason else "closed",
                    error_reason=error_reason,
                    retention_seconds=retention,
                    now=now_iso(self.server),
                )
            obj = self._stream_object(
                conn, self._stream_row(conn, namespace, workflow_id, run_id, stream)
            )
        self.server.notifier.notify(("stream", run_id, stream))
        return obj
