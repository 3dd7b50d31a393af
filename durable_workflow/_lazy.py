"""Names a package exports without importing the module that defines them until first use.

A package lists ``name -> module`` in a table and forwards its module-level ``__getattr__``
(PEP 562) and ``__dir__`` here::

    _EXPORTS: dict[str, str] = {"AsyncClient": "durable_workflow.client", ...}

    def __getattr__(name: str) -> Any:
        return load(__name__, name, _EXPORTS)

    def __dir__() -> list[str]:
        return listing(__name__, _EXPORTS)

The first access imports the module and stores the value on the package, so later accesses are
plain attribute reads. A table entry whose module is the package's own submodule of the same
name (``"workflow": "durable_workflow.workflow"``) exports that submodule itself.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from importlib import import_module
from typing import Any


def load(package: str, name: str, table: Mapping[str, str]) -> Any:
    """The value of ``package.name``, importing its module from ``table`` on first access."""
    module_name = table.get(name)
    if module_name is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    module = import_module(module_name)
    value = module if module_name == f"{package}.{name}" else getattr(module, name)
    setattr(sys.modules[package], name, value)
    return value


def listing(package: str, table: Mapping[str, str]) -> list[str]:
    """``dir(package)``: what is loaded already and every lazily exported name."""
    return sorted(set(vars(sys.modules[package])) | set(table))
