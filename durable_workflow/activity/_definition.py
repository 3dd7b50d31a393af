"""Activity definitions: the ``@activity.defn`` decorator and :class:`ActivityDefinition`.

An activity is an ordinary function (``async def`` or plain ``def``) that does the I/O a
workflow may not do itself. ``@activity.defn`` records the activity's type name (the name the
server and other SDKs know it by) on the function, without wrapping it: the decorated function
can still be called directly, in tests for instance.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, TypeVar, overload

from ..codec import parameter_type_hints, return_type_hint
from ..errors import ConfigurationError

__all__ = ["ActivityDefinition", "defn", "get_definition"]

F = TypeVar("F", bound=Callable[..., Any])
_ATTR: Final = "__durable_workflow_activity__"


@dataclass(frozen=True)
class ActivityDefinition:
    """What the SDK knows about one activity function.

    ``name`` is the activity type on the wire; ``fn`` the function itself; ``is_async`` whether
    it is a coroutine function; ``arg_types``/``result_type`` the parameter and return type
    hints used to decode its arguments and (inside workflows) its result.
    """

    name: str
    fn: Callable[..., Any]
    is_async: bool
    arg_types: tuple[Any, ...]
    result_type: Any


def _define(fn: F, name: str | None) -> F:
    if not callable(fn):
        raise ConfigurationError(f"@activity.defn needs a function, got {type(fn).__name__}")
    activity_name = name if name is not None else getattr(fn, "__name__", None)
    if not isinstance(activity_name, str) or not activity_name.strip():
        raise ConfigurationError("an activity name must be a non-empty string")
    definition = ActivityDefinition(
        name=activity_name,
        fn=fn,
        is_async=inspect.iscoroutinefunction(fn),
        arg_types=tuple(parameter_type_hints(fn)),
        result_type=return_type_hint(fn),
    )
    setattr(fn, _ATTR, definition)
    return fn


@overload
def defn(fn: F, /) -> F: ...
@overload
def defn(*, name: str | None = None) -> Callable[[F], F]: ...
def defn(fn: F | None = None, /, *, name: str | None = None) -> F | Callable[[F], F]:
    """Mark a function as an activity; ``name`` defaults to the function's ``__name__``.

    Use as ``@activity.defn`` or ``@activity.defn(name="inventory.reserve")``.
    """
    if fn is not None:
        return _define(fn, None)

    def decorate(f: F) -> F:
        return _define(f, name)

    return decorate


def get_definition(fn: Callable[..., Any]) -> ActivityDefinition:
    """The :class:`ActivityDefinition` of a function decorated with ``@activity.defn``.

    Raises :class:`~durable_workflow.errors.ConfigurationError` for anything else.
    """
    definition = getattr(fn, _ATTR, None)
    if not isinstance(definition, ActivityDefinition):
        raise ConfigurationError(
            f"{getattr(fn, '__qualname__', fn)!r} is not an activity: decorate it with "
            "@activity.defn"
        )
    return definition
