"""``@activity.defn``: an activity's registered name and callable."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, overload

from ..errors import ConfigurationError

F = TypeVar("F", bound=Callable[..., Any])

_ATTR = "__durable_workflow_activity__"


@dataclass(frozen=True)
class ActivityDefinition:
    """An activity as the worker registers it: its ``name`` and the function to call."""

    name: str
    fn: Callable[..., Any]
    is_async: bool


class NotAnActivity(ConfigurationError, TypeError):
    """A function given as an activity is not callable or has no usable name."""


@overload
def defn(fn: F) -> F: ...
@overload
def defn(*, name: str | None = None) -> Callable[[F], F]: ...
def defn(fn: Any = None, *, name: str | None = None) -> Any:
    """Mark a function (``async def`` or ``def``) as an activity named ``name``.

    ``name`` defaults to the function's ``__name__``.
    """

    def mark(target: F) -> F:
        if not callable(target):
            raise NotAnActivity(f"@activity.defn needs a function, got {target!r}")
        activity_name = name or getattr(target, "__name__", None)
        if not isinstance(activity_name, str) or not activity_name:
            raise NotAnActivity(f"activity {target!r} needs a name")
        setattr(
            target,
            _ATTR,
            ActivityDefinition(activity_name, target, inspect.iscoroutinefunction(target)),
        )
        return target

    return mark(fn) if fn is not None else mark


def get_definition(fn: Callable[..., Any]) -> ActivityDefinition:
    """The :class:`ActivityDefinition` of ``fn`` (a plain function is named by ``__name__``)."""
    found = getattr(fn, _ATTR, None)
    if isinstance(found, ActivityDefinition):
        return found
    if not callable(fn) or not isinstance(getattr(fn, "__name__", None), str):
        raise NotAnActivity(f"{fn!r} is not an activity function")
    return ActivityDefinition(fn.__name__, fn, inspect.iscoroutinefunction(fn))
