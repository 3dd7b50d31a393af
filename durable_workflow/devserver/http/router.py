"""The router of the dev server's app: it serves the route the protocol middleware matched.

The middleware matches every request to its route first (a 404 or 405 comes before the body is
read, as on the real server) and leaves the match in the scope; routing it again would test the
same patterns a second time on every request.
"""

from __future__ import annotations

from typing import Any

from starlette.routing import Router
from starlette.types import Receive, Scope, Send

#: Scope key under which the middleware leaves ``(route, child_scope)`` of a full match.
MATCHED = "durable_workflow.matched_route"


class PreMatchedRouter(Router):
    """A :class:`~starlette.routing.Router` that takes the middleware's match when there is one."""

    async def app(self, scope: Scope, receive: Receive, send: Send) -> None:
        matched: tuple[Any, Scope] | None = scope.pop(MATCHED, None)
        if matched is None or scope["type"] != "http":
            await super().app(scope, receive, send)
            return
        route, child_scope = matched
        scope.setdefault("router", self)
        scope.update(child_scope)
        await route.handle(scope, receive, send)
