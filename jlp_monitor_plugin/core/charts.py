"""Charts drawn with QPainter, so the dock (on screen) and the reports (as images) draw the same one.

QtGui only: no widgets, no chart library (QtCharts is not in every QGIS build). Two charts:

- the housing trajectory: net completions by monitoring year as bars (projected years after the
  base date shaded, deliverable units darker than the rest), the annual requirement as a line, and
  cumulative delivery against the cumulative requirement on a second axis;
- stacked bars, e.g. completions by monitoring year stacked by LPA.

``render_image(width, height, paint, ...)`` paints either into a QImage for a report.
"""

import math
from collections import OrderedDict
from typing import Any, Callable, Dict, List, Optional, Sequence

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from .translation import tr

COMPLETIONS_COLOUR = "#1f5f8b"
DELIVERABLE_COLOUR = "#74a9cf"
PROJECTED_COLOUR = "#c6dbef"
REQUIREMENT_COLOUR = "#e8590c"
CUMULATIVE_COLOUR = "#2b8a3e"
PROJECTED_SHADE = "#f1f3f5"
HATCH_COLOUR = "#4a7fa8"  # the diagonal lines on developable (projected, not deliverable) bars
AXIS_COLOUR = "#495057"
GRID_COLOUR = "#dee2e6"
PALETTE = ("#1f5f8b", "#2b8a3e", "#862e9c", "#e8590c", "#868e96", "#c2255c", "#5c940d", "#0b7285")


def number(value: Any) -> Optional[float]:
    """A float, or None for None, NaN and text that is not a number."""
    if value is None:
        return None
    try:
        result = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(result) else result


def records(series: Any) -> List[Dict[str, Any]]:
    """Rows of a DataFrame (``to_dict("records")``) or any sequence of dicts, as a list of dicts."""
    if hasattr(series, "to_dict"):
        return series.to_dict("records")
    return [dict(row) for row in series]


def nice_step(largest: float, ticks: int = 5) -> float:
    """A round axis step (1, 2, 2.5 or 5 × 10^n) giving about ``ticks`` intervals up to ``largest``."""
    if largest <= 0:
        return 1.0
    raw = largest / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        if raw <= multiple * magnitude:
            return multiple * magnitude
    return 10 * magnitude


def axis_top(largest: float, ticks: int = 5) -> float:
    step = nice_step(largest, ticks)
    return max(step, math.ceil(largest / step) * step)


def _grouped(value: float) -> str:
    return "{:,.0f}".format(value)


class _Canvas:
    """Fonts and pens scaled to the size being painted, and the text helpers both charts use."""

    def __init__(self, painter: QPainter, rect: QRectF):
        self.painter = painter
        self.rect = QRectF(rect)
        size = max(8.0, min(18.0, min(rect.height() / 34.0, rect.width() / 50.0)))
        self.font = QFont()
        self.font.setPixelSize(int(round(size)))
        self.title_font = QFont(self.font)
        self.title_font.setPixelSize(int(round(size * 1.25)))
        self.title_font.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.line = self.metrics.height()

    def text(self, x: float, y: float, text: str, align: int, font: Optional[QFont] = None) -> None:
        """Text anchored at (x, y) by ``align`` (Qt.AlignmentFlag: Left/Right/HCenter, Top/VCenter/Bottom)."""
        font = font or self.font
        metrics = QFontMetricsF(font)
        self.painter.setFont(font)
        self.painter.setPen(QColor(AXIS_COLOUR))
        width = metrics.horizontalAdvance(text)
        height = metrics.height()
        if align & Qt.AlignmentFlag.AlignRight:
            left = x - width
        elif align & Qt.AlignmentFlag.AlignHCenter:
            left = x - width / 2
        else:
            left = x
        if align & Qt.AlignmentFlag.AlignVCenter:
            top = y - height / 2
        elif align & Qt.AlignmentFlag.AlignBottom:
            top = y - height
        else:
            top = y
        self.painter.drawText(QPointF(left, top + metrics.ascent()), text)

    def title_height(self, text: str) -> float:
        """The height the title takes at the top (a small margin when there is none)."""
        return QFontMetricsF(self.title_font).height() * 1.6 if text else self.line * 0.6

    def title(self, text: str) -> float:
        """Draw the title at the top; the height it took."""
        if not text:
            return self.title_height(text)
        self.text(
            self.rect.center().x(),
            self.rect.top() + self.line * 0.3,
            text,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.title_font,
        )
        return self.title_height(text)

    def legend(self, entries: Sequence[tuple], top: float) -> None:
        """Legend entries (label, kind, colour, dashed) in rows centred under the plot from ``top``;
        kind "bar", "hatched" (a bar with diagonal lines), "line" or "marked" (a line with dots)."""
        swatch = self.line * 1.6
        gap = self.line
        widths = [swatch + self.line * 0.4 + self.metrics.horizontalAdvance(label) for label, *_ in entries]
        rows = [[]]  # type: List[List[int]]
        used = 0.0
        for index, width in enumerate(widths):
            if rows[-1] and used + width > self.rect.width() * 0.95:
                rows.append([])
                used = 0.0
            rows[-1].append(index)
            used += width + gap
        y = top
        for row in rows:
            total = sum(widths[i] for i in row) + gap * (len(row) - 1)
            x = self.rect.center().x() - total / 2
            for index in row:
                label, kind, colour, dashed = entries[index]
                middle = y + self.line / 2
                if kind in ("bar", "hatched"):
                    _bar(self.painter, QRectF(x, y + self.line * 0.15, swatch, self.line * 0.7), colour, kind)
                else:
                    self.painter.setPen(_pen(colour, self.line / 6, dashed))
                    self.painter.drawLine(QPointF(x, middle), QPointF(x + swatch, middle))
                    if kind == "marked":
                        _marker(self.painter, QPointF(x + swatch / 2, middle), self.line, colour)
                self.text(
                    x + swatch + self.line * 0.4,
                    middle,
                    label,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                )
                x += widths[index] + gap
            y += self.line * 1.4

    def legend_height(self, entries: Sequence[tuple]) -> float:
        swatch = self.line * 1.6
        total = sum(swatch + self.line * 1.4 + self.metrics.horizontalAdvance(label) for label, *_ in entries)
        rows = max(1, math.ceil(total / (self.rect.width() * 0.95)))
        return rows * self.line * 1.4 + self.line * 0.4


def _bar(painter: QPainter, rect: QRectF, colour: str, kind: str = "bar") -> None:
    """A bar filled with ``colour``; "hatched" adds diagonal lines, so that it differs from the bar
    beside it by more than its colour (WCAG 1.4.1)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(colour)))
    painter.drawRect(rect)
    if kind == "hatched":
        painter.setBrush(QBrush(QColor(HATCH_COLOUR), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(rect)


def _marker(painter: QPainter, centre: QPointF, line: float, colour: str) -> None:
    """A dot on a line, so that the line differs from the others by more than its colour."""
    painter.setPen(_pen("white", line / 10))
    painter.setBrush(QBrush(QColor(colour)))
    painter.drawEllipse(centre, line * 0.28, line * 0.28)


def _pen(colour: str, width: float, dashed: bool = False) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(max(1.0, width))
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class _Plot:
    """The plot area and its scales: one slot per category along x, values up the y axes."""

    def __init__(
        self,
        canvas: _Canvas,
        top: float,
        bottom_reserved: float,
        count: int,
        y_max: float,
        y2_max: Optional[float],
        labels: Sequence[str],
    ):
        self.canvas = canvas
        rect = canvas.rect
        m = canvas.metrics
        self.y_top = axis_top(y_max)
        self.y2_top = axis_top(y2_max) if y2_max is not None else None
        left_width = m.horizontalAdvance(_grouped(self.y_top)) + canvas.line * 1.6
        right_width = (
            (m.horizontalAdvance(_grouped(self.y2_top)) + canvas.line * 1.6) if self.y2_top else canvas.line
        )
        widest = max((m.horizontalAdvance(text) for text in labels), default=0.0)
        slot = (rect.width() - left_width - right_width) / max(1, count)
        self.rotate = widest + canvas.line * 0.3 > slot
        label_height = (widest * 0.72 + canvas.line) if self.rotate else canvas.line * 1.5
        self.area = QRectF(
            rect.left() + left_width,
            rect.top() + top,
            rect.width() - left_width - right_width,
            rect.height() - top - bottom_reserved - label_height,
        )
        self.count = max(1, count)
        self.slot = self.area.width() / self.count

    def x(self, index: int) -> float:
        """The centre of slot ``index``."""
        return self.area.left() + self.slot * (index + 0.5)

    def y(self, value: float) -> float:
        return self.area.bottom() - self.area.height() * (value / self.y_top)

    def y2(self, value: float) -> float:
        return self.area.bottom() - self.area.height() * (value / (self.y2_top or 1.0))

    def bar(self, index: int, low: float, high: float) -> QRectF:
        width = self.slot * 0.64
        return QRectF(self.x(index) - width / 2, self.y(high), width, self.y(low) - self.y(high))

    def axes(self, labels: Sequence[str], y_label: str = "", y2_label: str = "") -> None:
        painter = self.canvas.painter
        line = self.canvas.line
        step = nice_step(self.y_top)
        value = 0.0
        while value <= self.y_top + 1e-9:
            y = self.y(value)
            painter.setPen(_pen(GRID_COLOUR, line / 14))
            painter.drawLine(QPointF(self.area.left(), y), QPointF(self.area.right(), y))
            self.canvas.text(
                self.area.left() - line * 0.4,
                y,
                _grouped(value),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
            value += step
        if self.y2_top:
            step2 = nice_step(self.y2_top)
            value = 0.0
            while value <= self.y2_top + 1e-9:
                self.canvas.text(
                    self.area.right() + line * 0.4,
                    self.y2(value),
                    _grouped(value),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                )
                value += step2
        painter.setPen(_pen(AXIS_COLOUR, line / 12))
        painter.drawLine(
            QPointF(self.area.left(), self.area.bottom()), QPointF(self.area.right(), self.area.bottom())
        )
        painter.drawLine(
            QPointF(self.area.left(), self.area.top()), QPointF(self.area.left(), self.area.bottom())
        )
        for index, text in enumerate(labels):
            x = self.x(index)
            if self.rotate:
                painter.save()
                painter.translate(x, self.area.bottom() + line * 0.4)
                painter.rotate(-45)
                self.canvas.text(0, 0, text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                painter.restore()
            else:
                self.canvas.text(
                    x,
                    self.area.bottom() + line * 0.3,
                    text,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                )
        if y_label:
            self.canvas.text(
                self.area.left(),
                self.area.top() - line * 0.2,
                y_label,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            )
        if y2_label and self.y2_top:
            self.canvas.text(
                self.area.right(),
                self.area.top() - line * 0.2,
                y2_label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            )

    def polyline(
        self, points: List[Optional[QPointF]], colour: str, dashed: bool = False, marked: bool = False
    ) -> None:
        """A line through the points, broken where a point is None; ``marked``: a dot on each point."""
        painter = self.canvas.painter
        painter.setPen(_pen(colour, self.canvas.line / 5, dashed))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        drawing = False
        for point in points:
            if point is None:
                drawing = False
                continue
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        painter.drawPath(path)
        if marked:
            for point in points:
                if point is not None:
                    _marker(painter, point, self.canvas.line, colour)


def trajectory_geometry(rect: QRectF, series: Any, title: str = "", painter: Optional[QPainter] = None):
    """Where the trajectory chart puts things in ``rect``: {"plot": QRectF, "bars": [(year, kind, QRectF)],
    "projected_from": x or None}. The chart itself and its tests use it."""
    image = None
    if painter is None:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
    try:
        return _trajectory(painter, rect, records(series), title, draw=False)
    finally:
        if image is not None:
            painter.end()


def paint_trajectory_chart(painter: QPainter, rect: QRectF, series: Any, title: str = "") -> None:
    """The housing trajectory of ``series`` (``MonitoringResult.series(area)``) painted into ``rect``."""
    _trajectory(painter, rect, records(series), title, draw=True)


def _legend_entries() -> List[tuple]:
    return [
        (tr("Net completions"), "bar", COMPLETIONS_COLOUR, False),
        (tr("Projected: deliverable"), "bar", DELIVERABLE_COLOUR, False),
        (tr("Projected: developable"), "hatched", PROJECTED_COLOUR, False),
        (tr("Annual requirement"), "line", REQUIREMENT_COLOUR, False),
        (tr("Cumulative delivery (right axis)"), "marked", CUMULATIVE_COLOUR, False),
        (tr("Cumulative requirement (right axis)"), "line", REQUIREMENT_COLOUR, True),
    ]


def _trajectory(painter: QPainter, rect: QRectF, rows: List[Dict[str, Any]], title: str, draw: bool) -> dict:
    canvas = _Canvas(painter, rect)
    entries = _legend_entries()
    top = canvas.title(title) if draw else canvas.title_height(title)
    labels = [str(row.get("monitoring_year", "")) for row in rows]
    bar_values = [
        max(
            number(row.get("completions")) or 0.0,
            number(row.get("projected")) or 0.0,
            number(row.get("requirement")) or 0.0,
        )
        for row in rows
    ]
    cumulative = [
        max(number(row.get("cumulative")) or 0.0, number(row.get("cumulative_requirement")) or 0.0)
        for row in rows
    ]
    plot = _Plot(
        canvas,
        top + canvas.line,
        canvas.legend_height(entries),
        len(rows),
        max(bar_values, default=0.0),
        max(cumulative, default=0.0),
        labels,
    )
    bars = []
    projected_from = None
    for index, row in enumerate(rows):
        completions = number(row.get("completions"))
        projected = number(row.get("projected"))
        if completions is not None:
            bars.append((row.get("year"), "completions", plot.bar(index, 0.0, completions)))
        elif projected is not None:
            if projected_from is None:
                projected_from = plot.x(index) - plot.slot / 2
            deliverable = min(projected, number(row.get("projected_deliverable")) or 0.0)
            bars.append((row.get("year"), "deliverable", plot.bar(index, 0.0, deliverable)))
            bars.append((row.get("year"), "projected", plot.bar(index, deliverable, projected)))
    if draw:
        if projected_from is not None:
            shade = QRectF(
                projected_from, plot.area.top(), plot.area.right() - projected_from, plot.area.height()
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(PROJECTED_SHADE)))
            painter.drawRect(shade)
            canvas.text(
                projected_from + canvas.line * 0.3,
                plot.area.top() + canvas.line * 0.2,
                tr("Projected"),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            )
        plot.axes(labels, tr("Dwellings a year"), tr("Cumulative"))
        colours = {
            "completions": COMPLETIONS_COLOUR,
            "deliverable": DELIVERABLE_COLOUR,
            "projected": PROJECTED_COLOUR,
        }
        for _year, kind, bar in bars:
            if bar.height() > 0:
                _bar(painter, bar, colours[kind], "hatched" if kind == "projected" else "bar")

        def points(key: str, axis) -> List[Optional[QPointF]]:
            result = []
            for index, row in enumerate(rows):
                value = number(row.get(key))
                result.append(None if value is None else QPointF(plot.x(index), axis(value)))
            return result

        plot.polyline(points("requirement", plot.y), REQUIREMENT_COLOUR)
        plot.polyline(points("cumulative_requirement", plot.y2), REQUIREMENT_COLOUR, dashed=True)
        plot.polyline(points("cumulative", plot.y2), CUMULATIVE_COLOUR, marked=True)
        canvas.legend(entries, rect.bottom() - canvas.legend_height(entries) + canvas.line * 0.2)
    return {"plot": plot.area, "bars": bars, "projected_from": projected_from}


def paint_stacked_bars(
    painter: QPainter,
    rect: QRectF,
    labels: Sequence[str],
    stacks: "OrderedDict[str, Sequence[float]]",
    colours: Optional[Dict[str, str]] = None,
    title: str = "",
    y_label: str = "",
) -> None:
    """Bars for ``labels`` (e.g. monitoring years), each stacked from ``stacks`` (name → one value per
    label, in order), with a legend of the stack names. Negative values count as 0."""
    canvas = _Canvas(painter, rect)
    colours = dict(colours or {})
    names = list(stacks)
    for index, name in enumerate(names):
        colours.setdefault(name, PALETTE[index % len(PALETTE)])
    entries = [(str(name), "bar", colours[name], False) for name in names]
    top = canvas.title(title)
    totals = [sum(max(0.0, number(stacks[name][i]) or 0.0) for name in names) for i in range(len(labels))]
    plot = _Plot(
        canvas,
        top + canvas.line,
        canvas.legend_height(entries),
        len(labels),
        max(totals, default=0.0),
        None,
        [str(text) for text in labels],
    )
    plot.axes([str(text) for text in labels], y_label)
    painter.setPen(Qt.PenStyle.NoPen)
    for index in range(len(labels)):
        low = 0.0
        for name in names:
            value = max(0.0, number(stacks[name][index]) or 0.0)
            if value > 0:
                painter.setBrush(QBrush(QColor(colours[name])))
                painter.drawRect(plot.bar(index, low, low + value))
            low += value
    canvas.legend(entries, rect.bottom() - canvas.legend_height(entries) + canvas.line * 0.2)


def render_image(width: int, height: int, paint: Callable, *args, **kwargs) -> QImage:
    """A white ``width`` × ``height`` image with ``paint(painter, rect, *args, **kwargs)`` drawn on it."""
    image = QImage(int(width), int(height), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint(painter, QRectF(0, 0, width, height), *args, **kwargs)
    finally:
        painter.end()
    return image


INCREASE_COLOUR = "#2b8a3e"
DECREASE_COLOUR = "#c92a2a"


def paint_waterfall(
    painter: QPainter, rect: QRectF, start: tuple, steps: Sequence[tuple], end: tuple, title: str = ""
) -> None:
    """A waterfall (bridge) chart: ``start`` and ``end`` are (label, value) bars from zero, ``steps``
    (label, change) bars floating from the running total — rises green, falls red — each with its
    value written on it (two decimals, signed)."""
    canvas = _Canvas(painter, rect)
    top = canvas.title(title)
    labels = [str(start[0])] + [str(s[0]) for s in steps] + [str(end[0])]
    running = number(start[1]) or 0.0
    spans = [(0.0, running, COMPLETIONS_COLOUR, "{:.2f}".format(running))]
    for _label, change in steps:
        change = number(change) or 0.0
        low, high = sorted((running, running + change))
        colour = INCREASE_COLOUR if change >= 0 else DECREASE_COLOUR
        spans.append((low, high, colour, "{:+.2f}".format(change)))
        running += change
    final = number(end[1]) or 0.0
    spans.append((0.0, final, COMPLETIONS_COLOUR, "{:.2f}".format(final)))
    largest = max((max(low, high) for low, high, _c, _t in spans), default=1.0)
    plot = _Plot(
        canvas, top + canvas.line * 1.4, canvas.line * 0.4, len(labels), max(largest, 0.01), None, labels
    )
    plot.axes(labels, tr("Years of supply"))
    for index, (low, high, colour, text) in enumerate(spans):
        low, high = max(low, 0.0), max(high, 0.0)
        box = plot.bar(index, low, high)
        if box.height() < 1:
            box.setHeight(1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(colour)))
        painter.drawRect(box)
        canvas.text(box.center().x(), box.top() - canvas.line * 0.15, text,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)  # fmt: skip
