"""Authentication and role checks of the development server.

Authentication is off by default: with no token configured every caller is an ``admin`` with
access to every route, the worker plane included. Tokens are configured on the server config:

* ``auth_tokens`` — a mapping role -> bearer token for the roles ``worker``, ``operator`` and
  ``admin``;
* ``token`` — the legacy shared token. With no role token configured it has full access to every
  route; once a role token exists it is treated as ``admin`` only (no worker-plane access), unless
  ``auth_backward_compatible`` is false, in which case it is not accepted at all.

Route access follows the real server: ``/api/health`` and ``/api/ready`` are public,
``/api/cluster/info`` is open to every role, ``/api/worker/*`` needs ``worker``, the namespace
writes, ``/api/storage/test``, ``DELETE /api/workers/{id}`` and ``/api/system/*`` need ``admin``,
and every other ``/api`` route needs ``operator`` or ``admin``.

The middleware calls :func:`check_request`; it raises :class:`ApiError` with the real server's
``401 unauthorized`` / ``403 forbidden`` / ``500 server_error`` envelopes.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import ApiError

WORKER = "worker"
OPERATOR = "operator"
ADMIN = "admin"
ROLES: tuple[str, ...] = (WORKER, OPERATOR, ADMIN)

ANY_ROLE: tuple[str, ...] = (WORKER, OPERATOR, ADMIN)
OPERATOR_ROLES: tuple[str, ...] = (OPERATOR, ADMIN)
ADMIN_ROLES: tuple[str, ...] = (ADMIN,)
WORKER_ROLES: tuple[str, ...] = (WORKER,)

UNAUTHORIZED_MESSAGE = "Invalid or missing authentication token."
FORBIDDEN_MESSAGE = "Authenticated role is not allowed to access this endpoint."

_PUBLIC_PATHS = frozenset({"/api/health", "/api/ready"})
_WORKER_DELETE = re.compile(r"^/api/workers/[^/]+$")


@dataclass(frozen=True)
class Principal:
    """The authenticated caller.

    ``role`` is the role reported in errors and audit records; ``roles`` every role the
    credential carries; ``full_access`` marks callers allowed on every route (auth off, or the
    legacy token while no role token is configured).
    """

    role: str
    roles: frozenset[str]
    full_access: bool = False
    method: str = "token"

    def allowed(self, allowed_roles: tuple[str, ...]) -> bool:
        return self.full_access or any(role in self.roles for role in allowed_roles)


def route_roles(method: str, path: str) -> tuple[str, ...] | None:
    """The roles allowed on a route; ``None`` for public routes (no authentication at all)."""
    path = path.rstrip("/") or "/"
    method = method.upper()
    if path in _PUBLIC_PATHS:
        return None
    if path == "/api/cluster/info":
        return ANY_ROLE
    if path == "/api/worker" or path.startswith("/api/worker/"):
        return WORKER_ROLES
    if path == "/api/system" or path.startswith("/api/system/"):
        return ADMIN_ROLES
    if path == "/api/storage/test":
        return ADMIN_ROLES
    if path == "/api/namespaces" or path.startswith("/api/namespaces/"):
        return OPERATOR_ROLES if method in ("GET", "HEAD") else ADMIN_ROLES
    if method == "DELETE" and _WORKER_DELETE.match(path):
        return ADMIN_ROLES
    if path == "/api/external-payloads" or path.startswith("/api/external-payloads/"):
        # Runtime-mediated external payloads serve workers and control-plane callers alike.
        return ANY_ROLE
    return OPERATOR_ROLES


def _role_tokens(config: Any) -> dict[str, str]:
    raw = getattr(config, "auth_tokens", None) or {}
    tokens: dict[str, str] = {}
    if isinstance(raw, Mapping):
        for role, token in raw.items():
            if role in ROLES and isinstance(token, str) and token:
                tokens[role] = token
    return tokens


def _legacy_token(config: Any) -> str | None:
    token = getattr(config, "token", None)
    return token if isinstance(token, str) and token else None


def auth_enabled(config: Any) -> bool:
    """Whether any credential is configured (otherwise authentication is off)."""
    return bool(_role_tokens(config)) or _legacy_token(config) is not None


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    value = value.strip()
    return value or None


def authenticate(config: Any, authorization: str | None) -> Principal:
    """Identify the caller from the ``Authorization`` header value.

    Raises ``401 unauthorized`` for a missing or unknown token.
    """
    role_tokens = _role_tokens(config)
    legacy = _legacy_token(config)
    if not role_tokens and legacy is None:
        return Principal(ADMIN, frozenset(ROLES), full_access=True, method="none")
    presented = _bearer(authorization)
    if presented is None:
        raise ApiError(401, "unauthorized", UNAUTHORIZED_MESSAGE)
    matched = [
        role
        for role in (ADMIN, OPERATOR, WORKER)
        if role in role_tokens and hmac.compare_digest(presented, role_tokens[role])
    ]
    if matched:
        return Principal(matched[0], frozenset(matched))
    if legacy is not None and hmac.compare_digest(presented, legacy):
        if not role_tokens:
            return Principal(ADMIN, frozenset(ROLES), full_access=True)
        if getattr(config, "auth_backward_compatible", True):
            return Principal(ADMIN, frozenset({ADMIN}))
    raise ApiError(401, "unauthorized", UNAUTHORIZED_MESSAGE)


def authorize(principal: Principal, allowed_roles: tuple[str, ...]) -> None:
    """Raise ``403 forbidden`` unless the caller holds one of ``allowed_roles``."""
    if principal.allowed(allowed_roles):
        return
    raise ApiError(
        403,
        "forbidden",
        FORBIDDEN_MESSAGE,
        role=principal.role,
        allowed_roles=list(allowed_roles),
    )


def check_request(
    config: Any, method: str, path: str, authorization: str | None
) -> Principal | None:
    """Authenticate and authorize one request; ``None`` for public routes.

    Authentication errors (401) win over role errors (403), as on the real server.
    """
    allowed = route_roles(method, path)
    if allowed is None:
        return None
    principal = authenticate(config, authorization)
    authorize(principal, allowed)
    return principal
