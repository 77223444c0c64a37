#!/bin/sh
# Installs the Linux bundle (`make dist` builds dist/packstation) on a bench PC, as root:
#     sudo sh installer/linux/install.sh [dist/packstation]
# The program goes to /opt/packstation, its menu entry and icon to /usr/share, the udev rules
# for scales, scanners and printers to /etc/udev/rules.d.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-$here/../../dist/packstation}
[ -x "$bundle/packstation" ] || { echo "no bundle at $bundle: run make dist" >&2; exit 1; }

rm -rf /opt/packstation
cp -a "$bundle" /opt/packstation
ln -sf /opt/packstation/packstation /usr/local/bin/packstation
install -D -m 644 "$here/packstation.desktop" /usr/share/applications/packstation.desktop
install -D -m 644 "$bundle/_internal/resources/icons/packstation.png" \
    /usr/share/icons/hicolor/256x256/apps/packstation.png
install -D -m 644 "$here/60-packstation.rules" /etc/udev/rules.d/60-packstation.rules
if command -v udevadm >/dev/null 2>&1; then
    udevadm control --reload-rules && udevadm trigger || true
fi
echo "packstation installed in /opt/packstation; unplug and plug in the scale and printers once"
