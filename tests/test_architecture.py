"""The architecture holds: the import-linter contracts in pyproject.toml, and every module of
the Qt-free layers importing with Qt made unimportable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import assessor.app
import assessor.cli
import assessor.core
from tests.conftest import REPO_ROOT

QT_FREE_PACKAGES = [assessor.core, assessor.app, assessor.cli]

# Imports each named module with PySide6 blocked, then reports any Qt module that got in.
IMPORT_WITHOUT_QT = textwrap.dedent("""\
    import importlib, sys
    class Block:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"{name} is blocked in this test")
            return None
    sys.meta_path.insert(0, Block())
    for name in sys.argv[1:]:
        importlib.import_module(name)
    leaked = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
    if leaked:
        sys.exit("Qt was imported: " + ", ".join(leaked))
""")


def _modules(package: object) -> list[str]:
    path = package.__path__  # type: ignore[attr-defined]  # a package module has __path__
    prefix = package.__name__ + "."  # type: ignore[attr-defined]  # every module has __name__
    return sorted(info.name for info in pkgutil.walk_packages(path, prefix))


def test_the_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    if not lint_imports.exists():
        pytest.fail("lint-imports is missing: install the test extras (pip install -e '.[test]')")
    result = subprocess.run([str(lint_imports), "--no-cache"], capture_output=True, text=True,
                            cwd=REPO_ROOT, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("package", QT_FREE_PACKAGES, ids=lambda p: p.__name__)
def test_the_qt_free_layers_import_without_qt(package: object) -> None:
    modules = _modules(package)
    assert len(modules) > 3, modules  # the walk found the package's modules
    result = subprocess.run([sys.executable, "-c", IMPORT_WITHOUT_QT, *modules],
                            capture_output=True, text=True, cwd=REPO_ROOT, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr


def test_the_app_has_no_dead_code() -> None:
    result = subprocess.run([sys.executable, str(REPO_ROOT / "tools" / "dead_code.py")],
                            capture_output=True, text=True, cwd=REPO_ROOT, timeout=300,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
