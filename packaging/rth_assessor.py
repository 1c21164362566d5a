"""Run-time hook of the frozen bundle (packaging/assessor.spec), in place of two of
PyInstaller's own that the app does not need and that made every start slower:

- PyInstaller's matplotlib hook points MPLCONFIGDIR at a new temporary folder each start
  (for one-file bundles, whose files move every run), so matplotlib built its font list
  again before the first chart of every session. This one-folder bundle does not move:
  matplotlib keeps its cache in the user's cache folder, as an installed copy does.
- Its multiprocessing hook imports multiprocessing at start for child processes the app
  never starts (it uses threads only).
"""

import os


def _hook() -> None:
    if "MPLCONFIGDIR" not in os.environ:
        cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"),
                                                                  ".cache")
        os.environ["MPLCONFIGDIR"] = os.path.join(cache, "assessor", "matplotlib")


_hook()
del _hook
