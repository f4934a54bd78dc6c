#!/usr/bin/env bash
# Runs every test headless: Qt offscreen, a real Secret Service (gnome-keyring) inside a private D-Bus session.
set -u
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
XDG_DATA_HOME="$(mktemp -d)"; XDG_RUNTIME_DIR="$(mktemp -d)"; chmod 700 "$XDG_RUNTIME_DIR"
export XDG_DATA_HOME XDG_RUNTIME_DIR
PYTEST=(.venv/bin/python -m pytest -q "$@")
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  export SYNCDOCTOR_TEST_KEYRING=secretservice
  dbus-run-session -- sh -c 'echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "${PYTEST[@]}"
else
  echo "note: no dbus-run-session/gnome-keyring here; keyring tests that need the OS store will be skipped."
  "${PYTEST[@]}"
fi
rc=$?
# pytest exits 5 when it collected no tests: that is a failure for us.
if [ $rc -eq 5 ]; then echo "No test ran." >&2; exit 1; fi
exit $rc
