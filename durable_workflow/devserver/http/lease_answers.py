"""Poll answers that lease a task record their delivery once written (see the engine's
:mod:`..engine.lease_delivery`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.background import BackgroundTask

from ..engine.lease_delivery import mark_delivered
from .json_io import JSONResponse

if TYPE_CHECKING:
    from ..server import DevServer


def leasing_answer(
    server: DevServer, response: JSONResponse, kind: str, task_id: str, lease_ref: object
) -> JSONResponse:
    """``response`` marked to record the lease's delivery after its body was sent."""

    async def record() -> None:
        # a short write, like every write, on the event loop (no hand-off to a worker thread)
        mark_delivered(server, kind, task_id, str(lease_ref))

    response.background = BackgroundTask(record)
    return response
