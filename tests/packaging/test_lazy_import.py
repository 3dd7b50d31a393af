"""Importing the SDK stays cheap, and the lazily exported names stay exact.

``import durable_workflow`` loads the client's core and the errors; the generated models, the
client's area modules, the converter, the development server and the worker load on first use.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

# Generated model modules `import durable_workflow` may load (none today; a new one belongs here
# only with a reason).
ALLOWED_MODELS: frozenset[str] = frozenset()
# Own modules (ours and the generated package's) loaded by `import durable_workflow` and by the
# first touch of a client class; the counts only go down.
MAX_OWN_MODULES = 14
MAX_OWN_MODULES_FIRST_USE = 62
# Generated modules the client's areas import when the client is first used: the literal enums
# they check arguments against (constants, no classes). Request models load per operation.
CLIENT_MODELS: frozenset[str] = frozenset(
    f"durable_workflow_api.models.{name}"
    for name in (
        "schedule_status_filter",
        "search_attribute_type",
        "worker_register_runtime",
        "workflow_status_bucket",
    )
)
# Packages that must not load with `import durable_workflow`.
LAZY_PREFIXES = (
    "durable_workflow.devserver",
    "durable_workflow.worker",
    "durable_workflow.workflow",
    "durable_workflow.activity",
    "durable_workflow.testing",
    "durable_workflow.client.ops",
    "durable_workflow.codec.converter",
    "durable_workflow_api.api.",
)
# What loading a client class must not load either: the payload codec (it loads with the first
# payload encoded or decoded, or the client's constructor), the result types and their display
# helpers (with the first result built), and asyncio (with the first async call).
FIRST_USE_LAZY_PREFIXES = (
    "durable_workflow.codec.avro",
    "durable_workflow.codec._avro_fast",
    "durable_workflow.codec.converter",
    "durable_workflow.codec.envelope",
    "durable_workflow.codec.framing",
    "durable_workflow.codec.legacy",
    "durable_workflow.codec.storage",
    "durable_workflow.client.types",
    "durable_workflow.client._display",
    "durable_workflow.client._timeline",
    "durable_workflow.client.history",
    "asyncio",
    "durable_workflow_api.client",
)
LAZY_PACKAGES = (
    "durable_workflow",
    "durable_workflow.client",
    "durable_workflow.codec",
    "durable_workflow.testing",
)


def _modules_after(statement: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    probe = f"{statement}; import json, sys; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
    )
    modules: list[str] = json.loads(result.stdout)
    return modules


def _own(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in ("durable_workflow", "durable_workflow_api")]


def test_import_loads_the_client_core_and_errors_only() -> None:
    modules = _modules_after("import durable_workflow")
    own = _own(modules)
    assert "durable_workflow.errors" in own
    assert "durable_workflow.client._core" in own
    models = {m for m in own if m.startswith("durable_workflow_api.models.")}
    assert models <= ALLOWED_MODELS, sorted(models - ALLOWED_MODELS)
    eager = [m for m in own if m.startswith(LAZY_PREFIXES)]
    assert not eager, eager
    assert len(own) <= MAX_OWN_MODULES, own


def test_first_touch_loads_what_is_needed() -> None:
    modules = _modules_after("import durable_workflow; durable_workflow.SyncClient")
    assert "durable_workflow.client._client" in modules
    assert "durable_workflow.client.ops.workflows" in modules
    assert not [m for m in modules if m.startswith("durable_workflow.devserver")]
    models = {m for m in modules if m.startswith("durable_workflow_api.models.")}
    assert models <= CLIENT_MODELS, sorted(models - CLIENT_MODELS)
    # endpoint modules load when their operation first runs
    endpoints = [
        m for m in modules if m.startswith("durable_workflow_api.api.") and m.count(".") == 3
    ]
    assert not endpoints, endpoints
    eager = [m for m in modules if m.startswith(FIRST_USE_LAZY_PREFIXES)]
    assert not eager, eager
    assert len(_own(modules)) <= MAX_OWN_MODULES_FIRST_USE, _own(modules)


def test_the_codec_and_result_types_load_when_first_needed() -> None:
    modules = _modules_after(
        "from durable_workflow import SyncClient; "
        "c = SyncClient('http://127.0.0.1:1', namespace='default')"
    )
    assert "durable_workflow.codec.envelope" in modules  # the client's default payload codec
    assert not [m for m in modules if m.startswith("durable_workflow.client.types")]
    modules = _modules_after(
        "from durable_workflow.client.ops.schedules import describe_schedule; "
        "from durable_workflow.client.ops.workflow_history import get_history"
    )
    assert not [m for m in modules if m.startswith(FIRST_USE_LAZY_PREFIXES)]


def test_a_lazy_module_imports_on_first_attribute_access() -> None:
    probe = (
        "from durable_workflow import _lazy; import sys; "
        "m = _lazy.module('durable_workflow_api.api.system.get_system_metrics'); "
        "assert 'durable_workflow_api.api.system.get_system_metrics' not in sys.modules, 1; "
        "f = m._get_kwargs; "
        "assert 'durable_workflow_api.api.system.get_system_metrics' in sys.modules, 2; "
        "from durable_workflow_api.api.system import get_system_metrics as real; "
        "assert f is real._get_kwargs and m._get_kwargs is f, 3; "
        "assert 'imported on first use' in repr(m), 4"
    )
    _modules_after(probe)


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:  # the parent is a module, not a package
        return False


def _type_checking_imports(package: str) -> dict[str, str]:
    """name -> module of the imports in the package's ``if TYPE_CHECKING:`` block."""
    module = importlib.import_module(package)
    assert module.__file__ is not None
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom), ast.unparse(stmt)
                base = package.rsplit(".", stmt.level - 1)[0] if stmt.level else ""
                source = ".".join(p for p in (base, stmt.module) if p)
                for alias in stmt.names:
                    name = alias.asname or alias.name
                    submodule = f"{source}.{alias.name}"
                    # `from pkg import sub` names the submodule itself
                    found[name] = submodule if _is_module(submodule) else source
    return found


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_export_table_type_imports_and_all_agree(package: str) -> None:
    module = importlib.import_module(package)
    table: dict[str, str] = module._EXPORTS
    typed = _type_checking_imports(package)
    assert typed == table
    eager = {"__version__"} if package == "durable_workflow" else set()
    assert set(module.__all__) == set(table) | eager
    assert set(table) <= set(dir(module))
    for name, source in table.items():
        defining = importlib.import_module(source)
        expected = defining if source == f"{package}.{name}" else getattr(defining, name)
        assert getattr(module, name) is expected, name


def test_a_subpackage_can_be_exported_as_itself() -> None:
    import durable_workflow
    from durable_workflow import _lazy
    from durable_workflow import codec as codec_package

    table = {"codec": "durable_workflow.codec", "PayloadError": "durable_workflow.errors"}
    assert _lazy.load("durable_workflow", "codec", table) is codec_package
    assert (
        _lazy.load("durable_workflow", "PayloadError", table)
        is durable_workflow.errors.PayloadError
    )
    with pytest.raises(AttributeError, match="'durable_workflow' has no attribute 'Missing'"):
        _lazy.load("durable_workflow", "Missing", table)
    assert "codec" in _lazy.listing("durable_workflow", table)


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_unknown_names_are_attribute_errors(package: str) -> None:
    module = importlib.import_module(package)
    with pytest.raises(AttributeError, match="no_such_name"):
        module.no_such_name  # noqa: B018
    assert not hasattr(module, "no_such_name")


def test_generated_packages_resolve_names_lazily() -> None:
    modules = _modules_after(
        "from durable_workflow_api.models import StartWorkflowRequest; "
        "from durable_workflow_api.api.workers import get_worker"
    )
    models = [m for m in modules if m.startswith("durable_workflow_api.models.")]
    assert "durable_workflow_api.models.start_workflow_request" in models
    assert len(models) < 10, models
    endpoints = [m for m in modules if m.startswith("durable_workflow_api.api.workers.")]
    assert endpoints == ["durable_workflow_api.api.workers.get_worker"]

    import durable_workflow_api.api as api
    import durable_workflow_api.models as models_package

    assert "StartWorkflowRequest" in dir(models_package)
    assert "workers" in dir(api)
    with pytest.raises(AttributeError):
        models_package.NoSuchModel  # noqa: B018
    with pytest.raises(AttributeError):
        api.no_such_tag  # noqa: B018


def test_endpoint_modules_import_their_models_when_parsing() -> None:
    modules = _modules_after("from durable_workflow_api.api.workers import get_worker")
    assert not [m for m in modules if m.startswith("durable_workflow_api.models.")]

    import httpx
    from durable_workflow_api.api.workers import get_worker
    from durable_workflow_api.client import Client
    from durable_workflow_api.models import ErrorResponse, WorkerDescription

    client = Client(base_url="http://127.0.0.1")
    missing = httpx.Response(404, json={"message": "no such worker", "reason": "worker_not_found"})
    parsed = get_worker._parse_response(client=client, response=missing)
    assert isinstance(parsed, ErrorResponse)
    assert parsed.message == "no such worker"
    assert WorkerDescription.__module__ == "durable_workflow_api.models.worker_description"


def test_lazy_endpoint_stand_ins_match_their_type_checking_imports() -> None:
    import pkgutil

    import durable_workflow.client.ops as ops
    from durable_workflow import _lazy

    checked = 0
    for info in pkgutil.iter_modules(ops.__path__):
        name = f"durable_workflow.client.ops.{info.name}"
        module = importlib.import_module(name)
        typed = _type_checking_imports(name)
        for alias, value in vars(module).items():
            if isinstance(value, _lazy._Module):
                target = value._lazy_module_name
                assert typed.get(alias) == target, (name, alias, target)
                assert importlib.util.find_spec(target) is not None, target
                checked += 1
    assert checked >= 60
