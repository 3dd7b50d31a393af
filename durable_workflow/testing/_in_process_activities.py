"""Activities of the in-process environment: real functions, mocks and canned outcomes.

An :class:`ActivityRegistry` maps activity type names to what runs when a workflow schedules
one: a registered activity function, a mock callable registered under the activity's name, or a
canned result or exception. Arguments are decoded with the parameter hints of the real function
when it is known (a mock of ``inventory.reserve`` receives the same dataclasses the real
``reserve`` would), and results are encoded with the environment's converter, so what a mock
returns must be what the real activity could return.

A raised exception becomes the failure a worker reports: ``message``, ``type`` (the
``type`` attribute of an ``ApplicationError``-like exception, else the class name), ``class``
(``module.QualName``), ``non_retryable`` and, when the exception carries them, encoded
``details``.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..codec import PayloadConverter, decode_arguments, encode_payload
from ..codec.converter import parameter_type_hints
from ..errors import DurableWorkflowError
from ._errors import EnvironmentSetupError

__all__ = [
    "MISSING",
    "ActivityImplementation",
    "ActivityRegistry",
    "SimulatedTimeout",
    "activity_failure",
    "activity_name",
]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class SimulatedTimeout(DurableWorkflowError):
    """Raise from an activity mock to make the attempt never answer: it then times out when its
    ``kind`` timeout (``"start_to_close"``, the default, or ``"heartbeat"``) has passed on the
    environment's clock, and is retried or fails with ``ActivityTimedOut`` as the retry policy
    says (``env.mock_activity(charge, raises=SimulatedTimeout())``)."""

    def __init__(self, kind: str = "start_to_close") -> None:
        if kind not in ("start_to_close", "heartbeat"):
            raise EnvironmentSetupError(
                f"a simulated timeout is 'start_to_close' or 'heartbeat', not {kind!r}"
            )
        super().__init__(f"simulated {kind} timeout")
        self.kind = kind


def activity_name(activity: object) -> str:
    """The activity type name of an activity function (its ``@activity.defn`` name) or string."""
    if isinstance(activity, str):
        if not activity:
            raise EnvironmentSetupError("an activity name must not be empty")
        return activity
    if not callable(activity):
        raise EnvironmentSetupError(
            f"an activity is a function or its type name, not {type(activity).__name__}"
        )
    from ..activity import get_definition

    return get_definition(activity).name


def _declared(activity: Callable[..., Any]) -> Callable[..., Any]:
    """The function whose signature gives the argument types (the undecorated activity)."""
    from ..activity import get_definition

    fn: Callable[..., Any] = get_definition(activity).fn
    return fn


@dataclass(frozen=True)
class ActivityImplementation:
    """What runs for one activity type (exactly one of ``fn``, ``returns``, ``raises``)."""

    name: str
    fn: Callable[..., Any] | None
    returns: Any
    raises: BaseException | None
    argument_hints: Sequence[Any] | None

    def decode_arguments(
        self, arguments: Any, codec: str, converter: PayloadConverter
    ) -> list[Any]:
        """The positional arguments of one call, decoded to the real function's hints."""
        return decode_arguments(
            arguments, codec, type_hints=self.argument_hints, converter=converter
        )

    def invoke(self, args: list[Any]) -> Any:
        """Call the activity; returns its value or an awaitable of it, or raises."""
        if self.raises is not None:
            raise self.raises
        if self.fn is None:
            return self.returns
        return self.fn(*args)


class ActivityRegistry:
    """Activity type name -> :class:`ActivityImplementation`."""

    def __init__(self) -> None:
        self._real: dict[str, Callable[..., Any]] = {}
        self._impls: dict[str, ActivityImplementation] = {}
        self._mocked: set[str] = set()

    def register(self, activity: Callable[..., Any]) -> str:
        """Register an ``@activity.defn`` function under its activity type name."""
        if not callable(activity):
            raise EnvironmentSetupError(
                f"register_activity takes an activity function, not {type(activity).__name__}"
            )
        name = activity_name(activity)
        declared = _declared(activity)
        self._real[name] = declared
        hints = parameter_type_hints(declared)
        mocked = self._impls.get(name)
        if mocked is not None and name in self._mocked:  # a mock registered first stays
            self._impls[name] = ActivityImplementation(
                name, mocked.fn, mocked.returns, mocked.raises, hints
            )
        else:
            self._impls[name] = ActivityImplementation(name, activity, MISSING, None, hints)
        return name

    def mock(
        self,
        activity: str | Callable[..., Any],
        fn: Callable[..., Any] | None = None,
        *,
        returns: Any = MISSING,
        raises: BaseException | None = None,
    ) -> str:
        """Replace the activity named by ``activity`` (a name or the real function).

        Exactly one of ``fn`` (called with the decoded arguments; sync or async), ``returns``
        (a canned result) and ``raises`` (an exception raised on every attempt) is given.
        """
        given = [fn is not None, returns is not MISSING, raises is not None]
        if sum(given) != 1:
            raise EnvironmentSetupError(
                "mock_activity takes exactly one of a callable, returns= or raises="
            )
        if fn is not None and not callable(fn):
            raise EnvironmentSetupError(f"an activity mock must be callable, not {fn!r}")
        if raises is not None and not isinstance(raises, BaseException):
            raise EnvironmentSetupError(f"raises= takes an exception instance, not {raises!r}")
        name = activity_name(activity)
        real = self._real.get(name)
        if real is None and callable(activity) and not isinstance(activity, str):
            real = _declared(activity)
            self._real[name] = real
        hints = parameter_type_hints(real) if real is not None else None
        self._impls[name] = ActivityImplementation(name, fn, returns, raises, hints)
        self._mocked.add(name)
        return name

    def get(self, name: str) -> ActivityImplementation | None:
        """The implementation of activity type ``name`` (``None`` when none is registered)."""
        return self._impls.get(name)


def activity_failure(
    exc: BaseException, converter: PayloadConverter, *, non_retryable: bool = False
) -> dict[str, Any]:
    """The failure a worker reports for an exception raised by an activity."""
    cls = type(exc)
    declared_type = getattr(exc, "type", None)
    exc_type = declared_type if isinstance(declared_type, str) and declared_type else cls.__name__
    message = getattr(exc, "message", None)
    if not isinstance(message, str) or not message:
        message = str(exc) or cls.__name__
    failure: dict[str, Any] = {
        "message": message,
        "type": exc_type,
        "class": f"{cls.__module__}.{cls.__qualname__}",
        "non_retryable": non_retryable or getattr(exc, "non_retryable", False) is True,
        "stack_trace": "".join(traceback.format_exception(exc))[-8192:],
    }
    details = getattr(exc, "details", None)
    if details not in (None, (), []):
        # details that cannot be encoded are dropped, as a worker would
        with contextlib.suppress(Exception):
            failure["details"] = encode_payload(
                list(details) if isinstance(details, tuple) else details, converter=converter
            )
    return failure
