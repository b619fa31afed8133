"""The trajectory chart drawn inside QGIS: a widget that paints ``core.charts.paint_trajectory_chart``."""

from typing import Any, Optional

from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..core.translation import tr


def chart_painter():
    """``core.charts.paint_trajectory_chart``, or None while this build has no chart module."""
    try:
        from ..core import charts
    except ImportError:
        return None
    return getattr(charts, "paint_trajectory_chart", None)


class TrajectoryChartWidget(QWidget):
    """Completions by year (bars; projected years shaded), the requirement (line) and the cumulative
    lines, for the series of one area (``MonitoringResult.series(area)``)."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.series: Any = None
        self.title = ""
        self.message = tr("No figures yet.")
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)

    def set_series(self, series: Any, title: str = "") -> None:
        self.series = series
        self.title = title
        self.message = "" if series is not None else tr("No figures yet.")
        self.setToolTip(title)
        self.update()

    def clear(self, message: str) -> None:
        self.series = None
        self.message = message
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
            paint = chart_painter()
            if self.series is not None and paint is not None:
                paint(painter, QRectF(self.rect()), self.series, self.title)
                return
            text = self.message
            if self.series is not None and paint is None:
                text = tr("The trajectory chart needs core/charts.py, which this build of the plugin lacks.")
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(
                QRectF(self.rect()).adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                text,
            )
        finally:
            painter.end()
