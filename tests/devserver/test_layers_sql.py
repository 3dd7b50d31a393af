"""SQL lives in the store: engine and http modules hold no SQL, and route handlers stay thin."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import durable_workflow.devserver as devserver_package

ROOT = Path(devserver_package.__file__).parent
SQL = re.compile(
    r"\bSELECT\b.+\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\bCREATE\s+(TABLE|INDEX|UNIQUE)\b|\bPRAGMA\b|\bBEGIN\s+IMMEDIATE\b",
    re.IGNORECASE | re.DOTALL,
)
#: A route handler parses, validates, calls one engine function and shapes the answer.
MAX_HANDLER_LINES = 30


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def sql_strings(source: str) -> list[str]:
    """The string literals of ``source`` (docstrings aside) that are SQL statements."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if SQL.search(text):
                found.append(text)
                skip.update(id(v) for v in node.values)
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and id(node) not in skip and SQL.search(node.value):
            found.append(node.value)
    return found


def test_the_sql_finder_finds_sql_and_only_sql() -> None:
    source = (
        '"""Reads the SELECT of a run."""\n'
        'a = "SELECT * FROM workflow_runs WHERE run_id = ?"\n'
        'b = f"UPDATE {table} SET status = ?"\n'
        'c = "select the run from the list"\n'
        'd = "DELETE FROM timers"\n'
    )
    assert len(sql_strings(source)) == 3


def test_engine_and_http_modules_hold_no_sql() -> None:
    offenders = {}
    for layer in ("engine", "http"):
        for path in sorted(ROOT.joinpath(layer).rglob("*.py")):
            found = sql_strings(path.read_text(encoding="utf-8"))
            if found:
                offenders[str(path.relative_to(ROOT))] = found[0][:80]
    assert offenders == {}


def test_the_store_holds_the_sql() -> None:
    count = sum(
        len(sql_strings(path.read_text(encoding="utf-8")))
        for path in ROOT.joinpath("store").rglob("*.py")
    )
    assert count > 200


def _handler_names(tree: ast.AST) -> set[str]:
    """Names of the functions a module registers as route endpoints (``Route(path, fn, ...)``)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("Route"):
            args = [*node.args[1:2], *(k.value for k in node.keywords if k.arg == "endpoint")]
            names.update(a.id for a in args if isinstance(a, ast.Name))
    return names


def test_route_handlers_are_thin() -> None:
    long = {}
    checked = 0
    for path in sorted(ROOT.joinpath("http").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        handlers = _handler_names(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.AsyncFunctionDef | ast.FunctionDef):
                continue
            if node.name not in handlers:
                continue
            checked += 1
            lines = (node.end_lineno or node.lineno) - node.lineno + 1
            if lines > MAX_HANDLER_LINES:
                long[f"{path.relative_to(ROOT)}:{node.name}"] = lines
    assert long == {}
    assert checked > 40
