"""The HTML report against WCAG 2.1 AA, checked by axe-core in headless Chromium.

axe-core comes from npm (`npm install --prefix tools/axe`, done by `.ci/run`), Chromium from
apt. The report's Content-Security-Policy forbids every script, so the copy that is checked
has that one <meta> removed and axe inlined; the rest of the document is as written. The
test skips only off CI (not root) when Chromium or axe-core is missing, and says which.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from assessor.reports import render_html
from tests.charts import factory
from tests.conftest import REPO_ROOT

AXE = REPO_ROOT / "tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUNNER = """
<script>
axe.run(document, {runOnly: {type: "tag", values: %s}, resultTypes: ["violations"]})
  .then(function (found) {
    var out = document.createElement("pre");
    out.id = "axe-result";
    out.textContent = JSON.stringify({
      violations: found.violations.map(function (v) {
        return {id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(function (n) { return n.html.slice(0, 160); })};
      }),
      passes: found.passes.length, incomplete: found.incomplete.length});
    document.body.appendChild(out);
  }, function (error) {
    var out = document.createElement("pre");
    out.id = "axe-result";
    out.textContent = JSON.stringify({error: String(error)});
    document.body.appendChild(out);
  });
</script>
"""


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


def axe_check(page: str, folder: Path) -> dict[str, Any]:
    browser = _chromium()
    missing = [what for what, ok in (("chromium", browser), ("axe-core", AXE.exists())) if not ok]
    if missing:
        if os.geteuid() == 0:
            pytest.fail(f"the axe check needs {', '.join(missing)}: .ci/run installs them")
        pytest.skip(f"not root and missing {', '.join(missing)}")
    assert browser is not None
    checked = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page, count=1)
    script = "<script>" + AXE.read_text(encoding="utf-8") + "</script>" + RUNNER % json.dumps(TAGS)
    checked = checked.replace("</body>", script + "</body>", 1)
    target = folder / "report-axe.html"
    target.write_text(checked, encoding="utf-8")
    done = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-extensions", f"--user-data-dir={folder / 'chromium-profile'}",
         "--virtual-time-budget=20000", "--window-size=1280,2000", "--dump-dom",
         target.as_uri()],
        capture_output=True, text=True, timeout=180, check=False)
    match = re.search(r'<pre id="axe-result">(.*?)</pre>', done.stdout, re.S)
    assert match, f"axe did not report (exit {done.returncode}): {done.stderr[-2000:]}"
    text = (match.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
            .replace("&amp;", "&"))
    report: dict[str, Any] = json.loads(text)
    assert "error" not in report, report
    return report


def test_html_report_has_no_wcag_2_1_aa_violations(tmp_path: Path) -> None:
    page = render_html(factory.career_result(tmp_path))
    found = axe_check(page, tmp_path)
    print(f"axe-core: {len(found['violations'])} violations, {found['passes']} rules passed")
    assert found["violations"] == []
    assert found["passes"] >= 10  # axe really ran its WCAG rules on the page


def test_axe_finds_a_planted_violation(tmp_path: Path) -> None:
    """The check can fail: an image without alternative text is reported."""
    page = render_html(factory.career_result(tmp_path))
    planted = page.replace("<main>", '<main><img src="data:image/png;base64,iVBORw0KGgo=">', 1)
    found = axe_check(planted, tmp_path)
    assert "image-alt" in {violation["id"] for violation in found["violations"]}


def test_every_chart_has_alternative_text_with_its_data(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    page = render_html(result)
    labels = re.findall(r'<div role="img" aria-label="([^"]*)"', page)
    assert len(labels) == page.count("<svg"), "a chart without alternative text"
    assert len(labels) >= 4
    level = result["placement"]["label"]
    assert any(level in label and "your level" in label for label in labels)
    assert page.count("<details>") >= 4  # each chart's data, as a table
    assert '<th scope="col">' in page
    assert '<html lang="en">' in page and "<main>" in page and "<h1>" in page


def _cohort_summary(folder: Path) -> str:
    from assessor.core.cohort import expand_sources, import_files
    from assessor.core.format.loading import load_questionnaire
    from assessor.reports.cohort_report import (
        CohortReportOptions,
        cohort_blocks,
        render_cohort_html,
    )
    from tests.cohort_factory import write_cohort

    questionnaire = load_questionnaire(REPO_ROOT / "questionnaires" / "ai-cyber-career.yaml")
    write_cohort(questionnaire, folder / "cohort", 12)
    outcome = import_files(expand_sources([folder / "cohort"]), [questionnaire])
    return render_cohort_html(cohort_blocks(outcome, [questionnaire], CohortReportOptions()))


def test_cohort_summary_has_no_wcag_2_1_aa_violations(tmp_path: Path) -> None:
    found = axe_check(_cohort_summary(tmp_path), tmp_path)
    print(f"axe-core: {len(found['violations'])} violations, {found['passes']} rules passed")
    assert found["violations"] == []
    assert found["passes"] >= 10


def test_every_cohort_chart_has_alternative_text_with_its_data(tmp_path: Path) -> None:
    page = _cohort_summary(tmp_path)
    labels = re.findall(r'role="img" aria-label="([^"]*)"', page)
    assert len(labels) == page.count("<svg") >= 4, "a chart without alternative text"
    # The levels chart says how many people are at each level, not only "Levels".
    levels = next(label for label in labels if label.startswith("Levels"))
    assert "People per level" in levels and "People" in levels.split(".", 1)[1]
    heatmap = next(label for label in labels if label.startswith("Gaps to target"))
    assert "points short" in heatmap or "not targeted" in heatmap
    assert page.count("<details>") == len(labels)  # each chart's data, as a table too
    assert '<th scope="col">' in page
