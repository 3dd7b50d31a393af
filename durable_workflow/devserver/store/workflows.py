"""Schema of the workflow tables: instances, runs, signals, updates, child calls, messages and
streams (their migrations, applied in this order). The queries on them live in :mod:`.runs`,
:mod:`.messages`, :mod:`.children` and :mod:`.streams`."""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "workflows_001",
        """
        CREATE TABLE IF NOT EXISTS workflow_instances (
            workflow_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            current_run_id TEXT NOT NULL,
            run_count INTEGER NOT NULL DEFAULT 1,
            command_count INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS workflow_runs (
            run_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            run_number INTEGER NOT NULL,
            workflow_type TEXT NOT NULL,
            task_queue TEXT NOT NULL,
            business_key TEXT,
            status TEXT NOT NULL,
            closed_reason TEXT,
            payload_codec TEXT,
            arguments TEXT,
            output TEXT,
            failure TEXT,
            memo TEXT,
            search_attributes TEXT,
            execution_timeout_seconds INTEGER,
            run_timeout_seconds INTEGER,
            execution_deadline_at TEXT,
            run_deadline_at TEXT,
            compatibility TEXT,
            parent_run_id TEXT,
            parent_workflow_id TEXT,
            parent_sequence INTEGER,
            child_call_id TEXT,
            parent_close_policy TEXT,
            continued_from_run_id TEXT,
            last_sequence INTEGER NOT NULL DEFAULT 0,
            step_counter INTEGER NOT NULL DEFAULT 0,
            archived_at TEXT,
            repair_count INTEGER NOT NULL DEFAULT 0,
            started_at TEXT NOT NULL,
            closed_at TEXT,
            last_progress_at TEXT
        );
        CREATE INDEX IF NOT EXISTS workflow_runs_list ON workflow_runs (namespace, started_at);
        CREATE INDEX IF NOT EXISTS workflow_runs_instance
            ON workflow_runs (workflow_id, run_number);
        CREATE TABLE IF NOT EXISTS workflow_signals (
            signal_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            run_id TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            signal_name TEXT NOT NULL,
            arguments TEXT,
            command_id TEXT,
            request_id TEXT,
            received_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS workflow_updates (
            update_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            run_id TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            update_name TEXT NOT NULL,
            arguments TEXT,
            status TEXT NOT NULL,
            result TEXT,
            failure TEXT,
            command_id TEXT,
            request_id TEXT,
            sequence INTEGER,
            accepted_at TEXT,
            applied_at TEXT,
            rejected_at TEXT,
            closed_at TEXT
        );
        CREATE TABLE IF NOT EXISTS child_calls (
            child_call_id TEXT PRIMARY KEY,
            namespace TEXT NOT NULL,
            parent_run_id TEXT NOT NULL,
            parent_workflow_id TEXT NOT NULL,
            sequence INTEGER,
            workflow_link_id TEXT NOT NULL,
            child_workflow_id TEXT NOT NULL,
            child_run_id TEXT,
            workflow_type TEXT NOT NULL,
            task_queue TEXT NOT NULL,
            arguments TEXT,
            parent_close_policy TEXT NOT NULL,
            retry_policy TEXT,
            timeout_policy TEXT,
            attempt INTEGER NOT NULL DEFAULT 1,
            parallel TEXT,
            status TEXT NOT NULL
        )
        """,
    )
]

MIGRATIONS.append(
    (
        "workflows_002",
        """
        CREATE TABLE IF NOT EXISTS run_streams (
            run_id TEXT NOT NULL,
            stream_name TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            namespace TEXT NOT NULL,
            status TEXT NOT NULL,
            error_reason TEXT,
            retention_seconds INTEGER,
            opened_at TEXT NOT NULL,
            last_appended_at TEXT,
            closed_at TEXT,
            PRIMARY KEY (run_id, stream_name)
        );
        CREATE TABLE IF NOT EXISTS run_stream_items (
            run_id TEXT NOT NULL,
            stream_name TEXT NOT NULL,
            item_offset INTEGER NOT NULL,
            payload TEXT,
            payload_codec TEXT,
            payload_reference TEXT,
            idempotency_key TEXT,
            item_type TEXT,
            content_type TEXT,
            origin TEXT,
            emitted_at TEXT NOT NULL,
            PRIMARY KEY (run_id, stream_name, item_offset)
        );
        CREATE TABLE IF NOT EXISTS workflow_messages (
            namespace TEXT NOT NULL,
            workflow_id TEXT NOT NULL,
            stream_name TEXT NOT NULL,
            message_id TEXT NOT NULL,
            run_id TEXT NOT NULL,
            message_offset INTEGER NOT NULL,
            input TEXT,
            received_at TEXT NOT NULL,
            PRIMARY KEY (namespace, workflow_id, stream_name, message_id)
        )
        """,
    )
)
MIGRATIONS.append(
    (
        "workflows_003_list_keyset",
        """
        CREATE INDEX IF NOT EXISTS workflow_runs_list_keyset
            ON workflow_runs (namespace, started_at, run_id)
        """,
    )
)
MIGRATIONS.append(
    (
        "workflows_004_open_runs",
        # the open runs in run_id order (the repair scan walks them round robin), and their
        # deadlines (the sweep asks for the due ones and the next one)
        """
        CREATE INDEX IF NOT EXISTS workflow_runs_open
            ON workflow_runs (run_id) WHERE status IN ('pending','running','waiting');
        CREATE INDEX IF NOT EXISTS workflow_runs_execution_deadline
            ON workflow_runs (execution_deadline_at)
            WHERE status IN ('pending','running','waiting');
        CREATE INDEX IF NOT EXISTS workflow_runs_run_deadline
            ON workflow_runs (run_deadline_at) WHERE status IN ('pending','running','waiting')
        """,
    )
)
