#!/bin/sh
# The kiosk under cage as the session runs it (issue 15): cage refuses root, so as `nobody`, on
# wlroots' headless backend with no input devices, siang-kiosk renders the attract screen through
# Xwayland; the PNG must match the reviewed reference (png_compare, as the Xvfb tests do).
# cage_smoke_test.sh CAGE SIANG_KIOSK PNG_COMPARE REFERENCE WORKDIR
set -eu
cage=$1 kiosk=$2 compare=$3 reference=$4 work=$5
user=${SIANG_CAGE_TEST_USER:-nobody}
rm -rf "$work"
mkdir -p "$work/run" "$work/out"
chmod 0755 "$work"
if [ "$(id -u)" = 0 ]; then
    chown "$user" "$work/run" "$work/out"
    as_user="setpriv --reuid $user --regid $(id -g "$user") --clear-groups"
else
    as_user=""  # already not root
fi
chmod 0700 "$work/run"
# The kiosk and cage both live at most 90 s; timeout kills cage (and with it the kiosk) after.
timeout 90 $as_user env -i PATH=/usr/bin:/bin HOME="$work/out" TMPDIR="$work/out" LANG=C.UTF-8 \
    WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
    XDG_RUNTIME_DIR="$work/run" \
    "$cage" -d -- "$kiosk" --fullscreen --screenshot "$work/out/attract.png" --screen attract \
    --lang th --size 1920x1080 > "$work/cage.log" 2>&1 || { cat "$work/cage.log"; exit 1; }
[ -s "$work/out/attract.png" ] || { cat "$work/cage.log"; echo "no screenshot from under cage" >&2; exit 1; }
"$compare" "$work/out/attract.png" "$reference" --max-pixels 2
