"""Workflow service: the history export of a run."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from ..store import activities as activities_store
from ..store import children as children_store
from ..store import history as history_store
from ..store import messages as messages_store
from ..store import tasks as tasks_store
from ..store import timers as timers_store
from ..store.db import Executor
from .history import loads, now_iso
from .tasks import OPEN_RUN_STATUSES
from .values import blob_of
from .workflow_start import _Starts


class _Exports(_Starts):
    """Part of the workflow service."""

    def export_history(self, namespace: str, workflow_id: str, run_id: str) -> dict[str, Any]:
        import hashlib
        import json

        with self.server.db.transaction() as conn:
            run = self._run_in_ns(conn, namespace, workflow_id, run_id)
            detail = self.run_detail(conn, run)
            inst = self._instance(conn, namespace, workflow_id)
        events = [
            {
                "id": r["id"],
                "sequence": r["sequence"],
                "event_type": r["event_type"],
                "type": r["event_type"],
                "payload": loads(r["payload"], {}),
                "workflow_task_id": r["workflow_task_id"],
                "workflow_command_id": r["workflow_command_id"],
                "recorded_at": r["recorded_at"],
            }
            for r in history_store.list_run_events(self.server.db, run_id)
        ]
        arguments = loads(run["arguments"])
        output = loads(run["output"])
        bundle: dict[str, Any] = {
            "schema": "durable-workflow.v2.history-export",
            "schema_version": 1,
            "exported_at": now_iso(self.server),
            "dedupe_key": f"{workflow_id}:{run_id}:{len(events)}",
            "history_complete": run["status"] not in OPEN_RUN_STATUSES,
            "workflow": {
                "instance_id": workflow_id,
                "run_id": run_id,
                "run_number": run["run_number"],
                "is_current_run": inst is not None and inst["current_run_id"] == run_id,
                "current_run_id": inst["current_run_id"] if inst is not None else run_id,
                "workflow_type": run["workflow_type"],
                "business_key": run["business_key"],
                "memo": detail["memo"],
                "search_attributes": detail["search_attributes"],
                "status": run["status"],
                "status_bucket": detail["status_bucket"],
                "closed_reason": run["closed_reason"],
                "compatibility": run["compatibility"],
                "queue": run["task_queue"],
                "connection": None,
                "workflow_class": run["workflow_type"],
                "visibility_labels": None,
                "current_run_source": "instance",
                "archived_at": run["archived_at"],
                "archive_command_id": None,
                "archive_reason": None,
                "last_history_sequence": run["last_sequence"],
                "last_progress_at": run["last_progress_at"],
                "started_at": run["started_at"],
                "closed_at": run["closed_at"],
            },
            **self._export_sections(run_id),
            "payloads": {
                "codec": run["payload_codec"],
                "arguments": {"available": arguments is not None, "data": blob_of(arguments)},
                "output": {
                    "available": output is not None,
                    "codec": output.get("codec") if isinstance(output, dict) else None,
                    "data": blob_of(output),
                },
            },
            "history_events": events,
        }
        canonical = json.dumps(bundle, sort_keys=True, separators=(",", ":"))
        bundle["integrity"] = {
            "canonicalization": "json-sorted-keys",
            "checksum_algorithm": "sha256",
            "checksum": hashlib.sha256(canonical.encode()).hexdigest(),
            "signature_algorithm": None,
            "signature": None,
            "key_id": None,
        }
        return bundle

    def _export_sections(self, run_id: str) -> dict[str, Any]:
        db = self.server.db

        def rows(read: Callable[[Executor, str], list[sqlite3.Row]]) -> list[dict[str, Any]]:
            return [dict(r) for r in read(db, run_id)]

        signals = rows(messages_store.list_run_signal_summaries)
        updates = rows(messages_store.list_run_update_summaries)
        tasks = rows(tasks_store.list_run_workflow_task_summaries)
        activities = rows(activities_store.list_run_activity_summaries)
        timers = rows(timers_store.list_run_timer_summaries)
        children = rows(children_store.list_child_call_summaries)
        counts: dict[str, int] = {}
        for r in history_store.count_run_events_by_type(db, run_id):
            counts[r["event_type"]] = int(r["n"])
        timeline = [
            {
                "id": r["id"],
                "sequence": r["sequence"],
                "type": r["event_type"],
                "recorded_at": r["recorded_at"],
                "command_id": r["workflow_command_id"],
                "task_id": r["workflow_task_id"],
            }
            for r in history_store.list_run_events(db, run_id)
        ]
        waits = [
            {
                "id": f"activity:{a['id']}",
                "kind": "activity",
                "sequence": a["sequence"],
                "status": "open" if a["status"] in ("pending", "running") else "resolved",
                "source_status": a["status"],
                "opened_at": a["created_at"],
                "resolved_at": a["closed_at"],
                "target_type": a["activity_type"],
            }
            for a in activities
        ] + [
            {
                "id": f"timer:{t['timer_id']}",
                "kind": "timer",
                "sequence": t["sequence"],
                "status": "open" if t["status"] == "pending" else "resolved",
                "source_status": t["status"],
                "deadline_at": t["fire_at"],
                "resolved_at": t["fired_at"],
            }
            for t in timers
        ]
        return {
            "summary": {"history_event_count": sum(counts.values()), "event_type_counts": counts},
            "selected_run": {"run_id": run_id, "projection_source": "history_events"},
            "waits": waits,
            "timeline": timeline,
            "linked_intakes_scope": "selected_run",
            "linked_intakes": [],
            "payload_manifest": {
                "version": 1,
                "entries": [
                    {"path": "payloads.arguments.data", "codec": "avro", "encoding": "base64-avro"},
                    {"path": "payloads.output.data", "codec": "avro", "encoding": "base64-avro"},
                ],
            },
            "signals": signals,
            "updates": updates,
            "tasks": tasks,
            "activities": activities,
            "timers": timers,
            "links": children,
            "failures": [],
            "commands": [],
            "redaction": {"applied": False, "policy": None, "paths": []},
            "codec_schemas": {
                "avro": {
                    "schema": "durable_workflow.protocol.Value",
                    "framing": "single-object",
                    "magic": "c301",
                    "fingerprint": "e2a33dff55802237",
                }
            },
        }
