"""Authentication and role checks of the development server.

Authentication is off by default: with no token configured every caller is an ``admin`` with
access to every route, the worker plane included. Tokens are configured on the server config:

* ``auth_tokens`` — a mapping role -> bearer token for the roles ``worker``, ``operator`` and
  ``admin``;
* ``token`` — the legacy shared token. With no role token configured it has full access to every
  route; once a role token exists it is treated as ``admin`` only (no worker-plane access), unless
  ``auth_backward_compatible`` is false, in which case it is not accepted at all.

An explicit ``auth_driver`` (``none``, ``token`` or ``signature``) overrides that choice; the
signature driver checks ``X-Signature`` (hex HMAC-SHA256 of the raw body) against
``signature_keys`` (role -> key) and the legacy ``signature_key`` with the same role rules.

Route access follows the real server: ``/api/health`` and ``/api/ready`` are public,
``/api/cluster/info`` is open to every role, ``/api/worker/*`` needs ``worker``, the namespace
writes, ``/api/storage/test``, ``DELETE /api/workers/{id}`` and ``/api/system/*`` need ``admin``,
and every other ``/api`` route needs ``operator`` or ``admin``.

The middleware calls :func:`check_request`; it raises :class:`ApiError` with the real server's
``401 unauthorized`` / ``403 forbidden`` / ``500 server_error`` envelopes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import ApiError

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
        """Whether this caller may use a route open to ``allowed_roles``."""
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


def _role_secrets(config: Any, field: str) -> dict[str, str]:
    raw = getattr(config, field, None) or {}
    secrets: dict[str, str] = {}
    if isinstance(raw, Mapping):
        for role, secret in raw.items():
            if role in ROLES and isinstance(secret, str) and secret:
                secrets[role] = secret
    return secrets


def _legacy_secret(config: Any, field: str) -> str | None:
    secret = getattr(config, field, None)
    return secret if isinstance(secret, str) and secret else None


def auth_driver(config: Any) -> str:
    """The configured driver: ``none``, ``token`` or ``signature``.

    Without an explicit ``auth_driver`` the token driver applies when a token is configured and
    authentication is off (``none``) otherwise.
    """
    driver = getattr(config, "auth_driver", None)
    if isinstance(driver, str) and driver in ("none", "token", "signature"):
        return driver
    tokens = (
        _role_secrets(config, "auth_tokens")
        or _legacy_secret(config, "token")
        or _namespace_tokens(config)
    )
    return "token" if tokens else "none"


def _namespace_tokens(config: Any) -> dict[str, tuple[str, str]]:
    raw = getattr(config, "namespace_tokens", None) or {}
    return {
        token: (role, namespace)
        for token, (role, namespace) in raw.items()
        if isinstance(token, str) and token and role in ROLES
    }


def scoped_principal(
    config: Any, method: str, path: str, authorization: str | None
) -> tuple[str, str] | None:
    """``(role, namespace)`` of a namespace-scoped token, authorized for the route.

    ``None`` when the bearer is not a namespace-scoped token (the ordinary checks apply then).
    Scoped callers cannot create or list namespaces; 403 when the role may not use the route.
    """
    scoped = _namespace_tokens(config)
    bearer = _bearer(authorization)
    if not scoped or bearer is None:
        return None
    for token, (role, namespace) in scoped.items():
        if hmac.compare_digest(bearer, token):
            allowed = route_roles(method, path)
            if allowed is not None:
                authorize(Principal(role, frozenset({role}), method="token"), allowed)
            if path.rstrip("/") == "/api/namespaces":
                # the collection spans every namespace: neither created nor listed by a token
                # that acts in one
                verb = "create" if method == "POST" else "list"
                raise ApiError(
                    403, "forbidden", f"A namespace-scoped token cannot {verb} namespaces."
                )
            return role, namespace
    if not (_role_secrets(config, "auth_tokens") or _legacy_secret(config, "token")):
        if route_roles(method, path) is None:
            return None
        raise ApiError(401, "unauthorized", UNAUTHORIZED_MESSAGE)
    return None


def auth_enabled(config: Any) -> bool:
    """Whether callers must authenticate (otherwise everyone is an ``admin``)."""
    return auth_driver(config) != "none"


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    value = value.strip()
    return value or None


def _identify(
    config: Any,
    role_secrets: dict[str, str],
    legacy: str | None,
    matches: Callable[[str], bool],
    method: str,
) -> Principal | None:
    matched = [
        role
        for role in (ADMIN, OPERATOR, WORKER)
        if role in role_secrets and matches(role_secrets[role])
    ]
    if matched:
        return Principal(matched[0], frozenset(matched), method=method)
    if legacy is not None and matches(legacy):
        if not role_secrets:
            return Principal(ADMIN, frozenset(ROLES), full_access=True, method=method)
        if getattr(config, "auth_backward_compatible", True):
            return Principal(ADMIN, frozenset({ADMIN}), method=method)
    return None


def authenticate(
    config: Any,
    authorization: str | None,
    *,
    signature: str | None = None,
    body: bytes = b"",
) -> Principal:
    """Identify the caller.

    Token driver: from the ``Authorization: Bearer`` value. Signature driver: ``signature`` must
    be the lower-case hex HMAC-SHA256 of the raw ``body`` keyed with a role key
    (``signature_keys``) or the legacy ``signature_key``. Raises ``401 unauthorized`` for missing
    or unknown credentials and ``500 server_error`` when the driver has no credential configured.
    """
    driver = auth_driver(config)
    if driver == "none":
        return Principal(ADMIN, frozenset(ROLES), full_access=True, method="none")
    if driver == "signature":
        keys = _role_secrets(config, "signature_keys")
        legacy = _legacy_secret(config, "signature_key")
        if not keys and legacy is None:
            raise ApiError(
                500,
                "server_error",
                "Signature authentication is enabled but no signature key is configured.",
            )
        if not signature or not signature.strip():
            raise ApiError(401, "unauthorized", "Missing request signature.")
        presented = signature.strip().lower()

        def signed_with(key: str) -> bool:
            expected = hmac.new(key.encode(), body, hashlib.sha256).hexdigest()
            return hmac.compare_digest(presented, expected)

        principal = _identify(config, keys, legacy, signed_with, "signature")
        if principal is None:
            raise ApiError(401, "unauthorized", "Invalid request signature.")
        return principal
    tokens = _role_secrets(config, "auth_tokens")
    legacy_token = _legacy_secret(config, "token")
    if not tokens and legacy_token is None:
        raise ApiError(
            500,
            "server_error",
            "Token authentication is enabled but no authentication token is configured.",
        )
    bearer = _bearer(authorization)
    if bearer is None:
        raise ApiError(401, "unauthorized", UNAUTHORIZED_MESSAGE)
    principal = _identify(
        config, tokens, legacy_token, lambda token: hmac.compare_digest(bearer, token), "token"
    )
    if principal is None:
        raise ApiError(401, "unauthorized", UNAUTHORIZED_MESSAGE)
    return principal


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
    config: Any,
    method: str,
    path: str,
    authorization: str | None,
    *,
    signature: str | None = None,
    body: bytes = b"",
) -> Principal | None:
    """Authenticate and authorize one request; ``None`` for public routes.

    ``signature`` (the ``X-Signature`` header) and the raw ``body`` are only read by the
    signature driver. Authentication errors (401/500) win over role errors (403), as on the real
    server.
    """
    allowed = route_roles(method, path)
    if allowed is None:
        return None
    principal = authenticate(config, authorization, signature=signature, body=body)
    authorize(principal, allowed)
    return principal
