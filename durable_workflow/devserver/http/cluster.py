"""Health, readiness and discovery (``GET /api/cluster/info``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import Route

from durable_workflow._protocol import WORKFLOW_TASK_COMMANDS

from .. import generation
from ..clock import isoformat
from ..engine.health import health, readiness
from ..engine.system import repair_status
from ..engine.workers import fleet_summary
from ..versions import CONTROL_PLANE_VERSION, SERVER_VERSION, WORKER_PROTOCOL_VERSION
from .contract import _NAME_FIELDS, _OPERATIONS, PROJECTED_FIELDS
from .json_io import JSONResponse

if TYPE_CHECKING:
    from ..server import DevServer, ServerConfig

SUPPORTED_WORKFLOW_TASK_COMMANDS = list(WORKFLOW_TASK_COMMANDS)


def server_capabilities(server: DevServer) -> dict[str, Any]:
    """The worker-plane ``server_capabilities`` object."""
    cfg = server.config
    capabilities = {
        "long_poll_timeout": int(cfg.poll_timeout) if cfg.poll_timeout >= 1 else cfg.poll_timeout,
        "supported_workflow_task_commands": list(SUPPORTED_WORKFLOW_TASK_COMMANDS),
        "workflow_task_poll_request_idempotency": True,
        "history_page_size_default": cfg.history_page_size_default,
        "history_page_size_max": cfg.history_page_size_max,
        "query_tasks": True,
        "activity_retry_policy": True,
        "activity_timeouts": True,
        "child_workflow_retry_policy": True,
        "child_workflow_timeouts": True,
        "parent_close_policy": True,
        "non_retryable_failures": True,
        "response_compression": [],
        "history_compression": {
            "supported_encodings": ["gzip", "deflate"],
            "compression_threshold": 50,
        },
        "workflow_memo_updates": {"supported": True},
    }
    return generation.adjust_capabilities(capabilities)


def _request_contract() -> dict[str, Any]:
    return {
        "schema": "durable-workflow.v2.control-plane-request.contract",
        "version": 1,
        "operations": {
            "list": {
                "fields": {
                    "status": {
                        "canonical_values": ["running", "completed", "failed"],
                        "rejected_aliases": {
                            "cancelled": "failed",
                            "terminated": "failed",
                            "pending": "running",
                            "waiting": "running",
                        },
                    }
                }
            },
            "start": {
                "fields": {
                    "duplicate_policy": {
                        "canonical_values": ["fail", "use-existing"],
                        "rejected_aliases": {"use_existing": "use-existing"},
                    },
                    "execution_timeout_seconds": {"type": "integer", "min": 1},
                    "run_timeout_seconds": {"type": "integer", "min": 1},
                    "payload_codec": {
                        "type": "string",
                        "canonical_values": ["avro"],
                        "description": "Codec of the start input; only avro is language-neutral.",
                    },
                },
                "unsupported_fields": [
                    "workflow_execution_timeout",
                    "workflow_run_timeout",
                    "workflow_task_timeout",
                    "retry_policy",
                    "idempotency_key",
                    "request_id",
                ],
            },
            "update": {
                "fields": {"wait_for": {"canonical_values": ["accepted", "completed"]}},
                "removed_fields": {"wait_policy": "Use wait_for."},
            },
        },
    }


def _response_contract() -> dict[str, Any]:

    return {
        "schema": "durable-workflow.v2.control-plane-response",
        "version": 1,
        "contract": {
            "schema": "durable-workflow.v2.control-plane-response.contract",
            "version": 1,
            "legacy_field_policy": "reject_non_canonical",
            "legacy_fields": {
                "query": "query_name",
                "signal": "signal_name",
                "update": "update_name",
                "wait_policy": "wait_for",
            },
        },
        "projected_fields": list(PROJECTED_FIELDS),
        "operations": {
            op: {
                "operation_name_field": _NAME_FIELDS.get(op),
                "required_fields": list(req),
                "success_fields": list(succ),
            }
            for op, (req, succ) in _OPERATIONS.items()
        },
    }


def _auth_contract() -> dict[str, Any]:
    return {
        "schema": "durable-workflow.v2.auth-composition.contract",
        "version": 1,
        "precedence": {
            "connection_values": ["flag", "environment", "selected_profile", "default"],
            "profile_selection": ["flag_env", "DW_ENV", "current_profile", "default_profile"],
        },
        "canonical_environment": {
            "server_url": "DURABLE_WORKFLOW_SERVER_URL",
            "namespace": "DURABLE_WORKFLOW_NAMESPACE",
            "auth_token": "DURABLE_WORKFLOW_AUTH_TOKEN",
            "tls_verify": "DURABLE_WORKFLOW_TLS_VERIFY",
            "profile": "DW_ENV",
        },
        "auth_material": {
            "token": {
                "status": "supported",
                "transport": "bearer_authorization_header",
                "effective_config_value": "redacted",
            },
            "mtls": {"status": "reserved"},
            "signed_headers": {"status": "reserved"},
        },
        "effective_config": {
            "required_fields": ["server_url", "namespace", "profile", "auth", "tls", "identity"]
        },
        "redaction": {"never_echo": ["bearer_tokens", "private_keys", "raw_authorization_headers"]},
    }


def cluster_info(server: DevServer, namespace: str) -> dict[str, Any]:
    """The discovery document."""

    cfg = server.config
    document = {
        "server_id": cfg.server_id,
        "version": SERVER_VERSION,
        "default_namespace": cfg.default_namespace,
        "supported_sdk_versions": {"php": ">=1.0", "python": ">=0.2", "cli": ">=0.1"},
        "capabilities": _capabilities(),
        "worker_fleet": fleet_summary(server, namespace),
        "task_repair": repair_status(server, namespace),
        "limits": _limits(cfg),
        "structural_limits": _structural_limits(cfg),
        "client_compatibility": _client_compatibility(),
        "auth_composition_contract": _auth_contract(),
        "control_plane": {
            "version": CONTROL_PLANE_VERSION,
            "header": "X-Durable-Workflow-Control-Plane-Version",
            "response_contract": _response_contract(),
            "request_contract": _request_contract(),
        },
        "worker_protocol": {
            "version": WORKER_PROTOCOL_VERSION,
            "server_capabilities": server_capabilities(server),
        },
        "bridge_adapter_outcome_contract": _bridge_contract(),
    }
    return generation.adjust_cluster_info(document)


def _capabilities() -> dict[str, Any]:
    """The ``capabilities`` flags of the discovery document."""
    return {
        "workflow_tasks": True,
        "activity_tasks": True,
        "signals": True,
        "queries": True,
        "updates": True,
        "schedules": True,
        "schedule_jitter": True,
        "schedule_max_runs": True,
        "search_attributes": True,
        "history_export": True,
        "continue_as_new": True,
        "child_workflows": True,
        "activity_timeouts": True,
        "activity_retry_policy": True,
        "child_workflow_retry_policy": True,
        "child_workflow_timeouts": True,
        "parent_close_policy": True,
        "non_retryable_failures": True,
        "history_retention": True,
        "payload_codec_envelope": True,
        "payload_codec_envelope_responses": True,
        "payload_codecs": ["avro"],
        "response_compression": [],
        "bridge_adapter_outcome_contract": True,
    }


def _limits(cfg: ServerConfig) -> dict[str, Any]:
    """The ``limits`` block: payload, memo and search-attribute limits."""
    return {
        "max_payload_bytes": cfg.max_payload_bytes,
        "max_memo_bytes": cfg.max_memo_bytes,
        "max_search_attributes": 100,
        "max_search_attribute_key_length": 128,
        "max_search_attribute_value_bytes": 2048,
        "max_operation_name_length": 256,
        "max_pending_activities": 2000,
        "max_pending_children": 2000,
    }


def _structural_limits(cfg: ServerConfig) -> dict[str, Any]:
    """The ``structural_limits`` block: pending-work and batch limits."""
    return {
        "pending_activity_count": 2000,
        "pending_child_count": 1000,
        "pending_timer_count": 2000,
        "pending_signal_count": 5000,
        "pending_update_count": 500,
        "command_batch_size": 1000,
        "payload_size_bytes": cfg.max_payload_bytes,
        "memo_size_bytes": cfg.max_memo_bytes,
        "search_attribute_size_bytes": 40960,
        "history_transaction_size": 5000,
        "warning_threshold_percent": 80,
    }


def _client_compatibility() -> dict[str, Any]:
    """The protocols a client must support, with their versions."""
    return {
        "schema": "durable-workflow.v2.client-compatibility",
        "version": 1,
        "authority": "protocol_manifests",
        "top_level_version_role": "informational",
        "fail_closed": True,
        "required_protocols": {
            "auth_composition": {
                "schema": "durable-workflow.v2.auth-composition.contract",
                "version": 1,
            },
            "control_plane": {
                "version": CONTROL_PLANE_VERSION,
                "header": "X-Durable-Workflow-Control-Plane-Version",
                "request_contract": {
                    "schema": "durable-workflow.v2.control-plane-request.contract",
                    "version": 1,
                },
            },
            "worker_protocol": {
                "version": WORKER_PROTOCOL_VERSION,
                "header": "X-Durable-Workflow-Protocol-Version",
            },
        },
    }


def _bridge_contract() -> dict[str, Any]:
    """Manifest of the bridge webhook adapter's outcome documents."""
    outcome = {"retriable": False}
    return {
        "schema": "durable-workflow.v2.bridge-adapter-outcome.contract",
        "version": 1,
        "boundary": {
            "role": "bounded_ingress_or_handoff",
            "not_a_workflow_runtime": True,
            "allowed_actions": ["start_workflow", "signal_workflow", "update_workflow"],
        },
        "idempotency": {"required": True},
        "outcomes": {
            "accepted": {"http_status": 202, **outcome, "terminal": False},
            "duplicate": {"http_status": 200, **outcome, "terminal": True},
            "rejected": {"http_status": 422, **outcome, "terminal": True},
        },
        "rejection_reasons": [
            "unknown_target",
            "auth_failed",
            "malformed_payload",
            "duplicate_start",
            "unsupported_routing",
            "unsupported_action",
            "payload_too_large",
            "adapter_unavailable",
        ],
    }


def routes(server: DevServer) -> list[Route]:
    async def health_route(request: Request) -> JSONResponse:
        status, body = health(server)
        return JSONResponse(body, status_code=status)

    async def ready_route(request: Request) -> JSONResponse:
        status, body = readiness(server)
        return JSONResponse(body, status_code=status)

    async def info(request: Request) -> JSONResponse:
        return JSONResponse(cluster_info(server, request.state.namespace))

    return [
        Route("/api/health", health_route, methods=["GET"]),
        Route("/api/ready", ready_route, methods=["GET"]),
        Route("/api/cluster/info", info, methods=["GET"]),
    ]


__all__ = ["cluster_info", "isoformat", "routes", "server_capabilities"]
