#!/usr/bin/env bash
# Runs the bundled executable headless: the GUI smoke test and `score` on a persona.
set -euo pipefail
cd "$(dirname "$0")/.."
exe=dist/assessor/assessor
[ -x "$exe" ] || { echo "no bundle at $exe: run make dist first" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export QT_QPA_PLATFORM=offscreen ASSESSOR_HOME="$home"
echo "smoke test: $("$exe" --smoke-test)"
persona=$(ls tests/personas/*.yaml 2>/dev/null | head -1 || true)
questionnaire=dist/assessor/_internal/assessor/questionnaires/ai-cyber-career.yaml
if [ -n "$persona" ] && [ -f "$questionnaire" ]; then
  "$exe" score "$questionnaire" "$persona" -o "$home/result.json"
else
  "$exe" score tests/data/all_types.yaml tests/data/all_types_answers.yaml -o "$home/result.json"
fi
"$exe" validate dist/assessor/_internal/assessor/questionnaires/*.yaml >/dev/null
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('bundle score ok:', r['placement'])" "$home/result.json"
# A report draws every chart: matplotlib and what it imports must be in the bundle.
"$exe" report "$home/result.json" -o "$home/report.pdf"
python3 -c "import sys; d=open(sys.argv[1],'rb').read(); assert d[:5]==b'%PDF-' and len(d)>20000; print('bundle report ok:', len(d), 'bytes')" "$home/report.pdf"
