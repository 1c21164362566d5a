"""The explicit context every view is given: no globals anywhere in the GUI."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assessor.app.catalog import QuestionnaireCatalog
from assessor.app.person import CurrentPerson
from assessor.app.prompts import Prompts
from assessor.ui.charts_access import ChartFactory


@dataclass
class UiSettings:
    """What the person chose that should outlive the window (kept small on purpose)."""

    preferred_cluster: str | None = None


class ReportRenderer:
    """`assessor.reports.render_report(result, path)` when that module is installed."""

    def __init__(self, module_name: str = "assessor.reports") -> None:
        self._module_name = module_name

    def available(self) -> bool:
        try:
            return importlib.util.find_spec(self._module_name) is not None
        except (ImportError, ValueError):
            return False

    def render(self, result: dict[str, Any], path: Path, cluster_id: str | None = None) -> None:
        module = importlib.import_module(self._module_name)
        module.render_report(result, path, cluster_id=cluster_id)


@dataclass
class ApplicationContext:
    """What every view is given: store, catalog, prompts, charts (the results' and the
    cohort's), person, settings, the report writer."""

    store: Any  # assessor.core.store.Store (typed loosely: tests may pass a fake)
    catalog: QuestionnaireCatalog
    prompts: Prompts
    charts: ChartFactory
    person: CurrentPerson  # whom the app is working with; every view listens to it
    settings: UiSettings
    reports: ReportRenderer
    # The cohort's figures (a module of their own, loaded only when a cohort is shown).
    cohort_charts: ChartFactory = field(
        default_factory=lambda: ChartFactory("assessor.charts.cohort"))

    @property
    def profile_id(self) -> int:
        return self.person.profile_id
