#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller in a throwaway venv and run the FROZEN app headless:
#   1. screenshot --demo          (resources, embedded sandbox/werkzeug, Qt platform + image plugins)
#      and its log: no missing translation catalogue (gui.i18n.TRANSLATIONS_DIR), no errors
#   2. sandbox → refresh → diagnose --json   (the CLI against the frozen sandbox, over HTTP)
#   3. keyring: the Secret Service backend found via entry points (Linux with gnome-keyring; else skipped)
# plus checks that the bundle carries keyring's backends and entry-point metadata.
#
#     bash installer/smoke_test.sh            # from anywhere; Linux or macOS (the Windows build: README.md)
#
# Environment (all optional): PYTHON (python3), WORK (a temp dir; kept for inspection), KEEP_VENV=1 to reuse
# $WORK/venv. Exit 0 only when every step passed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
WORK="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/sd-smoke.XXXXXX")}"
VENV="$WORK/venv"
DIST="$WORK/dist"
BUILD="$WORK/build"
HOME_DIR="$WORK/home"
APP="$DIST/Sync Doctor"
BIN="$APP/SyncDoctor"   # on macOS the folder sits beside "Sync Doctor.app" and runs the same way

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'SMOKE TEST FAILED: %s\n' "$*" >&2; exit 1; }

SANDBOX_PID=""
cleanup() { if [ -n "$SANDBOX_PID" ]; then kill -TERM "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

step "venv in $VENV (requirements-build.txt)"
if [ "${KEEP_VENV:-}" != 1 ] || [ ! -x "$VENV/bin/python" ]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$ROOT/requirements-build.txt"

step "pyinstaller installer/syncdoctor.spec → $DIST"
(cd "$ROOT" && QT_QPA_PLATFORM=offscreen "$VENV/bin/pyinstaller" installer/syncdoctor.spec \
    --distpath "$DIST" --workpath "$BUILD" --noconfirm --log-level WARN)
[ -x "$BIN" ] || fail "no executable at $BIN"
du -sh "$APP"

step "bundle contents"
INTERNAL="$APP/_internal"
for f in resources/scenarios/demo.json resources/icons/fix.svg resources/translations/syncdoctor_es.qm \
         resources/translations/syncdoctor_es.ts; do
    [ -f "$INTERNAL/$f" ] || fail "missing in bundle: $f"
done
compgen -G "$INTERNAL/keyring-*.dist-info/entry_points.txt" >/dev/null || fail "keyring metadata not bundled"
grep -q '^\[keyring.backends\]' "$INTERNAL"/keyring-*.dist-info/entry_points.txt || fail "keyring entry points lost"
ls "$INTERNAL"/resources/*.png >/dev/null 2>&1 && fail "screenshots were bundled"
TOC="$(find "$BUILD" -name 'PYZ-00.toc' | head -1)"
for mod in Windows macOS SecretService kwallet chainer fail; do
    grep -q "'keyring.backends.$mod'" "$TOC" || fail "keyring.backends.$mod not in the bundle"
done
echo "resources, keyring metadata and backends present"

export QT_QPA_PLATFORM=offscreen SYNCDOCTOR_HOME="$HOME_DIR"
rm -rf "$HOME_DIR"; mkdir -p "$HOME_DIR"

step "frozen: screenshot --demo"
SHOT="$WORK/shot.png"
"$BIN" screenshot "$SHOT" --demo 2>"$WORK/screenshot.stderr" || { cat "$WORK/screenshot.stderr" >&2; fail "screenshot exited $?"; }
[ -s "$SHOT" ] || fail "no screenshot written"
head -c 8 "$SHOT" | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a' || fail "$SHOT is not a PNG"
echo "wrote $SHOT ($(wc -c <"$SHOT") bytes)"
# The screenshot is always English, whose catalogue (syncdoctor_en.qm: "17 invoices", not "17 invoice(s)") is
# loaded from gui.i18n.TRANSLATIONS_DIR; a missing catalogue or an exception is logged, never fatal: look.
LOG="$HOME_DIR/logs/syncdoctor.log"
if grep -E "translation catalogue|Traceback| ERROR " "$LOG" "$WORK/screenshot.stderr"; then
    fail "the frozen app logged the problems above"
fi
echo "no catalogue warnings or errors in $LOG"

step "frozen: sandbox (demo scenario) → refresh → diagnose --json"
SANDBOX_LOG="$WORK/sandbox.log"
"$BIN" sandbox --port 0 >"$SANDBOX_LOG" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 1 100); do
    grep -q 'Press Ctrl-C' "$SANDBOX_LOG" 2>/dev/null && break
    kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$SANDBOX_LOG" >&2; fail "the sandbox exited"; }
    sleep 0.1
done
grep -q 'Press Ctrl-C' "$SANDBOX_LOG" || { cat "$SANDBOX_LOG" >&2; fail "the sandbox did not start in 10 s"; }
# The sandbox prints two `export VAR=value ...` lines for the app's connection settings.
eval "$(grep '^  export SYNCDOCTOR_' "$SANDBOX_LOG")"
"$BIN" refresh
DIAG="$WORK/diagnose.json"
"$BIN" diagnose --json >"$DIAG"
"$VENV/bin/python" - "$DIAG" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
failures = report.get("failures") or []
if not failures:
    sys.exit(f"diagnose --json found no failures in the demo company: {str(report)[:300]}")
kinds = sorted({f.get("kind") for f in failures})
print(f"diagnose --json: {len(failures)} failures of {len(kinds)} kinds: {', '.join(map(str, kinds))}")
PY
# TERM, not INT: a background job of a non-interactive shell starts with SIGINT ignored, so Ctrl-C never arrives.
kill -TERM "$SANDBOX_PID"; wait "$SANDBOX_PID" || true; SANDBOX_PID=""

step "frozen: keyring finds the Secret Service through its entry-point metadata"
# Linux only, and only where gnome-keyring and dbus-run-session are installed (PLATFORM.md: the CI recipe).
# A saved profile makes `refresh` open the TokenStore and probe the keychain (write, read back, delete);
# without keyring's metadata the frozen app would fall back to keyring.backends.fail and log "Keychain not used".
if [ "$(uname)" = Linux ] && command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
    KR="$WORK/keyring"; rm -rf "$KR"; mkdir -p "$KR/home" "$KR/data" "$KR/run"; chmod 700 "$KR/run"
    printf '{"version": 1, "current": "kr", "profiles": [{"name": "kr"}]}\n' >"$KR/home/profiles.json"
    # shellcheck disable=SC2016  # $BIN expands in the inner sh, on purpose
    (unset SYNCDOCTOR_HUBSPOT_API SYNCDOCTOR_QBO_API SYNCDOCTOR_HUBSPOT_TOKEN SYNCDOCTOR_QBO_TOKEN SYNCDOCTOR_QBO_REALM
     SYNCDOCTOR_HOME="$KR/home" XDG_DATA_HOME="$KR/data" XDG_RUNTIME_DIR="$KR/run" BIN="$BIN" \
       dbus-run-session -- sh -c 'echo -n smoke-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
                                  exec "$BIN" --profile kr refresh') >"$KR/out.txt" 2>&1 || true
    # Expected: it gets past the keychain probe and stops at the missing HubSpot login.
    if grep -q "Keychain not used\|keychain" "$KR/out.txt" || ! grep -q "not connected" "$KR/out.txt"; then
        cat "$KR/out.txt" >&2
        fail "the frozen app did not use the Secret Service"
    fi
    echo "Secret Service backend found and probed (write, read, delete)"
else
    echo "skipped: needs Linux with gnome-keyring and dbus-run-session"
fi

printf '\nSMOKE TEST PASSED: %s\n' "$APP"
