#!/bin/sh
# Installs the system libraries the Qt wheels load (xcb and offscreen platforms, audio) and a
# CJK font, on Debian and Ubuntu, when some are missing. Elsewhere it does nothing.
set -eu

PACKAGES="libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libegl1 libgl1 libxkbcommon0
libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1
libxkbcommon-x11-0 libxrender1 libxext6 libxrandr2 libpulse0 fonts-noto-cjk"

command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || exit 0

missing=""
for package in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *" installed") ;;
        *) missing="$missing $package" ;;
    esac
done
[ -n "$missing" ] || exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "packstation needs these system packages:$missing" >&2
    echo "install them with: apt-get install$missing" >&2
    exit 0
fi
echo "Installing system packages for Qt:$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
