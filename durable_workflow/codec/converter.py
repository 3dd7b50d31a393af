"""Mapping between Python values and canonical Avro Values.

The wire carries only the eight Avro Value kinds (see :mod:`durable_workflow.codec.avro`).
:class:`PayloadConverter` adapts richer Python values to them on the way out and, given a type
hint, rebuilds the richer value on the way in:

==============================  =====================  =======================================
Python                          Avro Value             decoded back (with the type hint)
==============================  =====================  =======================================
``None``, ``bool``, ``int``,    same kind              same (``int`` within signed 64 bits;
``float``, ``str``, ``bytes``                          floats finite; ``-0.0`` kept)
``bytearray``, ``memoryview``   bytes                  ``bytes`` / ``bytearray``
``list``, ``tuple``, other      array                  ``list``, ``tuple[...]``, ``set[...]``,
sequences, ``NamedTuple``                              ``NamedTuple``
``set``, ``frozenset``          array, sorted          ``set[X]`` / ``frozenset[X]``
``dict`` / mappings             map (``str`` keys)     ``dict[str, X]``, ``TypedDict``
dataclass, attrs class          map of its fields      the class, fields converted recursively
pydantic-style model            ``model_dump(mode=     ``Model.model_validate``
                                "json")``
``Enum`` member                 its ``value``          the member (looked up by value)
``datetime``                    ISO-8601 string        ``datetime``
``date``, ``time``              ISO-8601 string        ``date``, ``time``
``UUID``                        canonical string       ``UUID``
``Decimal``                     ``str(d)``             ``Decimal``
==============================  =====================  =======================================

Map keys must be strings (``str`` enums included); they are never stringified.

**Times.** An aware ``datetime`` is written with its UTC offset (``+02:00``; a zero offset is
written ``Z``); only the offset survives, not the zone's name or rules, so it decodes to a
``datetime`` with a fixed-offset ``timezone``. A naive ``datetime`` is refused by default
(``naive_datetimes="reject"``) because its meaning depends on the machine that reads it;
``"assume_utc"`` treats naive values as UTC (written with ``Z``, decoded aware) and
``"preserve"`` writes and reads them without an offset. ``time`` values follow the same rule
when they carry ``tzinfo``; naive ``time`` and ``date`` values are written as they are.

**Decoding.** Without a hint (or with ``Any``/``object``) values come back as canonical Python
values. With a hint the value must fit it: an ``int`` is accepted where a ``float`` is asked,
nothing else is coerced. Unknown fields of a dataclass/attrs/TypedDict are an error unless the
converter is built with ``unknown_fields="ignore"``; missing fields fall back to their defaults.

Every failure is a :class:`~durable_workflow.errors.ValueConversionError` whose ``path`` says
where (``input[0].items[2].price``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import inspect
import types
import typing
import uuid
from collections import abc
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Final, Literal, TypeAlias

import attrs

from ..errors import ValueConversionError
from .avro import LONG_MAX, LONG_MIN, MAX_NESTING_DEPTH, AvroValue, encode_value

__all__ = [
    "NaiveDatetimePolicy",
    "PayloadConverter",
    "UnknownFieldPolicy",
    "default_converter",
    "parameter_type_hints",
    "return_type_hint",
]

NaiveDatetimePolicy: TypeAlias = Literal["reject", "assume_utc", "preserve"]
UnknownFieldPolicy: TypeAlias = Literal["error", "ignore"]

_CANONICAL_SCALARS: Final = frozenset({type(None), bool, int, float, str, bytes})
_NoneType: Final = type(None)
_LIST_ORIGINS: Final = frozenset(
    {list, abc.Sequence, abc.MutableSequence, abc.Iterable, abc.Collection, abc.Reversible}
)
_SET_ORIGINS: Final = frozenset({set, frozenset, abc.Set, abc.MutableSet})
_MAP_ORIGINS: Final = frozenset({dict, abc.Mapping, abc.MutableMapping})


class _Failure(Exception):
    """Internal: a conversion problem travelling up the stack, collecting its path."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.path: list[str] = []


def _key_segment(key: object) -> str:
    if isinstance(key, str) and key.isidentifier():
        return f".{key}"
    return f"[{key!r}]"


def _mismatch(expected: str, value: object) -> _Failure:
    return _Failure("type_mismatch", f"type_mismatch: expected {expected}, got {_describe(value)}.")


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, (list, dict)):
        return type(value).__name__
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{type(value).__name__} {text}"


def _hint_name(hint: Any) -> str:
    if isinstance(hint, type):
        return hint.__qualname__
    return repr(hint).replace("typing.", "")


@lru_cache(maxsize=512)
def _class_hints(cls: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls)
    except Exception as exc:  # e.g. a forward reference to a name that is not importable
        raise _Failure(
            "unsupported_type_hint",
            f"unsupported_type_hint: cannot resolve the annotations of {cls.__qualname__} "
            f"({type(exc).__name__}: {exc}); define referenced classes at module level.",
        ) from None


@lru_cache(maxsize=512)
def _dataclass_plan(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    """(field name, hint, required) for each ``__init__`` field of a dataclass."""
    hints = _class_hints(cls)
    plan = []
    for field in dataclasses.fields(cls):
        if not field.init:
            continue
        required = (
            field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
        )
        plan.append((field.name, hints.get(field.name, Any), required))
    return tuple(plan)


@lru_cache(maxsize=512)
def _attrs_plan(cls: type) -> tuple[tuple[str, str, Any, bool], ...]:
    """(attribute name, ``__init__`` parameter, hint, required) for an attrs class."""
    hints = _class_hints(cls)
    plan = []
    for attribute in attrs.fields(cls):
        if not attribute.init:
            continue
        hint = hints.get(attribute.name, attribute.type if attribute.type is not None else Any)
        alias = attribute.alias or attribute.name.lstrip("_")
        plan.append((attribute.name, alias, hint, attribute.default is attrs.NOTHING))
    return tuple(plan)


@lru_cache(maxsize=512)
def _non_init_fields(cls: type) -> frozenset[str]:
    if dataclasses.is_dataclass(cls):
        return frozenset(f.name for f in dataclasses.fields(cls) if not f.init)
    return frozenset(a.name for a in attrs.fields(cls) if not a.init)


class PayloadConverter:
    """Converts Python values to canonical Avro Values and back.

    ``naive_datetimes`` decides what happens to ``datetime`` values without ``tzinfo``
    (``"reject"``, ``"assume_utc"`` or ``"preserve"``; see the module documentation), and
    ``unknown_fields`` whether map keys that match no field of a dataclass, attrs class or
    ``TypedDict`` are an error (``"error"``) or dropped (``"ignore"``).

    The converter is stateless apart from these options and safe to share between threads.
    """

    def __init__(
        self,
        *,
        naive_datetimes: NaiveDatetimePolicy = "reject",
        unknown_fields: UnknownFieldPolicy = "error",
    ) -> None:
        if naive_datetimes not in ("reject", "assume_utc", "preserve"):
            raise ValueError(
                f"naive_datetimes must be reject, assume_utc or preserve, not {naive_datetimes!r}"
            )
        if unknown_fields not in ("error", "ignore"):
            raise ValueError(f"unknown_fields must be error or ignore, not {unknown_fields!r}")
        self.naive_datetimes: NaiveDatetimePolicy = naive_datetimes
        self.unknown_fields: UnknownFieldPolicy = unknown_fields

    def __repr__(self) -> str:
        return (
            f"PayloadConverter(naive_datetimes={self.naive_datetimes!r}, "
            f"unknown_fields={self.unknown_fields!r})"
        )

    # ------------------------------------------------------------------------- encoding side

    def adapt(self, obj: object) -> object:
        """Replace one non-canonical value by a canonical-or-simpler one (one level deep).

        This is the ``default`` hook handed to :func:`~durable_workflow.codec.avro.encode_value`;
        containers it returns may hold further non-canonical values, which are adapted in turn.
        Raises :class:`~durable_workflow.errors.ValueConversionError` for values that have no
        representation.
        """
        if isinstance(obj, enum.Enum):
            return obj.value
        if isinstance(obj, dt.datetime):
            return self._datetime_text(obj)
        if isinstance(obj, dt.date):
            return obj.isoformat()
        if isinstance(obj, dt.time):
            return _utc_z(obj.isoformat()) if obj.tzinfo is not None else obj.isoformat()
        if isinstance(obj, uuid.UUID):
            return str(obj)
        if isinstance(obj, Decimal):
            return str(obj)
        if isinstance(obj, (bytearray, memoryview)):
            return bytes(obj)
        if isinstance(obj, tuple):
            return list(obj)
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        if attrs.has(type(obj)):
            cls: Any = type(obj)
            return {a.name: getattr(obj, a.name) for a in attrs.fields(cls)}
        if isinstance(obj, (set, frozenset)):
            try:
                return sorted(obj)
            except TypeError:
                pass
            try:  # e.g. a set of plain Enum members: order by their values
                return sorted(obj, key=lambda item: item.value)
            except (TypeError, AttributeError):
                raise ValueConversionError(
                    f"unsupported_value_type: the elements of this {type(obj).__name__} cannot "
                    "be ordered, so it has no deterministic encoding; pass a list.",
                    path="",
                    reason="unsupported_value_type",
                ) from None
        if isinstance(obj, Mapping):
            return dict(obj)
        model_dump = getattr(obj, "model_dump", None)
        if callable(model_dump) and not isinstance(obj, type):
            try:
                return model_dump(mode="json")
            except Exception as exc:
                raise ValueConversionError(
                    f"adapter_failed: {type(obj).__name__}.model_dump raised "
                    f"{type(exc).__name__}: {exc}",
                    path="",
                    reason="adapter_failed",
                ) from None
        if isinstance(obj, Sequence) and not isinstance(obj, (str, bytes)):
            return list(obj)
        raise ValueConversionError(
            f"unsupported_value_type: {type(obj).__name__} has no Avro Value representation "
            "(supported: None, bool, int, float, str, bytes, sequences, mappings with str keys, "
            "dataclasses, attrs classes, Enum, datetime, date, time, UUID, Decimal).",
            path="",
            reason="unsupported_value_type",
        )

    def _datetime_text(self, value: dt.datetime) -> str:
        if value.tzinfo is None or value.utcoffset() is None:
            if self.naive_datetimes == "reject":
                raise ValueConversionError(
                    "naive_datetime: datetime without tzinfo is ambiguous; attach a timezone "
                    "or build the converter with naive_datetimes='assume_utc' or 'preserve'.",
                    path="",
                    reason="naive_datetime",
                )
            if self.naive_datetimes == "assume_utc":
                value = value.replace(tzinfo=dt.UTC)
            else:
                return value.isoformat()
        return _utc_z(value.isoformat())

    def to_value(self, obj: object, *, path: str = "value") -> AvroValue:
        """Convert ``obj`` into a canonical Avro Value (a new structure; ``obj`` is untouched).

        Raises :class:`~durable_workflow.errors.ValueConversionError` naming the path of the
        first element that cannot be represented.
        """
        try:
            return self._to(obj, 0)
        except _Failure as failure:
            where = path + "".join(reversed(failure.path))
            raise ValueConversionError(
                f"{failure.message} (at {where})", path=where, reason=failure.reason
            ) from None
        except RecursionError:
            raise ValueConversionError(
                f"nesting_too_deep: the value under {path} nests too deeply.",
                path=path,
                reason="nesting_too_deep",
            ) from None

    def _to(self, obj: Any, depth: int) -> AvroValue:
        t = type(obj)
        if t in _CANONICAL_SCALARS:
            if t is int and not LONG_MIN <= obj <= LONG_MAX:
                raise _Failure(
                    "integer_overflow",
                    "integer_overflow: Avro Value long must be within signed 64-bit range.",
                )
            if t is float and (obj != obj or obj in (float("inf"), float("-inf"))):
                raise _Failure(
                    "non_finite_float", "non_finite_float: Avro Value doubles must be finite."
                )
            if t is str:
                try:
                    obj.encode("utf-8")
                except UnicodeEncodeError:
                    raise _Failure(
                        "invalid_string",
                        "invalid_string: Avro Value strings must be valid Unicode.",
                    ) from None
            scalar: AvroValue = obj
            return scalar
        if t is list:
            if depth >= MAX_NESTING_DEPTH:
                raise _too_deep()
            out: list[AvroValue] = []
            index = 0
            try:
                for index, item in enumerate(obj):  # noqa: B007
                    out.append(self._to(item, depth + 1))
            except _Failure as failure:
                failure.path.append(f"[{index}]")
                raise
            return out
        if t is dict:
            if depth >= MAX_NESTING_DEPTH:
                raise _too_deep()
            entries: dict[str, AvroValue] = {}
            key: object = None
            try:
                for key, item in obj.items():
                    if not isinstance(key, str):
                        raise _Failure(
                            "invalid_map_key",
                            "invalid_map_key: Avro Value maps require string keys; keys are "
                            f"never stringified (got {type(key).__name__} {key!r}).",
                        )
                    entries[str.__str__(key)] = self._to(item, depth + 1)
            except _Failure as failure:
                failure.path.append(_key_segment(key))
                raise
            return entries
        if isinstance(obj, bool):
            return bool(obj)
        if isinstance(obj, str) and not isinstance(obj, enum.Enum):
            return self._to(str.__str__(obj), depth)
        if isinstance(obj, int) and not isinstance(obj, enum.Enum):
            return self._to(int.__index__(obj), depth)
        if isinstance(obj, float) and not isinstance(obj, enum.Enum):
            return self._to(float.__float__(obj), depth)
        if isinstance(obj, bytes):
            return b"" + obj
        if isinstance(obj, list):
            return self._to(list(obj), depth)
        if isinstance(obj, dict) and not _is_structured(obj):
            return self._to(dict(obj), depth)
        try:
            adapted = self.adapt(obj)
        except ValueConversionError as exc:
            adapt_failure = _Failure(exc.reason, exc.args[0])
            if exc.path:
                adapt_failure.path.append(exc.path)
            raise adapt_failure from None
        if type(adapted) is t:
            raise _Failure(
                "unsupported_value_type",
                f"unsupported_value_type: cannot adapt {t.__name__}.",
            )
        return self._to(adapted, depth)

    def encode(self, obj: object, *, path: str = "value") -> bytes:
        """Convert and encode ``obj`` as single-object framed Avro Value bytes."""
        return encode_value(obj, path=path, default=self.adapt)

    # ------------------------------------------------------------------------- decoding side

    def from_value(self, value: AvroValue, type_hint: Any = None, *, path: str = "value") -> Any:
        """Rebuild the value ``type_hint`` asks for from a canonical Avro Value.

        ``type_hint`` may be any annotation: classes, ``Optional``/``Union``, ``list[X]``,
        ``dict[str, X]``, ``tuple[...]``, ``set[X]``, ``Literal``, ``Annotated``, ``NewType``,
        dataclasses, attrs classes, ``TypedDict``, ``NamedTuple``, ``Enum``, ``datetime``,
        ``date``, ``time``, ``UUID``, ``Decimal`` and pydantic-style models
        (``model_validate``). ``None``, ``Any`` and ``object`` return the value as decoded.
        """
        try:
            return self._from(value, type_hint)
        except _Failure as failure:
            where = path + "".join(reversed(failure.path))
            raise ValueConversionError(
                f"{failure.message} (at {where})", path=where, reason=failure.reason
            ) from None

    def from_values(
        self,
        values: Sequence[AvroValue],
        type_hints: Sequence[Any] | None = None,
        *,
        path: str = "input",
    ) -> list[Any]:
        """Rebuild a list of positional arguments, one hint per position.

        Positions beyond ``type_hints`` are returned as decoded.
        """
        hints = list(type_hints or ())
        result = []
        for index, item in enumerate(values):
            hint = hints[index] if index < len(hints) else None
            result.append(self.from_value(item, hint, path=f"{path}[{index}]"))
        return result

    def _from(self, value: Any, hint: Any) -> Any:
        if hint is None or hint is Any or hint is object:
            return value
        if hint is _NoneType:
            if value is not None:
                raise _mismatch("null", value)
            return None
        origin = typing.get_origin(hint)
        if origin is None:
            if isinstance(hint, type):
                return self._from_class(value, hint)
            return self._from_special(value, hint)
        if origin is typing.Union or origin is types.UnionType:
            return self._from_union(value, typing.get_args(hint))
        if origin is typing.Annotated:
            return self._from(value, typing.get_args(hint)[0])
        if origin is Literal:
            for allowed in typing.get_args(hint):
                if value == allowed and type(value) is type(allowed):
                    return value
                if isinstance(allowed, enum.Enum) and value == self._to(allowed.value, 0):
                    return allowed
            raise _mismatch(f"one of {list(typing.get_args(hint))!r}", value)
        args = typing.get_args(hint)
        if origin in _LIST_ORIGINS:
            return self._from_items(value, args[0] if args else None, hint)
        if origin is tuple:
            return self._from_tuple(value, args, hint)
        if origin in _SET_ORIGINS:
            items = self._from_items(value, args[0] if args else None, hint)
            try:
                return frozenset(items) if origin is frozenset else set(items)
            except TypeError:
                raise _Failure(
                    "type_mismatch",
                    f"type_mismatch: elements of {_hint_name(hint)} are unhashable.",
                ) from None
        if origin in _MAP_ORIGINS:
            key_hint, value_hint = (args[0], args[1]) if len(args) == 2 else (None, None)
            return self._from_map(value, key_hint, value_hint)
        if origin is type:
            raise _Failure("unsupported_type_hint", f"unsupported_type_hint: {_hint_name(hint)}.")
        if isinstance(origin, type):
            # a parametrised user generic such as Box[int]
            return self._from_class(value, origin, typing.get_args(hint))
        raise _Failure("unsupported_type_hint", f"unsupported_type_hint: {_hint_name(hint)}.")

    def _from_special(self, value: Any, hint: Any) -> Any:
        supertype = getattr(hint, "__supertype__", None)
        if supertype is not None:  # NewType
            return self._from(value, supertype)
        if isinstance(hint, typing.TypeVar):
            if hint.__bound__ is not None:
                return self._from(value, hint.__bound__)
            if hint.__constraints__:
                return self._from_union(value, hint.__constraints__)
            return value
        if isinstance(hint, str):
            raise _Failure(
                "unsupported_type_hint",
                f"unsupported_type_hint: unresolved forward reference {hint!r}.",
            )
        raise _Failure("unsupported_type_hint", f"unsupported_type_hint: {_hint_name(hint)}.")

    def _from_union(self, value: Any, options: tuple[Any, ...]) -> Any:
        if value is None and (_NoneType in options or None in options):
            return None
        candidates = [o for o in options if o is not _NoneType and o is not None]
        for option in candidates:  # an exact canonical kind wins (int | float keeps 7 an int)
            if option in _CANONICAL_SCALARS and type(value) is option:
                return value
        failures = []
        for option in candidates:
            try:
                return self._from(value, option)
            except _Failure as failure:
                failures.append(failure)
        if len(failures) == 1:
            raise failures[0]
        names = " | ".join(_hint_name(o) for o in options)
        raise _Failure("type_mismatch", f"type_mismatch: expected {names}, got {_describe(value)}.")

    def _from_items(self, value: Any, item_hint: Any, hint: Any) -> list[Any]:
        if not isinstance(value, list):
            raise _mismatch(f"an array for {_hint_name(hint)}", value)
        if item_hint is None or item_hint is Any:
            return list(value)
        out = []
        index = 0
        try:
            for index, item in enumerate(value):  # noqa: B007
                out.append(self._from(item, item_hint))
        except _Failure as failure:
            failure.path.append(f"[{index}]")
            raise
        return out

    def _from_tuple(self, value: Any, args: tuple[Any, ...], hint: Any) -> tuple[Any, ...]:
        if not args or (len(args) == 2 and args[1] is Ellipsis):
            return tuple(self._from_items(value, args[0] if args else None, hint))
        if args == ((),):  # tuple[()]
            args = ()
        if not isinstance(value, list):
            raise _mismatch(f"an array for {_hint_name(hint)}", value)
        if len(value) != len(args):
            raise _Failure(
                "type_mismatch",
                f"type_mismatch: {_hint_name(hint)} needs {len(args)} items, got {len(value)}.",
            )
        out = []
        index = 0
        try:
            for index, (item, item_hint) in enumerate(zip(value, args, strict=True)):  # noqa: B007
                out.append(self._from(item, item_hint))
        except _Failure as failure:
            failure.path.append(f"[{index}]")
            raise
        return tuple(out)

    def _from_map(self, value: Any, key_hint: Any, value_hint: Any) -> dict[Any, Any]:
        if not isinstance(value, dict):
            raise _mismatch("a map", value)
        plain_keys = key_hint is None or key_hint is Any or key_hint is str
        if plain_keys and (value_hint is None or value_hint is Any):
            return dict(value)
        out = {}
        key: Any = None
        try:
            for key, item in value.items():
                new_key = key if plain_keys else self._from(key, key_hint)
                out[new_key] = self._from(item, value_hint)
        except _Failure as failure:
            failure.path.append(_key_segment(key))
            raise
        return out

    def _from_class(self, value: Any, cls: type, type_args: tuple[Any, ...] = ()) -> Any:
        if cls in _CANONICAL_SCALARS:
            if type(value) is cls:
                return value
            if cls is float and type(value) is int:
                return float(value)
            raise _mismatch(cls.__name__, value)
        if cls is list or cls is tuple or cls is set or cls is frozenset:
            items = self._from_items(value, None, cls)
            return items if cls is list else cls(items)
        if cls is dict:
            return self._from_map(value, None, None)
        if cls is bytearray:
            if type(value) is not bytes:
                raise _mismatch("bytes", value)
            return bytearray(value)
        if issubclass(cls, enum.Enum):
            return self._from_enum(value, cls)
        if cls is dt.datetime:
            return self._parse_datetime(value)
        if cls is dt.date:
            return _parse_iso(value, dt.date.fromisoformat, "an ISO-8601 date")
        if cls is dt.time:
            return _parse_iso(value, dt.time.fromisoformat, "an ISO-8601 time")
        if cls is uuid.UUID:
            return _parse_iso(value, uuid.UUID, "a UUID string")
        if cls is Decimal:
            if type(value) is int:
                return Decimal(value)
            return _parse_iso(value, Decimal, "a decimal string")
        if dataclasses.is_dataclass(cls):
            return self._from_dataclass(value, cls, type_args)
        if attrs.has(cls):
            return self._from_attrs(value, cls)
        if typing.is_typeddict(cls):
            return self._from_typeddict(value, cls)
        if issubclass(cls, tuple) and hasattr(cls, "_fields"):
            return self._from_namedtuple(value, cls)
        validate = getattr(cls, "model_validate", None)
        if callable(validate):
            try:
                return validate(value)
            except Exception as exc:
                raise _Failure(
                    "construction_failed",
                    f"construction_failed: {cls.__qualname__} rejected the value: {exc}",
                ) from None
        for base in (str, int, float, bytes):
            if issubclass(cls, base) and cls is not bool:  # e.g. class Name(str)
                if type(value) is base or (base is float and type(value) is int):
                    return _construct(cls, {}, (value,))
                raise _mismatch(cls.__qualname__, value)
        if isinstance(value, cls):
            return value
        raise _Failure(
            "unsupported_type_hint",
            f"unsupported_type_hint: cannot build {cls.__qualname__} from {_describe(value)}.",
        )

    def _from_enum(self, value: Any, cls: type[enum.Enum]) -> enum.Enum:
        try:
            member = cls(value)
            if _same_value(self._to(member.value, 0), value):
                return member
        except (ValueError, TypeError, _Failure):
            pass
        for member in cls:
            try:
                if _same_value(self._to(member.value, 0), value):
                    return member
            except _Failure:
                continue
        raise _Failure(
            "type_mismatch",
            f"type_mismatch: {_describe(value)} is not a value of {cls.__qualname__}.",
        )

    def _parse_datetime(self, value: Any) -> dt.datetime:
        parsed: dt.datetime = _parse_iso(value, dt.datetime.fromisoformat, "an ISO-8601 datetime")
        if parsed.tzinfo is None:
            if self.naive_datetimes == "reject":
                raise _Failure(
                    "naive_datetime",
                    f"naive_datetime: {value!r} has no UTC offset; build the converter with "
                    "naive_datetimes='assume_utc' or 'preserve' to accept it.",
                )
            if self.naive_datetimes == "assume_utc":
                return parsed.replace(tzinfo=dt.UTC)
        return parsed

    def _fields_of(self, value: Any, cls: type, known: Mapping[str, Any]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _mismatch(f"a map for {cls.__qualname__}", value)
        if self.unknown_fields == "error":
            extra = [k for k in value if k not in known and k not in _non_init_fields_safe(cls)]
            if extra:
                failure = _Failure(
                    "unknown_field",
                    f"unknown_field: {cls.__qualname__} has no field {extra[0]!r}.",
                )
                failure.path.append(_key_segment(extra[0]))
                raise failure
        return value

    def _from_dataclass(self, value: Any, cls: type, type_args: tuple[Any, ...]) -> Any:
        plan = _dataclass_plan(cls)
        substitutions = _typevar_map(cls, type_args)
        self._fields_of(value, cls, {name: None for name, _, _ in plan})
        kwargs = {}
        name = ""
        try:
            for name, hint, required in plan:
                if name in value:
                    kwargs[name] = self._from(value[name], _substitute(hint, substitutions))
                elif required:
                    raise _Failure(
                        "missing_field",
                        f"missing_field: {cls.__qualname__} requires {name!r}.",
                    )
        except _Failure as failure:
            failure.path.append(_key_segment(name))
            raise
        return _construct(cls, kwargs)

    def _from_attrs(self, value: Any, cls: type) -> Any:
        plan = _attrs_plan(cls)
        self._fields_of(value, cls, {name: None for name, _, _, _ in plan})
        kwargs = {}
        name = ""
        try:
            for name, alias, hint, required in plan:
                if name in value:
                    kwargs[alias] = self._from(value[name], hint)
                elif required:
                    raise _Failure(
                        "missing_field",
                        f"missing_field: {cls.__qualname__} requires {name!r}.",
                    )
        except _Failure as failure:
            failure.path.append(_key_segment(name))
            raise
        return _construct(cls, kwargs)

    def _from_typeddict(self, value: Any, cls: type) -> dict[str, Any]:
        hints = _class_hints(cls)
        self._fields_of(value, cls, hints)
        out = {}
        name = ""
        try:
            for name in _typeddict_required(cls):
                if name not in value:
                    raise _Failure(
                        "missing_field", f"missing_field: {cls.__qualname__} requires {name!r}."
                    )
            for name, item in value.items():
                if name in hints:
                    out[name] = self._from(item, _strip_required(hints[name]))
        except _Failure as failure:
            failure.path.append(_key_segment(name))
            raise
        return out

    def _from_namedtuple(self, value: Any, cls: type) -> Any:
        field_names: tuple[str, ...] = getattr(cls, "_fields")  # noqa: B009
        hints = _class_hints(cls)
        if not isinstance(value, list):
            raise _mismatch(f"an array for {cls.__qualname__}", value)
        if len(value) > len(field_names):
            raise _Failure(
                "type_mismatch",
                f"type_mismatch: {cls.__qualname__} has {len(field_names)} fields, "
                f"got {len(value)} items.",
            )
        items = []
        index = 0
        try:
            for index, item in enumerate(value):
                items.append(self._from(item, hints.get(field_names[index])))
        except _Failure as failure:
            failure.path.append(f"[{index}]")
            raise
        return _construct(cls, {}, items)


def _same_value(a: object, b: object) -> bool:
    """Equality that does not confuse ``True`` with ``1`` or ``1`` with ``1.0``."""
    return type(a) is type(b) and a == b


def _non_init_fields_safe(cls: type) -> frozenset[str]:
    if dataclasses.is_dataclass(cls) or attrs.has(cls):
        return _non_init_fields(cls)
    return frozenset()


@lru_cache(maxsize=256)
def _typeddict_required(cls: type) -> tuple[str, ...]:
    """Required keys of a TypedDict, also when its annotations are postponed strings."""
    declared: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
    try:
        hints = typing.get_type_hints(cls, include_extras=True)
    except Exception:
        return tuple(sorted(declared))
    required = []
    for name, hint in hints.items():
        origin = typing.get_origin(hint)
        if origin is typing.Required or (origin is not typing.NotRequired and name in declared):
            required.append(name)
    return tuple(required)


def _strip_required(hint: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin is typing.Required or origin is typing.NotRequired:
        return typing.get_args(hint)[0]
    return hint


def _typevar_map(cls: type, type_args: tuple[Any, ...]) -> dict[Any, Any]:
    params = getattr(cls, "__parameters__", ())
    if not type_args or len(params) != len(type_args):
        return {}
    return dict(zip(params, type_args, strict=True))


def _substitute(hint: Any, substitutions: Mapping[Any, Any]) -> Any:
    if not substitutions:
        return hint
    if isinstance(hint, typing.TypeVar):
        return substitutions.get(hint, hint)
    parameters = getattr(hint, "__parameters__", ())
    if parameters and all(p in substitutions for p in parameters):
        try:
            return hint[tuple(substitutions[p] for p in parameters)]
        except TypeError:
            return hint
    return hint


def _construct(cls: type, kwargs: dict[str, Any], args: Sequence[Any] = ()) -> Any:
    try:
        return cls(*args, **kwargs)
    except Exception as exc:
        raise _Failure(
            "construction_failed",
            f"construction_failed: {cls.__qualname__}(...) raised {type(exc).__name__}: {exc}",
        ) from None


def _parse_iso(value: Any, parse: Callable[[str], Any], expected: str) -> Any:
    if type(value) is not str:
        raise _mismatch(expected, value)
    try:
        return parse(value)
    except (ValueError, TypeError, InvalidOperation):
        raise _Failure("type_mismatch", f"type_mismatch: {value!r} is not {expected}.") from None


def _utc_z(text: str) -> str:
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _too_deep() -> _Failure:
    return _Failure(
        "nesting_too_deep",
        f"nesting_too_deep: Avro Values may nest at most {MAX_NESTING_DEPTH} levels.",
    )


def _is_structured(obj: object) -> bool:
    """A dict subclass that is also a dataclass or attrs instance is converted by its fields."""
    return dataclasses.is_dataclass(obj) or attrs.has(type(obj))


def parameter_type_hints(func: Callable[..., Any]) -> list[Any]:
    """The annotations of ``func``'s positional parameters, in order (``None`` where absent).

    ``self``/``cls`` of bound methods are skipped by :func:`inspect.signature`. A ``*args``
    parameter ends the list. Use with :meth:`PayloadConverter.from_values`.
    """
    try:
        hints = typing.get_type_hints(func)
    except Exception:
        hints = {}
    result: list[Any] = []
    for parameter in inspect.signature(func).parameters.values():
        if parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            result.append(hints.get(parameter.name))
        elif parameter.kind is parameter.VAR_POSITIONAL:
            break
    return result


def return_type_hint(func: Callable[..., Any]) -> Any:
    """The return annotation of ``func`` (``None`` when absent or unresolvable).

    A coroutine function's ``-> T`` is ``T``.
    """
    try:
        hint = typing.get_type_hints(func).get("return")
    except Exception:
        return None
    return None if hint is _NoneType else hint


_DEFAULT: Final = PayloadConverter()


def default_converter() -> PayloadConverter:
    """The shared converter with default options."""
    return _DEFAULT
