"""The import rules of pyproject.toml ([tool.importlinter]) hold, so `make test` catches a broken layer too."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, capture_output=True, text=True, timeout=120)


def test_every_import_contract_is_kept() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(("module", "line", "contract"), [
    ("core/store/schema.py", "import core.refresh.run", "no import cycle between modules of core"),
    ("core/types.py", "import core.errors", "core layers, from core.types up to core.cli"),
    ("core/formatting.py", "import PySide6.QtCore", "core is pure Python: no Qt, no gui"),
])
def test_a_broken_rule_is_reported(tmp_path: Path, module: str, line: str, contract: str) -> None:
    """The contracts can fail: a copy of core and gui with one forbidden import breaks the one that forbids it."""
    for part in ("core", "gui"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__", "docs"))
    for file in ("pyproject.toml", "tests/__init__.py", "tests/import_contracts.py"):
        (tmp_path / file).parent.mkdir(exist_ok=True)
        shutil.copy(ROOT / file, tmp_path / file)
    with (tmp_path / module).open("a") as f:
        f.write(f"\n{line}\n")
    result = _lint(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{contract} BROKEN" in result.stdout, result.stdout


def _function_level_imports(path: Path) -> list[tuple[int, list[str]]]:
    """(line, the import's lines plus the comment lines just above its run of imports) for each import in a function."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    for node in ast.walk(ast.parse("\n".join(lines))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Import | ast.ImportFrom):
                    first = sub.lineno - 1
                    while first > 0 and lines[first - 1].strip().startswith(("from ", "import ", "#")):
                        first -= 1
                    found.append((sub.lineno, lines[first:sub.end_lineno]))
    return found


def test_imports_inside_functions_say_they_are_lazy() -> None:
    """No import hides in a function to dodge a cycle (the contracts forbid cycles); the ones kept there for
    start-up time say so, with "lazy" in a comment on the import or just above its group."""
    silent = [f"{path.relative_to(ROOT)}:{line}" for path in sorted((ROOT / "core").rglob("*.py"))
              for line, text in _function_level_imports(path) if not any("# lazy" in row for row in text)]
    assert not silent, silent
