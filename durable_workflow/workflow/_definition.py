"""Workflow definitions: ``@workflow.defn``, ``@workflow.run`` and the handler decorators.

A workflow is a class. ``@workflow.defn`` names it (the workflow type on the wire, defaulting to
the class name) and collects its methods marked ``@workflow.run`` (exactly one, ``async def``),
``@workflow.signal``, ``@workflow.query`` and ``@workflow.update`` (an update may have a
``@<update>.validator``). The decorators only attach metadata: methods stay plain methods.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, Generic, TypeVar, overload

from ..codec import parameter_type_hints, return_type_hint
from ._errors import WorkflowDefinitionError

__all__ = [
    "HandlerDefinition",
    "UpdateMethod",
    "WorkflowDefinition",
    "defn",
    "get_definition",
    "query",
    "run",
    "signal",
    "update",
]

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])
_DEFN_ATTR: Final = "__durable_workflow_definition__"
_KIND_ATTR: Final = "__durable_workflow_handler__"


@dataclass(frozen=True)
class HandlerDefinition:
    """One run/signal/query/update method: its wire ``name``, the function, whether it is a
    coroutine function, its parameter type hints (``self`` excluded) and return hint."""

    name: str
    fn: Callable[..., Any]
    is_async: bool
    arg_types: tuple[Any, ...]
    result_type: Any
    validator: Callable[..., Any] | None = None


@dataclass(frozen=True)
class WorkflowDefinition:
    """Everything the runtime and the worker need to know about a workflow class."""

    name: str
    cls: type
    run: HandlerDefinition
    signals: dict[str, HandlerDefinition] = field(default_factory=dict)
    queries: dict[str, HandlerDefinition] = field(default_factory=dict)
    updates: dict[str, HandlerDefinition] = field(default_factory=dict)


def _handler(fn: Callable[..., Any], name: str) -> HandlerDefinition:
    hints = parameter_type_hints(fn)
    return HandlerDefinition(
        name=name,
        fn=fn,
        is_async=inspect.iscoroutinefunction(fn),
        arg_types=tuple(hints[1:]),  # drop self
        result_type=return_type_hint(fn),
        validator=getattr(fn, "__durable_workflow_validator__", None),
    )


def _mark(kind: str, name: str | None) -> Callable[[F], F]:
    def decorate(fn: F) -> F:
        if not callable(fn):
            raise WorkflowDefinitionError(f"@workflow.{kind} decorates a method")
        handler_name = name if name is not None else fn.__name__
        if not isinstance(handler_name, str) or not handler_name:
            raise WorkflowDefinitionError(f"a {kind} name must be a non-empty string")
        setattr(fn, _KIND_ATTR, (kind, handler_name))
        return fn

    return decorate


def run(fn: F) -> F:
    """Mark the workflow's entry method: ``async def run(self, *args) -> Result``."""
    if not inspect.iscoroutinefunction(fn):
        raise WorkflowDefinitionError(
            f"@workflow.run method {fn.__qualname__} must be 'async def' (workflow code awaits "
            "activities, timers and conditions)"
        )
    return _mark("run", fn.__name__)(fn)


@overload
def signal(fn: F, /) -> F: ...
@overload
def signal(*, name: str | None = None) -> Callable[[F], F]: ...
def signal(fn: F | None = None, /, *, name: str | None = None) -> F | Callable[[F], F]:
    """Mark a signal handler (``def`` or ``async def``, returns nothing); ``name`` defaults to
    the method name. Signals are applied at their position in history."""
    return _mark("signal", None)(fn) if fn is not None else _mark("signal", name)


@overload
def query(fn: F, /) -> F: ...
@overload
def query(*, name: str | None = None) -> Callable[[F], F]: ...
def query(fn: F | None = None, /, *, name: str | None = None) -> F | Callable[[F], F]:
    """Mark a query handler: a plain ``def`` that reads state and returns a value. It must not
    change state nor call workflow APIs that issue commands."""
    if fn is not None:
        _check_query(fn)
        return _mark("query", None)(fn)

    def decorate(f: F) -> F:
        _check_query(f)
        return _mark("query", name)(f)

    return decorate


def _check_query(fn: Callable[..., Any]) -> None:
    if inspect.iscoroutinefunction(fn):
        raise WorkflowDefinitionError(f"@workflow.query method {fn.__qualname__} must be 'def'")


class UpdateMethod(Generic[F]):
    """What ``@workflow.update`` returns: the method itself (callable as before) plus
    ``.validator``, a decorator for the update's validator."""

    def __init__(self, fn: F, name: str) -> None:
        self.fn = fn
        self.name = name
        self.__name__ = fn.__name__
        self.__qualname__ = fn.__qualname__
        self.__doc__ = fn.__doc__
        setattr(fn, _KIND_ATTR, ("update", name))
        setattr(self, _KIND_ATTR, ("update", name))

    def validator(self, validator_fn: Callable[..., Any]) -> Callable[..., Any]:
        """Register ``validator_fn(self, *args) -> None`` (raise to reject the update)."""
        if inspect.iscoroutinefunction(validator_fn):
            raise WorkflowDefinitionError("an update validator must be a plain 'def'")
        setattr(self.fn, "__durable_workflow_validator__", validator_fn)  # noqa: B010
        return validator_fn

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.fn(*args, **kwargs)

    def __get__(self, instance: object, owner: type | None = None) -> F:
        if instance is None:
            return self.fn
        bound: F = self.fn.__get__(instance, owner)
        return bound


@overload
def update(fn: F, /) -> UpdateMethod[F]: ...
@overload
def update(*, name: str | None = None) -> Callable[[F], UpdateMethod[F]]: ...
def update(
    fn: F | None = None, /, *, name: str | None = None
) -> UpdateMethod[F] | Callable[[F], UpdateMethod[F]]:
    """Mark an update handler (``def`` or ``async def``); its return value answers the caller.

    ``@<method>.validator`` adds a validator that runs before the handler; raising rejects the
    update."""
    if fn is not None:
        return UpdateMethod(fn, fn.__name__)

    def decorate(f: F) -> UpdateMethod[F]:
        return UpdateMethod(f, name if name is not None else f.__name__)

    return decorate


@overload
def defn(cls: type[T], /) -> type[T]: ...
@overload
def defn(*, name: str | None = None) -> Callable[[type[T]], type[T]]: ...
def defn(
    cls: type[T] | None = None, /, *, name: str | None = None
) -> type[T] | Callable[[type[T]], type[T]]:
    """Mark a class as a workflow; ``name`` (the workflow type) defaults to the class name.

    The class must have exactly one ``@workflow.run`` method and a constructor callable without
    arguments.
    """
    if cls is not None:
        return _define(cls, None)

    def decorate(c: type[T]) -> type[T]:
        return _define(c, name)

    return decorate


def _define(cls: type[T], name: str | None) -> type[T]:
    if not inspect.isclass(cls):
        raise WorkflowDefinitionError("@workflow.defn decorates a class")
    workflow_name = name if name is not None else cls.__name__
    if not isinstance(workflow_name, str) or not workflow_name.strip():
        raise WorkflowDefinitionError("a workflow name must be a non-empty string")
    run_handler: HandlerDefinition | None = None
    signals: dict[str, HandlerDefinition] = {}
    queries: dict[str, HandlerDefinition] = {}
    updates: dict[str, HandlerDefinition] = {}
    for klass in reversed(cls.__mro__):
        for attr, member in vars(klass).items():
            mark = getattr(member, _KIND_ATTR, None)
            if mark is None:
                continue
            kind, handler_name = mark
            fn = member.fn if isinstance(member, UpdateMethod) else member
            if kind == "run":
                if run_handler is not None and run_handler.fn.__name__ != attr:
                    raise WorkflowDefinitionError(
                        f"workflow {cls.__qualname__} has two @workflow.run methods "
                        f"({run_handler.fn.__name__} and {attr})"
                    )
                run_handler = _handler(fn, workflow_name)
            else:
                table = {"signal": signals, "query": queries, "update": updates}[kind]
                table[handler_name] = _handler(fn, handler_name)
    if run_handler is None:
        raise WorkflowDefinitionError(f"workflow {cls.__qualname__} has no @workflow.run method")
    definition = WorkflowDefinition(workflow_name, cls, run_handler, signals, queries, updates)
    setattr(cls, _DEFN_ATTR, definition)
    return cls


def get_definition(cls: type) -> WorkflowDefinition:
    """The :class:`WorkflowDefinition` of a class decorated with ``@workflow.defn``.

    Raises :class:`WorkflowDefinitionError` for any other class.
    """
    definition = vars(cls).get(_DEFN_ATTR) if inspect.isclass(cls) else None
    if not isinstance(definition, WorkflowDefinition):
        raise WorkflowDefinitionError(
            f"{getattr(cls, '__qualname__', cls)!r} is not a workflow: decorate it with "
            "@workflow.defn"
        )
    return definition
