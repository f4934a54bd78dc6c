"""Test modules share code through tests/helpers (and tests/gui's helper modules), never by importing another
test module: that would run its module-level setup twice and tie one file's tests to another's internals."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_no_test_module_imports_another() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):   # `from tests.x.test_y import z` and `from tests.x import test_y`
                names = [node.module or "", *(f"{node.module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            offenders += [f"{path.relative_to(TESTS)}: {name}" for name in names
                          if name.startswith("tests.") and any(p.startswith("test_") for p in name.split(".")[1:])]
    assert offenders == []
