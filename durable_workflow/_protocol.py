"""Protocol facts shared by the SDK's server-side parts (the dev server, the in-process
environment): names the wire fixes, kept in one place.
"""

from __future__ import annotations

from typing import Final

#: Every workflow-task command type the newest engine knows (workflow-task semantics §4.2).
WORKFLOW_TASK_COMMANDS: Final = (
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

#: The resume-context fields present on every polled workflow task (``null`` when unused).
RESUME_FIELDS: Final = (
    "workflow_wait_kind",
    "open_wait_id",
    "resume_source_kind",
    "resume_source_id",
    "workflow_update_id",
    "workflow_signal_id",
    "signal_name",
    "signal_wait_id",
    "workflow_command_id",
    "activity_execution_id",
    "activity_attempt_id",
    "activity_type",
    "child_call_id",
    "child_workflow_run_id",
    "workflow_sequence",
    "workflow_event_type",
    "timer_id",
    "condition_wait_id",
    "condition_key",
    "condition_definition_fingerprint",
)
