"""The cohort summary (HTML) carries the distractor analysis of each knowledge check."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from assessor.core.results import build_result, write_result
from tests.cli.test_cli import run_cli
from tests.core.cohort.test_distractors import N, respondent, write


def test_summary_lists_every_option_with_its_flags(tmp_path: Path) -> None:
    questionnaire = write(tmp_path)
    folder = tmp_path / "results"
    folder.mkdir()
    for rank in range(N):
        write_result(build_result(questionnaire, respondent(rank), respondent=f"P{rank}"),
                     folder / f"r{rank:03d}.json")
    out = tmp_path / "summary.html"
    result = run_cli("cohort", "--questionnaire", tmp_path / "q.yaml", folder, "-o", out,
                     no_qt=True)
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "Security: options of the knowledge checks" in html
    rows = {unescape(re.sub(r"<[^>]+>", "|", row)).strip("|").replace("||", "|")
            for row in re.findall(r"<tr>(.*?)</tr>", html)}
    assert "Delta [lure/d]|distractor|30|30%|0.78|strong respondents prefer it to the key" in rows
    assert "Charlie [dead/c]|distractor|<5|–|–|almost nobody chooses it" in rows
    assert "Alpha [clean/a]|key|50|50%|0.85" in rows  # no flags: the cell is empty
    options = [row for row in rows if re.match(r"^[^|]+ \[\w+/\w+\]\|", row)
               and not row.startswith("Option [item/option]|")]  # the header
    assert len(options) == 4 * 5  # 4 checks × 5 options
