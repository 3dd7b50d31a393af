"""PayloadConverter: Python values to Avro Values and back, with typed decoding."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import math
import typing
import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import (
    Annotated,
    Any,
    Generic,
    Literal,
    NamedTuple,
    NewType,
    NotRequired,
    Optional,
    TypedDict,
    TypeVar,
    Union,
)

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from durable_workflow.codec.avro import decode_value
from durable_workflow.codec.converter import (
    PayloadConverter,
    default_converter,
    parameter_type_hints,
    return_type_hint,
)
from durable_workflow.errors import PayloadConversionError, ValueConversionError

conv = PayloadConverter()


class Color(enum.Enum):
    RED = "red"
    PAIR = (1, 2)


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Shade(enum.StrEnum):
    DARK = "dark"


@dataclasses.dataclass
class Address:
    street: str
    zip_code: str | None = None


@dataclasses.dataclass
class Customer:
    name: str
    address: Address
    tags: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class LineItem:
    sku: str
    quantity: int
    price: Decimal
    color: Color = Color.RED


@attrs.define
class Order:
    order_id: uuid.UUID
    customer: Customer
    items: list[LineItem]
    placed_at: dt.datetime
    due: dt.date
    level: Level = Level.LOW
    notes: dict[str, float] = attrs.Factory(dict)
    _internal: int = 0


@dataclasses.dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclasses.dataclass
class WithComputed:
    base: int
    doubled: int = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self.doubled = self.base * 2


@dataclasses.dataclass
class Positive:
    value: int

    def __post_init__(self) -> None:
        if self.value <= 0:
            raise ValueError("value must be positive")


class Pair(NamedTuple):
    left: int
    right: str


class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]


T = TypeVar("T")


@dataclasses.dataclass
class Box(Generic[T]):
    content: T


UserId = NewType("UserId", int)


class Name(str):
    pass


def _order() -> Order:
    return Order(
        order_id=uuid.UUID("12345678-1234-5678-1234-567812345678"),
        customer=Customer("Ada", Address("1 Loop Rd"), ["vip"]),
        items=[
            LineItem("A-1", 2, Decimal("9.99")),
            LineItem("B-2", 1, Decimal("0.10"), Color.PAIR),
        ],
        placed_at=dt.datetime(2026, 4, 22, 1, 2, 3, 456000, tzinfo=dt.UTC),
        due=dt.date(2026, 5, 1),
        level=Level.HIGH,
        notes={"discount": 0.5},
        internal=7,
    )


# ------------------------------------------------------------------------------- to_value


def test_canonical_values_pass_through() -> None:
    value = {"a": [None, True, 1, 1.5, "s", b"\x00"], "b": {}}
    assert conv.to_value(value) == value
    assert conv.to_value(value) is not value


def test_nested_classes_become_maps_of_fields() -> None:
    assert conv.to_value(_order()) == {
        "order_id": "12345678-1234-5678-1234-567812345678",
        "customer": {
            "name": "Ada",
            "address": {"street": "1 Loop Rd", "zip_code": None},
            "tags": ["vip"],
        },
        "items": [
            {"sku": "A-1", "quantity": 2, "price": "9.99", "color": "red"},
            {"sku": "B-2", "quantity": 1, "price": "0.10", "color": [1, 2]},
        ],
        "placed_at": "2026-04-22T01:02:03.456000Z",
        "due": "2026-05-01",
        "level": 2,
        "notes": {"discount": 0.5},
        "_internal": 7,
    }


def test_encode_matches_to_value() -> None:
    order = _order()
    assert decode_value(conv.encode(order)) == conv.to_value(order)


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        ((1, "a"), [1, "a"]),
        (Pair(1, "x"), [1, "x"]),
        ({3, 1, 2}, [1, 2, 3]),
        (frozenset({"b", "a"}), ["a", "b"]),
        (bytearray(b"ab"), b"ab"),
        (memoryview(b"cd"), b"cd"),
        (Color.RED, "red"),
        (Level.HIGH, 2),
        (Shade.DARK, "dark"),
        (Decimal("-1.230"), "-1.230"),
        (Decimal("NaN"), "NaN"),
        (uuid.UUID(int=1), "00000000-0000-0000-0000-000000000001"),
        (dt.date(2026, 1, 2), "2026-01-02"),
        (dt.time(3, 4, 5), "03:04:05"),
        (dt.time(3, 4, 5, tzinfo=dt.UTC), "03:04:05Z"),
        (
            dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            "2026-01-02T03:04:05+02:00",
        ),
        (dt.datetime(2026, 1, 2, tzinfo=dt.UTC), "2026-01-02T00:00:00Z"),
        (-0.0, -0.0),
        (WithComputed(2), {"base": 2, "doubled": 4}),
    ],
)
def test_adapted_values(obj: Any, expected: Any) -> None:
    value = conv.to_value(obj)
    assert value == expected
    assert type(value) is type(expected)
    assert decode_value(conv.encode(obj)) == expected


def test_sets_of_plain_enums_are_ordered_by_value() -> None:
    class Size(enum.Enum):
        S = "s"
        M = "m"

    assert conv.to_value({Size.S, Size.M}) == ["m", "s"]
    assert conv.from_value(["m", "s"], set[Size]) == {Size.S, Size.M}


def test_failing_model_dump_is_a_typed_error_with_path() -> None:
    class Broken:
        def model_dump(self, *, mode: str) -> dict[str, Any]:
            raise RuntimeError("boom")

    for convert in (conv.to_value, conv.encode):
        with pytest.raises(ValueConversionError) as caught:
            convert({"model": Broken()})
        assert caught.value.reason == "adapter_failed"
        assert caught.value.path == "value.model"
        assert "boom" in str(caught.value)


def test_negative_zero_keeps_its_sign() -> None:
    value = conv.to_value(-0.0)
    assert isinstance(value, float)
    assert math.copysign(1.0, value) == -1.0


@pytest.mark.parametrize(
    ("obj", "reason", "path"),
    [
        ([{"items": [1, 2, 2**64]}], "integer_overflow", "input[0].items[2]"),
        ({"x": [float("nan")]}, "non_finite_float", "input.x[0]"),
        ({"ok": {1: "a"}}, "invalid_map_key", "input.ok[1]"),
        ({"ok": {Level.LOW: "a"}}, "invalid_map_key", "input.ok[<Level.LOW: 1>]"),
        ([object()], "unsupported_value_type", "input[0]"),
        ([[{1, "a"}]], "unsupported_value_type", "input[0][0]"),
        (
            [LineItem("a", 2**63, Decimal(1))],
            "integer_overflow",
            "input[0].quantity",
        ),
        (
            {"when": dt.datetime(2026, 1, 1)},
            "naive_datetime",
            "input.when",
        ),
        ({"my key": dt.timedelta(1)}, "unsupported_value_type", "input['my key']"),
        (["\udc80"], "invalid_string", "input[0]"),
    ],
)
def test_unrepresentable_values_fail_at_encode_time_with_path(
    obj: Any, reason: str, path: str
) -> None:
    for convert in (conv.to_value, conv.encode):
        with pytest.raises(ValueConversionError) as caught:
            convert(obj, path="input")
        assert caught.value.reason == reason, convert
        assert caught.value.path == path, convert
        assert isinstance(caught.value, PayloadConversionError)
        assert f"(at {path})" in str(caught.value)


def test_nested_dataclass_error_path() -> None:
    customer = Customer("Ada", Address("x"), ["ok", 3**50])  # type: ignore[list-item]
    with pytest.raises(ValueConversionError) as caught:
        conv.encode([customer], path="input")
    assert caught.value.path == "input[0].tags[1]"


def test_very_deep_values_are_refused() -> None:
    value: Any = []
    for _ in range(5000):
        value = [value]
    for convert in (conv.to_value, conv.encode):
        with pytest.raises(ValueConversionError) as caught:
            convert(value)
        assert caught.value.reason == "nesting_too_deep"


def test_naive_datetime_policies() -> None:
    naive = dt.datetime(2026, 1, 2, 3, 4, 5)
    utc = PayloadConverter(naive_datetimes="assume_utc")
    assert utc.to_value(naive) == "2026-01-02T03:04:05Z"
    assert utc.from_value("2026-01-02T03:04:05", dt.datetime) == naive.replace(tzinfo=dt.UTC)
    keep = PayloadConverter(naive_datetimes="preserve")
    assert keep.to_value(naive) == "2026-01-02T03:04:05"
    assert keep.from_value("2026-01-02T03:04:05", dt.datetime) == naive
    with pytest.raises(ValueConversionError) as caught:
        conv.from_value("2026-01-02T03:04:05", dt.datetime)
    assert caught.value.reason == "naive_datetime"
    with pytest.raises(ValueError, match="naive_datetimes"):
        PayloadConverter(naive_datetimes="local")  # type: ignore[arg-type]


def test_pydantic_style_models_are_duck_typed() -> None:
    class Model:
        def __init__(self, n: int) -> None:
            self.n = n

        def model_dump(self, *, mode: str) -> dict[str, Any]:
            assert mode == "json"
            return {"n": self.n}

        @classmethod
        def model_validate(cls, data: Any) -> Model:
            return cls(data["n"])

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Model) and other.n == self.n

        __hash__ = None  # type: ignore[assignment]

    assert conv.to_value([Model(3)]) == [{"n": 3}]
    assert conv.from_value({"n": 3}, Model) == Model(3)


# ------------------------------------------------------------------------------ from_value


def test_round_trip_of_nested_attrs_and_dataclasses() -> None:
    order = _order()
    decoded = conv.from_value(decode_value(conv.encode(order)), Order)
    assert decoded == order
    assert isinstance(decoded.customer.address, Address)
    assert decoded.items[1].color is Color.PAIR
    assert decoded.placed_at.tzinfo is not None


def test_without_hint_values_stay_plain() -> None:
    value = conv.to_value(_order())
    assert conv.from_value(value) == value
    assert conv.from_value(value, Any) == value
    assert conv.from_value(value, object) == value


@pytest.mark.parametrize(
    ("value", "hint", "expected"),
    [
        (None, Optional[int], None),  # noqa: UP045
        (3, Optional[int], 3),  # noqa: UP045
        (3, int | None, 3),
        (7, int | float, 7),
        (7, float, 7.0),
        (7.0, int | float, 7.0),
        ("x", Union[int, str], "x"),  # noqa: UP007
        ([1, 2], list[int], [1, 2]),
        ([1, 2], Sequence[int], [1, 2]),
        ([1, "a"], tuple[int, str], (1, "a")),
        ([1, 2, 3], tuple[int, ...], (1, 2, 3)),
        ([1, 2], tuple, (1, 2)),
        ([], tuple[()], ()),
        ([2, 1], set[int], {1, 2}),
        (["a"], frozenset[str], frozenset({"a"})),
        ({"a": 1}, dict[str, int], {"a": 1}),
        ({"a": 1}, Mapping[str, float], {"a": 1.0}),
        ({"red": 1}, dict[Shade, int] | dict[str, int], {"red": 1}),
        (["2026-01-02"], typing.Iterable[dt.date], [dt.date(2026, 1, 2)]),
        (["2026-01-02"], typing.MutableSequence[dt.date], [dt.date(2026, 1, 2)]),
        (["2026-01-02"], typing.AbstractSet[dt.date], {dt.date(2026, 1, 2)}),
        ({"a": "2026-01-02"}, typing.MutableMapping[str, dt.date], {"a": dt.date(2026, 1, 2)}),
        ({"a": "2026-01-02"}, typing.Dict[str, dt.date], {"a": dt.date(2026, 1, 2)}),  # noqa: UP006
        (["2026-01-02"], typing.List[dt.date], [dt.date(2026, 1, 2)]),  # noqa: UP006
        ({"dark": 1}, dict[Shade, int], {Shade.DARK: 1}),
        ({"x": 1.0, "y": 2}, Point, Point(1.0, 2.0)),
        ([{"x": 1, "y": 2}], list[Point], [Point(1.0, 2.0)]),
        ({"k": {"x": 0, "y": 0}}, dict[str, Point], {"k": Point(0.0, 0.0)}),
        ("red", Color, Color.RED),
        ([1, 2], Color, Color.PAIR),
        (2, Level, Level.HIGH),
        ("dark", Shade, Shade.DARK),
        ("red", Literal["red", "blue"], "red"),
        (5, Annotated[int, "meta"], 5),
        (5, UserId, 5),
        ({"content": [1]}, Box[list[int]], Box([1])),
        ([1, "r"], Pair, Pair(1, "r")),
        ({"title": "T", "year": 1999}, Movie, {"title": "T", "year": 1999}),
        (
            {"title": "T", "year": 1999, "rating": 5},
            Movie,
            {"title": "T", "year": 1999, "rating": 5.0},
        ),
        ("2026-01-02", dt.date, dt.date(2026, 1, 2)),
        ("03:04:05", dt.time, dt.time(3, 4, 5)),
        ("2026-01-02T03:04:05+02:00", dt.datetime, dt.datetime(2026, 1, 2, 1, 4, 5, tzinfo=dt.UTC)),
        ("00000000-0000-0000-0000-000000000001", uuid.UUID, uuid.UUID(int=1)),
        ("1.50", Decimal, Decimal("1.50")),
        (3, Decimal, Decimal(3)),
        (b"ab", bytearray, bytearray(b"ab")),
        ("Ada", Name, Name("Ada")),
        ({"base": 4, "doubled": 8}, WithComputed, WithComputed(4)),
    ],
)
def test_typed_decoding(value: Any, hint: Any, expected: Any) -> None:
    decoded = conv.from_value(value, hint)
    assert decoded == expected
    assert type(decoded) is type(expected)


def test_datetime_offset_survives_but_zone_name_does_not() -> None:
    zone = dt.timezone(dt.timedelta(hours=-5), "EST")
    original = dt.datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=zone)
    decoded = conv.from_value(conv.to_value(original), dt.datetime)
    assert decoded == original
    assert decoded.utcoffset() == dt.timedelta(hours=-5)
    assert decoded.tzname() != "EST"


@pytest.mark.parametrize(
    ("value", "hint", "reason", "path"),
    [
        ("1", int, "type_mismatch", "value"),
        (True, int, "type_mismatch", "value"),
        (1, bool, "type_mismatch", "value"),
        (1.5, int, "type_mismatch", "value"),
        (None, int, "type_mismatch", "value"),
        (1, None.__class__, "type_mismatch", "value"),
        ([1, "x"], list[int], "type_mismatch", "value[1]"),
        ({"a": "x"}, dict[str, int], "type_mismatch", "value.a"),
        ([1], tuple[int, int], "type_mismatch", "value"),
        ({"x": 1}, Point, "missing_field", "value.y"),
        ({"x": 1, "y": 2, "z": 3}, Point, "unknown_field", "value.z"),
        ({"x": 1, "y": "2"}, list[Point] | Point, "type_mismatch", "value"),
        ([{"x": 1, "y": "2"}], list[Point], "type_mismatch", "value[0].y"),
        ({"value": -1}, Positive, "construction_failed", "value"),
        ("purple", Color, "type_mismatch", "value"),
        (True, Level, "type_mismatch", "value"),
        (1.0, Level, "type_mismatch", "value"),
        (1, Name, "type_mismatch", "value"),
        ("blue", Literal["red"], "type_mismatch", "value"),
        ("not-a-uuid", uuid.UUID, "type_mismatch", "value"),
        ("1.2.3", Decimal, "type_mismatch", "value"),
        ("yesterday", dt.date, "type_mismatch", "value"),
        (20260101, dt.datetime, "type_mismatch", "value"),
        ({"title": "T"}, Movie, "missing_field", "value.year"),
        ([1, "r", 3], Pair, "type_mismatch", "value"),
        (
            {"order_id": "12345678-1234-5678-1234-567812345678", "customer": {}},
            Order,
            "missing_field",
            "value.customer.name",
        ),
        ("x", "Forward", "unsupported_type_hint", "value"),
    ],
)
def test_typed_decoding_errors_name_the_path(value: Any, hint: Any, reason: str, path: str) -> None:
    with pytest.raises(ValueConversionError) as caught:
        conv.from_value(value, hint)
    assert caught.value.reason == reason
    assert caught.value.path == path


def test_unresolvable_annotations_are_an_error_not_silently_untyped() -> None:
    @dataclasses.dataclass
    class Local:
        inner: Missing  # type: ignore[name-defined]  # noqa: F821

    with pytest.raises(ValueConversionError) as caught:
        conv.from_value({"inner": {}}, Local)
    assert caught.value.reason == "unsupported_type_hint"
    assert "Missing" in str(caught.value)


def test_unknown_fields_may_be_ignored() -> None:
    lenient = PayloadConverter(unknown_fields="ignore")
    assert lenient.from_value({"x": 1, "y": 2, "z": 3}, Point) == Point(1.0, 2.0)


def test_from_values_uses_one_hint_per_position() -> None:
    values: list[Any] = [{"x": 1, "y": 2}, "2026-01-01", 9]
    decoded = conv.from_values(values, [Point, dt.date])
    assert decoded == [Point(1.0, 2.0), dt.date(2026, 1, 1), 9]
    with pytest.raises(ValueConversionError) as caught:
        conv.from_values([1, "x"], [int, int])
    assert caught.value.path == "input[1]"


def test_signature_hints() -> None:
    def activity(point: Point, when: dt.date, *rest: int, flag: bool = False) -> list[Point]:
        return [point]

    async def coroutine(value: int) -> Point:
        return Point(value, value)

    class Handler:
        def run(self, items: list[LineItem]) -> None:
            return None

    def bare(x, y):  # type: ignore[no-untyped-def]
        return x

    assert parameter_type_hints(activity) == [Point, dt.date]
    assert return_type_hint(activity) == list[Point]
    assert return_type_hint(coroutine) is Point
    assert parameter_type_hints(Handler().run) == [list[LineItem]]
    assert return_type_hint(Handler().run) is None
    assert parameter_type_hints(bare) == [None, None]
    hints = parameter_type_hints(activity)
    assert conv.from_values([{"x": 0, "y": 1}, "2026-02-03"], hints) == [
        Point(0.0, 1.0),
        dt.date(2026, 2, 3),
    ]


def test_default_converter_is_shared() -> None:
    assert default_converter() is default_converter()
    assert "naive_datetimes='reject'" in repr(default_converter())


# ------------------------------------------------------------------------------ properties


@st.composite
def _line_items(draw: st.DrawFn) -> LineItem:
    return LineItem(
        sku=draw(st.text(max_size=10)),
        quantity=draw(st.integers(min_value=-(2**63), max_value=2**63 - 1)),
        price=draw(st.decimals(allow_nan=False, allow_infinity=False, places=2)),
        color=draw(st.sampled_from(list(Color))),
    )


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_line_items(), max_size=4),
    st.datetimes(timezones=st.just(dt.UTC)),
    st.uuids(),
    st.dictionaries(st.text(max_size=5), st.floats(allow_nan=False, allow_infinity=False)),
)
def test_typed_round_trip_property(
    items: list[LineItem], when: dt.datetime, order_id: uuid.UUID, notes: dict[str, float]
) -> None:
    order = Order(
        order_id=order_id,
        customer=Customer("n", Address("s", None)),
        items=items,
        placed_at=when,
        due=when.date(),
        notes=notes,
    )
    decoded = conv.from_value(decode_value(conv.encode(order)), Order)
    assert decoded == order


@settings(max_examples=150, deadline=None)
@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers(min_value=-(2**63), max_value=2**63 - 1)
        | st.text(max_size=5)
        | st.binary(max_size=5)
        | st.uuids()
        | st.dates(),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.tuples(inner, inner)
            | st.dictionaries(st.text(max_size=4), inner, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_to_value_and_encode_agree(obj: Any) -> None:
    assert decode_value(conv.encode(obj)) == conv.to_value(obj)
