#!/usr/bin/env bash
# Build "Sync Doctor.app" with PyInstaller, sign it, wrap it in a .dmg, notarize and staple. macOS only.
#
#     bash installer/macos/build_dmg.sh          # → dist/SyncDoctor-<version>.dmg
#
# Environment:
#   MACOS_SIGN_IDENTITY  codesign identity, e.g. "Developer ID Application: Example LLC (TEAMID1234)".
#                        Unset: ad-hoc signature (runs on this Mac only; Gatekeeper blocks it elsewhere).
#   NOTARY_PROFILE       a notarytool keychain profile (xcrun notarytool store-credentials NAME ...). Preferred.
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
#                        alternative to NOTARY_PROFILE: Apple ID, team id and an app-specific password.
#                        Neither set: no notarization (a warning says so).
#   PYTHON               the Python that makes the build venv (default python3; 3.11+)
#   DIST, WORK           output folder (default <repo>/dist) and scratch folder (default <repo>/build/macos)
#   SKIP_SMOKE=1         skip running the signed app headless before packaging
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
DIST="${DIST:-$ROOT/dist}"
WORK="${WORK:-$ROOT/build/macos}"
VENV="$WORK/venv"
ENTITLEMENTS="$ROOT/installer/macos/entitlements.plist"
APP="$DIST/Sync Doctor.app"

info() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

[ "$(uname)" = Darwin ] || die "build_dmg.sh runs on macOS only (codesign, hdiutil, xcrun). On Linux use installer/smoke_test.sh."
for tool in codesign hdiutil xcrun ditto; do command -v "$tool" >/dev/null || die "$tool not found (install the Xcode command-line tools: xcode-select --install)"; done

VERSION="$("$PYTHON" -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
DMG="$DIST/SyncDoctor-$VERSION.dmg"
info "Sync Doctor $VERSION"

# --- 1. build ------------------------------------------------------------------------------------------------
info "build venv in $VENV (requirements-build.txt)"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$ROOT/requirements-build.txt"

info "PyInstaller → $APP"
(cd "$ROOT" && "$VENV/bin/pyinstaller" installer/syncdoctor.spec --noconfirm --distpath "$DIST" --workpath "$WORK/pyinstaller")
[ -d "$APP" ] || die "PyInstaller did not produce $APP"

# --- 2. sign -------------------------------------------------------------------------------------------------
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    IDENTITY="$MACOS_SIGN_IDENTITY"
    TIMESTAMP=(--timestamp)
    info "signing with \"$IDENTITY\" (hardened runtime, secure timestamp)"
else
    IDENTITY="-"
    TIMESTAMP=(--timestamp=none)   # Apple's timestamp service only signs real identities
    warn "MACOS_SIGN_IDENTITY is not set: signing ad hoc. The app runs on this Mac, but Gatekeeper will refuse it on others and it cannot be notarized."
fi
# Every nested binary (Qt frameworks, plugins, Python extensions) first, then the bundle again with the
# entitlements, which belong on the main executable only.
codesign --force --deep --options runtime "${TIMESTAMP[@]}" --sign "$IDENTITY" "$APP"
codesign --force --options runtime "${TIMESTAMP[@]}" --entitlements "$ENTITLEMENTS" --sign "$IDENTITY" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP" || die "the signature of $APP does not verify"

if [ "${SKIP_SMOKE:-}" != 1 ]; then
    info "smoke run of the signed app (headless screenshot of the demo company)"
    SMOKE_HOME="$(mktemp -d)"
    QT_QPA_PLATFORM=offscreen SYNCDOCTOR_HOME="$SMOKE_HOME" "$APP/Contents/MacOS/SyncDoctor" \
        screenshot "$SMOKE_HOME/shot.png" --demo || die "the signed app failed to run (hardened runtime? see above)"
    [ -s "$SMOKE_HOME/shot.png" ] || die "the signed app wrote no screenshot"
    rm -rf "$SMOKE_HOME"
fi

# --- 3. disk image -------------------------------------------------------------------------------------------
info "disk image → $DMG"
STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
ditto "$APP" "$STAGING/Sync Doctor.app"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "Sync Doctor $VERSION" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"
if [ "$IDENTITY" != "-" ]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi

# --- 4. notarize and staple ----------------------------------------------------------------------------------
NOTARY_AUTH=()   # stays empty, and is never expanded, when not notarizing (macOS bash 3.2 + set -u)
if [ -n "${NOTARY_PROFILE:-}" ]; then
    NOTARY_AUTH=(--keychain-profile "$NOTARY_PROFILE")
elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    NOTARY_AUTH=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
elif [ -n "${APPLE_ID:-}${APPLE_TEAM_ID:-}${APPLE_APP_PASSWORD:-}" ]; then
    die "notarization needs all three of APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD (or NOTARY_PROFILE)"
fi

if [ -z "${NOTARY_PROFILE:-}${APPLE_ID:-}" ]; then
    warn "neither NOTARY_PROFILE nor APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD is set: $DMG is NOT notarized."
else
    [ "$IDENTITY" != "-" ] || die "notarization needs a Developer ID signature: set MACOS_SIGN_IDENTITY"
    info "notarizing (xcrun notarytool submit --wait; usually a few minutes)"
    RESULT="$WORK/notary-result.json"
    xcrun notarytool submit "$DMG" "${NOTARY_AUTH[@]}" --wait --output-format json | tee "$RESULT"
    STATUS="$("$VENV/bin/python" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("status",""))' "$RESULT")"
    if [ "$STATUS" != "Accepted" ]; then
        SUBMISSION="$("$VENV/bin/python" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("id",""))' "$RESULT")"
        if [ -n "$SUBMISSION" ]; then xcrun notarytool log "$SUBMISSION" "${NOTARY_AUTH[@]}" >&2 || true; fi
        die "notarization status: ${STATUS:-unknown} (Apple's log above says why)"
    fi
    info "stapling the notarization ticket"
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG" \
        || warn "Gatekeeper (spctl) did not accept $DMG"
fi

info "done: $DMG"
