"""The Changes section of the Monitoring and Reports dock (issue 11): what changed since a frozen
position — the change lists of ``core.position_compare`` and the five-year supply bridge as a
waterfall chart (``core.charts.paint_waterfall``). Clicking a row selects its features and zooms to
them."""

import datetime
from typing import Any, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
)
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QCursor, QPainter
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import schema
from ..core.project import store_layer_in_project
from ..core.store import DATABASE_ERRORS, Store
from ..core.translation import tr
from .monitoring_models import INTEGER, TEXT, YEARS, Column, RowsModel

# The layer and key field a change list's rows point at, in the order they are looked for.
ROW_FEATURES = [
    ("completion_id", schema.COMPLETIONS),
    ("app_ref", schema.PERMISSIONS),
    ("site_ref", schema.ALLOCATIONS),
]
YEAR_COLUMNS = ("years", "exact_years")


class BridgeChartWidget(QWidget):
    """The supply bridge as a waterfall: earlier years, each contribution, later years."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.bridge: Any = None
        self.message = tr("Compare with a position to see what moved the five-year supply.")
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bridge(self, bridge: Any, message: str = "") -> None:
        self.bridge = bridge
        self.message = message
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        from ..core import charts

        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
            if self.bridge is None:
                painter.setPen(Qt.GlobalColor.darkGray)
                painter.drawText(
                    QRectF(self.rect()).adjusted(12, 12, -12, -12),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    self.message,
                )
                return
            charts.paint_waterfall(painter, QRectF(self.rect()), *self.bridge.chart_args())
        finally:
            painter.end()


class ChangesPanel(QWidget):
    """FROM a position, TO a later one or the store now; Compare shows the lists and the bridge."""

    def __init__(self, canvas: Optional[QgsMapCanvas] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.canvas = canvas
        self._store = None  # type: Optional[Store]
        self._base_date = None  # type: Optional[datetime.date]
        self.comparison: Any = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fromCombo = QComboBox()
        self.toCombo = QComboBox()
        form.addRow(tr("From position"), self.fromCombo)
        form.addRow(tr("To"), self.toCombo)
        layout.addLayout(form)
        self.compareButton = QPushButton(tr("Compare"))
        self.compareButton.clicked.connect(self.compare)
        layout.addWidget(self.compareButton)
        self.freezeButton = QPushButton(tr("Freeze position…"))
        self.freezeButton.setToolTip(
            tr("Freeze the store's figures at the dock's base date as a housing position that never changes.")
        )
        self.freezeButton.clicked.connect(self.ask_freeze)
        layout.addWidget(self.freezeButton)
        self.freezeProgress = QProgressBar()
        self.freezeProgress.setRange(0, 0)  # busy: the freeze has no steps to count
        self.freezeProgress.setVisible(False)
        layout.addWidget(self.freezeProgress)
        self.freeze_dialog = None  # type: Any
        self.freeze_task = None  # type: Any
        self.statusLabel = QLabel()
        self.statusLabel.setWordWrap(True)
        layout.addWidget(self.statusLabel)
        self.chart = BridgeChartWidget()
        layout.addWidget(self.chart)
        self.listCombo = QComboBox()
        self.listCombo.currentIndexChanged.connect(self._show_list)
        layout.addWidget(self.listCombo)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(200)
        self.table.clicked.connect(self._on_row_clicked)
        layout.addWidget(self.table)
        self.model = RowsModel([])
        self.table.setModel(self.model)
        self.set_store(None)

    # -- the dock's store and base date ---------------------------------------------------------------

    def set_store(self, store: Optional[Store]) -> None:
        from ..core.positions import PositionError, list_positions

        self._store = store
        self.comparison = None
        self.fromCombo.clear()
        self.toCombo.clear()
        self.listCombo.clear()
        self.model.set_rows([])
        self.chart.set_bridge(None, tr("Compare with a position to see what moved the five-year supply."))
        positions = []
        if store is not None:
            try:
                positions = list_positions(store)
            except (PositionError,) + DATABASE_ERRORS as exc:
                self.statusLabel.setText(str(exc))
        self.toCombo.addItem(tr("The store now, at the dock's base date"), "")
        for position in reversed(positions):  # the latest first
            text = "{} — {}".format(position.title, position.base_date.isoformat())
            self.fromCombo.addItem(text, position.position_id)
            self.toCombo.addItem(text, position.position_id)
        self.compareButton.setEnabled(bool(positions))
        self.freezeButton.setEnabled(store is not None and self.freeze_task is None)
        if store is None:
            self.statusLabel.setText(tr("Open a store to compare its positions."))
        elif not positions:
            self.statusLabel.setText(
                tr("This store has no frozen position yet: freeze one with Freeze position… above, or with "
                   "Processing > JLP Monitor > Freeze a housing position (jlpmonitor:freezeposition).")
            )  # fmt: skip
        else:
            self.statusLabel.setText(tr("{} frozen positions.").format(len(positions)))

    def set_base_date(self, day: datetime.date) -> None:
        self._base_date = day

    # -- freezing a position (the dialog, then a FreezeTask) ------------------------------------------

    def ask_freeze(self) -> None:
        from .freeze_position import FreezePositionDialog

        if self._store is None or self.freeze_task is not None:
            return
        self.freeze_dialog = FreezePositionDialog(self._base_date, self)
        self.freeze_dialog.accepted.connect(self._start_freeze)
        self.freeze_dialog.open()

    def _start_freeze(self) -> None:
        from qgis.core import QgsApplication

        from .freeze_position import FreezeTask

        dialog = self.freeze_dialog
        if self._store is None or dialog is None or not dialog.label():
            return
        task = FreezeTask(self._store, self._base_date, dialog.label(), dialog.note())
        task.frozen.connect(self._on_frozen)
        self.freeze_task = task
        self.freezeButton.setEnabled(False)
        self.freezeProgress.setVisible(True)
        self.statusLabel.setText(tr("Freezing the position…"))
        QgsApplication.taskManager().addTask(task)

    def _on_frozen(self, ok: bool, message: str) -> None:
        self.freeze_task = None
        self.freezeProgress.setVisible(False)
        if ok:
            self.set_store(self._store)  # the lists show the new position
        else:
            self.freezeButton.setEnabled(self._store is not None)
        self.statusLabel.setText(message)

    # -- comparing ------------------------------------------------------------------------------------

    def compare(self) -> bool:
        from ..core.monitoring import MonitoringError
        from ..core.position_compare import compare_positions
        from ..core.positions import PositionError

        if self._store is None or self.fromCombo.currentData() is None:
            return False
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            self.comparison = compare_positions(
                self._store, self.fromCombo.currentData(), self.toCombo.currentData() or None, self._base_date
            )
        except (PositionError, MonitoringError) + DATABASE_ERRORS as exc:
            self.statusLabel.setText(str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        comparison = self.comparison
        bridge = comparison.bridge
        summary = tr("From {} to {}.").format(comparison.earlier.title, comparison.later.title)
        if bridge is not None:
            summary += " " + tr("Years of supply {:.2f} → {:.2f}.").format(bridge.from_years, bridge.to_years)
        self.statusLabel.setText(" ".join([summary] + list(comparison.messages)))
        self.chart.set_bridge(bridge, " ".join(comparison.messages))
        self.listCombo.blockSignals(True)
        self.listCombo.clear()
        for name, table in comparison.tables.items():
            self.listCombo.addItem("{} ({})".format(table.title, len(table.records)), name)
        self.listCombo.blockSignals(False)
        self._show_list()
        return True

    def _show_list(self, *_args) -> None:
        if self.comparison is None or self.listCombo.currentData() is None:
            return
        table = self.comparison.tables[self.listCombo.currentData()]
        columns = []
        for column in table.columns:
            kind = YEARS if column.key in YEAR_COLUMNS else (INTEGER if column.numeric else TEXT)
            columns.append(Column(column.key, column.heading, kind))
        self.model = RowsModel(columns)
        self.model.set_rows(table.records)
        self.table.setModel(self.model)

    # -- rows to the map ------------------------------------------------------------------------------

    def _on_row_clicked(self, index) -> None:
        row = self.model.rows[index.row()] if index.isValid() else None
        if row:
            self.show_features(row)

    def show_features(self, row: dict) -> int:
        """Select and zoom to the features a change row names (a completion, a permission or a site);
        the number found."""
        if self._store is None:
            return 0
        for key, name in ROW_FEATURES:
            value = row.get(key) or row.get(key + "_to") or row.get(key + "_from")
            if value:
                return self._zoom(name, key, str(value))
        return 0

    def _zoom(self, name: str, key: str, value: str) -> int:
        layer = store_layer_in_project(QgsProject.instance(), self._store.path, name) or self._store.layer(
            name
        )
        request = QgsFeatureRequest().setFilterExpression(
            QgsExpression.createFieldEqualityExpression(key, value)
        )
        found = list(layer.getFeatures(request))
        layer.selectByIds([f.id() for f in found])
        geometries = [f.geometry() for f in found if f.hasGeometry() and not f.geometry().isEmpty()]
        if self.canvas is None or not geometries:
            if not geometries:
                self.statusLabel.setText(tr("{} {} has no geometry to show on the map.").format(key, value))
            return len(found)
        extent = QgsGeometry.unaryUnion(geometries).boundingBox()
        canvas_crs = self.canvas.mapSettings().destinationCrs()
        try:
            if canvas_crs.isValid() and layer.crs().isValid() and canvas_crs != layer.crs():
                extent = QgsCoordinateTransform(
                    layer.crs(), canvas_crs, QgsProject.instance()
                ).transformBoundingBox(extent)
        except QgsCsException:
            return len(found)
        if extent.width() > 0 or extent.height() > 0:
            self.canvas.setExtent(extent.buffered(max(extent.width(), extent.height()) * 0.5))
        else:
            self.canvas.setCenter(extent.center())
        self.canvas.refresh()
        self.canvas.flashGeometries(geometries, layer.crs())
        return len(found)
