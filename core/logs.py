"""Where the app writes its log: stderr and a rotating file in the data folder, secrets masked on the way out.

Nothing should ever log a token; the formatter is the second line of defence (a library that logs a request's
headers or a token reply at DEBUG), so it masks every shape a credential travels in.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from io import TextIOWrapper
from pathlib import Path

from core import paths

LOG_FILE = "syncdoctor.log"
MASK = "[hidden]"
_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)((?:access_token|refresh_token|id_token|client_secret|code_verifier|code|token)"
               r"[\"']?\s*[:=]\s*[\"']?)[^\s\"'&,}]+"),
    re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?(?:basic\s+)?)[^\s\"',}]+"),
)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then masks credentials in the whole text, traceback included. Formatting (not a
    filter) so the record itself is untouched for any other handler."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_path() -> Path:
    return paths.private_dir(paths.home() / "logs") / LOG_FILE


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file is private (0600 on POSIX): the first one, and each new one started at
    rollover, is created by paths.private_file before the handler opens it."""

    def _open(self) -> TextIOWrapper:
        paths.private_file(Path(self.baseFilename))
        return super()._open()


def reset() -> None:
    """Remove the handlers setup() added (tests; a second setup() does it too)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_syncdoctor", False):
            root.removeHandler(handler)
            handler.close()


def setup(verbose: bool = False, *, to_file: bool = True, level: int | None = None,
          quiet: bool = False) -> Path | None:
    """Configure the root logger once per process: WARNING (INFO with verbose; only CRITICAL when `quiet`) to
    stderr, INFO+ to the file (1 MB × 3 files) that a bookkeeper can send to support. Returns the file's path.
    `quiet` is for the command line, whose stderr holds nothing but its one `error: …` line unless -v is given."""
    reset()
    root = logging.getLogger()
    fmt = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    console = logging.StreamHandler()
    console.setLevel(logging.INFO if verbose else logging.CRITICAL if quiet else logging.WARNING)
    handlers: list[logging.Handler] = [console]
    path: Path | None = None
    if to_file:
        path = log_path()
        file_handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        file_handler.setLevel(logging.DEBUG if level is not None and level <= logging.DEBUG else logging.INFO)
        handlers.append(file_handler)
    for handler in handlers:
        handler.setFormatter(fmt)
        handler._syncdoctor = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level if level is not None else logging.INFO)
    return path
