"""Bounded cost for legal-looking but pathological documents (issue 14: 5 MiB of `{},`
took 720 MB and 8 s)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assessor.core.format.yamlsafe import MAX_NODES, parse_json_or_yaml
from tests.conftest import REPO_ROOT

FIVE_MIB_OF_EMPTY_MAPPINGS = "[" + "{}," * (5 * 1024 * 1024 // 3 - 2) + "{}]"


# Run in a child so its peak memory is its own (tracemalloc would slow it thirtyfold).
_MEASURE = """
import json, sys, time
from pathlib import Path
from assessor.core.errors import AssessorError
from assessor.core.format.yamlsafe import load_yaml_file, parse_json_or_yaml
path = Path(sys.argv[1])
started = time.process_time()
try:
    load_yaml_file(path) if sys.argv[2] == "yaml" else parse_json_or_yaml(path.read_bytes(), str(path))
    problems = []
except AssessorError as error:
    problems = [[p.line, p.column, p.message] for p in error.problems]
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so it would be the parent's.
peak = next(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
            if line.startswith("VmHWM:"))
print(json.dumps([problems, time.process_time() - started, peak]))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
@pytest.mark.parametrize("reader", ["yaml", "json"])
def test_millions_of_empty_mappings_are_refused_early_with_their_place(
        tmp_path: Path, reader: str) -> None:
    path = tmp_path / "maps.yaml"
    path.write_text(FIVE_MIB_OF_EMPTY_MAPPINGS)
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path), reader],
                          capture_output=True, text=True, cwd=REPO_ROOT, timeout=120,
                          check=True)
    problems, _seconds, peak_kib = json.loads(done.stdout)  # time: bench/, never asserted
    [(line, column, message)] = problems
    # The list is the first value, so the mapping refused is number MAX_NODES in the list.
    assert (line, column) == (1, 2 + 3 * (MAX_NODES - 1))
    assert f"more than {MAX_NODES:,} values" in message
    assert peak_kib < 200 * 1024, peak_kib  # 720 MB before the limit


def test_brackets_inside_json_strings_do_not_count(tmp_path: Path) -> None:
    text = '{"questionnaire": "q", "respondent": "' + "{[" * MAX_NODES + '"}'
    value = parse_json_or_yaml(text.encode(), "a.json")
    assert len(value["respondent"]) == 2 * MAX_NODES


def test_a_result_file_of_millions_of_values_is_refused_before_it_is_built() -> None:
    # Accepted before (its hash was valid), then 44 s and 430 MB to render as a report.
    from assessor.core.errors import AssessorError
    from assessor.core.results import parse_result

    text = '{"format": "assessor-result/1", "answers": {"zz": ' + \
        FIVE_MIB_OF_EMPTY_MAPPINGS[:-1000] + "{}]}}"
    with pytest.raises(AssessorError) as caught:
        parse_result(text.encode(), "r.json")
    [problem] = caught.value.problems
    assert problem.line == 1 and f"more than {MAX_NODES:,} values" in problem.message
