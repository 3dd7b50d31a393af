"""Contains endpoint functions for accessing the API

Each endpoint module is imported on first access of its name (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import acknowledge_activity_cancellation as acknowledge_activity_cancellation
    from . import acknowledge_local_activity_cancellation as acknowledge_local_activity_cancellation
    from . import approve_update_validation_task as approve_update_validation_task
    from . import checkpoint_local_activity_group as checkpoint_local_activity_group
    from . import checkpoint_local_activity_prefix as checkpoint_local_activity_prefix
    from . import close_worker_session as close_worker_session
    from . import complete_activity_task as complete_activity_task
    from . import complete_query_task as complete_query_task
    from . import complete_workflow_task as complete_workflow_task
    from . import control_local_activity as control_local_activity
    from . import create_worker_session as create_worker_session
    from . import deliver_workflow_cancellation as deliver_workflow_cancellation
    from . import (
        deliver_workflow_task_cancellation_scope as deliver_workflow_task_cancellation_scope,
    )
    from . import deregister_worker as deregister_worker
    from . import deregister_worker_fenced as deregister_worker_fenced
    from . import fail_activity_task as fail_activity_task
    from . import fail_query_task as fail_query_task
    from . import fail_workflow_task as fail_workflow_task
    from . import get_query_task_status as get_query_task_status
    from . import get_workflow_task_history_page as get_workflow_task_history_page
    from . import heartbeat_activity_task as heartbeat_activity_task
    from . import heartbeat_local_activity as heartbeat_local_activity
    from . import heartbeat_worker as heartbeat_worker
    from . import heartbeat_worker_session as heartbeat_worker_session
    from . import heartbeat_workflow_task as heartbeat_workflow_task
    from . import observe_activity_task as observe_activity_task
    from . import open_workflow_task_cancellation_scope as open_workflow_task_cancellation_scope
    from . import poll_activity_task as poll_activity_task
    from . import poll_query_task as poll_query_task
    from . import poll_update_validation_task as poll_update_validation_task
    from . import poll_workflow_task as poll_workflow_task
    from . import prepare_local_activity as prepare_local_activity
    from . import (
        prepare_workflow_task_cancellation_scope as prepare_workflow_task_cancellation_scope,
    )
    from . import record_local_activity_outcome as record_local_activity_outcome
    from . import recover_local_activity as recover_local_activity
    from . import register_worker as register_worker
    from . import reject_update_validation_task as reject_update_validation_task
    from . import renew_activity_task_lease as renew_activity_task_lease

_MODULES = frozenset(
    (
        "acknowledge_activity_cancellation",
        "acknowledge_local_activity_cancellation",
        "approve_update_validation_task",
        "checkpoint_local_activity_group",
        "checkpoint_local_activity_prefix",
        "close_worker_session",
        "complete_activity_task",
        "complete_query_task",
        "complete_workflow_task",
        "control_local_activity",
        "create_worker_session",
        "deliver_workflow_cancellation",
        "deliver_workflow_task_cancellation_scope",
        "deregister_worker",
        "deregister_worker_fenced",
        "fail_activity_task",
        "fail_query_task",
        "fail_workflow_task",
        "get_query_task_status",
        "get_workflow_task_history_page",
        "heartbeat_activity_task",
        "heartbeat_local_activity",
        "heartbeat_worker",
        "heartbeat_worker_session",
        "heartbeat_workflow_task",
        "observe_activity_task",
        "open_workflow_task_cancellation_scope",
        "poll_activity_task",
        "poll_query_task",
        "poll_update_validation_task",
        "poll_workflow_task",
        "prepare_local_activity",
        "prepare_workflow_task_cancellation_scope",
        "record_local_activity_outcome",
        "recover_local_activity",
        "register_worker",
        "reject_update_validation_task",
        "renew_activity_task_lease",
    )
)


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _MODULES)
