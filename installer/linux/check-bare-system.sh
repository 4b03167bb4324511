#!/usr/bin/env bash
# Run the built Linux bundle on a bare Debian 12 (debootstrap's minbase, in a chroot), before and
# after installing the packages installer/README.md lists for a bare system.
#
#   sudo bash installer/linux/check-bare-system.sh [APP_FOLDER]    (default: dist/unccd-desktop)
#
# 1. The command line (--version, db init --demo, export json) works with nothing added.
# 2. The window does not start yet (the system has no libGL): the list is needed.
# 3. After `apt-get install` of the packages in system-libraries.tsv and FONT_PACKAGES below,
#    the window opens on X11 (Xvfb on this machine, its socket shared with the chroot) without
#    fontconfig errors; a screenshot goes to build/bare-system/window.png to look at.
#
# Needs root, debootstrap, Xvfb and the project's .venv (for the screenshot); downloads about
# 100 MB of Debian packages the first time (the bare system is kept in build/bare-system/base).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT_DIR="$PWD"
APP="$(realpath "${1:-dist/unccd-desktop}")"
WORK="$ROOT_DIR/build/bare-system"
BASE=$WORK/base
CHROOT=$WORK/root
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# Not libraries, so not in system-libraries.tsv: fontconfig's configuration and fonts (Latin,
# Cyrillic and Arabic from DejaVu; Chinese from WenQuanYi Micro Hei).
FONT_PACKAGES=(fontconfig-config fonts-dejavu-core fonts-wqy-microhei)

[[ $(id -u) -eq 0 ]] || { echo "check-bare-system.sh: run as root (chroot, mount)" >&2; exit 1; }
[[ -x $APP/unccd-desktop ]] || { echo "check-bare-system.sh: build $APP first" >&2; exit 1; }

mapfile -t LIB_PACKAGES < <(grep -v '^#' installer/linux/system-libraries.tsv | cut -f2 |
    grep -vx libc6 | sort -u)

mkdir -p "$WORK"
if [[ ! -x $BASE/usr/bin/apt-get ]]; then
    rm -rf "$BASE"
    debootstrap --variant=minbase bookworm "$BASE" "$MIRROR"
fi
rm -rf "$CHROOT"
cp -a "$BASE" "$CHROOT"
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
mkdir -p "$CHROOT/opt" "$CHROOT/tmp/.X11-unix" "$CHROOT/home/officer"
cp -a "$APP" "$CHROOT/opt/unccd-desktop"

display=90
while [[ -e /tmp/.X11-unix/X$display ]]; do display=$((display + 1)); done
xvfb_pid=
cleanup() {
    [[ -z $xvfb_pid ]] || kill "$xvfb_pid" 2>/dev/null || true
    mountpoint -q "$CHROOT/tmp/.X11-unix" && umount "$CHROOT/tmp/.X11-unix"
}
trap cleanup EXIT

in_chroot() {
    chroot "$CHROOT" env -i HOME=/home/officer PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

echo "== 1. the command line on the bare system"
in_chroot /opt/unccd-desktop/unccd-desktop --version
in_chroot /opt/unccd-desktop/unccd-desktop db init --demo --db /home/officer/demo.unccd
in_chroot /opt/unccd-desktop/unccd-desktop export json --db /home/officer/demo.unccd \
    --out /home/officer/export.json

echo "== 2. the window on the bare system (expected to fail)"
if in_chroot QT_QPA_PLATFORM=offscreen UNCCD_QUIT_AFTER_MS=500 timeout 60 \
    /opt/unccd-desktop/unccd-desktop --db /home/officer/demo.unccd >$WORK/bare.log 2>&1; then
    echo "The window started without the listed packages: is the list too long?" >&2
    exit 1
fi
grep -m1 -o 'lib[A-Za-z0-9_.-]*: cannot open shared object file' $WORK/bare.log || true

echo "== 3. apt-get install ${LIB_PACKAGES[*]} ${FONT_PACKAGES[*]}"
if ! { in_chroot apt-get update -qq &&
    in_chroot DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${LIB_PACKAGES[@]}" "${FONT_PACKAGES[@]}"; } >"$WORK/apt.log" 2>&1; then
    cat "$WORK/apt.log" >&2
    exit 1
fi

Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >$WORK/xvfb.log 2>&1 &
xvfb_pid=$!
mount --bind /tmp/.X11-unix "$CHROOT/tmp/.X11-unix"
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.1; done

in_chroot DISPLAY=":$display" QT_QPA_PLATFORM=xcb UNCCD_QUIT_AFTER_MS=8000 timeout 90 \
    /opt/unccd-desktop/unccd-desktop --db /home/officer/demo.unccd >$WORK/window.log 2>&1 &
window_pid=$!
# Screenshot once something is drawn (the window opens a few seconds after start).
DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$ROOT_DIR/.venv/bin/python" - "$WORK/window.png" <<'EOF'
import sys, time
from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv[:1])
for _ in range(100):
    shot = QGuiApplication.primaryScreen().grabWindow(0)
    image = shot.toImage()
    if any(image.pixel(x, 40) != image.pixel(0, 799) for x in range(0, 1280, 40)):
        time.sleep(1.5)  # let the lists fill
        QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])
        break
    time.sleep(0.2)
else:
    sys.exit("nothing appeared on the virtual screen")
EOF
wait "$window_pid" || { cat $WORK/window.log >&2; echo "The window failed on X11." >&2; exit 1; }
if grep -i 'fontconfig error\|cannot open shared object' $WORK/window.log; then
    echo "The window ran, but with the problems above." >&2
    exit 1
fi
echo "== passed: the window opened on the bare system with the listed packages;"
echo "   look at $WORK/window.png (text, not boxes)."
