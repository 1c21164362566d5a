"""The path to a chosen role as a timeline of steps: effort, the level after each step,
resources (urls shown as text, never opened) and references."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from assessor.ui.widgets import heading, plain_label


class PathView(QScrollArea):
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

    def set_path(self, path: Mapping[str, Any] | None, cluster_label: str,
                 result: Mapping[str, Any], labels: Mapping[str, str]) -> None:
        """Show this path now if the view is on screen, else when it is next shown."""
        self._pending = (path, cluster_label, result, labels)
        if self.isVisible():
            self._build_pending()

    def showEvent(self, event: QShowEvent) -> None:
        self._build_pending()
        super().showEvent(event)

    def _build_pending(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._build(*pending)

    def _build(self, path: Mapping[str, Any] | None, cluster_label: str,
               result: Mapping[str, Any], labels: Mapping[str, str]) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 12, 4)
        layout.setSpacing(8)
        self._step_frames = []
        display = result.get("display") or {}
        ladder = {lvl["id"]: lvl["label"] for lvl in display.get("ladder", [])}
        milestones = display.get("milestones") or {}
        target: Mapping[str, float] = next((c.get("target", {}) for c in display.get("clusters", [])
                       if c.get("label") == cluster_label), {})
        layout.addWidget(heading(self.tr("Your path to {0}").format(cluster_label), level=2))
        summary = next((c.get("summary") for c in display.get("clusters", [])
                        if c.get("label") == cluster_label), None)
        if summary:
            layout.addWidget(plain_label(str(summary).strip(), muted=True))
        if path is None:
            self._summary_text = self.tr("No path is available for this role.")
            layout.addWidget(plain_label(self._summary_text))
            layout.addStretch(1)
            self.setWidget(body)
            return
        steps = path.get("steps") or []
        hours = path.get("total_effort_hours", 0)
        if not steps and path.get("reachable"):
            self._summary_text = self.tr("You already meet every target of this role.")
        elif path.get("reachable"):
            self._summary_text = self.tr("%n step(s), about {0:g} hours of effort in total.",
                                          "", len(steps)).format(hours)
        else:
            short = ", ".join(labels.get(d, d) for d in path.get("short", []))
            self._summary_text = self.tr(
                "The milestones available cannot fully reach this role's targets; still short "
                "in: {0}. The steps below ({1:g} hours) get you as close as they can.").format(
                    short, hours)
        layout.addWidget(plain_label(self._summary_text))
        for number, step in enumerate(steps, start=1):
            frame = self._step_frame(number, step, ladder,
                                     details=milestones.get(step["milestone"], {}),
                                     target=target, labels=labels)
            self._step_frames.append(frame)
            layout.addWidget(frame)
        layout.addStretch(1)
        self.setWidget(body)

    def _step_frame(self, number: int, step: Mapping[str, Any], ladder: Mapping[str, str], *,
                    details: Mapping[str, Any], target: Mapping[str, float],
                    labels: Mapping[str, str]) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(3)
        level = ladder.get(step.get("level") or "", self.tr("no level"))
        layout.addWidget(plain_label(self.tr("Step {0} · {1:g} hours · level after this step: {2}")
                                     .format(number, step["effort_hours"], level),
                                     scale=0.92, muted=True))
        title = plain_label(step["title"], bold=True)
        layout.addWidget(title)
        frame.setAccessibleName(self.tr("Step {0}: {1}").format(number, step["title"]))
        if details.get("description"):
            layout.addWidget(plain_label(str(details["description"]).strip()))
        projected = step.get("projected") or {}
        dims = [d for d in target if d in projected] or list(projected)
        if dims:
            layout.addWidget(plain_label(self.tr("Afterwards: ") + ", ".join(
                f"{labels.get(d, d)} {projected[d]:.0f}%"
                + (f" (target {target[d]:g}%)" if d in target else "") for d in dims),
                scale=0.95))
        for resource in details.get("resources") or []:
            text = "• " + resource["title"]
            if resource.get("url"):
                text += f" — {resource['url']}"
            layout.addWidget(plain_label(text, selectable=True))
        if details.get("refs"):
            layout.addWidget(plain_label(self.tr("References: ") + "; ".join(details["refs"]),
                                         scale=0.92, muted=True, selectable=True))
        return frame
