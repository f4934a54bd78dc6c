"""Sync Doctor: parse the command line, set up logging, hand over to core.cli or the GUI."""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import os
import signal
import sys
from typing import NoReturn


class Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake ends like every other failure: one `error: …` line on stderr, exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see '{self.prog} --help').\n")


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number (0-65535, 0 = any free port)")
    return port


def milliseconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of milliseconds (0 or more)")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="main.py", description="Find and fix HubSpot → QuickBooks sync failures.")
    parser.add_argument("--demo", action="store_true", help="open the app on the embedded sandbox's demo company")
    parser.add_argument("--profile", help="client company profile (default: the last one used)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    # --profile and -v are also read after the command (`main.py diagnose --profile Acme`); SUPPRESS keeps a
    # value given before the command when none comes after it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--profile", default=argparse.SUPPRESS, help="client company profile (as before the command)")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    refresh = sub.add_parser("refresh", parents=[common], help="pull both systems into the cache")
    refresh.add_argument("--full", action="store_true",
                         help="fetch everything again instead of only what changed since the last refresh")
    diag = sub.add_parser("diagnose", parents=[common], help="list sync failures from the cache (no network needed)")
    diag.add_argument("--json", action="store_true", help="machine-readable output")
    diag.add_argument("--no-options", action="store_true",
                      help="with --json: leave out the fix options (a plan per failure: minutes at 100k invoices)")
    push = sub.add_parser("push", parents=[common],
                          help="create the QuickBooks copy of ready invoices (journaled, never twice)")
    push.add_argument("invoice_ids", nargs="*", metavar="HUBSPOT_INVOICE_ID",
                      help="HubSpot invoice ids (default: every invoice that is ready: in scope, no problem found)")
    push.add_argument("--dry-run", action="store_true", help="show what would be pushed; send nothing")
    push.add_argument("--json", action="store_true", help="machine-readable output")
    finish = sub.add_parser("finish", parents=[common],
                            help="finish fixes and pushes a crash or a lost connection cut short")
    finish.add_argument("--json", action="store_true", help="machine-readable output")
    sandbox = sub.add_parser("sandbox", help="serve the emulated APIs until Ctrl-C")
    sandbox.add_argument("--port", type=port_number, default=0, help="port on 127.0.0.1 (default: any free port)")
    sandbox.add_argument("--scenario", default="demo", help="'demo', 'scale:N' or a scenario JSON file")
    sandbox.add_argument("--faults", "--fault-rate", type=float, default=0.0, metavar="RATE",
                         help="share of requests (0-1) answered with an injected fault")
    sandbox.add_argument("--seed", type=int, default=None, help="seed for repeatable fault injection")
    sandbox.add_argument("--latency-ms", type=milliseconds, default=0.0, help="delay added to every reply")
    sandbox.add_argument("--log", default=None, metavar="FILE", help="append every request to FILE (JSONL)")
    sandbox.add_argument("--xml-faults", action="store_true", help="answer QuickBooks faults in XML")
    sandbox.add_argument("--fault-kinds", default="all", metavar="KINDS",
                         help="comma-separated kinds for --faults: 429,5xx,slow,drop,expired_token,"
                              "stale_synctoken,drop_after_write,unreadable (default: all)")
    sandbox.add_argument("--hostile", action="append", default=[], metavar="KIND:REGEX",
                         help="spoil the replies to requests whose path matches REGEX (repeatable), e.g. "
                              "nulls:/query; kinds: html_200, html_502, invalid_json, truncated, "
                              "truncated_length, wrong_types, nulls, nulls_inner, huge_string, invalid_utf8, "
                              "slow_body, endless")
    shot = sub.add_parser("screenshot", help="render the main window to a PNG and exit")
    shot.add_argument("path")
    shot.add_argument("--demo", action="store_true", dest="shot_demo")
    return parser


HEADLESS = ("refresh", "diagnose", "push", "finish", "sandbox")
INTERRUPTED = 130   # Ctrl-C (SIGINT), as shells report it
TERMINATED = 143    # SIGTERM (a service manager, `kill`)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is so that it unwinds like Ctrl-C: transactions roll back, locks and
    staging files are released, nothing half-written is kept."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    _prepare_streams(json_out=False)
    args = build_parser().parse_args(argv)
    from core.error_text import plain

    if args.command in HEADLESS:
        signal.signal(signal.SIGTERM, _terminate)
        _prepare_streams(json_out=getattr(args, "json", False))
    try:
        code = _run(args)
        sys.stdout.flush()   # inside the try: a reader gone before the last write is reported like any failure
        return code
    except KeyboardInterrupt as exc:
        return _stopped(exc)
    except BrokenPipeError:
        _discard_stdout()
        _say("The output was closed before Sync Doctor finished writing it (broken pipe). Nothing was lost.")
        return 2
    except Exception as exc:  # the command line's contract: one line, exit 2, never a traceback
        interrupt = _interrupt_behind(exc)
        if interrupt is not None:   # an error while unwinding from Ctrl-C is the interruption, not a new problem
            return _stopped(interrupt)
        message = plain(exc)
        if message is None:
            if args.verbose:   # the details only when asked for: without -v stderr holds the one line
                import logging

                logging.getLogger("syncdoctor").error("Unexpected error", exc_info=exc)
            message = (f"Sync Doctor hit an unexpected problem ({type(exc).__name__}). Nothing more was written; "
                       "run the command again with -v to see the details.")
        _say(message)
        return 2


def _stopped(exc: KeyboardInterrupt) -> int:
    _say("Stopped before the end. What had finished is kept and nothing half-done was saved; run the command "
         "again to complete it (push and finish first settle what was already sent).")
    return TERMINATED if isinstance(exc, Terminated) else INTERRUPTED


def _interrupt_behind(exc: BaseException) -> KeyboardInterrupt | None:
    """The Ctrl-C or SIGTERM during whose handling `exc` was raised, if any."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return cause
        seen.add(id(cause))
        cause = cause.__context__
    return None


def _say(message: str) -> None:
    """The one `error: …` line on stderr (quietly nothing when stderr itself is gone)."""
    with contextlib.suppress(OSError, ValueError):
        print(f"error: {message}", file=sys.stderr, flush=True)


def _prepare_streams(*, json_out: bool) -> None:
    """Output that cannot fail on the way out: a closed stdout/stderr becomes the null device; text a non-UTF-8
    locale cannot show (Spanish names, arrows) is escaped instead of raising; JSON is always UTF-8 (RFC 8259)."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:   # started with the descriptor closed (`main.py diagnose >&-`)
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
        stream = getattr(sys, name)
        if isinstance(stream, io.TextIOWrapper):
            if json_out and name == "stdout":
                stream.reconfigure(encoding="utf-8", errors="strict")
            else:
                stream.reconfigure(errors="backslashreplace")


def _discard_stdout() -> None:
    """After a broken pipe, point stdout at the null device so the exit's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _run(args: argparse.Namespace) -> int:
    from core import logs

    # The file log is for the desktop app (support); headless commands only talk to stderr, and without -v only
    # to say `error: …` (a warning line beside it would break the one-line contract).
    logs.setup(args.verbose, to_file=args.command in (None, "screenshot"), quiet=args.command in HEADLESS)
    from core import cli

    if args.command == "refresh":
        return cli.cmd_refresh(args.profile, full=args.full)
    if args.command == "diagnose":
        return cli.cmd_diagnose(args.profile, args.json, options=not args.no_options)
    if args.command == "push":
        return cli.cmd_push(args.profile, args.invoice_ids, args.dry_run, args.json)
    if args.command == "finish":
        return cli.cmd_finish(args.profile, args.json)
    if args.command == "sandbox":
        return cli.cmd_sandbox(args.port, args.scenario, faults=args.faults, seed=args.seed,
                               latency_ms=args.latency_ms, log=args.log, xml_faults=args.xml_faults,
                               fault_kinds=args.fault_kinds, hostile=args.hostile)
    if args.command == "screenshot":
        from gui import app as gui_app

        return gui_app.screenshot(args.path, demo=args.shot_demo or args.demo)
    from gui import app as gui_app

    return gui_app.run(demo=args.demo, profile=args.profile)


if __name__ == "__main__":
    sys.exit(main())
