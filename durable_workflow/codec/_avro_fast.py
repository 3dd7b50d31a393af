"""The fast path of the Avro Value v1 codec.

:mod:`~durable_workflow.codec.avro` is the reference: a direct reading of the encoding rules that
also explains every refusal (the path of a bad value, the reason a datum is malformed). This
module produces the same bytes and the same values, faster, and gives up on anything unusual:
any exception here makes the caller run the reference codec on the whole input, which then
returns the same result or raises the precise error. Nothing here reports errors itself.

What makes it fast, measured against the reference:

* one dispatch per value on ``type(x) is ...``, ordered by frequency, with every scalar kind
  encoded or decoded inline in the container loops (a function call per container, not per
  value), and no wrapper or result tuple per scalar;
* precomputed byte strings: the union tag together with small lengths and small longs, and a
  bounded cache of encoded map keys (records repeat their keys);
* decoding slices the input ``bytes`` once per string (measured faster than ``memoryview``
  slices for the short strings that dominate), checks map-key uniqueness by counting entries
  once per map instead of a lookup per key, and reads single-byte varints inline;
* homogeneous lists of strings or of longs are encoded by one comprehension and one ``join``.

The nesting guard holds here as in the reference: containers deeper than
:data:`MAX_NESTING_DEPTH` make this path give up, and the reference refuses them. Recursion here
is bounded by that depth alone (an adapter's result must be canonical at the first hop), which
matters when the module is compiled: native calls do not check the interpreter's recursion
limit.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import Any, Final

__all__ = ["MAX_NESTING_DEPTH", "decode", "encode"]

MAX_NESTING_DEPTH: Final = 256

_pack_double = struct.Struct("<d").pack
_unpack_double = struct.Struct("<d").unpack_from


class _GiveUp(Exception):
    """Internal: this path does not handle the input; the reference codec takes over."""


def _zigzag(n: int) -> bytes:
    z = (n << 1) ^ (n >> 63)
    out = bytearray()
    while z > 0x7F:
        out.append((z & 0x7F) | 0x80)
        z >>= 7
    out.append(z)
    return bytes(out)


_SMALL: Final = 1024
# The varint of every z below 2 * _SMALL (one byte below 0x80, two above), indexed by z: the
# zigzag encodings of the tables below, built from the two byte patterns directly (a _zigzag
# call per entry made these tables most of the module's import time).
_VARINTS: Final = tuple(bytes((z,)) for z in range(0x80)) + tuple(
    bytes(((z & 0x7F) | 0x80, z >> 7)) for z in range(0x80, 2 * _SMALL)
)
# b"\x04" + zigzag(n) for -_SMALL <= n < _SMALL, indexed by n + _SMALL.
_LONGS: Final = tuple(b"\x04" + _VARINTS[(n << 1) ^ (n >> 63)] for n in range(-_SMALL, _SMALL))
# zigzag(n) for 0 <= n < _SMALL (zigzag(n) == 2 * n).
_LENGTHS: Final = _VARINTS[0 : 2 * _SMALL : 2]
# b"\x0a" + zigzag(n): the string tag and its length, for lengths below _SMALL.
_STRING_HEADS: Final = tuple(b"\x0a" + length for length in _LENGTHS)
_BYTES_HEADS: Final = tuple(b"\x08" + length for length in _LENGTHS)
_LONG_MIN: Final = -(2**63)
_LONG_MAX: Final = 2**63 - 1

_CANONICAL: Final = frozenset((dict, list, str, int, float, bytes, bool, type(None)))

_KEYS: dict[str, bytes] = {}
_KEYS_MAX: Final = 4096  # keys of fewer than 64 bytes: at most about 0.5 MB


def _key(key: str) -> bytes:
    raw = key.encode()
    size = len(raw)
    encoded = (_LENGTHS[size] if size < _SMALL else _zigzag(size)) + raw
    if size < 64 and len(_KEYS) < _KEYS_MAX:
        _KEYS[key] = encoded
    return encoded


# ------------------------------------------------------------------------------------ encode


def encode(value: object, out: bytearray, default: Callable[[Any], object] | None) -> None:
    """Append the datum of ``value`` to ``out``; raises anything when the reference must decide."""
    _any(value, out, 0, default)


def _any(value: Any, out: bytearray, depth: int, default: Callable[[Any], object] | None) -> None:
    t = type(value)
    if t is dict:
        _map(value, out, depth, default)
    elif t is list:
        _array(value, out, depth, default)
    else:
        _array_items((value,), out, depth - 1, default)


def _map(value: dict[Any, Any], out: bytearray, depth: int, default: Any) -> None:
    if depth >= MAX_NESTING_DEPTH:
        raise _GiveUp
    if not value:
        out += b"\x0e\x00"
        return
    size = len(value)
    out += b"\x0e"
    out += _LENGTHS[size] if size < _SMALL else _zigzag(size)
    keys = _KEYS
    child = depth + 1
    for key, item in value.items():
        if type(key) is not str:
            raise _GiveUp
        encoded = keys.get(key)
        out += _key(key) if encoded is None else encoded
        t = type(item)
        if t is str:
            raw = item.encode()
            size = len(raw)
            out += _STRING_HEADS[size] if size < _SMALL else b"\x0a" + _zigzag(size)
            out += raw
        elif t is int:
            if -_SMALL <= item < _SMALL:
                out += _LONGS[item + _SMALL]
            elif _LONG_MIN <= item <= _LONG_MAX:
                out += b"\x04"
                out += _zigzag(item)
            else:
                raise _GiveUp
        elif t is dict:
            _map(item, out, child, default)
        elif t is list:
            _array(item, out, child, default)
        elif item is None:
            out += b"\x00"
        elif t is bool:
            out += b"\x02\x01" if item else b"\x02\x00"
        elif t is float:
            if item - item != 0.0:  # inf or nan
                raise _GiveUp
            out += b"\x06"
            out += _pack_double(item)
        elif t is bytes:
            size = len(item)
            out += _BYTES_HEADS[size] if size < _SMALL else b"\x08" + _zigzag(size)
            out += item
        else:
            _other(item, out, child, default)
    out += b"\x00"


def _array(value: list[Any], out: bytearray, depth: int, default: Any) -> None:
    if depth >= MAX_NESTING_DEPTH:
        raise _GiveUp
    if not value:
        out += b"\x0c\x00"
        return
    size = len(value)
    out += b"\x0c"
    out += _LENGTHS[size] if size < _SMALL else _zigzag(size)
    first = type(value[0])
    if size > 4 and (first is str or first is int) and _homogeneous(value, out, first):
        out += b"\x00"
        return
    _array_items(value, out, depth, default)
    out += b"\x00"


def _homogeneous(value: list[Any], out: bytearray, kind: type) -> bool:
    for item in value:
        if type(item) is not kind:
            return False
    if kind is str:
        heads = _STRING_HEADS
        raws = [item.encode() for item in value]
        if max(map(len, raws)) >= _SMALL:
            return False
        out += b"".join([part for raw in raws for part in (heads[len(raw)], raw)])
        return True
    if min(value) < -_SMALL or max(value) >= _SMALL:
        return False
    longs = _LONGS
    out += b"".join([longs[item + _SMALL] for item in value])
    return True


def _array_items(value: Any, out: bytearray, depth: int, default: Any) -> None:
    # The items of an array at ``depth`` (they live at depth + 1); also encodes a scalar root.
    child = depth + 1
    for item in value:
        t = type(item)
        if t is str:
            raw = item.encode()
            size = len(raw)
            out += _STRING_HEADS[size] if size < _SMALL else b"\x0a" + _zigzag(size)
            out += raw
        elif t is int:
            if -_SMALL <= item < _SMALL:
                out += _LONGS[item + _SMALL]
            elif _LONG_MIN <= item <= _LONG_MAX:
                out += b"\x04"
                out += _zigzag(item)
            else:
                raise _GiveUp
        elif t is dict:
            _map(item, out, child, default)
        elif t is list:
            _array(item, out, child, default)
        elif item is None:
            out += b"\x00"
        elif t is bool:
            out += b"\x02\x01" if item else b"\x02\x00"
        elif t is float:
            if item - item != 0.0:  # inf or nan
                raise _GiveUp
            out += b"\x06"
            out += _pack_double(item)
        elif t is bytes:
            size = len(item)
            out += _BYTES_HEADS[size] if size < _SMALL else b"\x08" + _zigzag(size)
            out += item
        else:
            _other(item, out, child, default)


def _other(value: Any, out: bytearray, depth: int, default: Any) -> None:
    # Subclasses of the canonical kinds encode as their base kind (bool before int); anything
    # else goes through the adapter, one level at a time, exactly as in the reference.
    if isinstance(value, bool):
        canonical: object = bool(value)
    elif isinstance(value, int):
        canonical = int.__index__(value)
    elif isinstance(value, float):
        canonical = float.__float__(value)
    elif isinstance(value, bytes):
        canonical = b"" + value
    elif isinstance(value, str):
        canonical = str.__str__(value)
    elif isinstance(value, list):
        canonical = list(value)
    elif isinstance(value, dict):
        canonical = dict(value)
    elif default is not None:
        canonical = default(value)
        if type(canonical) not in _CANONICAL:
            # A chain of adaptations is left to the reference, which bounds it (compiled, an
            # endless chain here would overflow the C stack).
            raise _GiveUp
    else:
        raise _GiveUp
    _any(canonical, out, depth, default)


# ------------------------------------------------------------------------------------ decode


def decode(buf: bytes, pos: int) -> tuple[Any, int]:
    """The value starting at ``buf[pos]`` and the position after it; raises on anything odd."""
    items, pos = _items(buf, pos, 1, 0)
    return items[0], pos


def _long(buf: bytes, pos: int) -> tuple[int, int]:
    # A varint of two or more bytes, starting at buf[pos].
    z = 0
    shift = 0
    while True:
        b = buf[pos]
        pos += 1
        z |= (b & 0x7F) << shift
        if b < 0x80:
            break
        shift += 7
        if shift > 63:
            raise _GiveUp
    if z >> 64:
        raise _GiveUp
    return (z >> 1) ^ -(z & 1), pos


def _count(buf: bytes, pos: int) -> tuple[int, int]:
    # A block count: small positive counts inline, the rest (negative: sized blocks) slowly.
    count = buf[pos]
    if count < 0x80 and not count & 1:
        return count >> 1, pos + 1
    count, pos = _long(buf, pos)
    if count < 0:
        size, pos = _long(buf, pos)
        if size < 0:
            raise _GiveUp
        count = -count
    return count, pos


def _items(buf: bytes, pos: int, count: int, depth: int) -> tuple[list[Any], int]:
    # ``count`` consecutive values at nesting ``depth``. (Compiled, ``range(count)`` is read on
    # every iteration: the loop bounds here are never reassigned inside their loops.)
    items: list[Any] = []
    append = items.append
    end_of_buffer = len(buf)
    child = depth + 1
    for _ in range(count):
        branch = buf[pos]
        if branch == 0x0A:  # string
            size = buf[pos + 1]
            if size < 0x80 and not size & 1:
                start = pos + 2
                pos = start + (size >> 1)
            else:
                size, start = _long(buf, pos + 1)
                if size < 0:
                    raise _GiveUp
                pos = start + size
            if pos > end_of_buffer:
                raise _GiveUp
            append(buf[start:pos].decode())
        elif branch == 0x04:  # long
            number = buf[pos + 1]
            if number < 0x80:
                append((number >> 1) ^ -(number & 1))
                pos += 2
            else:
                number, pos = _long(buf, pos + 1)
                append(number)
        elif branch == 0x0E:  # map
            value, pos = _entries(buf, pos + 1, child)
            append(value)
        elif branch == 0x0C:  # array
            if depth >= MAX_NESTING_DEPTH:
                raise _GiveUp
            block, pos = _count(buf, pos + 1)
            nested: list[Any] = []
            while block:
                chunk, pos = _items(buf, pos, block, child)
                nested += chunk
                block, pos = _count(buf, pos)
            append(nested)
        elif branch == 0x00:  # null
            append(None)
            pos += 1
        elif branch == 0x02:  # boolean
            flag = buf[pos + 1]
            if flag > 1:
                raise _GiveUp
            append(flag == 1)
            pos += 2
        elif branch == 0x06:  # double
            if pos + 9 > end_of_buffer:
                raise _GiveUp
            (real,) = _unpack_double(buf, pos + 1)
            if real - real != 0.0:  # inf or nan
                raise _GiveUp
            append(real)
            pos += 9
        elif branch == 0x08:  # bytes
            size, start = _long(buf, pos + 1)
            if size < 0:
                raise _GiveUp
            pos = start + size
            if pos > end_of_buffer:
                raise _GiveUp
            append(buf[start:pos])
        else:
            raise _GiveUp
    return items, pos


def _entries(buf: bytes, pos: int, depth: int) -> tuple[dict[str, Any], int]:
    # A map whose block count starts at buf[pos]; its values live at ``depth``.
    if depth > MAX_NESTING_DEPTH:
        raise _GiveUp
    entries: dict[str, Any] = {}
    expected = 0
    end_of_buffer = len(buf)
    child = depth + 1
    count, pos = _count(buf, pos)
    while count:
        expected += count
        for _ in range(count):
            size = buf[pos]
            if size < 0x80 and not size & 1:
                start = pos + 1
                pos = start + (size >> 1)
            else:
                size, start = _long(buf, pos)
                if size < 0:
                    raise _GiveUp
                pos = start + size
            if pos > end_of_buffer:
                raise _GiveUp
            key = buf[start:pos].decode()
            branch = buf[pos]
            if branch == 0x0A:  # string
                size = buf[pos + 1]
                if size < 0x80 and not size & 1:
                    start = pos + 2
                    pos = start + (size >> 1)
                else:
                    size, start = _long(buf, pos + 1)
                    if size < 0:
                        raise _GiveUp
                    pos = start + size
                if pos > end_of_buffer:
                    raise _GiveUp
                entries[key] = buf[start:pos].decode()
            elif branch == 0x04:  # long
                number = buf[pos + 1]
                if number < 0x80:
                    entries[key] = (number >> 1) ^ -(number & 1)
                    pos += 2
                else:
                    entries[key], pos = _long(buf, pos + 1)
            elif branch == 0x0E:  # map
                entries[key], pos = _entries(buf, pos + 1, child)
            elif branch == 0x00:  # null
                entries[key] = None
                pos += 1
            elif branch == 0x02:  # boolean
                flag = buf[pos + 1]
                if flag > 1:
                    raise _GiveUp
                entries[key] = flag == 1
                pos += 2
            elif branch == 0x06:  # double
                if pos + 9 > end_of_buffer:
                    raise _GiveUp
                (real,) = _unpack_double(buf, pos + 1)
                if real - real != 0.0:  # inf or nan
                    raise _GiveUp
                entries[key] = real
                pos += 9
            else:  # array, bytes, or invalid: the generic reader
                (entries[key],), pos = _items(buf, pos, 1, depth)
        count, pos = _count(buf, pos)
    if len(entries) != expected:  # a duplicate key
        raise _GiveUp
    return entries, pos
