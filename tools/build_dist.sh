#!/usr/bin/env bash
# Builds the one-folder Linux bundle with PyInstaller and a .tar.gz of it, then checks it runs.
# Usage: tools/build_dist.sh [PYTHON]   (make dist passes the project's venv python)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
VERSION=$($PY -c "import assessor; print(assessor.__version__)")
start=$(date +%s)
$PY -m pip install --quiet "pyinstaller>=6.5"
rm -rf build/pyinstaller dist/assessor
$PY -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/assessor.spec
# Desktop integration files travel inside the bundle so a provider can install them.
mkdir -p dist/assessor/share/applications dist/assessor/share/metainfo dist/assessor/share/icons
cp packaging/linux/io.github.assessor.Assessor.desktop dist/assessor/share/applications/
cp packaging/linux/io.github.assessor.Assessor.metainfo.xml dist/assessor/share/metainfo/
cp packaging/icons/assessor.svg packaging/icons/assessor-*.png dist/assessor/share/icons/
archive="dist/assessor-${VERSION}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" assessor
end=$(date +%s)
echo "bundle: dist/assessor ($(du -sh dist/assessor | cut -f1)), archive: $archive ($(du -h "$archive" | cut -f1))"
echo "build time: $((end - start)) s"
