"""The headless commands behind main.py (a stable contract: see README.md)."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from typing import TextIO

from core import app, paths
from core.errors import ConfigError, NetworkError
from core.progress import REQUESTS
from core.store import intact

DEFAULT_PROFILE = "default"


def _profile_name(profile: str | None) -> str:
    """The profile a command works on: as given; else, with no environment connection, the app's current
    saved profile; else "default"."""
    if profile:
        _check_known(profile)
        return profile
    if app.endpoints_from_env() is None and (paths.home() / "profiles.json").exists():
        from core.profiles import ProfileStore  # lazy: start-up time, only with saved profiles

        current = ProfileStore().current()
        if current is not None:
            return current.name
    return DEFAULT_PROFILE


def _check_known(profile: str) -> None:
    """Without an environment connection, a profile named on the command line must be a saved one (or have a
    cache from an earlier run): a typo gets its own message, not "no connection" or "nothing cached"."""
    store = paths.home() / "profiles.json"
    if app.endpoints_from_env() is not None or not store.exists():
        return
    if (paths.home() / "profiles" / paths.folder_name(profile) / "cache.db").exists():
        return
    from core.profiles import ProfileStore  # lazy: start-up time, only with saved profiles

    names = ProfileStore(store).names()
    if not any(profile.casefold() == saved.casefold() for saved in names):
        raise ConfigError(f"There is no saved profile named \"{profile}\" (saved: {', '.join(names) or 'none'}). "
                          "Check the name, or set the SYNCDOCTOR_* connection variables.")


def _cache(profile: str | None) -> Path:
    return paths.cache_path(_profile_name(profile))


def _intact(path: Path) -> Path:
    """The cache, read through (when it may have changed) so damage is reported before a command relies on it."""
    intact.verify(path)
    return path


def _endpoints(profile: str | None) -> app.Endpoints:
    """The environment's connection when set (scripts, CI), else the saved profile's (keychain logins)."""
    endpoints = app.endpoints_from_env()
    if endpoints is not None:
        return endpoints
    name = _profile_name(profile)
    if (paths.home() / "profiles.json").exists():
        from core.auth.connect import Connections  # lazy: start-up time (keyring, the OAuth stack)

        connections = Connections()
        if any(name.casefold() == saved.casefold() for saved in connections.profiles.names()):
            connections.check_keyring()
            return connections.endpoints(name)
    raise ConfigError("No connection is configured. Set SYNCDOCTOR_HUBSPOT_TOKEN, SYNCDOCTOR_QBO_TOKEN "
                      "and SYNCDOCTOR_QBO_REALM (and the *_API addresses for a sandbox), or connect in the app.")


def cmd_refresh(profile: str | None, out: TextIO = sys.stdout, *, full: bool = False) -> int:
    endpoints = _endpoints(profile)
    last = [""]

    def progress(step: str, done: int, total: int) -> None:
        if step == REQUESTS:   # the running request count: the summary line says it at the end
            return
        if step != last[0] and last[0]:
            print(file=sys.stderr)
        last[0] = step
        print(f"\r{step}: {done}" + (f"/{total}" if total else ""), end="", file=sys.stderr, flush=True)

    path = _intact(_cache(profile))
    stats = app.refresh(endpoints, path, progress=progress if sys.stderr.isatty() else None,
                        cancel=threading.Event(), mode="full" if full else "auto")
    intact.vouch(path)   # checked (or new) before, written by SQLite since: still intact
    if last[0]:
        print(file=sys.stderr)
    counts = ", ".join(f"{n} {k}" for k, n in stats.counts.items())
    print(f"Refreshed: {counts or 'nothing to fetch'} "
          f"({stats.hubspot_requests} HubSpot and {stats.qbo_requests} QuickBooks requests).", file=out)
    return 0


def cmd_diagnose(profile: str | None, as_json: bool, out: TextIO = sys.stdout, *, options: bool = True) -> int:
    path = _cache(profile)
    if not path.exists():
        raise ConfigError(f"Nothing is cached yet for this profile ({path}). Run 'main.py refresh' first.")
    _intact(path)
    if as_json:
        app.diagnose_to(path, out, options=options)
        intact.vouch(path)
        return 0
    result = app.diagnose(path)
    intact.vouch(path)
    for notice in result.notices:
        print(f"! {notice.summary}", file=out)
    failures = result.failures
    invoices = {f.hubspot_invoice_id for f in failures}
    if not failures:
        print("Every in-scope invoice can sync.", file=out)
        return 0
    print(f"{len(invoices)} invoice{'s' if len(invoices) != 1 else ''} cannot sync:", file=out)
    for f in failures:
        mark = "*" if f.root else " "
        print(f" {mark}{f.invoice_number or f.hubspot_invoice_id:<14} {f.kind:<34} {f.summary}", file=out)
    print("(* = fix this cause first)", file=out)
    return 0


def cmd_push(profile: str | None, invoice_ids: list[str], dry_run: bool, as_json: bool,
             out: TextIO = sys.stdout) -> int:
    """Push ready invoices (or the given HubSpot invoice ids) to QuickBooks: journaled, never twice."""
    from core.sync import engine  # lazy: start-up time (the fix machinery), for push only

    path = _cache(profile)
    if not path.exists():
        raise ConfigError(f"Nothing is cached yet for this profile ({path}). Run 'main.py refresh' first.")
    _intact(path)
    endpoints = _endpoints(profile)
    # An id given twice (or with stray spaces) is one invoice: planned twice, its second copy would be refused.
    wanted = list(dict.fromkeys(i.strip() for i in invoice_ids))
    # A mistyped id is refused before anything is sent: skipping it quietly would read as done.
    unknown = app.unknown_invoices(path, wanted) if wanted else []
    if unknown:
        raise ConfigError(f"No HubSpot invoice with the id {', '.join(unknown)} is in the cache (run 'main.py "
                          "refresh' first if it is new). Nothing was pushed.")
    outcome = engine.push(endpoints, path, path.parent / "journal.sqlite", wanted or None, dry_run=dry_run)
    results = outcome.result.results if outcome.result else []
    if as_json:
        json.dump({"dry_run": dry_run,
                   "planned": [c.invoice_ids[0] for c in outcome.plan.changes],
                   "skipped": [{"hubspot_invoice_id": i, "reason": str(why)} for i, why in outcome.plan.problems],
                   "results": [{"hubspot_invoice_id": r.change.invoice_ids[0], "status": str(r.status),
                                "qbo_invoice_id": r.record_id, "message": r.message} for r in results],
                   "synced": outcome.synced, "still_failing": outcome.still_failing,
                   "interrupted": outcome.result.interrupted if outcome.result else ""},
                  out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        verb = "Would push" if dry_run else "Pushed"
        print(f"{verb} {len(outcome.plan.changes) if dry_run else len(outcome.synced)} invoice(s) to QuickBooks.",
              file=out)
        for r in results:
            if r.status != "done":
                print(f" ! {r.change.label}: {r.message}", file=out)
        for invoice_id, why in outcome.plan.problems:
            print(f" - {invoice_id}: {why}", file=out)
    if outcome.result is not None and outcome.result.interrupted:
        raise NetworkError(f"The push stopped before the end: {outcome.result.interrupted} Run push again: it "
                           "first settles what was already sent, then sends the rest.")
    failed = [r for r in results if r.status != "done"]
    return 1 if failed else 0


def cmd_finish(profile: str | None, as_json: bool, out: TextIO = sys.stdout) -> int:
    """Finish runs a crash or a lost connection cut short (what Activity ▸ Finish does in the app): settle every
    write with an unknown outcome, then send what was never sent, each create looked up first."""
    # lazy: start-up time, the fix machinery loads for finish only
    from core.fixes import recovery
    from core.fixes.clients import Clients
    from core.journal import Journal

    path = _cache(profile)
    endpoints = _endpoints(profile)
    with Journal(path.parent / "journal.sqlite") as journal, Clients.connect(endpoints) as clients:
        results = recovery.resume_all(journal, clients)
    entries = [r for result in results for r in result.results]
    if as_json:
        json.dump({"runs": [{"run_id": result.run_id, "interrupted": result.interrupted,
                             "results": [{"label": str(r.change.label), "status": str(r.status),
                                          "record_id": r.record_id, "message": r.message}
                                         for r in result.results]} for result in results]},
                  out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        done = sum(1 for r in entries if r.status == "done")
        print(f"Finished {len(results)} interrupted run(s): {done} of {len(entries)} change(s) done.", file=out)
        for r in entries:
            if r.status != "done":
                print(f" ! {r.change.label}: {r.message or r.status}", file=out)
    stopped = next((result.interrupted for result in results if result.interrupted), "")
    if stopped:
        raise NetworkError(f"Finishing stopped before the end: {stopped} Run finish again.")
    return 1 if any(r.status != "done" for r in entries) else 0


def cmd_sandbox(port: int, scenario: str, *, faults: float = 0.0, seed: int | None = None,
                latency_ms: float = 0.0, log: str | None = None, xml_faults: bool = False,
                fault_kinds: str = "all", hostile: list[str] | None = None, out: TextIO = sys.stdout) -> int:
    # lazy: start-up time, werkzeug and the emulated companies load for `sandbox` only
    from core.sandbox.faults import FaultPlan, parse_kinds
    from core.sandbox.hostile import parse_hostile
    from core.sandbox.server import Options, Sandbox

    if not 0.0 <= faults <= 1.0:
        raise ConfigError("--faults is a share of requests between 0 and 1, e.g. 0.3 for 30 %.")
    try:
        kinds = parse_kinds(fault_kinds)
    except ValueError as exc:
        raise ConfigError(f"--fault-kinds: {exc}.") from exc
    plans = []
    for text in hostile or []:
        try:
            plans.append(parse_hostile(text))
        except ValueError as exc:
            raise ConfigError(f"--hostile: {exc}.") from exc
    if log:   # refused now, not as a failed reply to every request the sandbox serves
        try:
            Path(log).open("a", encoding="utf-8").close()
        except OSError as exc:
            raise ConfigError(f"--log: cannot write to {log} ({exc.strerror or exc}).") from exc
    options = Options(latency_ms=latency_ms, xml_faults=xml_faults, request_log=Path(log) if log else None,
                      faults=FaultPlan(rate=faults, seed=seed, kinds=kinds, xml=xml_faults) if faults else None,
                      hostile=plans)
    try:
        sandbox = Sandbox(scenario, port=port, options=options)
    except FileNotFoundError as exc:
        raise ConfigError(f"No scenario named or found at '{scenario}'.") from exc
    except OSError as exc:
        if exc.filename:   # the scenario file (a folder, unreadable), not the listening socket
            raise ConfigError(f"The scenario '{scenario}' cannot be read: {exc.strerror}.") from exc
        raise ConfigError(f"Cannot listen on 127.0.0.1:{port}: {exc.strerror}") from exc
    except (ValueError, TypeError, AttributeError, KeyError) as exc:   # JSON of the wrong shape, e.g. a list
        raise ConfigError(f"The scenario '{scenario}' is not valid: {exc}") from exc
    ep = sandbox.endpoints()
    print(f"Sandbox for '{sandbox.state.name}' serving HubSpot and QuickBooks at {sandbox.base_url}", file=out)
    print("Point the app at it with:", file=out)
    print(f"  export SYNCDOCTOR_HUBSPOT_API={ep.hubspot_api} SYNCDOCTOR_QBO_API={ep.qbo_api}", file=out)
    print(f"  export SYNCDOCTOR_HUBSPOT_TOKEN={ep.hubspot_token} SYNCDOCTOR_QBO_TOKEN={ep.qbo_token} "
          f"SYNCDOCTOR_QBO_REALM={ep.qbo_realm}", file=out)
    for plan in plans:
        print(f"Hostile replies: {plan.kind} for paths matching {plan.path}", file=out)
    print("Press Ctrl-C to stop.", file=out, flush=True)
    try:
        sandbox.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    return 0
