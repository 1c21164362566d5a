"""Before Qt starts: name the system package when a library Qt's window system needs is missing.

Qt aborts the process with a message that often names the wrong library (its xcb plugin fails
to load for want of, say, libxcb-cursor). Checking the libraries first lets us say which
package to install. Only done on Linux with X11 and no QT_QPA_PLATFORM override.
"""

from __future__ import annotations

import os
import sys

# soname -> Debian/Ubuntu package providing it (Fedora names are similar, see docs/install.md)
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loadable(soname: str) -> bool:
    import ctypes  # only where there is an X11 window system to check

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(environ: dict[str, str] | None = None) -> list[str]:
    """The system packages Qt's X11 window system needs but cannot find (empty when fine)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return []
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
        return []
    return [package for soname, package in XCB_LIBRARIES.items() if not _loadable(soname)]


def explain_missing(packages: list[str]) -> str:
    return (
        "assessor: the desktop window cannot start: Qt needs system libraries that are not "
        f"installed. Install them with: sudo apt-get install {' '.join(packages)} "
        "(or run headless with QT_QPA_PLATFORM=offscreen; the command line needs none)."
    )


def no_display(environ: dict[str, str] | None = None) -> bool:
    """True on Linux when there is no screen to open a window on and no platform chosen:
    Qt would abort with "could not connect to display"."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return False
    return not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")


NO_DISPLAY_MESSAGE = (
    "assessor: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). "
    "Start it from a desktop session, or use QT_QPA_PLATFORM=offscreen for a headless check; "
    "the command line (assessor --help) needs no display."
)
