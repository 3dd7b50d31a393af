"""Contains endpoint functions for accessing the API

Each endpoint module is imported on first access of its name (PEP 562).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import append_workflow_message_stream_message as append_workflow_message_stream_message
    from . import append_workflow_run_stream_items as append_workflow_run_stream_items
    from . import archive_workflow as archive_workflow
    from . import cancel_workflow as cancel_workflow
    from . import cancel_workflow_run as cancel_workflow_run
    from . import close_workflow_run_stream as close_workflow_run_stream
    from . import debug_workflow as debug_workflow
    from . import debug_workflow_run as debug_workflow_run
    from . import export_workflow_run_history as export_workflow_run_history
    from . import get_workflow as get_workflow
    from . import get_workflow_run as get_workflow_run
    from . import get_workflow_run_history as get_workflow_run_history
    from . import get_workflow_run_stream as get_workflow_run_stream
    from . import list_workflow_run_stream_items as list_workflow_run_stream_items
    from . import list_workflow_run_streams as list_workflow_run_streams
    from . import list_workflow_runs as list_workflow_runs
    from . import list_workflows as list_workflows
    from . import query_workflow as query_workflow
    from . import query_workflow_run as query_workflow_run
    from . import redrive_workflow_run as redrive_workflow_run
    from . import repair_workflow as repair_workflow
    from . import request_workflow_cancellation as request_workflow_cancellation
    from . import request_workflow_run_cancellation as request_workflow_run_cancellation
    from . import signal_workflow as signal_workflow
    from . import signal_workflow_run as signal_workflow_run
    from . import start_workflow as start_workflow
    from . import terminate_workflow as terminate_workflow
    from . import terminate_workflow_run as terminate_workflow_run
    from . import update_workflow as update_workflow
    from . import update_workflow_run as update_workflow_run

_MODULES = frozenset(
    (
        "append_workflow_message_stream_message",
        "append_workflow_run_stream_items",
        "archive_workflow",
        "cancel_workflow",
        "cancel_workflow_run",
        "close_workflow_run_stream",
        "debug_workflow",
        "debug_workflow_run",
        "export_workflow_run_history",
        "get_workflow",
        "get_workflow_run",
        "get_workflow_run_history",
        "get_workflow_run_stream",
        "list_workflow_run_stream_items",
        "list_workflow_run_streams",
        "list_workflow_runs",
        "list_workflows",
        "query_workflow",
        "query_workflow_run",
        "redrive_workflow_run",
        "repair_workflow",
        "request_workflow_cancellation",
        "request_workflow_run_cancellation",
        "signal_workflow",
        "signal_workflow_run",
        "start_workflow",
        "terminate_workflow",
        "terminate_workflow_run",
        "update_workflow",
        "update_workflow_run",
    )
)


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _MODULES)
