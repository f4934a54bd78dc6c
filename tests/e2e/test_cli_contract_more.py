"""The command line's contract where a script or a shell, not the services, is the adversary: argparse misuse,
odd settings in the environment, bad `sandbox` options, an output closed early or never open, a locale that
cannot show Spanish names, a warning beside the error. Each ends in one `error: …` line and exit 2, or in
success — never a traceback, never a second line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.profiles import Profile, ProfileStore
from core.qbo.marker import marked_invoice
from core.sandbox.server import Sandbox
from tests.helpers.cli import ROOT, cache_of, run_main, sandbox_env
from tests.helpers.scenarios import ready_scenario


def one_error_line(out: subprocess.CompletedProcess[str]) -> str:
    assert out.returncode == 2, (out.returncode, out.stdout, out.stderr)
    assert out.stdout == ""
    assert len(out.stderr.splitlines()) == 1, out.stderr
    assert out.stderr.startswith("error: ")
    return out.stderr.strip()


def bare_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SYNCDOCTOR_")}
    env["SYNCDOCTOR_HOME"] = str(home)
    return env


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox("demo") as sandbox:   # the demo company: Spanish names with accents
        yield sandbox


@pytest.fixture(scope="module")
def home(sb: Sandbox, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("home")
    assert run_main(["refresh"], sandbox_env(sb, folder)).returncode == 0
    return folder


@pytest.mark.parametrize("args", [["bogus"], ["diagnose", "--jsn"], ["push", "--dry-run", "--foo"], ["--profile"],
                                  ["sandbox", "--port", "x"], ["screenshot"], ["finish", "extra"]])
def test_a_usage_mistake_is_one_error_line(tmp_path: Path, args: list[str]) -> None:
    line = one_error_line(run_main(args, bare_env(tmp_path)))
    assert "--help" in line   # where to look, instead of argparse's usage block


@pytest.mark.parametrize(("name", "value"), [("SYNCDOCTOR_LOCK_WAIT", "abc"), ("SYNCDOCTOR_LOCK_WAIT", "-1"),
                                             ("SYNCDOCTOR_LOCK_WAIT", "nan"), ("SYNCDOCTOR_HTTP_DEADLINE", "0"),
                                             ("SYNCDOCTOR_HTTP_DEADLINE", "abc"), ("SYNCDOCTOR_HTTP_BACKOFF", "inf")])
def test_an_odd_number_in_the_environment_is_named(sb: Sandbox, home: Path, name: str, value: str) -> None:
    for command in (["refresh"], ["push", "--dry-run"]):
        line = one_error_line(run_main(command, {**sandbox_env(sb, home), name: value}))
        assert name in line and value in line


def test_an_address_that_does_not_parse_is_named(sb: Sandbox, home: Path) -> None:
    line = one_error_line(run_main(["refresh"], {**sandbox_env(sb, home), "SYNCDOCTOR_QBO_API": "http://[::1"}))
    assert "http://[::1" in line and "not a valid web address" in line


@pytest.mark.parametrize("args", [["--port", "-1"], ["--port", "99999"], ["--latency-ms", "-5"],
                                  ["--latency-ms", "nan"], ["--scenario", "scale:infk"],
                                  ["--scenario", "scale:2000000"], ["--scenario", "LIST"], ["--scenario", "TYPES"],
                                  ["--scenario", "FOLDER"], ["--log", "FOLDER"], ["--log", "/proc/none/x.jsonl"]])
def test_a_bad_sandbox_option_is_one_error_line(tmp_path: Path, args: list[str]) -> None:
    files = {"LIST": tmp_path / "list.json", "TYPES": tmp_path / "types.json", "FOLDER": tmp_path}
    files["LIST"].write_text("[1, 2]")
    files["TYPES"].write_text('{"name": 5, "hubspot": {"invoices": "x"}}')
    line = one_error_line(run_main(["sandbox", *[str(files.get(a, a)) for a in args]], bare_env(tmp_path), timeout=30))
    assert args[1] in line if args[0] == "--port" else args[0].lstrip("-") in line.lower()   # names what is wrong


@pytest.mark.parametrize("command", [["diagnose"], ["diagnose", "--json"]])
def test_a_reader_that_leaves_early(home: Path, command: list[str]) -> None:
    """`main.py diagnose | head -1`: the pipe closes before the last write (here before the first)."""
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *command], env=bare_env(home), cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    child.stdout.close()
    _, err = child.communicate(timeout=60)
    assert child.returncode == 2, err
    assert err.startswith("error: ") and len(err.splitlines()) == 1, err
    assert "output was closed" in err


def test_an_output_that_was_never_open(home: Path) -> None:
    """`main.py diagnose --json >&-`: nothing to write to, so the output goes nowhere and the command succeeds."""
    out = subprocess.run(["bash", "-c", f'"{sys.executable}" main.py diagnose --json >&-'], env=bare_env(home),
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (out.returncode, out.stderr) == (0, "")


@pytest.mark.parametrize("locale", [{"PYTHONIOENCODING": "ascii"},
                                    {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}])
def test_a_locale_without_accents(home: Path, locale: dict[str, str]) -> None:
    env = {k: v for k, v in bare_env(home).items() if k not in ("LANG", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING")}
    env.update(locale)
    text = subprocess.run([sys.executable, "main.py", "diagnose"], env=env, cwd=ROOT, capture_output=True,
                          timeout=60)
    assert (text.returncode, text.stderr) == (0, b"")
    assert b"Panader\\xeda La Espiga" in text.stdout   # shown escaped, not a crash
    as_json = subprocess.run([sys.executable, "main.py", "diagnose", "--json"], env=env, cwd=ROOT,
                             capture_output=True, timeout=60)
    assert (as_json.returncode, as_json.stderr) == (0, b"")
    summaries = [f["summary"] for f in json.loads(as_json.stdout.decode("utf-8"))["failures"]]   # JSON: UTF-8
    assert any("Panadería La Espiga" in s for s in summaries)
    helped = subprocess.run([sys.executable, "main.py", "--help"], env=env, cwd=ROOT, capture_output=True,
                            timeout=60)
    assert helped.returncode == 0 and b"HubSpot" in helped.stdout   # its "→" no longer crashes it


def test_a_warning_does_not_add_a_second_line(sb: Sandbox, home: Path, tmp_path: Path) -> None:
    """A journal that is a symlink to itself: making it private warns, opening it fails — one line all the same."""
    copy = tmp_path / "home"
    subprocess.run(["cp", "-a", str(home), str(copy)], check=True)
    journal = cache_of(copy).parent / "journal.sqlite"
    journal.unlink(missing_ok=True)
    journal.symlink_to(journal)
    for command in (["push", "--dry-run"], ["finish"]):
        one_error_line(run_main(command, sandbox_env(sb, copy)))


def test_an_unknown_saved_profile_is_named(tmp_path: Path) -> None:
    ProfileStore(tmp_path / "profiles.json").add(Profile(name="Panadería Ñandú"))
    for command in (["refresh"], ["diagnose"], ["push"], ["finish"]):
        line = one_error_line(run_main(["--profile", "Nope", *command], bare_env(tmp_path)))
        assert '"Nope"' in line and "Panadería Ñandú" in line   # not "No connection is configured"


@pytest.mark.parametrize("text", ['{"profiles": 5}', '{"profiles": [{"name": 5}]}', '{"current": [1]}',
                                  '{"warn_days": "x"}', '{"apps": [1]}'])
def test_a_profile_list_of_the_wrong_shape(tmp_path: Path, text: str) -> None:
    (tmp_path / "profiles.json").write_text(text)
    assert "is damaged" in one_error_line(run_main(["refresh"], bare_env(tmp_path)))


def test_fault_rate_is_another_name_for_faults(tmp_path: Path) -> None:
    line = one_error_line(run_main(["sandbox", "--fault-rate", "1.5"], bare_env(tmp_path), timeout=30))
    assert "share of requests between 0 and 1" in line   # the rate was read, and checked


@pytest.mark.slow
def test_a_journal_held_by_another_program_is_in_use_not_damaged(sb: Sandbox, tmp_path: Path) -> None:
    journal = cache_of(tmp_path).parent / "journal.sqlite"
    journal.parent.mkdir(parents=True)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(journal)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')\n"
        "c.execute('CREATE TABLE t(x)'); c.execute('COMMIT')\n"
        "print('held', flush=True); time.sleep(120)\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        line = one_error_line(run_main(["finish"], sandbox_env(sb, tmp_path)))
    finally:
        holder.kill()
        holder.wait()
    assert "in use by another program" in line and "damaged" not in line


def test_an_invoice_id_given_twice_is_pushed_once_without_a_refusal(tmp_path: Path) -> None:
    scenario, ready = ready_scenario(2, custom_numbers=False)
    with Sandbox(scenario) as sandbox:
        env = sandbox_env(sandbox, tmp_path)
        assert run_main(["refresh"], env).returncode == 0
        out = run_main(["push", "--json", ready[0], ready[0], f" {ready[0]} "], env)
        with sandbox.state.lock:
            notes = [i.get("PrivateNote") for i in sandbox.state.qbo.entities["Invoice"].values()]
    assert out.returncode == 0, out.stdout + out.stderr   # 1 would say QuickBooks refused something
    payload = json.loads(out.stdout)
    assert payload["planned"] == [ready[0]] and [r["status"] for r in payload["results"]] == ["done"]
    assert [marked_invoice(n) for n in notes] == [ready[0]]


def test_a_data_folder_name_that_is_not_utf8(sb: Sandbox, tmp_path: Path) -> None:
    env = {**sandbox_env(sb, tmp_path), "SYNCDOCTOR_HOME": f"{tmp_path}/caf\udce9"}   # b"caf\xe9": Latin-1 bytes
    assert "not valid text" in one_error_line(run_main(["refresh"], env))


def test_profile_may_come_after_the_command(sb: Sandbox, tmp_path: Path) -> None:
    env = sandbox_env(sb, tmp_path)
    assert run_main(["refresh", "--profile", "Acme Ltd"], env).returncode == 0
    assert cache_of(tmp_path, "Acme_Ltd").exists() and not cache_of(tmp_path).exists()
    after, before = (run_main(args, env) for args in (["diagnose", "--json", "--profile", "Acme Ltd"],
                                                      ["--profile", "Acme Ltd", "diagnose", "--json"]))
    assert after.returncode == before.returncode == 0 and after.stdout == before.stdout


@pytest.mark.parametrize("extra", [[], ["--dry-run"], ["--json"]])
def test_an_unknown_invoice_id_is_refused_before_anything_is_sent(sb: Sandbox, home: Path, extra: list[str]) -> None:
    with sb.state.lock:
        before = len(sb.state.qbo.entities["Invoice"])
    ready = json.loads(run_main(["push", "--dry-run", "--json"], sandbox_env(sb, home)).stdout)["planned"]
    line = one_error_line(run_main(["push", *extra, *ready[:1], "no-such-invoice"], sandbox_env(sb, home)))
    assert "no-such-invoice" in line and "Nothing was pushed" in line
    with sb.state.lock:
        assert len(sb.state.qbo.entities["Invoice"]) == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux box without a desktop session")
def test_the_window_without_a_display_is_one_error_line_not_a_crash(tmp_path: Path) -> None:
    env = {k: v for k, v in bare_env(tmp_path).items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    assert "no display" in one_error_line(run_main([], env))
    assert "no display" in one_error_line(run_main(["--demo"], env))


def test_a_display_problem_is_only_reported_where_qt_needs_one() -> None:
    from gui.app import display_problem

    assert display_problem({}, "linux") is not None
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux") is not None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None
