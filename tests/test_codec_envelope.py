"""Payload envelopes: codecs, argument lists, size limits, external storage."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import logging
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from durable_workflow.codec import (
    AVRO_CODEC,
    DEFAULT_PAYLOAD_SIZE_BYTES,
    EXTERNAL_PAYLOAD_REFERENCE_SCHEMA,
    BoundedPayloadCache,
    ExternalPayloadIntegrityError,
    ExternalPayloadReference,
    ExternalPayloadUnavailable,
    ExternalStorage,
    InvalidPayloadFraming,
    LocalFileSystemStorage,
    PayloadConverter,
    PayloadError,
    PayloadLimits,
    PayloadSerializer,
    PayloadSizeWarning,
    PayloadTooLarge,
    UnsupportedPayloadCodec,
    UnsupportedPayloadReference,
    ValueConversionError,
    decode_arguments,
    decode_arguments_async,
    decode_payload,
    decode_payload_async,
    encode_arguments,
    encode_blob,
    encode_payload,
    encode_payload_async,
    is_payload_envelope,
    parameter_type_hints,
    require_avro_codec,
    task_payload_codec,
)
from tests.conftest import shared_fixtures


@dataclasses.dataclass
class Greeting:
    name: str
    times: int = 1


# --------------------------------------------------------------------------- inline envelopes


def test_inline_envelope_round_trip() -> None:
    envelope = encode_payload({"status": "ready", "open_items": 3})
    assert envelope == {
        "codec": "avro",
        "blob": "wwHioz3/VYAiNw4EDHN0YXR1cwoKcmVhZHkUb3Blbl9pdGVtcwQGAA==",
    }
    assert is_payload_envelope(envelope)
    assert decode_payload(envelope) == {"status": "ready", "open_items": 3}


def test_raw_blob_uses_the_given_codec() -> None:
    assert decode_payload("wwHioz3/VYAiNwoSaGVsbG8gQWRh", "avro") == "hello Ada"
    assert decode_payload("wwHioz3/VYAiNwoSaGVsbG8gQWRh") == "hello Ada"
    with pytest.raises(UnsupportedPayloadCodec, match="codec missing"):
        decode_payload("wwHioz3/VYAiNwoSaGVsbG8gQWRh", None)
    with pytest.raises(UnsupportedPayloadCodec, match="'json'"):
        decode_payload("wwHioz3/VYAiNwoSaGVsbG8gQWRh", "json")


def test_none_payload_is_no_value() -> None:
    assert decode_payload(None) is None
    assert decode_arguments(None) == []


def test_argument_lists() -> None:
    envelope = encode_arguments(["Ada"])
    assert envelope == {"codec": "avro", "blob": "wwHioz3/VYAiNwwCCgZBZGEA"}
    assert decode_arguments(envelope) == ["Ada"]
    assert decode_arguments(encode_arguments([])) == []
    # a decoded null is no arguments, a non-list value is one argument
    assert decode_arguments(encode_payload(None)) == []
    assert decode_arguments(encode_payload({"k": 1})) == [{"k": 1}]


def test_typed_decoding_through_envelopes() -> None:
    def handler(greeting: Greeting, count: int) -> Greeting:
        return greeting

    envelope = encode_arguments([Greeting("Ada", 2), 3])
    assert decode_arguments(envelope, type_hints=parameter_type_hints(handler)) == [
        Greeting("Ada", 2),
        3,
    ]
    assert decode_payload(envelope, type_hints=[Greeting]) == [Greeting("Ada", 2), 3]
    result = encode_payload(Greeting("Bo"))
    assert decode_payload(result, type_hint=Greeting) == Greeting("Bo")
    with pytest.raises(ValueConversionError) as caught:
        decode_arguments(encode_arguments(["x", "not-int"]), type_hints=[str, int])
    assert caught.value.path == "input[1]"
    with pytest.raises(TypeError):
        decode_payload(result, type_hint=Greeting, type_hints=[Greeting])


def test_encode_time_conversion_errors_name_the_path() -> None:
    with pytest.raises(ValueConversionError) as caught:
        encode_arguments([{"items": [1, 2, {3, "a"}]}, object()])
    assert caught.value.path == "input[0].items[2]"
    with pytest.raises(ValueConversionError) as caught:
        encode_arguments(["ok", object()])
    assert caught.value.path == "input[1]"
    with pytest.raises(ValueConversionError) as caught:
        encode_payload({"when": __import__("datetime").datetime(2026, 1, 1)})
    assert caught.value.reason == "naive_datetime"
    assert caught.value.path == "value.when"


def test_custom_converter_is_used() -> None:
    import datetime as dt

    lenient = PayloadConverter(naive_datetimes="preserve")
    envelope = encode_payload(dt.datetime(2026, 1, 2, 3, 4), converter=lenient)
    assert decode_payload(envelope) == "2026-01-02T03:04:00"
    assert decode_payload(envelope, type_hint=dt.datetime, converter=lenient) == dt.datetime(
        2026, 1, 2, 3, 4
    )


@pytest.mark.parametrize(
    ("payload", "error", "match"),
    [
        ([1, 2], InvalidPayloadFraming, "envelope object or a blob string"),
        (42, InvalidPayloadFraming, "envelope object or a blob string"),
        ({"codec": "avro"}, InvalidPayloadFraming, "not a payload envelope"),
        ({"codec": "avro", "value": 1}, InvalidPayloadFraming, "not a payload envelope"),
        (
            {"codec": "avro", "blob": "wwHioz3/VYAiNwA=", "external_storage": {}},
            InvalidPayloadFraming,
            "exactly one",
        ),
        ({"codec": "avro", "blob": 5}, InvalidPayloadFraming, "blob must be a string"),
        (
            {"codec": "avro", "blob": "wwHioz3/VYAiNwA=", "payload_codec": "avro"},
            InvalidPayloadFraming,
            "unexpected keys",
        ),
        ({"blob": "wwHioz3/VYAiNwA="}, UnsupportedPayloadCodec, "codec missing"),
        ({"codec": None, "blob": "wwHioz3/VYAiNwA="}, UnsupportedPayloadCodec, "codec missing"),
        ({"codec": "", "blob": "wwHioz3/VYAiNwA="}, UnsupportedPayloadCodec, "codec missing"),
        (
            {"codec": "workflow-serializer-y", "blob": "x"},
            UnsupportedPayloadCodec,
            "workflow-serializer-y",
        ),
        ({"codec": "avro", "blob": '{"a":1}'}, InvalidPayloadFraming, "look like JSON"),
        ({"codec": "avro", "blob": "AgEC"}, InvalidPayloadFraming, "magic c301"),
        ({"codec": "avro", "blob": "AAEC"}, InvalidPayloadFraming, "legacy Avro frame"),
        (
            {"codec": "avro", "external_payload": {"reference_id": "ep_x"}},
            UnsupportedPayloadReference,
            "runtime external payload",
        ),
    ],
)
def test_bad_payloads_are_typed_errors(
    payload: object, error: type[PayloadError], match: str
) -> None:
    with pytest.raises(error, match=match) as caught:
        decode_payload(payload)
    assert type(caught.value) is error


def test_require_avro_codec() -> None:
    assert require_avro_codec("avro") == "avro"
    for codec in (None, "", "json", "JSON", "Avro", 1):
        with pytest.raises(UnsupportedPayloadCodec) as caught:
            require_avro_codec(codec)
        assert caught.value.code == "unsupported_payload_codec"


# ------------------------------------------------------------------------- codec regressions


def _regressions() -> list[dict[str, Any]]:
    folder = shared_fixtures("codec_regressions")
    found = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    assert found, "no codec regression fixtures"
    return found


def test_codec_regressions() -> None:
    seen = set()
    for fixture in _regressions():
        policy = fixture["failure_policy"]
        wire = fixture["framing"]["wire_base64"]
        codec = fixture["protocol"]["codec"]
        seen.add(fixture["id"])
        if policy["operation"] == "round_trip":
            envelope = {"codec": codec, "blob": wire}
            value = decode_payload(envelope)
            assert encode_payload(value) == envelope, fixture["id"]
            continue
        assert policy["operation"] == "decode_reject", fixture["id"]
        if codec == "task-root":
            tasks = json.loads(base64.b64decode(wire))
            assert tasks
            for task in tasks:
                with pytest.raises(PayloadError) as caught:
                    task_payload_codec(task)
                assert caught.value.code == policy["error"], fixture["id"]
            continue
        for attempt in ({"codec": codec, "blob": wire}, wire):
            with pytest.raises(PayloadError) as caught:
                decode_payload(attempt, codec)
            assert caught.value.code == policy["error"], fixture["id"]
    assert {
        "avro-value-v1-long-zero",
        "json-tagged-payload-codec-rejected",
        "json-tagged-null-payload-codec-rejected",
        "missing-null-root-task-codecs-rejected",
    } <= seen


def test_task_payload_codec() -> None:
    assert task_payload_codec({"payload_codec": "avro"}) == "avro"
    with pytest.raises(UnsupportedPayloadCodec, match="codec missing"):
        task_payload_codec({})


# -------------------------------------------------------------------- external task envelopes

KNOWN_DETAIL_VALUES = {
    "decode-failure.v1.json": {"detail": "invalid utf-8"},
    "unsupported-payload-codec.v1.json": {"codec": "json"},
    "unsupported-payload-reference.v1.json": {"provider": "gs"},
}


def _envelopes(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if "codec" in node and "blob" in node:
            yield node
        for child in node.values():
            yield from _envelopes(child)
    elif isinstance(node, list):
        for child in node:
            yield from _envelopes(child)


@pytest.mark.parametrize("folder", ["external-task-input", "external-task-result"])
def test_external_task_envelopes(folder: str) -> None:
    files = sorted(shared_fixtures(folder).glob("*.json"))
    assert files
    decoded_files = set()
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        for envelope in _envelopes(document):
            assert is_payload_envelope(envelope), path.name
            if envelope["blob"].startswith("BASE64_"):
                # a placeholder, not a payload: it must be refused, not misread
                with pytest.raises(InvalidPayloadFraming):
                    decode_payload(envelope)
                continue
            value = decode_payload(envelope)
            assert encode_payload(value) == envelope
            assert value == KNOWN_DETAIL_VALUES[path.name]
            decoded_files.add(path.name)
    if folder == "external-task-result":
        assert decoded_files == set(KNOWN_DETAIL_VALUES)


# ----------------------------------------------------------------------------- size limits


def _string_with_blob_length(length: int) -> str:
    """A string whose Avro blob text is exactly ``length`` characters (length % 4 == 0)."""
    for n in range(max(0, length * 3 // 4 - 20), length):
        if len(encode_blob("x" * n)) == length:
            return "x" * n
    raise AssertionError(f"no string with blob length {length}")


def test_default_limits_match_the_server() -> None:
    limits = PayloadLimits()
    assert limits.size_limit_bytes == DEFAULT_PAYLOAD_SIZE_BYTES == 2_097_152
    assert limits.warning_threshold_bytes == 1_677_721


def test_warning_at_threshold_and_error_over_limit(caplog: pytest.LogCaptureFixture) -> None:
    limits = PayloadLimits(size_limit_bytes=400, warning_threshold_percent=50)
    below = _string_with_blob_length(196)
    at = _string_with_blob_length(200)
    with warnings.catch_warnings():
        warnings.simplefilter("error", PayloadSizeWarning)
        assert encode_payload(below, limits=limits)["blob"]
    with (
        caplog.at_level(logging.WARNING, logger="durable_workflow.payloads"),
        pytest.warns(PayloadSizeWarning) as record,
    ):
        encode_payload(at, limits=limits, kind="activity_result", context={"task_queue": "q"})
    warning = record[0].message
    assert isinstance(warning, PayloadSizeWarning)
    assert (warning.size, warning.threshold, warning.limit, warning.kind) == (
        200,
        200,
        400,
        "activity_result",
    )
    details = caplog.records[-1].durable_workflow_payload  # type: ignore[attr-defined]
    assert details == {
        "kind": "activity_result",
        "codec": "avro",
        "payload_size": 200,
        "threshold_bytes": 200,
        "limit_bytes": 400,
        "task_queue": "q",
    }
    exact = _string_with_blob_length(400)
    with pytest.warns(PayloadSizeWarning):
        encode_payload(exact, limits=limits)
    with pytest.raises(PayloadTooLarge) as caught:
        encode_payload(exact + "xxx", limits=limits)
    assert caught.value.limit == 400
    assert caught.value.size > 400
    assert caught.value.code == "payload_too_large"


def test_warnings_can_be_disabled_and_limit_removed() -> None:
    quiet = PayloadLimits(size_limit_bytes=400, warning_threshold_percent=50, warnings=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        encode_payload(_string_with_blob_length(396), limits=quiet)
        encode_payload("x" * 10_000, limits=PayloadLimits(size_limit_bytes=None))
    with pytest.raises(ValueError):
        PayloadLimits(size_limit_bytes=0)
    with pytest.raises(ValueError):
        PayloadLimits(warning_threshold_percent=0)


def test_default_limit_rejects_oversized_payload_before_sending() -> None:
    calls: list[bytes] = []

    class Recorder:
        def put(self, data: bytes, *, sha256: str, codec: str) -> Mapping[str, Any]:
            calls.append(data)
            raise AssertionError("must not be called")

        def get(self, reference: ExternalPayloadReference) -> bytes:
            raise AssertionError("must not be called")

    with pytest.raises(PayloadTooLarge):
        encode_payload(b"\x00" * 1_600_000, external_storage=Recorder())
    assert calls == []


# --------------------------------------------------------------------------- external storage


class CountingStorage:
    """Wraps a storage and counts calls."""

    def __init__(self, inner: ExternalStorage) -> None:
        self.inner = inner
        self.puts = 0
        self.gets = 0

    def put(self, data: bytes, *, sha256: str, codec: str) -> Any:
        self.puts += 1
        return self.inner.put(data, sha256=sha256, codec=codec)

    def get(self, reference: ExternalPayloadReference) -> bytes:
        self.gets += 1
        return self.inner.get(reference)


def _offloaded(tmp_path: Path, value: object = None) -> tuple[dict[str, Any], Path]:
    storage = LocalFileSystemStorage(tmp_path)
    payload = value if value is not None else {"report": "r" * 500}
    envelope = encode_payload(
        payload, external_storage=storage, external_storage_threshold_bytes=100
    )
    reference = envelope["external_storage"]
    path = storage.path_for(reference["sha256"])
    return envelope, path


def test_external_storage_round_trip(tmp_path: Path) -> None:
    storage = LocalFileSystemStorage(tmp_path)
    value: dict[str, Any] = {"report": "r" * 500}
    envelope = encode_payload(value, external_storage=storage, external_storage_threshold_bytes=100)
    assert set(envelope) == {"codec", "external_storage"}
    assert is_payload_envelope(envelope)
    reference = envelope["external_storage"]
    blob = encode_blob(value)
    stored = blob.encode("utf-8")
    assert reference == {
        "schema": EXTERNAL_PAYLOAD_REFERENCE_SCHEMA,
        "uri": (
            tmp_path.resolve() / "avro" / reference["sha256"][:2] / reference["sha256"]
        ).as_uri(),
        "sha256": hashlib.sha256(stored).hexdigest(),
        "size_bytes": len(stored),
        "codec": "avro",
    }
    assert storage.path_for(reference["sha256"]).read_bytes() == stored
    assert decode_payload(envelope, external_storage=storage) == value
    # small payloads stay inline
    small = encode_payload("hi", external_storage=storage, external_storage_threshold_bytes=100)
    assert "blob" in small
    # the threshold is exclusive: a blob of exactly the threshold stays inline
    text = _string_with_blob_length(100)
    assert "blob" in encode_payload(
        text, external_storage=storage, external_storage_threshold_bytes=100
    )
    assert "external_storage" in encode_payload(
        text, external_storage=storage, external_storage_threshold_bytes=99
    )


def test_offloaded_payload_is_exempt_from_inline_limit(tmp_path: Path) -> None:
    storage = LocalFileSystemStorage(tmp_path)
    big = b"\x01" * 1_700_000
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        envelope = encode_payload(
            big, external_storage=storage, external_storage_threshold_bytes=1_000_000
        )
    assert decode_payload(envelope, external_storage=storage) == big


def test_tampered_external_payload_fails_integrity(tmp_path: Path) -> None:
    envelope, path = _offloaded(tmp_path)
    storage = LocalFileSystemStorage(tmp_path)
    original = path.read_bytes()
    path.write_bytes(original[:-4] + b"AAA=")  # same size, different bytes
    with pytest.raises(ExternalPayloadIntegrityError, match="hash") as caught:
        decode_payload(envelope, external_storage=storage)
    assert caught.value.code == "external_payload_integrity_mismatch"
    path.write_bytes(original + b"A")
    with pytest.raises(ExternalPayloadIntegrityError, match="size"):
        decode_payload(envelope, external_storage=storage)


def test_missing_external_payload_is_unavailable(tmp_path: Path) -> None:
    envelope, path = _offloaded(tmp_path)
    path.unlink()
    with pytest.raises(ExternalPayloadUnavailable, match="not found"):
        decode_payload(envelope, external_storage=LocalFileSystemStorage(tmp_path))


def test_reference_without_storage_or_outside_root(tmp_path: Path) -> None:
    envelope, _ = _offloaded(tmp_path / "a")
    with pytest.raises(UnsupportedPayloadReference, match="requires an external storage"):
        decode_payload(envelope)
    with pytest.raises(UnsupportedPayloadReference, match="outside the storage root"):
        decode_payload(envelope, external_storage=LocalFileSystemStorage(tmp_path / "b"))
    remote = json.loads(json.dumps(envelope))
    remote["external_storage"]["uri"] = "s3://bucket/avro/ab/ab"
    with pytest.raises(UnsupportedPayloadReference, match="not a local file"):
        decode_payload(remote, external_storage=LocalFileSystemStorage(tmp_path / "a"))


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ({"schema": "other"}, "unknown reference schema"),
        ({"uri": ""}, "uri"),
        ({"sha256": "abc"}, "sha256"),
        ({"size_bytes": -1}, "size_bytes"),
        ({"size_bytes": True}, "size_bytes"),
        ({"codec": "json"}, "does not match the envelope codec"),
        ({"expires_at": "2026-05-01T00:00:00"}, "expires_at"),
        ({"expires_at": "tomorrow"}, "expires_at"),
        ({"surprise": 1}, "unknown reference fields"),
    ],
)
def test_malformed_references_are_rejected(
    tmp_path: Path, change: dict[str, Any], match: str
) -> None:
    envelope, _ = _offloaded(tmp_path)
    envelope["external_storage"].update(change)
    with pytest.raises(UnsupportedPayloadReference, match=match):
        decode_payload(envelope, external_storage=LocalFileSystemStorage(tmp_path))


def test_reference_object_helpers() -> None:
    data = b"wwHioz3/VYAiNwA="
    reference = ExternalPayloadReference.for_data(
        data, uri="file:///x", expires_at="2026-05-01T00:00:00Z"
    )
    wire = reference.to_dict()
    assert wire["expires_at"] == "2026-05-01T00:00:00Z"
    assert ExternalPayloadReference.from_dict(wire) == reference
    upper = dict(wire, sha256=wire["sha256"].upper())
    assert ExternalPayloadReference.from_dict(upper).sha256 == reference.sha256
    reference.verify(data)
    with pytest.raises(ExternalPayloadIntegrityError):
        reference.verify(data + b"x")
    with pytest.raises(UnsupportedPayloadReference, match="must be an object"):
        ExternalPayloadReference.from_dict("file:///x")


def test_cache_serves_verified_bytes_and_detects_poisoning(tmp_path: Path) -> None:
    storage = CountingStorage(LocalFileSystemStorage(tmp_path))
    cache: dict[str, bytes] = {}
    envelope = encode_payload(
        ["z" * 300],
        external_storage=storage,
        external_storage_threshold_bytes=10,
        external_storage_cache=cache,
    )
    assert storage.puts == 1
    assert len(cache) == 1  # encoding primes the cache
    for _ in range(3):
        assert decode_payload(envelope, external_storage=storage, external_storage_cache=cache) == [
            "z" * 300
        ]
    assert storage.gets == 0
    fresh: dict[str, bytes] = {}
    decode_payload(envelope, external_storage=storage, external_storage_cache=fresh)
    decode_payload(envelope, external_storage=storage, external_storage_cache=fresh)
    assert storage.gets == 1
    key = next(iter(cache))
    cache[key] = b"poison"
    with pytest.raises(ExternalPayloadIntegrityError):
        decode_payload(envelope, external_storage=storage, external_storage_cache=cache)


def test_bounded_cache_evicts() -> None:
    cache = BoundedPayloadCache(max_entries=2, max_bytes=10)
    cache["a"] = b"1234"
    cache["b"] = b"5678"
    assert cache.get("a") == b"1234"  # a is now most recent
    cache["c"] = b"90"
    assert "b" not in cache
    assert cache.get("a") == b"1234"
    assert cache.get("c") == b"90"
    cache["d"] = b"12345678"  # over the byte budget with a or c: evicts until it fits
    assert cache.size_bytes <= 10
    assert cache.get("d") == b"12345678"
    cache["huge"] = b"x" * 11
    assert cache.get("huge") is None
    cache.clear()
    assert len(cache) == 0
    with pytest.raises(ValueError):
        BoundedPayloadCache(max_entries=0)


def test_misbehaving_storage_drivers(tmp_path: Path) -> None:
    class LyingStorage:
        def put(self, data: bytes, *, sha256: str, codec: str) -> Mapping[str, Any]:
            return ExternalPayloadReference.for_data(b"other", uri="mem://1").to_dict()

        def get(self, reference: ExternalPayloadReference) -> bytes:
            return b""

    class BrokenStorage:
        def put(self, data: bytes, *, sha256: str, codec: str) -> Mapping[str, Any]:
            raise OSError("disk full")

        def get(self, reference: ExternalPayloadReference) -> bytes:
            raise KeyError(reference.uri)

    class WrongTypeStorage:
        def put(self, data: bytes, *, sha256: str, codec: str) -> Mapping[str, Any]:
            raise AssertionError

        def get(self, reference: ExternalPayloadReference) -> bytes:
            return "text"  # type: ignore[return-value]

    with pytest.raises(ExternalPayloadIntegrityError, match="does not describe"):
        encode_payload(
            "x" * 50, external_storage=LyingStorage(), external_storage_threshold_bytes=1
        )
    with pytest.raises(ExternalPayloadUnavailable, match="disk full"):
        encode_payload(
            "x" * 50, external_storage=BrokenStorage(), external_storage_threshold_bytes=1
        )
    envelope, _ = _offloaded(tmp_path)
    with pytest.raises(ExternalPayloadUnavailable, match="KeyError"):
        decode_payload(envelope, external_storage=BrokenStorage())
    with pytest.raises(ExternalPayloadUnavailable, match="not bytes"):
        decode_payload(envelope, external_storage=WrongTypeStorage())
    assert isinstance(LocalFileSystemStorage(tmp_path), ExternalStorage)


class MemoryAsyncStorage:
    def __init__(self) -> None:
        self.objects: dict[str, bytes] = {}

    async def put(self, data: bytes, *, sha256: str, codec: str) -> ExternalPayloadReference:
        uri = f"mem://{codec}/{sha256}"
        self.objects[uri] = data
        return ExternalPayloadReference.for_data(data, uri=uri, codec=codec)

    async def get(self, reference: ExternalPayloadReference) -> bytes:
        return self.objects[reference.uri]


async def test_async_storage_round_trip(tmp_path: Path) -> None:
    storage = MemoryAsyncStorage()
    envelope = await encode_payload_async(
        [Greeting("Ada")] * 20, external_storage=storage, external_storage_threshold_bytes=16
    )
    assert envelope["external_storage"]["uri"].startswith("mem://avro/")
    decoded = await decode_arguments_async(
        envelope, external_storage=storage, type_hints=[Greeting] * 20
    )
    assert decoded == [Greeting("Ada")] * 20
    with pytest.raises(TypeError):
        decode_payload(envelope, external_storage=storage)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        encode_payload("x" * 50, external_storage=storage, external_storage_threshold_bytes=1)  # type: ignore[arg-type]
    # a sync driver works from async code too (run in a worker thread)
    local = LocalFileSystemStorage(tmp_path)
    envelope = await encode_payload_async(
        "y" * 100, external_storage=local, external_storage_threshold_bytes=16
    )
    assert await decode_payload_async(envelope, external_storage=local) == "y" * 100
    storage.objects.clear()
    missing = await encode_payload_async(
        "q" * 100, external_storage=storage, external_storage_threshold_bytes=16
    )
    storage.objects.clear()
    with pytest.raises(ExternalPayloadUnavailable):
        await decode_payload_async(missing, external_storage=storage)


# -------------------------------------------------------------------------------- serializer


def test_serializer_bundles_client_options(tmp_path: Path) -> None:
    serializer = PayloadSerializer(
        payload_size_limit_bytes=DEFAULT_PAYLOAD_SIZE_BYTES,
        payload_size_warning_threshold_percent=80,
        payload_size_warnings=True,
        external_storage=LocalFileSystemStorage(tmp_path),
        external_storage_threshold_bytes=64,
    )
    assert isinstance(serializer.external_storage_cache, BoundedPayloadCache)
    assert serializer.limits.warning_threshold_bytes == 1_677_721
    inline = serializer.encode_arguments([1, "two"])
    assert "blob" in inline
    assert serializer.decode_arguments(inline, type_hints=[int, str]) == [1, "two"]
    offloaded = serializer.encode(Greeting("x" * 200), kind="workflow_result")
    assert "external_storage" in offloaded
    assert serializer.decode(offloaded, type_hint=Greeting) == Greeting("x" * 200)
    plain = PayloadSerializer()
    assert plain.external_storage_cache is None
    with pytest.raises(UnsupportedPayloadReference):
        plain.decode(offloaded)
    with pytest.raises(ValueError):
        PayloadSerializer(external_storage_threshold_bytes=-1)


async def test_serializer_async_methods() -> None:
    serializer = PayloadSerializer(
        external_storage=MemoryAsyncStorage(), external_storage_threshold_bytes=8
    )
    envelope = await serializer.encode_arguments_async(["abcdefghij"])
    assert "external_storage" in envelope
    assert await serializer.decode_arguments_async(envelope) == ["abcdefghij"]
    value = await serializer.encode_async({"k": 1})
    assert await serializer.decode_async(value) == {"k": 1}
    with pytest.raises(TypeError):
        serializer.encode("x")


def test_avro_codec_constant() -> None:
    assert AVRO_CODEC == "avro"
