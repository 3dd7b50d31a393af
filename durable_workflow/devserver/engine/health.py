"""Health and readiness of the server (``GET /api/health``, ``GET /api/ready``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..store.health import ping

if TYPE_CHECKING:
    from ..server import DevServer


def health(server: DevServer) -> tuple[int, dict[str, Any]]:
    """``serving`` (200) while the database answers, else ``degraded`` (503)."""
    ok = _database_answers(server)
    return 200 if ok else 503, {
        "status": "serving" if ok else "degraded",
        "timestamp": _now_offset(server),
        "checks": {"database": "ok" if ok else "unavailable"},
    }


def readiness(server: DevServer) -> tuple[int, dict[str, Any]]:
    """``ready`` (200) when every check passes, else ``not_ready`` (503)."""
    db_ok = _database_answers(server)
    auth_on = bool(server.config.auth_tokens or server.config.token)
    checks = {
        "database": {"status": "ok" if db_ok else "unavailable"},
        "migrations": {"status": "ok" if db_ok else "unavailable"},
        "default_namespace": {"status": "ok", "namespace": server.config.default_namespace},
        "cache": {"status": "ok", "store": "memory"},
        "auth": {"status": "ok", "driver": "token" if auth_on else "none"},
    }
    all_ok = all(c["status"] == "ok" for c in checks.values())
    return 200 if all_ok else 503, {
        "status": "ready" if all_ok else "not_ready",
        "timestamp": _now_offset(server),
        "checks": checks,
    }


def _database_answers(server: DevServer) -> bool:
    try:
        ping(server.db)
    except Exception:
        return False
    return True


def _now_offset(server: DevServer) -> str:
    return server.clock.now().replace(microsecond=0).isoformat()
