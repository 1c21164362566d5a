"""The role clusters, best fit first: fit, a ready badge (in words) and the gaps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from assessor.app.deltas import gap_list
from assessor.core.i18n import format_percent
from assessor.core.scoring.career import ClusterFit
from assessor.ui.tables import two_lines
from assessor.ui.widgets import plain_tooltip

_CLUSTER = Qt.ItemDataRole.UserRole


class ClusterList(QTreeWidget):
    """The role clusters with their fit, best first; choosing one shows its path."""

    clusterChosen = Signal(str)  # cluster id
    rowsFitted = Signal(int)  # pixels the list needs to show every row whole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Role clusters and how well you fit them"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self._gaps_title = self.tr("Gaps to close")
        self.setHeaderLabels([self.tr("Role"), self.tr("Fit"), self.tr("Ready?"),
                              self._gaps_title])
        # Names and gaps wrap in their columns, never elided and never scrolled sideways.
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setAccessibleName(self.tr("Column headers"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_: self._fit_row_heights())
        self.currentItemChanged.connect(self._current_changed)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode enlarges the type
            self._fit_name_column()
            self.doItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_name_column()

    def _fit_name_column(self) -> None:
        """The role names get what they need, up to 35% of the width, and never so much
        that the gaps' header is clipped (nor less than their longest word); the gaps the
        rest."""
        metrics = self.fontMetrics()
        header = self.header()
        names = [item.text(0) for i in range(self.topLevelItemCount())
                 if (item := self.topLevelItem(i)) is not None]
        widest = max([metrics.horizontalAdvance(n) for n in names] + [60]) + 16
        longest_word = max([metrics.horizontalAdvance(w) for n in names for w in n.split()]
                           + [0]) + 16
        left = self.viewport().width() - header.sectionSize(1) - header.sectionSize(2)
        heads = header.fontMetrics()
        one_line = heads.horizontalAdvance(self._gaps_title) + 16
        # Too narrow for the gaps' header on one line beside the longest word: two lines.
        folded = left - one_line < min(widest, longest_word)
        gaps_title = two_lines(self._gaps_title, heads) if folded else self._gaps_title
        item = self.headerItem()
        if item is not None and item.text(3) != gaps_title:
            item.setText(3, gaps_title)
        needed = max(heads.horizontalAdvance(line) for line in gaps_title.split("\n")) + 16
        width = min(widest, int(self.viewport().width() * 0.35), left - needed)
        header.resizeSection(0, max(width, longest_word))
        self._fit_row_heights()

    def _fit_row_heights(self) -> None:
        """Rows as tall as their wrapped text (the view does not measure wrapped rows)."""
        metrics = self.fontMetrics()
        header = self.header()
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is None:
                continue
            height = max(metrics.boundingRect(
                QRect(0, 0, max(header.sectionSize(column) - 6, 1), 100000),
                int(Qt.TextFlag.TextWordWrap), item.text(column)).height()
                for column in range(self.columnCount()))
            item.setSizeHint(0, QSize(header.sectionSize(0), height + 6))  # -1 is "unset"
        rows = sum(item.sizeHint(0).height() for row in range(self.topLevelItemCount())
                   if (item := self.topLevelItem(row)) is not None)
        self.rowsFitted.emit(rows + header.height() + 2 * self.frameWidth() + 2)

    def set_clusters(self, clusters: Sequence[ClusterFit], labels: Mapping[str, str]) -> None:
        self.blockSignals(True)
        self.clear()
        for cluster in clusters:
            gap_text = gap_list(dict(cluster.gaps), dict(labels)) or self.tr("none")
            ready = self.tr("✔ Ready") if cluster.ready else self.tr("Not yet")
            row = QTreeWidgetItem([cluster.label, format_percent(cluster.fit), ready, gap_text])
            row.setData(0, _CLUSTER, cluster.id)
            row.setToolTip(3, plain_tooltip(gap_text))
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(row)
        self.blockSignals(False)
        self._fit_name_column()

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
