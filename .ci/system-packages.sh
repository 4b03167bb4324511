#!/usr/bin/env bash
# Make sure the Debian packages needed to run or test UNCCD Partnerships are installed.
#
# Usage: .ci/system-packages.sh [run|test|installer]     (default: run)
#
#   run        Python's venv module (Debian ships it apart), Qt runtime libraries, X11/xcb
#              libraries, xvfb + xauth, Chinese and Arabic fonts.
#   test       everything in "run" plus postgresql, libreoffice-calc-nogui, poppler-utils (the
#              printing tests read PDFs back) and the desktop-entry and MIME validators and
#              readelf (binutils) used by the packaging tests.
#   installer  everything in "run" plus readelf and the packages of the libraries the Linux
#              bundle takes from the build machine (installer/linux/bundled-libraries.tsv).
#
# Prints nothing and exits 0 when everything is already installed (it runs on every make
# invocation, so the check is a single dpkg-query call). When packages are missing it installs
# them if running as root, otherwise it prints the sudo command to run and exits 1.
set -euo pipefail

mode="${1:-run}"

python_venv=(python3-venv)
qt_runtime=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3)
qt_xcb=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
virtual_display=(xvfb xauth)
# Chinese (WenQuanYi) and Arabic (DejaVu Sans) glyphs for the translated interface.
fonts=(fonts-wqy-microhei fonts-dejavu-core)
test_only=(postgresql libreoffice-calc-nogui poppler-utils desktop-file-utils shared-mime-info
    binutils)
run_packages=("${python_venv[@]}" "${qt_runtime[@]}" "${qt_xcb[@]}" "${virtual_display[@]}"
    "${fonts[@]}")

case "$mode" in
    run) wanted=("${run_packages[@]}") ;;
    test) wanted=("${run_packages[@]}" "${test_only[@]}") ;;
    installer)
        table="$(dirname "$0")/../installer/linux/bundled-libraries.tsv"
        mapfile -t bundled < <(grep -v '^#' "$table" | cut -f2 | sort -u)
        wanted=("${run_packages[@]}" binutils "${bundled[@]}")
        ;;
    *)
        echo "usage: $0 [run|test|installer]" >&2
        exit 2
        ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Note: dpkg-query not found; this is not a Debian-based system, so the system" \
        "packages (${wanted[*]}) were not checked." >&2
    exit 0
fi

# Print the wanted packages that are not fully installed, one per line.
missing_packages() {
    local installed
    # Unknown packages make dpkg-query complain and exit 1; they simply count as missing.
    installed="$(dpkg-query -W -f='${Package}\t${Status}\n' "${wanted[@]}" 2>/dev/null |
        awk -F'\t' '$2 == "install ok installed" { print $1 }' || true)"
    local pkg
    for pkg in "${wanted[@]}"; do
        if ! grep -qxF -- "$pkg" <<<"$installed"; then
            echo "$pkg"
        fi
    done
}

mapfile -t missing < <(missing_packages)
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
    echo "These Debian packages are needed for 'make $mode' but are not installed:" \
        "${missing[*]}" >&2
    echo "Install them with:" >&2
    echo "" >&2
    echo "    sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "" >&2
    echo "Then run 'make $mode' again." >&2
    exit 1
fi

echo "Installing missing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq </dev/null
apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null

mapfile -t still_missing < <(missing_packages)
if [[ ${#still_missing[@]} -ne 0 ]]; then
    echo "apt-get finished but these packages are still not installed: ${still_missing[*]}" >&2
    exit 1
fi
echo "Debian packages installed."
