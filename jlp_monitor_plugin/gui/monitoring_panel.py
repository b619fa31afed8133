"""The Monitoring panel: the store's figures at a base date for the plan, a policy area or an LPA —
completions by year, site progress, requirement progress, the five-year supply set out as a statement,
the Housing Delivery Test and the trajectory chart — with the trajectory and plan-settings editors.

The figures are computed by ``core.monitoring`` in a QgsTask; the panel renders the chosen area's
``AreaFigures`` (``MonitoringResult.for_area``) and computes nothing itself. The Supply tab is
``monitoring_supply``, the map colouring and zooming ``monitoring_map``.
"""

import datetime
import functools
import logging
from typing import Any, Dict, List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.gui import QgsMapCanvas, QgsPanelWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QComboBox, QFrame, QHeaderView, QScrollArea, QTableView, QWidget

from ..core.formatting import format_date, format_number, plural
from ..core.monitoring import pandas_available
from ..core.monitoring.area_view import completion_fields, requirement_fields, site_fields
from ..core.monitoring.inputs import read_inputs
from ..core.monitoring.periods import MonitoringError, label
from ..core.monitoring.settings import PLAN, read_settings
from ..core.monitoring_year import latest_base_date
from ..core.store import DATABASE_ERRORS, Store
from ..core.store_base import StoreError
from ..core.translation import tr
from . import load_ui, show_store
from .dock import message_text, tell, wrap_labels
from .monitoring_chart import TrajectoryChartWidget
from .monitoring_map import MonitoringMapMixin
from .monitoring_models import FLAG_COLOUR, SORT_ROLE, Column, ProgressDelegate, RowsModel, field_columns
from .monitoring_supply import BAD, GOOD, SupplyTab
from .monitoring_task import MonitoringTask
from .settings_editor import SettingsEditor
from .trajectory_editor import TrajectoryEditor

LOG = logging.getLogger(__name__)

FORM_CLASS = load_ui("monitoring_panel.ui")
TRAJECTORY_YEARS_AFTER_PLAN = 5


def help_text() -> str:
    return tr(
        "Monitoring and Reports: the monitoring figures of the open store at a base date — completions "
        "by year, site progress, progress against the requirement, the five-year land supply step by step, "
        "the Housing Delivery Test and the trajectory chart — for the plan, a policy area or an LPA; with "
        "the trajectory and the plan settings to edit."
    )


def _on_panel_destroyed(state: Dict[str, Any], *_args) -> None:
    task = state.get("task")
    if task is not None and not sip.isdeleted(task):
        task.cancel()


class MonitoringPanel(MonitoringMapMixin, QgsPanelWidget, FORM_CLASS):
    """The monitoring figures of the current store, and the editors of what they are made from."""

    def __init__(self, canvas: Optional[QgsMapCanvas] = None, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.setPanelTitle(tr("Monitoring and Reports"))
        self.setDockMode(True)
        self.canvas = canvas
        self._store: Optional[Store] = None
        self.result: Any = None  # the MonitoringResult shown
        self.inputs: Any = None  # what was read from the store, reused for another base date
        self.task: Optional[MonitoringTask] = None
        self._pending: Optional[tuple] = None
        self.sections: List[QWidget] = []
        self.area_names: Dict[str, str] = {}
        self.policy_areas: List[str] = []
        self._state: Dict[str, Any] = {"task": None}
        self.destroyed.connect(functools.partial(_on_panel_destroyed, self._state))

        self.chart = TrajectoryChartWidget(self.chartTab)
        self.chartLayout.addWidget(self.chart)
        self.trajectory_editor = TrajectoryEditor(self.trajectoryTab)
        self.trajectoryLayout.addWidget(self.trajectory_editor)
        self.settings_editor = SettingsEditor(self.settingsTab)
        self.settingsLayout.addWidget(self.settings_editor)

        self.completions_model = self._table(self.completionsTable, field_columns(completion_fields()))
        self.sites_model = self._table(self.sitesTable, field_columns(site_fields()))
        self.requirement_model = self._table(self.requirementTable, field_columns(requirement_fields()))
        self.supply = SupplyTab(self, self._table)
        self.sitesTable.setItemDelegateForColumn(
            self.sites_model.column_index("pct_complete"), ProgressDelegate(self.sitesTable)
        )
        # The names at their full width (the table scrolls sideways): a stretched last column would cut
        # them to what the dock leaves over.
        self.sitesTable.horizontalHeader().setStretchLastSection(False)
        self.sitesTitleLayout.setStretchFactor(self.sitesTitle, 1)  # the title on one line beside the box
        self.sites_model.texts["flags"] = lambda _v, row: ", ".join(row.get("flag_labels") or [])
        self.sites_model.colours["flags"] = lambda _row: FLAG_COLOUR
        # Codes keep the table narrow; the name is the tooltip (and the area selector shows it).
        self.requirement_model.texts["area"] = lambda v, _row: tr("Plan") if v == PLAN else (v or "")
        self.requirement_model.tooltips["area"] = lambda v, _row: self.area_title(v)
        self.requirement_model.colours["difference"] = lambda row: (
            None if row.get("difference") is None else (BAD if row["difference"] < 0 else GOOD)
        )
        self.requirement_model.bold_rows = lambda row: row.get("area") == self.area()
        self.statementTable.viewport().installEventFilter(self)

        self.plan_name = ""
        self._moved_layer = None  # (layer id, index in its group, custom order) while coloured on the map

        self._set_texts()
        self.progressBar.setRange(0, 100)
        self._show_busy(False)

        self.baseDateCombo.currentIndexChanged.connect(self._on_base_date_chosen)
        self.areaCombo.currentIndexChanged.connect(self._on_area_chosen)
        self.refreshButton.clicked.connect(lambda: self.recompute(reread=True))
        self.cancelButton.clicked.connect(self.cancel)
        self.sitesTable.doubleClicked.connect(self._on_site_double_clicked)
        self.progressStyleCheck.toggled.connect(self.show_progress_on_map)
        self.trajectory_editor.changed.connect(lambda: self.recompute(reread=True))
        self.settings_editor.saved.connect(self._on_settings_saved)
        self.set_store(None)

    def _table(self, view: QTableView, columns: List[Column], sortable: bool = True) -> RowsModel:
        model = RowsModel(columns, self)
        if sortable:
            proxy = QSortFilterProxyModel(self)
            proxy.setSortRole(SORT_ROLE)
            proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            proxy.setSourceModel(model)
            view.setModel(proxy)
            # Rows come in core's order (natural site refs, plan then policy areas then LPAs) until the
            # officer clicks a header.
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            view.setSortingEnabled(True)
        else:
            view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return model

    def _set_texts(self) -> None:
        self.baseDateLabel.setText(tr("Base date"))
        self.baseDateCombo.setToolTip(
            tr("The 31 March the position is taken at: figures count to the end of that monitoring year")
        )
        self.areaLabel.setText(tr("Area"))
        self.areaCombo.setToolTip(
            tr("The plan, a policy area or an LPA: completions, sites and chart follow it")
        )
        self.refreshButton.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.refreshButton.setToolTip(tr("Read the store again and compute the figures"))
        self.cancelButton.setText(tr("Cancel"))
        self.cancelButton.setToolTip(tr("Stop computing the figures"))
        self.tabs.setTabText(self.tabs.indexOf(self.figuresTab), tr("Figures"))
        self.tabs.setTabText(self.tabs.indexOf(self.supplyTab), tr("Supply"))
        self.tabs.setTabText(self.tabs.indexOf(self.chartTab), tr("Chart"))
        self.tabs.setTabText(self.tabs.indexOf(self.trajectoryTab), tr("Trajectory"))
        self.tabs.setTabText(self.tabs.indexOf(self.settingsTab), tr("Settings"))
        self.tabs.setTabToolTip(
            self.tabs.indexOf(self.figuresTab), tr("Completions, site progress, requirement")
        )
        self.tabs.setTabToolTip(self.tabs.indexOf(self.supplyTab), tr("Five-year land supply and the HDT"))
        self.tabs.setTabToolTip(self.tabs.indexOf(self.chartTab), tr("The housing trajectory chart"))
        self.tabs.setTabToolTip(self.tabs.indexOf(self.trajectoryTab), tr("Edit the officer trajectory"))
        self.tabs.setTabToolTip(self.tabs.indexOf(self.settingsTab), tr("Edit the plan settings"))
        self.progressStyleCheck.setText(tr("Colour on map"))
        self.progressStyleCheck.setToolTip(
            tr("Colour the allocations on the map by percentage complete, labelled with their site ref")
        )
        self.hdtTitle.setText(tr("Housing Delivery Test"))
        for title in (self.completionsTitle, self.sitesTitle, self.requirementTitle, self.hdtTitle):
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            title.setWordWrap(True)
        # Long names must not widen the dock: the combos shrink to a readable minimum.
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.sitesTable.setToolTip(tr("Double-click a site to zoom the map to it and select it"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.statementTable.viewport() and event.type() == QEvent.Type.Resize:
            self.supply.fit()
        return super().eventFilter(watched, event)

    # -- sections other parts of the plugin add ------------------------------------------------------

    def add_section(self, title: str, widget: QWidget) -> int:
        """Add a tab (e.g. Reports, Exports); a widget with ``set_store`` / ``set_base_date`` follows the
        panel's store and base date. Returns the tab's index."""
        self.sections.append(widget)
        wrap_labels(widget)
        # In a scroll area: a short dock scrolls the section instead of squeezing its wrapped texts.
        # Combo boxes give way to the dock's width (their long entries show in full when opened).
        for combo in widget.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        index = self.tabs.addTab(scroll, title)
        if hasattr(widget, "result_source"):
            widget.result_source = self.result_at
        if hasattr(widget, "set_store"):
            widget.set_store(self._store)
        if hasattr(widget, "set_base_date") and self.base_date() is not None:
            widget.set_base_date(self.base_date())
        return index

    def result_at(self, store_path: str, base_date: datetime.date) -> Any:
        """The figures shown, when they are ``store_path``'s at ``base_date`` (else None): the Reports
        section reuses them instead of computing them again."""
        if self.result is None or self._store is None or self.task is not None:
            return None
        if self._store.path != store_path or self.result.base_date != base_date:
            return None
        return self.result

    # -- store, base date, area ----------------------------------------------------------------------

    @property
    def store(self) -> Optional[Store]:
        return self._store

    def set_store(self, store: Optional[Store]) -> None:
        """Show the figures of ``store`` (or what to do, when there is none)."""
        self._cancel_task()
        self._store = store
        self.result = None
        self.inputs = None
        self._clear_figures()
        for section in self.sections:
            if hasattr(section, "set_store"):
                section.set_store(store)
        if store is None:
            show_store(self.storeLabel, None)
            self.emptyLabel.setText(
                tr(
                    "This panel will show the store's completions by year, site progress, progress against "
                    "the requirement, the five-year land supply, the Housing Delivery Test and the "
                    "trajectory chart, once a store is open."
                )
            )
            self.pages.setCurrentWidget(self.emptyPage)
            self.trajectory_editor.set_store(None)
            self.settings_editor.set_store(None)
            return
        show_store(self.storeLabel, store)
        self.pages.setCurrentWidget(self.monitorPage)
        self.settings_editor.set_store(store)
        settings = self._read_settings()
        self._fill_base_dates(settings)
        self._fill_areas()
        self.trajectory_editor.set_store(store, self._trajectory_years(settings), None)
        self.recompute(reread=True, base_date=None)

    def _read_settings(self):
        try:
            return read_settings(self._store.plan_settings())
        except (MonitoringError, StoreError) as exc:
            self.tell(str(exc), Qgis.MessageLevel.Warning)
            return None

    def _trajectory_years(self, settings) -> List[int]:
        if settings is None:
            return []
        return list(range(settings.first_year, settings.last_year + TRAJECTORY_YEARS_AFTER_PLAN + 1))

    def _fill_base_dates(self, settings) -> None:
        today = datetime.date.today()
        latest = latest_base_date(today)
        first = settings.first_year + 1 if settings is not None else latest.year - 10
        self.baseDateCombo.blockSignals(True)
        try:
            self.baseDateCombo.clear()
            for year in range(latest.year, min(first, latest.year) - 1, -1):
                self._add_base_date(datetime.date(year, 3, 31))
        finally:
            self.baseDateCombo.blockSignals(False)

    def _add_base_date(self, day: datetime.date) -> int:
        self.baseDateCombo.addItem(format_date(day), day.isoformat())
        index = self.baseDateCombo.count() - 1
        tip = tr("The position at the end of monitoring year {}").format(label(day.year - 1))
        self.baseDateCombo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        return index

    def _select_base_date(self, day: datetime.date) -> None:
        index = self.baseDateCombo.findData(day.isoformat())
        self.baseDateCombo.blockSignals(True)
        try:
            if index < 0:
                index = self._add_base_date(day)
            self.baseDateCombo.setCurrentIndex(index)
        finally:
            self.baseDateCombo.blockSignals(False)

    def base_date(self) -> Optional[datetime.date]:
        value = self.baseDateCombo.currentData()
        return datetime.date.fromisoformat(value) if value else None

    def set_base_date(self, day: datetime.date) -> None:
        """Take the position at ``day`` (a 31 March) and compute the figures again."""
        self._select_base_date(day)
        self._on_base_date_chosen()

    def _fill_areas(self) -> None:
        current = self.area()
        settings = self._store.plan_settings() if self._store is not None else None
        self.area_names = {PLAN: tr("Whole plan")}
        self.policy_areas = []
        self.plan_name = str(settings.get("plan_name") or "") if settings is not None else ""
        entries = [(PLAN, tr("Whole plan"))]
        if settings is not None:
            for key in ("policy_areas", "lpas"):
                for item in settings.get(key) or []:
                    code = item.get("code") if isinstance(item, dict) else item
                    if not code:
                        continue
                    name = (item.get("name") if isinstance(item, dict) else None) or str(code)
                    self.area_names[str(code)] = name
                    if key == "policy_areas":
                        self.policy_areas.append(str(code))
                    entries.append((str(code), name))
        self.areaCombo.blockSignals(True)
        try:
            self.areaCombo.clear()
            for code, name in entries:
                self.areaCombo.addItem(name if code == PLAN else "{} ({})".format(name, code), code)
            index = self.areaCombo.findData(current)
            self.areaCombo.setCurrentIndex(max(index, 0))
        finally:
            self.areaCombo.blockSignals(False)

    def area(self) -> str:
        return self.areaCombo.currentData() or PLAN

    def set_area(self, code: str) -> bool:
        index = self.areaCombo.findData(code)
        if index < 0:
            return False
        self.areaCombo.setCurrentIndex(index)
        return True

    def area_title(self, code: Optional[str]) -> str:
        if code is None:
            return ""
        name = self.area_names.get(code)
        if code == PLAN:
            return name or code
        return "{} ({})".format(name, code) if name and name != code else code

    def _on_base_date_chosen(self, *_args) -> None:
        day = self.base_date()
        if day is None or self._store is None:
            return
        for section in self.sections:
            if hasattr(section, "set_base_date"):
                section.set_base_date(day)
        self.recompute(reread=False, base_date=day)

    def _on_area_chosen(self, *_args) -> None:
        self._show_supply_basis()
        if self.result is not None:
            self._show_area(self.result.for_area(self.area()))
            self.requirementTable.viewport().update()

    def _show_supply_basis(self) -> None:
        self.supply.show_basis(self.plan_name, self.area(), self.area_title(self.area()))

    def _on_settings_saved(self) -> None:
        settings = self._read_settings()
        self._fill_areas()
        self.trajectory_editor.set_store(
            self._store, self._trajectory_years(settings), self.result.base_year if self.result else None
        )
        self.recompute(reread=False)

    # -- computing ----------------------------------------------------------------------------------

    def recompute(self, reread: bool = False, base_date: Any = "current") -> Optional[MonitoringTask]:
        """Compute the figures as a QgsTask (``reread``: read the store again first). ``base_date``:
        a date, None for the default one, or "current" for the one chosen."""
        if self._store is None:
            return None
        if base_date == "current":
            base_date = self.base_date()
        if reread:
            self.inputs = None
        ok, message = pandas_available()
        if not ok:
            self.statusLabel.setText(message)
            self.tell(message, Qgis.MessageLevel.Warning)
            self.chart.clear(message)
            return None
        if self.task is not None:
            # One computation at a time: the running one is cancelled and this one follows it.
            self._pending = (base_date, self.inputs is None)
            self.task.cancel()
            return None
        # Read on the main thread (plain records, a fraction of a second for a council's data); the
        # task computes. See MonitoringTask for why.
        try:
            settings = read_settings(self._store.plan_settings())
            if self.inputs is None:
                self.inputs = read_inputs(self._store)
        except (MonitoringError, OSError) + DATABASE_ERRORS as exc:
            self.statusLabel.setText(str(exc))
            self.tell(str(exc), Qgis.MessageLevel.Warning)
            return None
        task = MonitoringTask(self._store, base_date, self.inputs, settings)
        task.progressChanged.connect(self._on_progress)
        task.computed.connect(self._on_computed)
        self.task = task
        self._state["task"] = task
        self._show_busy(True)
        self.statusLabel.setText(tr("Computing the figures…"))
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self._pending = None
            self.cancelButton.setEnabled(False)
            self.statusLabel.setText(tr("Cancelling…"))
            self.task.cancel()

    def _cancel_task(self) -> None:
        if self.task is not None:
            self._pending = None
            try:
                self.task.computed.disconnect(self._on_computed)
            except (TypeError, RuntimeError):
                pass
            self.task.cancel()
            self.task = None
            self._state["task"] = None
            self._show_busy(False)

    def _on_progress(self, value: float) -> None:
        if not sip.isdeleted(self.progressBar):
            self.progressBar.setValue(int(value))

    def _on_computed(self, ok: bool, result: Any, inputs: Any, message: str) -> None:
        self.task = None
        self._state["task"] = None
        self._show_busy(False)
        if inputs is not None and ok:
            self.inputs = inputs
        if self._pending is not None:
            base_date, reread = self._pending
            self._pending = None
            self.recompute(reread=reread, base_date=base_date)
            return
        if not ok:
            self.statusLabel.setText(message)
            self.tell(message, Qgis.MessageLevel.Warning)
            return
        self.show_result(result)

    def _show_busy(self, busy: bool) -> None:
        self.progressBar.setVisible(busy)
        self.cancelButton.setVisible(busy)
        self.cancelButton.setEnabled(busy)
        if busy:
            self.progressBar.setValue(0)

    # -- showing ------------------------------------------------------------------------------------

    def _clear_figures(self) -> None:
        for model in (self.completions_model, self.sites_model, self.requirement_model):
            model.set_rows([])
        self.supply.clear()
        self.completionsTitle.setText(tr("Completions by monitoring year"))
        self.sitesTitle.setText(tr("Site progress"))
        self.requirementTitle.setText(tr("Progress against the requirement"))
        self.chart.clear(tr("No figures yet."))
        self.statusLabel.setText("")

    def show_result(self, result: Any) -> None:
        """Show a MonitoringResult (what the task computed)."""
        self.result = result
        self._select_base_date(result.base_date)
        for section in self.sections:
            if hasattr(section, "set_base_date"):
                section.set_base_date(result.base_date)
        self.trajectory_editor.set_base_year(result.base_year)
        figures = result.for_area(self.area())
        self.requirement_model.set_rows(figures.requirement)
        self._show_supply_basis()
        self.supply.show(figures)
        self._show_area(figures)
        status = tr("Figures at {} (end of {}).").format(
            format_date(result.base_date), label(result.base_year)
        )
        if result.warnings:
            status += " " + " ".join(result.warnings)
        self.statusLabel.setText(status)
        if self.progressStyleCheck.isChecked():
            self.show_progress_on_map(True)

    def _show_area(self, figures: Any) -> None:
        """The completions, sites and chart of the area of ``figures`` (an AreaFigures)."""
        title = self.area_title(figures.code)
        self.completions_model.set_rows(figures.completions)
        self.completionsTitle.setText(
            tr("Completions by monitoring year — {}: {} net").format(
                title, format_number(figures.completions_total)
            )
        )
        self.sites_model.set_rows(figures.sites)
        self.sitesTitle.setText(
            tr("Site progress — {sites}, {flagged} flagged").format(
                sites=plural(len(figures.sites), tr("{} site"), tr("{} sites")),
                flagged=format_number(figures.flagged),
            )
        )
        self.requirementTitle.setText(tr("Progress against the requirement (plan period)"))
        self.chart.set_series(
            figures.series,
            tr("Housing trajectory — {} (base date {})").format(title, format_date(figures.base_date)),
        )

    # -- telling the officer ------------------------------------------------------------------------

    def tell(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        tell(self.messageBar, tr("Monitoring"), text, level)

    def message_text(self) -> str:
        return message_text(self.messageBar)
