"""Activity mocks: a stand-in registered under the real activity's name."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from .. import activity


def mock_activity(real: Callable[..., Any] | str, impl: Callable[..., Any]) -> Callable[..., Any]:
    """An activity named like ``real`` (a function or a name) that runs ``impl`` instead.

    Give it to the worker in place of the real activity: workflows schedule the same name and
    get ``impl``'s result. Arguments are decoded with ``real``'s type hints when ``real`` is a
    function, so ``impl`` receives the same types the real activity would.
    """
    name = real if isinstance(real, str) else activity.get_definition(real).name
    if inspect.iscoroutinefunction(impl):

        async def run_async(*args: Any) -> Any:
            return await impl(*args)

        wrapper: Callable[..., Any] = run_async
    else:

        def run_sync(*args: Any) -> Any:
            return impl(*args)

        wrapper = run_sync
    if not isinstance(real, str):
        wrapper = functools.wraps(real, assigned=("__annotations__", "__doc__"), updated=())(
            wrapper
        )
        wrapper.__signature__ = inspect.signature(real)  # type: ignore[attr-defined]
    return activity.defn(name=name)(wrapper)
