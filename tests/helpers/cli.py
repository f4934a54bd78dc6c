"""Running `main.py` as a bookkeeper's script would, against a sandbox, and reading a cache back row by row."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from core.sandbox.server import Sandbox
from core.store import schema

ROOT = Path(__file__).resolve().parents[2]


def run_main(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env, cwd=ROOT, text=True,
                          capture_output=True, timeout=timeout)


def _as_in_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: a shell that runs the tests in the background (CI's job runner, `make &`)
    starts them with SIGINT ignored, and Python keeps an ignored SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_main(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], env=env, cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_as_in_a_terminal)


def sandbox_env(sandbox: Sandbox, home: Path) -> dict[str, str]:
    ep = sandbox.endpoints()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SYNCDOCTOR_")}
    env.update(SYNCDOCTOR_HOME=str(home), SYNCDOCTOR_HUBSPOT_API=ep.hubspot_api,
               SYNCDOCTOR_HUBSPOT_TOKEN=ep.hubspot_token, SYNCDOCTOR_QBO_API=ep.qbo_api,
               SYNCDOCTOR_QBO_TOKEN=ep.qbo_token, SYNCDOCTOR_QBO_REALM=ep.qbo_realm)
    return env


def cache_of(home: Path, profile: str = "default") -> Path:
    return home / "profiles" / profile / "cache.db"


def rows(cache: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every cached API row, sorted, without the bookkeeping column that numbers refreshes."""
    conn = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
    try:
        out = {}
        for table, columns in schema.TABLES.items():
            cols = ", ".join(c for c in columns if c != "refresh_id")
            out[table] = sorted(conn.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)
        return out
    finally:
        conn.close()
