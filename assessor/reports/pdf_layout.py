"""A small page-flow engine over QPainter for the PDF report.

Blocks are measured and placed first (so the footer can say "page 3 of 5"), then painted.
Text is laid out by QTextDocument and drawn as text (selectable, searchable); charts are
SVG drawn by QSvgRenderer (vectors). Only ever imported from the PDF code path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer

from assessor.core.i18n import _

INK = "#1F2933"
MUTED = "#6B7280"
RULE = "#E5E7EB"
ACCENT = "#D55E00"
BLUE = "#0072B2"
SOFT = "#F4F7FA"
WARM = "#FDF3EC"
FONT_FAMILY = "DejaVu Sans"
RESOLUTION = 600  # device pixels per inch; layout is done in points and converted

Paint = Callable[[QPainter], None]


def pt(points: float) -> float:
    return points * RESOLUTION / 72.0


def mm(millimetres: float) -> float:
    return pt(millimetres * 72.0 / 25.4)


@dataclass
class Page:
    """One PDF page's paint operations, recorded before painting."""

    ops: list[Paint] = field(default_factory=list)


class Flow:
    """Places blocks top to bottom on pages of the writer's size, breaking pages as needed."""

    def __init__(self, writer: QPdfWriter, margins_mm: tuple[float, float, float, float]) -> None:
        self.writer = writer
        size = writer.pageLayout().fullRectPixels(RESOLUTION)
        self.page_width, self.page_height = float(size.width()), float(size.height())
        left, top, right, bottom = (mm(m) for m in margins_mm)
        self.left, self.top = left, top
        self.width = self.page_width - left - right
        self.bottom = self.page_height - bottom
        self.pages: list[Page] = [Page()]
        self.y = top

    # ---- measuring -------------------------------------------------------------------------

    def document(self, html: str, width: float, size: float = 10.0, colour: str = INK,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QTextDocument:
        """A laid-out text block. `html` must already be escaped by the caller."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.writer)
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        option = document.defaultTextOption()
        option.setAlignment(align)
        # A word longer than the line (a pasted hash, a name without spaces) is broken
        # rather than run off the page.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setHtml(f'<div style="color:{colour}">{html}</div>')
        document.setTextWidth(width)
        return document

    @property
    def remaining(self) -> float:
        return self.bottom - self.y

    # ---- placing ---------------------------------------------------------------------------

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.top

    def ensure(self, height: float) -> None:
        if height > self.remaining and self.y > self.top:
            self.new_page()

    def add(self, op: Paint) -> None:
        self.pages[-1].ops.append(op)

    def space(self, points: float) -> None:
        self.y += pt(points)

    def text(self, html: str, size: float = 10.0, colour: str = INK, *, indent: float = 0.0,
             after: float = 4.0, keep_with: float = 0.0) -> None:
        document = self.document(html, self.width - pt(indent), size, colour)
        height = document.size().height()
        self.ensure(height + keep_with)
        x, y = self.left + pt(indent), self.y
        self.add(lambda p: draw_document(p, document, x, y))
        self.y += height + pt(after)

    def heading(self, text: str, size: float = 16.0, *, keep_with: float = pt(140.0)) -> None:
        """A section heading and its rule, moved to the next page unless `keep_with` device
        pixels of what follows (give the next block's height) fit under it."""
        self.text(f"<b>{escape(text)}</b>", size, INK, after=3, keep_with=keep_with + pt(13))
        y, left, width = self.y, self.left, self.width
        self.add(lambda p: _rule(p, left, y, width, RULE, pt(0.8)))
        self.y += pt(10)

    def _svg_box(self, renderer: QSvgRenderer, width_share: float) -> tuple[float, float]:
        box = renderer.viewBoxF()
        width = self.width * width_share
        height = width * box.height() / box.width() if box.width() else width * 0.6
        if height > self.bottom - self.top:  # never taller than a page
            width, height = width * (self.bottom - self.top) / height, self.bottom - self.top
        return width, height

    def svg_height(self, svg: str, width_share: float = 1.0) -> float:
        """The height (device pixels) `svg` will take: what a heading above it keeps with."""
        return self._svg_box(QSvgRenderer(QByteArray(svg.encode("utf-8"))), width_share)[1]

    def svg(self, svg: str, width_share: float = 1.0, after: float = 10.0) -> None:
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        width, height = self._svg_box(renderer, width_share)
        self.ensure(height)
        rect = QRectF(self.left + (self.width - width) / 2, self.y, width, height)
        self.add(lambda p: renderer.render(p, rect))
        self.y += height + pt(after)

    def logo(self, data: bytes, kind: str, max_width: float = 120.0, max_height: float = 48.0,
             after: float = 6.0) -> None:
        """A provider's logo (PNG or SVG bytes) at the left margin, fitted into max_width
        by max_height points with its aspect kept; nothing when it cannot be drawn."""
        if kind == "svg":
            renderer = QSvgRenderer(QByteArray(data))
            if not renderer.isValid():
                return
            box = renderer.viewBoxF()
            aspect = box.width() / box.height() if box.height() else 2.0
        else:
            image = QImage()
            if not image.loadFromData(data, "PNG") or image.height() == 0:
                return
            aspect = image.width() / image.height()
        width = min(pt(max_width), pt(max_height) * aspect)
        height = width / aspect
        self.ensure(height)
        rect = QRectF(self.left, self.y, width, height)
        if kind == "svg":
            self.add(lambda p: renderer.render(p, rect))
        else:
            self.add(lambda p: p.drawImage(rect, image))
        self.y += height + pt(after)

    def box(self, html: str, fill: str, *, size: float = 10.0, colour: str = INK,
            bar: str | None = None, padding: float = 9.0, after: float = 10.0) -> None:
        """A paragraph on a tinted background, with an optional coloured bar on its left."""
        inner = self.width - 2 * pt(padding) - (pt(3) if bar else 0)
        document = self.document(html, inner, size, colour)
        height = document.size().height() + 2 * pt(padding)
        self.ensure(height)
        x, y, width = self.left, self.y, self.width
        text_x = x + pt(padding) + (pt(3) if bar else 0)

        def paint(p: QPainter) -> None:
            p.fillRect(QRectF(x, y, width, height), QColor(fill))
            if bar:
                p.fillRect(QRectF(x, y, pt(3), height), QColor(bar))
            draw_document(p, document, text_x, y + pt(padding))

        self.add(paint)
        self.y += height + pt(after)

    def cards(self, cards: list[tuple[str, str, str, str, str]], after: float = 12.0) -> None:
        """Side-by-side key figures: (label, value, detail, fill, text colour)."""
        if not cards:
            return
        gap = pt(10)
        width = (self.width - gap * (len(cards) - 1)) / len(cards)
        padding = pt(10)
        laid = []
        for label, value, detail, fill, ink in cards:
            parts = [f'<div style="font-size:7.5pt; letter-spacing:1px">{escape(label.upper())}'
                     "</div>",
                     f'<div style="font-size:17pt"><b>{escape(value)}</b></div>']
            if detail:
                parts.append(f"<div>{escape(detail)}</div>")
            laid.append((self.document("".join(parts), width - 2 * padding, 10, ink), fill))
        height = max(doc.size().height() for doc, _ in laid) + 2 * padding
        self.ensure(height)
        y = self.y
        for index, (document, fill) in enumerate(laid):
            x = self.left + index * (width + gap)

            def paint(p: QPainter, x: float = x, document: QTextDocument = document,
                      fill: str = fill) -> None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(fill))
                p.drawRoundedRect(QRectF(x, y, width, height), pt(4), pt(4))
                draw_document(p, document, x + padding, y + padding)

            self.add(paint)
        self.y += height + pt(after)

    def table(self, columns: tuple[str, ...], rows: Sequence[tuple[str, ...]],
              widths: tuple[float, ...], numeric: tuple[int, ...] = (), *,
              size: float = 9.0, after: float = 12.0) -> None:
        """A ruled table; long tables continue on the next page with the header repeated."""
        padding = pt(4)
        col_widths = [self.width * share for share in widths]

        def layout_row(cells: tuple[str, ...], header: bool) -> tuple[list[QTextDocument], float]:
            docs = []
            for index, cell in enumerate(cells):
                align = (Qt.AlignmentFlag.AlignRight if index in numeric
                         else Qt.AlignmentFlag.AlignLeft)
                html = (f'<b style="font-size:7.5pt">{escape(cell.upper())}</b>' if header
                        else escape(cell))
                docs.append(self.document(html, col_widths[index] - 2 * padding, size,
                                          MUTED if header else INK, align))
            return docs, max(d.size().height() for d in docs) + 2 * padding

        header_docs, header_height = layout_row(columns, True)

        def place_header() -> None:
            y = self.y
            self._place_row(header_docs, col_widths, y, padding)
            self.add(lambda p: _rule(p, self.left, y + header_height, self.width, RULE, pt(1.6)))
            self.y += header_height

        first_row = layout_row(rows[0], False)[1] if rows else 0.0
        self.ensure(header_height + first_row)
        place_header()
        for cells in rows:
            docs, height = layout_row(cells, False)
            if height > self.remaining:
                self.new_page()
                place_header()
            y = self.y
            self._place_row(docs, col_widths, y, padding)
            self._place_rule(y + height, pt(0.6))
            self.y += height
        self.y += pt(after)

    def _place_row(self, docs: list[QTextDocument], widths: list[float], y: float,
                   padding: float) -> None:
        x = self.left
        for document, width in zip(docs, widths, strict=True):
            self._place_document(document, x + padding, y + padding)
            x += width

    def _place_document(self, document: QTextDocument, x: float, y: float) -> None:
        self.add(lambda p: draw_document(p, document, x, y))

    def _place_rule(self, y: float, weight: float) -> None:
        left, width = self.left, self.width
        self.add(lambda p: _rule(p, left, y, width, RULE, weight))

    # ---- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, footer: Callable[[QPainter, int, int], None]) -> None:
        for number, page in enumerate(self.pages, start=1):
            if number > 1:
                self.writer.newPage()
            for op in page.ops:
                op(painter)
            footer(painter, number, len(self.pages))


def draw_document(painter: QPainter, document: QTextDocument, x: float, y: float) -> None:
    """Paint a laid-out text document with its top-left corner at (x, y)."""
    painter.save()
    painter.translate(QPointF(x, y))
    document.drawContents(painter)
    painter.restore()


def _rule(painter: QPainter, x: float, y: float, width: float, colour: str,  # noqa: PLR0917
          weight: float) -> None:
    painter.save()
    pen = QPen(QColor(colour))
    pen.setWidthF(weight)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, y), QPointF(x + width, y))
    painter.restore()


def page_size(name: str) -> QPageSize:
    ids = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
    return QPageSize(ids[name])


def caveat_footer(flow: Flow, caveat: str) -> Callable[[QPainter, int, int], None]:
    """The footer every PDF shares: the caveat, "Page n of N", a rule, and the cover's band."""

    def footer(painter: QPainter, number: int, total: int) -> None:
        y = flow.page_height - mm(13)
        left = flow.document(escape(caveat), flow.width * 0.8, 7, MUTED)
        page = _("Page {number} of {total}").format(number=number, total=total)
        right = flow.document(page, flow.width * 0.2, 7.5, MUTED,
                              Qt.AlignmentFlag.AlignRight)
        painter.save()
        painter.setPen(QColor(RULE))
        painter.drawLine(QPointF(flow.left, y - pt(5)),
                         QPointF(flow.left + flow.width, y - pt(5)))
        painter.restore()
        draw_document(painter, left, flow.left, y)
        draw_document(painter, right, flow.left + flow.width * 0.8, y)
        if number == 1:  # the cover's top band
            painter.fillRect(QRectF(0, 0, flow.page_width, mm(6)), QColor(BLUE))

    return footer
