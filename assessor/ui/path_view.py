"""The path to a chosen role as a timeline of steps: effort, the level after each step,
resources (urls shown as text, never opened) and references."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from assessor.core.results.view import (
    ClusterPath,
    MilestoneInfo,
    PathStep,
    ResultView,
    path_from_data,
)
from assessor.ui.widgets import heading, plain_label


class PathView(QScrollArea):
    """The path to the chosen cluster, step by step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Path to the chosen role"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._step_frames: list[QFrame] = []
        self._summary_text = ""
        self._pending: tuple[Any, ...] | None = None
        self.setWidget(QWidget())

    # Built when first shown (a results page opens on another tab), or when asked about.
    @property
    def step_frames(self) -> list[QFrame]:
        self._build_pending()
        return self._step_frames

    @property
    def summary_text(self) -> str:
        self._build_pending()
        return self._summary_text

    def set_path(self, path: ClusterPath | Mapping[str, Any] | None, cluster_label: str,
                 result: ResultView | Mapping[str, Any], labels: Mapping[str, str]) -> None:
        """Show this path now if the view is on screen, else when it is next shown."""
        if path is not None and not isinstance(path, ClusterPath):
            path = path_from_data(path)
        self._pending = (path, cluster_label, ResultView.of(result), labels)
        if self.isVisible():
            self._build_pending()

    def showEvent(self, event: QShowEvent) -> None:
        self._build_pending()
        super().showEvent(event)

    def _build_pending(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._build(*pending)

    def _build(self, path: ClusterPath | None, cluster_label: str,
               result: ResultView, labels: Mapping[str, str]) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 12, 4)
        layout.setSpacing(8)
        self._step_frames = []
        ladder = result.level_labels()
        cluster = next((c for c in result.clusters if c.label == cluster_label), None)
        target: Mapping[str, float] = cluster.target if cluster is not None else {}
        layout.addWidget(heading(self.tr("Your path to {0}").format(cluster_label), level=2))
        if cluster is not None and cluster.summary:
            layout.addWidget(plain_label(cluster.summary.strip(), muted=True))
        if path is None:
            self._summary_text = self.tr("No path is available for this role.")
            layout.addWidget(plain_label(self._summary_text))
            layout.addStretch(1)
            self.setWidget(body)
            return
        steps = path.steps
        hours = path.total_effort_hours or 0
        if not steps and path.reachable:
            self._summary_text = self.tr("You already meet every target of this role.")
        elif path.reachable:
            self._summary_text = self.tr("%n step(s), about {0:g} hours of effort in total.",
                                          "", len(steps)).format(hours)
        else:
            short = ", ".join(labels.get(d, d) for d in path.short)
            self._summary_text = self.tr(
                "The milestones available cannot fully reach this role's targets; still short "
                "in: {0}. The steps below ({1:g} hours) get you as close as they can.").format(
                    short, hours)
        layout.addWidget(plain_label(self._summary_text))
        for number, step in enumerate(steps, start=1):
            frame = self._step_frame(number, step, ladder,
                                     details=result.milestone(step.milestone),
                                     target=target, labels=labels)
            self._step_frames.append(frame)
            layout.addWidget(frame)
        layout.addStretch(1)
        self.setWidget(body)

    def _step_frame(self, number: int, step: PathStep, ladder: Mapping[str, str], *,
                    details: MilestoneInfo | None, target: Mapping[str, float],
                    labels: Mapping[str, str]) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(3)
        level = ladder.get(step.level or "", self.tr("no level"))
        layout.addWidget(plain_label(self.tr("Step {0} · {1:g} hours · level after this step: {2}")
                                     .format(number, step.effort_hours, level),
                                     scale=0.92, muted=True))
        title = plain_label(step.title, bold=True)
        layout.addWidget(title)
        frame.setAccessibleName(self.tr("Step {0}: {1}").format(number, step.title))
        if details is not None and details.description:
            layout.addWidget(plain_label(details.description.strip()))
        projected = step.projected
        dims = [d for d in target if d in projected] or list(projected)
        if dims:
            layout.addWidget(plain_label(self.tr("Afterwards: {0}").format(", ".join(
                self.tr("{0} {1:.0f}% (target {2:g}%)").format(
                    labels.get(d, d), projected[d], target[d]) if d in target else
                self.tr("{0} {1:.0f}%").format(labels.get(d, d), projected[d])
                for d in dims)), scale=0.95))
        for resource in details.resources if details is not None else ():
            text = "• " + str(resource.get("title", ""))
            if resource.get("url"):
                text += f" — {resource['url']}"
            layout.addWidget(plain_label(text, selectable=True))
        if details is not None and details.refs:
            references = self.tr("References: {0}").format("; ".join(details.refs))
            layout.addWidget(plain_label(references, scale=0.92, muted=True, selectable=True))
        return frame
