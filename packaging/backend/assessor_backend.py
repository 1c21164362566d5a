"""The build backend: setuptools' own, without its editable-install notice.

The shipped questionnaires and resources live at the top of the repository and are mapped
into the package (`package-dir` in pyproject.toml), so setuptools makes editable installs
with an import hook and says, on every `pip install -e .`, to beware of "folders with the
same name as your package". That cannot happen here: the only such folder is the package
itself. The notice is an InformationOnly warning; every other warning still shows.
"""

from __future__ import annotations

import warnings

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  # re-export every PEP 517/660 hook
from setuptools.warnings import InformationOnly

warnings.filterwarnings("ignore", message="Editable installation", category=InformationOnly)

__all__ = _setuptools.__all__
