#!/bin/sh
# Qt's system libraries for a real window on Linux, installed with apt-get where possible.
# Never fails: where they cannot be installed (no apt-get, not root, offline, apt locked) it
# prints one line naming what is missing, and `make run` starts the app anyway (the app
# itself names a missing library if the window cannot open). The stamp file ($1) is
# written only when every package is really installed, so a later run as root retries.
STAMP="$1"
PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
libxcb-render-util0 libxcb-image0"

stamp() {
    # Only into an existing folder: `sudo make system-deps` must not create .venv as root.
    if [ -d "$(dirname "$STAMP")" ]; then touch "$STAMP"; fi
}

missing() {
    for package in $PACKAGES; do
        dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q "install ok installed" \
            || printf '%s ' "$package"
    done
}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: no apt-get here; if the window does not open, install Qt's libraries (README, Requirements)"
    exit 0
fi
needed=$(missing)
if [ -z "$needed" ]; then
    stamp
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "system-deps: not root, so not installed: ${needed}(sudo make system-deps installs them); starting anyway"
    exit 0
fi
echo "system-deps: installing ${needed}"
# shellcheck disable=SC2086  # the package list is meant to split into words
apt-get update -q || echo "system-deps: apt-get update failed; trying what apt has cached"
if DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $needed; then
    still=$(missing)
    if [ -z "$still" ]; then
        stamp
        exit 0
    fi
    needed=$still
fi
echo "system-deps: could not install ${needed}(offline, or apt busy?); starting anyway"
exit 0
