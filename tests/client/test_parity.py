"""The sync surface mirrors the async one: same names, parameters and docstrings."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from durable_workflow import client as client_module
from durable_workflow.client import AsyncClient, SyncClient, SyncWorkflowHandle, WorkflowHandle

# (async class, sync class); add each new handle pair here.
PAIRS: list[tuple[type, type]] = [
    (AsyncClient, SyncClient),
    (WorkflowHandle, SyncWorkflowHandle),
]

# Lifecycle methods whose names differ by design (``aclose`` vs ``close``).
RENAMED = {"aclose": "close"}
# Types that legitimately differ between the twins (async handle -> sync handle).
TWIN_TYPES = {
    "WorkflowHandle": "SyncWorkflowHandle",
    "AsyncClient": "SyncClient",
    "httpx.AsyncBaseTransport": "httpx.BaseTransport",
}


def public_methods(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member)
    }


def _normalise(annotation: Any) -> str:
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    for async_name, sync_name in TWIN_TYPES.items():
        text = text.replace(sync_name, async_name)
    return text


def _signature(func: Any) -> list[tuple[str, Any, Any, str]]:
    sig = inspect.signature(func)
    return [
        (p.name, p.kind, p.default, _normalise(p.annotation)) for p in sig.parameters.values()
    ] + [("return", None, None, _normalise(sig.return_annotation))]


@pytest.mark.parametrize(("async_cls", "sync_cls"), PAIRS, ids=lambda c: c.__name__)
def test_same_method_names(async_cls: type, sync_cls: type) -> None:
    async_names = {RENAMED.get(n, n) for n in public_methods(async_cls)}
    assert async_names == set(public_methods(sync_cls))


@pytest.mark.parametrize(("async_cls", "sync_cls"), PAIRS, ids=lambda c: c.__name__)
def test_same_signatures_and_docstrings(async_cls: type, sync_cls: type) -> None:
    sync_methods = public_methods(sync_cls)
    for name, async_method in public_methods(async_cls).items():
        sync_method = sync_methods[RENAMED.get(name, name)]
        assert _signature(async_method) == _signature(sync_method), name
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
        if inspect.iscoroutinefunction(async_method):
            continue
        # Only local builders (get_*_handle) may be plain functions on the async side.
        assert name.startswith("get_") and name.endswith("_handle"), name


def test_constructors_match() -> None:
    assert _signature(AsyncClient.__init__) == _signature(SyncClient.__init__)


def test_client_alias_and_exports() -> None:
    assert client_module.Client is AsyncClient
    for name in client_module.__all__:
        assert hasattr(client_module, name), name
    import durable_workflow

    for name in durable_workflow.__all__:
        assert hasattr(durable_workflow, name), name
    assert durable_workflow.Client is AsyncClient
