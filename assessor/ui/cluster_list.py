"""The role clusters, best fit first: fit, a ready badge (in words) and the gaps."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from assessor.ui.widgets import plain_tooltip

_CLUSTER = Qt.ItemDataRole.UserRole


class ClusterList(QTreeWidget):
    """The role clusters with their fit, best first; choosing one shows its path."""

    clusterChosen = Signal(str)  # cluster id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Role clusters and how well you fit them"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setHeaderLabels([self.tr("Role"), self.tr("Fit"), self.tr("Ready?"),
                              self.tr("Gaps to close")])
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.currentItemChanged.connect(self._current_changed)

    def set_clusters(self, clusters: list[Mapping[str, Any]], labels: Mapping[str, str]) -> None:
        self.blockSignals(True)
        self.clear()
        for cluster in clusters:
            gaps = cluster.get("gaps") or {}
            gap_text = "; ".join(
                f"{labels.get(dim, dim)} +{points:.0f}" for dim, points in
                sorted(gaps.items(), key=lambda kv: -kv[1])
            ) or self.tr("none")
            ready = self.tr("✔ Ready") if cluster.get("ready") else self.tr("Not yet")
            row = QTreeWidgetItem([cluster["label"], f"{cluster['fit']:.0f}%", ready, gap_text])
            row.setData(0, _CLUSTER, cluster["id"])
            row.setToolTip(3, plain_tooltip(gap_text))
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(row)
        self.blockSignals(False)

    def select_cluster(self, cluster_id: str) -> None:
        for row in range(self.topLevelItemCount()):
            entry = self.topLevelItem(row)
            if entry is not None and entry.data(0, _CLUSTER) == cluster_id:
                self.blockSignals(True)
                self.setCurrentItem(entry)
                self.blockSignals(False)
                return

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.clusterChosen.emit(current.data(0, _CLUSTER))
