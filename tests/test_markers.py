"""The `gui` marker covers every test under tests/gui, whether or not its module says so."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _collected(*args: str) -> list[str]:
    result = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 5), result.stdout + result.stderr   # 5: nothing collected
    return [line for line in result.stdout.splitlines() if "::" in line]


def test_every_gui_test_is_marked_gui() -> None:
    # test_i18n.py sets no marker itself (test_tasks.py does): the conftest hook marks it.
    files = ("tests/gui/test_i18n.py", "tests/gui/test_tasks.py")
    assert _collected(*files, "-m", "not gui") == []
    marked = _collected(*files, "-m", "gui")
    assert any("test_i18n.py::" in t for t in marked) and any("test_tasks.py::" in t for t in marked)


def test_core_tests_are_not_marked_gui() -> None:
    assert _collected("tests/core/test_module_size.py", "-m", "gui") == []
