#!/usr/bin/env bash
# Pack the built application folder with its desktop integration into
# dist/unccd-desktop-VERSION-linux-ARCH.tar.gz (unpack it anywhere and run ./install.sh).
#
#   bash installer/linux/make-tarball.sh [APP_FOLDER]      (default: dist/unccd-desktop)
#
# OUT_DIR=folder writes the archive there instead of dist/.
set -euo pipefail

cd "$(dirname "$0")/../.."
app="${1:-dist/unccd-desktop}"
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' unccd_desktop/__init__.py)"
name="unccd-desktop-$version-linux-$(uname -m)"
if [[ ! -x $app/unccd-desktop ]]; then
    echo "make-tarball.sh: $app/unccd-desktop is missing; build it first (make installer)" >&2
    exit 1
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
top="$stage/$name"
mkdir -p "$top/share/applications" "$top/share/mime/packages" \
    "$top/share/icons/hicolor/scalable/apps"
cp -a "$app" "$top/app"
cp installer/linux/install.sh "$top/"
cp installer/linux/unccd-desktop.desktop "$top/share/applications/"
cp installer/linux/unccd-desktop-mime.xml "$top/share/mime/packages/unccd-desktop.xml"
cp resources/icons/unccd-desktop.svg "$top/share/icons/hicolor/scalable/apps/"
for png in resources/icons/unccd-desktop-*.png; do
    size="${png##*-}"
    size="${size%.png}"
    mkdir -p "$top/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$top/share/icons/hicolor/${size}x${size}/apps/unccd-desktop.png"
done

out="${OUT_DIR:-dist}/$name.tar.gz"
mkdir -p "$(dirname "$out")"
tar -C "$stage" -czf "$out" "$name"
echo "Packed $out ($(du -h "$out" | cut -f1))"
