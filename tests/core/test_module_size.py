"""Short modules named for what they do: no module in core/ or gui/ is over 400 lines."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 400


def test_no_module_is_over_400_lines() -> None:
    sizes = {path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for folder in ("core", "gui") for path in (ROOT / folder).rglob("*.py")}
    assert len(sizes) > 100   # the folders were found
    too_long = {name: lines for name, lines in sorted(sizes.items()) if lines > LIMIT}
    assert not too_long, f"split these (over {LIMIT} lines): {too_long}"
