"""Sync Doctor: parse the command line, set up logging, hand over to core.cli or the GUI."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Find and fix HubSpot → QuickBooks sync failures.")
    parser.add_argument("--demo", action="store_true", help="open the app on the embedded sandbox's demo company")
    parser.add_argument("--profile", help="client company profile (default: the last one used)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command")
    refresh = sub.add_parser("refresh", help="pull both systems into the cache")
    refresh.add_argument("--full", action="store_true",
                         help="fetch everything again instead of only what changed since the last refresh")
    diag = sub.add_parser("diagnose", help="list sync failures from the cache (no network needed)")
    diag.add_argument("--json", action="store_true", help="machine-readable output")
    diag.add_argument("--no-options", action="store_true",
                      help="with --json: leave out the fix options (a plan per failure: minutes at 100k invoices)")
    push = sub.add_parser("push", help="create the QuickBooks copy of ready invoices (journaled, never twice)")
    push.add_argument("invoice_ids", nargs="*", metavar="HUBSPOT_INVOICE_ID",
                      help="HubSpot invoice ids (default: every invoice that is ready: in scope, no problem found)")
    push.add_argument("--dry-run", action="store_true", help="show what would be pushed; send nothing")
    push.add_argument("--json", action="store_true", help="machine-readable output")
    finish = sub.add_parser("finish", help="finish fixes and pushes a crash or a lost connection cut short")
    finish.add_argument("--json", action="store_true", help="machine-readable output")
    sandbox = sub.add_parser("sandbox", help="serve the emulated APIs until Ctrl-C")
    sandbox.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)")
    sandbox.add_argument("--scenario", default="demo", help="'demo', 'scale:N' or a scenario JSON file")
    sandbox.add_argument("--faults", type=float, default=0.0, metavar="RATE",
                         help="share of requests (0-1) answered with an injected fault")
    sandbox.add_argument("--seed", type=int, default=None, help="seed for repeatable fault injection")
    sandbox.add_argument("--latency-ms", type=float, default=0.0, help="delay added to every reply")
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from core.error_text import plain

    try:
        return _run(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the command line's contract: one line, exit 2, never a traceback
        message = plain(exc)
        if message is None:
            import logging

            logging.getLogger("syncdoctor").error("Unexpected error", exc_info=exc)
            message = (f"Sync Doctor hit an unexpected problem ({type(exc).__name__}). Nothing more was written; "
                       "run the command again with -v to see the details.")
        print(f"error: {message}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from core import logs

    # The file log is for the desktop app (support); headless commands only talk to stderr.
    logs.setup(args.verbose, to_file=args.command in (None, "screenshot"))
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
