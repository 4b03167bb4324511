#!/usr/bin/env bash
# Build "UNCCD Partnerships.app" and a disk image on macOS (13 or newer, with Python 3.11+ from
# python.org or Homebrew). Run from the top of the source tree:
#
#     bash installer/macos/build-app.sh
#
# The app is for the processor of the Python that builds it (arm64 or x86_64). It is signed ad
# hoc, which runs on the machine that built it; to hand it to others, sign it with a Developer ID
# (CODESIGN_IDENTITY="Developer ID Application: ...") and notarize it (installer/README.md).
set -euo pipefail

cd "$(dirname "$0")/../.."
PYTHON="${PYTHON:-python3}"
APP="dist/UNCCD Partnerships.app"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' unccd_desktop/__init__.py)"
DMG="dist/unccd-desktop-${VERSION}-macos-$(uname -m).dmg"

[[ -x .venv/bin/python ]] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --disable-pip-version-check -q -e ".[postgresql]" \
    -r installer/requirements.txt
for ts in resources/i18n/*.ts; do
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
.venv/bin/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist \
    installer/unccd-desktop.spec

plutil -lint "$APP/Contents/Info.plist"
# The app bundle's own executable, with resources/ and migrations/ where the bundle keeps them.
.venv/bin/python installer/smoke_test.py --dist "$APP/Contents/MacOS"

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
else
    codesign --force --deep --sign - "$APP"
fi
codesign --verify --deep --strict "$APP"

# The disk image shows the app beside a link to /Applications, to drag it there.
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/UNCCD Partnerships.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "UNCCD Partnerships" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
echo "Built $APP and $DMG"
