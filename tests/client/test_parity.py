"""The sync surface mirrors the async one: same names, parameters and docstrings."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from typing import Any

import pytest

from durable_workflow import client as client_module
from durable_workflow.client import AsyncClient, SyncClient, SyncWorkflowHandle, WorkflowHandle
from durable_workflow.client._drivers import AsyncBase


def _twin_pairs() -> list[tuple[type, type]]:
    """(AsyncClient, SyncClient) and every public ``X`` / ``SyncX`` class pair of the package."""
    pairs: list[tuple[type, type]] = [(AsyncClient, SyncClient)]
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(client_module.__path__, client_module.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and value.__module__ == module.__name__:
                found[name] = value
    for name, sync_cls in sorted(found.items()):
        if name.startswith("Sync") and name[4:] in found and not name.endswith("Client"):
            async_cls = found[name[4:]]
            if not name[4:].startswith("_") and not issubclass(async_cls, AsyncBase):
                pairs.append((async_cls, sync_cls))
    return pairs


PAIRS = _twin_pairs()

# Lifecycle methods whose names differ by design (``aclose`` vs ``close``).
RENAMED = {"aclose": "close"}
# Types that legitimately differ between the twins: async spelling -> sync spelling.
TWIN_TYPES = {
    "AsyncIterator": "Iterator",
    "AsyncGenerator": "Generator",
    "httpx.AsyncBaseTransport": "httpx.BaseTransport",
    **{a.__name__: s.__name__ for a, s in PAIRS},
}


def public_methods(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member)
    }


def _normalise(annotation: Any, *, sync: bool) -> str:
    """The annotation as text, with async spellings turned into sync ones on the async side."""
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    if sync:
        return text
    for async_name, sync_name in TWIN_TYPES.items():
        text = re.sub(rf"(?<![\w.]){re.escape(async_name)}\b", sync_name, text)
    return text


def _signature(func: Any, *, sync: bool) -> list[tuple[str, Any, Any, str]]:
    sig = inspect.signature(func)
    return [
        (p.name, p.kind, p.default, _normalise(p.annotation, sync=sync))
        for p in sig.parameters.values()
    ] + [("return", None, None, _normalise(sig.return_annotation, sync=sync))]


@pytest.mark.parametrize(("async_cls", "sync_cls"), PAIRS, ids=lambda c: c.__name__)
def test_same_method_names(async_cls: type, sync_cls: type) -> None:
    async_names = {RENAMED.get(n, n) for n in public_methods(async_cls)}
    assert async_names == set(public_methods(sync_cls))


@pytest.mark.parametrize(("async_cls", "sync_cls"), PAIRS, ids=lambda c: c.__name__)
def test_same_signatures_and_docstrings(async_cls: type, sync_cls: type) -> None:
    sync_methods = public_methods(sync_cls)
    for name, async_method in public_methods(async_cls).items():
        sync_method = sync_methods[RENAMED.get(name, name)]
        assert _signature(async_method, sync=False) == _signature(sync_method, sync=True), name
        if name not in RENAMED:
            assert inspect.getdoc(async_method) == inspect.getdoc(sync_method), name
        assert inspect.getdoc(async_method), f"{async_cls.__name__}.{name} has no docstring"


@pytest.mark.parametrize(("async_cls", "sync_cls"), PAIRS, ids=lambda c: c.__name__)
def test_async_methods_are_coroutines_and_sync_ones_are_not(
    async_cls: type, sync_cls: type
) -> None:
    sync_methods = public_methods(sync_cls)
    for name, async_method in public_methods(async_cls).items():
        sync_method = sync_methods[RENAMED.get(name, name)]
        assert not inspect.iscoroutinefunction(sync_method), name
        assert not inspect.isasyncgenfunction(sync_method), name
        if inspect.iscoroutinefunction(async_method):
            continue
        if inspect.isasyncgenfunction(async_method):
            # iter_* methods: an async iterator, and a plain iterator in the sync twin.
            assert inspect.isgeneratorfunction(sync_method), name
            continue
        # Only local builders (get_*_handle) may be plain functions on the async side.
        assert name.startswith("get_") and name.endswith("_handle"), name


def test_constructors_match() -> None:
    assert _signature(AsyncClient.__init__, sync=False) == _signature(
        SyncClient.__init__, sync=True
    )


def test_client_alias_and_exports() -> None:
    assert client_module.Client is AsyncClient
    for name in client_module.__all__:
        assert hasattr(client_module, name), name
    import durable_workflow

    for name in durable_workflow.__all__:
        assert hasattr(durable_workflow, name), name
    assert durable_workflow.Client is AsyncClient


def test_known_pairs_are_discovered() -> None:
    assert (WorkflowHandle, SyncWorkflowHandle) in PAIRS
