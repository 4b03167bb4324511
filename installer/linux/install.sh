#!/usr/bin/env bash
# Install UNCCD Partnerships from the unpacked Linux archive, with its menu entry, icon and the
# .unccd file type; or remove it again. Databases, settings and logs are never touched.
#
#   ./install.sh               for you alone: ~/.local/opt/unccd-desktop, ~/.local/bin
#   sudo ./install.sh --system for everyone:  /opt/unccd-desktop, /usr/local/bin
#   ./install.sh --uninstall   (add --system for a system-wide installation)
#
# The archive holds this script, app/ (the application folder) and share/ (desktop entry,
# icons, MIME type), as installer/linux/make-tarball.sh lays them out.
set -euo pipefail

NAME=unccd-desktop
HERE="$(cd "$(dirname "$0")" && pwd)"
mode=user
action=install
for arg in "$@"; do
    case "$arg" in
        --system) mode=system ;;
        --uninstall) action=uninstall ;;
        -h | --help)
            sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "install.sh: unknown option $arg (try --help)" >&2
            exit 2
            ;;
    esac
done

if [[ $mode == system ]]; then
    app_dir=/opt/$NAME
    bin_dir=/usr/local/bin
    data_dir=/usr/local/share
else
    app_dir=$HOME/.local/opt/$NAME
    bin_dir=$HOME/.local/bin
    data_dir=${XDG_DATA_HOME:-$HOME/.local/share}
fi
icon_sizes=(16 24 32 48 64 128 256 512)

# Refresh the desktop's caches; each tool is optional (missing on minimal systems).
refresh_caches() {
    if command -v update-mime-database >/dev/null; then
        update-mime-database "$data_dir/mime" >/dev/null
    fi
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$data_dir/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [[ -f $data_dir/icons/hicolor/index.theme ]]; then
        gtk-update-icon-cache -q -t -f "$data_dir/icons/hicolor" || true
    fi
}

if [[ $action == uninstall ]]; then
    rm -rf "$app_dir"
    rm -f "$bin_dir/$NAME" "$data_dir/applications/$NAME.desktop" \
        "$data_dir/mime/packages/$NAME.xml" "$data_dir/icons/hicolor/scalable/apps/$NAME.svg"
    for size in "${icon_sizes[@]}"; do
        rm -f "$data_dir/icons/hicolor/${size}x${size}/apps/$NAME.png"
    done
    refresh_caches
    echo "Removed UNCCD Partnerships. Your databases and settings are still in" \
        "${XDG_DATA_HOME:-~/.local/share}/$NAME and ${XDG_CONFIG_HOME:-~/.config}/$NAME."
    exit 0
fi

if [[ ! -x $HERE/app/$NAME ]]; then
    echo "install.sh: $HERE/app/$NAME is missing; run this script from the unpacked archive." >&2
    exit 1
fi

# A fresh copy of the program (an old version's files must not linger among the new ones).
rm -rf "$app_dir.new"
mkdir -p "$(dirname "$app_dir")" "$bin_dir"
cp -a "$HERE/app" "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sfn "$app_dir/$NAME" "$bin_dir/$NAME"

# The menu entry runs the program by its full path (quoted, as the desktop entry specification
# asks for paths with spaces): ~/.local/bin is not on every session's PATH.
mkdir -p "$data_dir/applications" "$data_dir/mime/packages"
sed -e "s|^Exec=$NAME |Exec=\"$app_dir/$NAME\" |" -e "s|^TryExec=$NAME\$|TryExec=$app_dir/$NAME|" \
    "$HERE/share/applications/$NAME.desktop" >"$data_dir/applications/$NAME.desktop"
cp "$HERE/share/mime/packages/$NAME.xml" "$data_dir/mime/packages/$NAME.xml"
for size in "${icon_sizes[@]}" scalable; do
    dir=$size
    [[ $size == scalable ]] || dir=${size}x${size}
    mkdir -p "$data_dir/icons/hicolor/$dir/apps"
    cp "$HERE/share/icons/hicolor/$dir/apps/"$NAME.* "$data_dir/icons/hicolor/$dir/apps/"
done
refresh_caches

echo "Installed UNCCD Partnerships in $app_dir."
echo "Start it from the applications menu, by opening a .unccd file, or with $bin_dir/$NAME."
