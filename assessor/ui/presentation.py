"""Presentation mode: one result shown full-screen to the client in a session — level, the
roles and their fit, and the path to a chosen role — in larger type. Only the result itself
is on screen: no session notes, no contact note, no other client's name. Esc leaves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assessor.core.results.history import cluster_label
from assessor.core.results.view import ResultView
from assessor.ui.chart_view import ChartView
from assessor.ui.charts_access import ChartFactory
from assessor.ui.cluster_list import ClusterList
from assessor.ui.locale_format import date_time_text
from assessor.ui.path_view import PathView
from assessor.ui.widgets import heading, plain_label

# Larger type for a screen shown across a room; in a narrower window less larger, so that
# the roles table, the names and the charts beside each other still fit (in Spanish too).
FONT_SCALES = ((1400, 1.45), (1150, 1.3), (0, 1.15))  # (least window width, scale)
_BASE_SIZE = "presentationBaseSize"


def font_scale(width: int) -> float:
    return next((scale for least, scale in FONT_SCALES if width >= least), FONT_SCALES[-1][1])
_TEXT_WIDGETS = (QLabel, QAbstractButton, QAbstractItemView, QComboBox)


class PresentationView(QWidget):
    """A result shown full screen to a client, one page at a time."""

    closed = Signal()

    def _level_text(self, client_name: str, level: str | None, rung: int, rungs: int) -> str:
        # The client's name on the level: the screen is shown to that person.
        if not client_name:
            return (self.tr("Level: {0} (rung {1} of {2})").format(level, rung, rungs) if level
                    else self.tr("Level: not placed on the ladder"))
        if level:
            return self.tr("{name}'s level: {0} (rung {1} of {2})").format(
                level, rung, rungs, name=client_name)
        return self.tr("{name}'s level: not placed on the ladder").format(name=client_name)

    def __init__(self, result: dict[str, Any], client_name: str, charts: ChartFactory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.cluster_id: str | None = None
        self.setWindowTitle(self.tr("Assessor — presentation"))
        # An explicit minimum keeps layouts from pushing size hints to the platform window
        # (some platforms cannot take them and warn), as the main window does.
        self.setMinimumSize(800, 560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 24)
        outer.setSpacing(12)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        view = self.view = ResultView.from_data(result)
        self.title = heading(view.questionnaire.title or "")
        when = date_time_text(view.completed_at)
        self.subtitle = plain_label(
            self.tr("{0} · completed {1}").format(client_name, when) if client_name
            else self.tr("Completed {0}").format(when), muted=True)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        self.leave_button = QPushButton(self.tr("Leave presentation (Esc)"))
        self.leave_button.setAccessibleName(self.tr("Leave presentation mode"))
        self.leave_button.clicked.connect(self.close)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        ladder = view.ladder
        level = view.placement_label
        ids = [lvl.id for lvl in ladder]
        rung = ids.index(view.placement_id) + 1 if level and view.placement_id in ids else 0
        self.level_label = plain_label(
            self._level_text(client_name, level, rung, len(ladder)), scale=1.3, bold=True)
        outer.addWidget(self.level_label)
        splitter = QSplitter()
        left = QSplitter(Qt.Orientation.Vertical)
        self.cluster_list = ClusterList()
        self.cluster_list.set_clusters(view.fits, view.dimension_labels())
        self.cluster_list.clusterChosen.connect(self.choose_cluster)
        self.dimensions_chart = ChartView(charts, "dimensions_figure",
                                          self.tr("Chart: dimensions against the role's "
                                                  "targets"))
        left.addWidget(self.cluster_list)
        left.addWidget(self.dimensions_chart)
        self.dimensions_chart.setMinimumHeight(360)
        left.setSizes([260, 520])
        right = QSplitter(Qt.Orientation.Vertical)
        self.path_view = PathView()
        self.path_chart = ChartView(charts, "path_figure", self.tr("Chart: the path to the role"))
        right.addWidget(self.path_view)
        right.addWidget(self.path_chart)
        self.path_chart.setMinimumHeight(300)
        right.setSizes([400, 380])
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 800])
        outer.addWidget(splitter, 1)
        if view.fits:
            self.choose_cluster(view.fits[0].id)
        self._scale_fonts()

    def choose_cluster(self, cluster_id: str) -> None:
        if cluster_id == self.cluster_id:
            return
        self.cluster_id = cluster_id
        self.cluster_list.select_cluster(cluster_id)
        view = self.view
        path = view.path(cluster_id)
        self.path_view.set_path(path, cluster_label(view, cluster_id), view,
                                view.dimension_labels())
        self.dimensions_chart.set_data(view, cluster_id)
        self.path_chart.set_data(view, cluster_id, path)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        """Enlarge every widget that shows text by the scale for the window's width (rebuilt
        parts of the path are new widgets and are enlarged when they appear). Each keeps its
        own size to scale from; containers keep the normal font, so a label never inherits
        an enlarged size and then gets enlarged again."""
        scale = font_scale(self.width())
        widgets = [w for w in self.findChildren(QWidget) if isinstance(w, _TEXT_WIDGETS)]
        for widget in widgets:  # read every own size before changing any font
            if widget.property(_BASE_SIZE) is None:
                widget.setProperty(_BASE_SIZE, widget.font().pointSizeF())
        for widget in widgets:
            size = float(widget.property(_BASE_SIZE)) * scale
            if widget.font().pointSizeF() != size:
                font = QFont(widget.font())
                font.setPointSizeF(size)
                widget.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if font_scale(event.size().width()) != font_scale(event.oldSize().width()):
            # After the resize: changing fonts inside it would lay the window out again
            # while it is being laid out.
            QTimer.singleShot(0, self, self._scale_fonts)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
