"""What every PyInstaller bundle of this repository is built with: the app's
(packaging/assessor.spec) and the bare PySide6 window its first paint is measured against
(bench/bare_window.spec), so the two differ only in what they run."""

from pathlib import Path

HERE = Path(__file__).resolve().parent

# Qt and Python modules the app never uses: leaving them out keeps the bundle small.
# (Not unittest: pyparsing, which matplotlib imports, imports it, so without it no chart
# could be drawn and no report written.)
EXCLUDES = [
    "tkinter", "_tkinter", "pydoc_data", "test", "lib2to3",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtDBus", "PySide6.QtConcurrent", "PySide6.QtXml", "PySide6.QtDesigner",
    "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtMultimedia",
    "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk4agg", "matplotlib.backends.backend_wxagg",
    "matplotlib.backends.backend_webagg", "matplotlib.backends.backend_nbagg",
    "IPython", "numpy.f2py", "numpy.distutils", "pytest", "hypothesis", "mypy", "ruff",
]
RUNTIME_HOOKS = [str(HERE / "rth_assessor.py")]
# PyInstaller's run-time hooks left out of the bundle, each of which slowed every start:
# - the two that rth_assessor.py replaces (it says why);
# - pkgutil's, which imports pkgutil before the first paint (a few ms) to teach
#   pkgutil.iter_modules the bundle's archive: nothing the app runs lists modules that way
#   (in its libraries only their tests, pydoc and fontTools' help do).
DROPPED_HOOKS = {"pyi_rth_mplconfig", "pyi_rth_multiprocessing", "pyi_rth_pkgutil"}
