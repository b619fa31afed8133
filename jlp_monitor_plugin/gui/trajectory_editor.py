"""The trajectory editor of the Monitoring dock: the officer's projected units per site (or permission) per
monitoring year, with the deliverable flag and the evidence for it, written to the store's ``trajectory``."""

import logging
from typing import Any, Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QHeaderView, QWidget

from ..core import schema
from ..core.monitoring.periods import label, year_of_label
from ..core.project import store_layer_in_project
from ..core.store import DATABASE_ERRORS, Store
from ..core.store_base import StoreError
from ..core.translation import tr
from . import load_ui
from .monitoring_models import INTEGER, ROW_ROLE, SORT_ROLE, TEXT, Column, RowsModel

LOG = logging.getLogger(__name__)

FIELDS = ["site_ref", "app_ref", "monitoring_year", "units", "deliverable", "source", "evidence"]
OFFICER = "officer"
MAX_UNITS = 100000

FORM_CLASS = load_ui("monitoring_trajectory.ui")


def columns() -> List[Column]:
    return [
        Column("site_ref", tr("Site"), TEXT, tr("The allocation the projection is for")),
        Column("app_ref", tr("Permission"), TEXT, tr("The permission the projection is for, if any")),
        Column("monitoring_year", tr("Year"), TEXT, tr("Monitoring year (1 April to 31 March)")),
        Column("units", tr("Units"), INTEGER, tr("Net homes expected to be completed in the year")),
        Column("deliverable", tr("Deliverable"), TEXT, tr("Counts towards the five-year supply")),
        Column("source", tr("Source"), TEXT, tr("officer: entered here; default: a build-out from settings")),
        Column("evidence", tr("Evidence"), TEXT, tr("Why the units are expected (NPPF Annex 2)")),
    ]


class TrajectoryRows:
    """The store's trajectory rows, read and written through ``Store`` (one transaction per change)."""

    def __init__(self, store: Store):
        self.store = store

    def read(self) -> List[Dict[str, Any]]:
        out = []
        for fid, _geometry, *values in self.store.read_rows(schema.TRAJECTORY, FIELDS, with_geometry=False):
            row = dict(zip(FIELDS, values))
            row["fid"] = fid
            out.append(row)
        return out

    def insert(self, values: Sequence[Any]) -> int:
        """Insert one row (values in FIELDS order); returns its fid."""
        before = {r["fid"] for r in self.read()}
        with self.store.transaction() as con:
            con.insert_rows(schema.TRAJECTORY, FIELDS, [tuple(values)])
        added = [r["fid"] for r in self.read() if r["fid"] not in before]
        if len(added) != 1:
            raise StoreError(tr("The new trajectory row could not be found after writing it."))
        return added[0]

    def update(self, fid: int, values: Sequence[Any]) -> None:
        with self.store.transaction() as con:
            con.update_rows(schema.TRAJECTORY, FIELDS, [tuple(values) + (fid,)])

    def delete(self, fid: int) -> None:
        with self.store.transaction() as con:
            con.delete_rows(schema.TRAJECTORY, [fid])


def values_of(row: Dict[str, Any]) -> Tuple[Any, ...]:
    return tuple(row.get(f) for f in FIELDS)


class TrajectoryEditor(QWidget, FORM_CLASS):
    """A table of the store's trajectory rows and a form to add, change or delete one; undo reverts the
    last change. ``changed`` is emitted after every write, so the figures are computed again."""

    changed = pyqtSignal()

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.store: Optional[Store] = None
        self.site_refs: List[str] = []
        self.base_year: Optional[int] = None
        self.years: List[int] = []
        # The last change, to undo: ("insert", fid) / ("update", fid, old values) / ("delete", old values).
        self.last_change: Optional[tuple] = None

        self.model = RowsModel(columns(), self)
        self.model.texts["deliverable"] = lambda v, _row: tr("yes") if v == 1 else tr("no")
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        # In a narrow dock a field goes under its label rather than widening the dock.
        for form in self.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._set_texts()
        self.unitsSpin.setRange(-MAX_UNITS, MAX_UNITS)
        self.siteCombo.setEditable(True)
        self.siteCombo.setInsertPolicy(self.siteCombo.NoInsert)

        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.addButton.clicked.connect(self.add_from_form)
        self.saveButton.clicked.connect(self.save_selected)
        self.deleteButton.clicked.connect(self.delete_selected)
        self.undoButton.clicked.connect(self.undo)
        self._update_buttons()

    def _set_texts(self) -> None:
        self.introLabel.setText(
            tr(
                "Officer projections of net homes per site (or permission) per monitoring year. A site with "
                "any row here gets no default build-out. Select a row to change or delete it."
            )
        )
        self.formBox.setTitle(tr("Row"))
        self.siteLabel.setText(tr("Site"))
        self.siteCombo.setToolTip(tr("The allocation site (site_ref); leave empty for a windfall permission"))
        self.appRefLabel.setText(tr("Permission"))
        self.appRefEdit.setPlaceholderText(tr("app_ref (optional)"))
        self.appRefEdit.setToolTip(tr("The permission (app_ref) the projection is for, if not a whole site"))
        self.yearLabel.setText(tr("Monitoring year"))
        self.yearCombo.setToolTip(tr("The monitoring year (1 April to 31 March) the homes are expected in"))
        self.unitsLabel.setText(tr("Units"))
        self.unitsSpin.setToolTip(tr("Net homes expected in the year (negative for losses)"))
        self.deliverableCheck.setText(tr("Deliverable (five-year supply)"))
        self.deliverableCheck.setToolTip(
            tr("NPPF Annex 2: available now, suitable, achievable within five years; needs evidence")
        )
        self.evidenceLabel.setText(tr("Evidence"))
        self.evidenceEdit.setPlaceholderText(tr("e.g. developer's programme, March 2025"))
        self.evidenceEdit.setToolTip(tr("Why these homes are expected; required for a deliverable row"))
        self.addButton.setText(tr("Add row"))
        self.addButton.setToolTip(tr("Add the row in the form to the store's trajectory"))
        self.saveButton.setText(tr("Save changes"))
        self.saveButton.setToolTip(tr("Write the form over the selected row"))
        self.deleteButton.setText(tr("Delete"))
        self.deleteButton.setToolTip(tr("Delete the selected row from the store's trajectory"))
        self.undoButton.setText(tr("Undo"))
        self.undoButton.setToolTip(tr("Undo the last change made here"))

    # -- store --------------------------------------------------------------------------------------

    def set_store(
        self, store: Optional[Store], years: Sequence[int] = (), base_year: Optional[int] = None
    ) -> None:
        self.store = store
        self.last_change = None
        self.years = list(years)
        self.base_year = base_year
        self.site_refs = []
        if store is not None:
            try:
                self.site_refs = sorted(
                    {str(r[2]) for r in store.read_rows(schema.ALLOCATIONS, ["site_ref"], False) if r[2]}
                )
            except StoreError as exc:
                self.tell(str(exc), error=True)
        self.siteCombo.clear()
        self.siteCombo.addItems([""] + self.site_refs)
        self.yearCombo.clear()
        for year in self.years:
            self.yearCombo.addItem(label(year), year)
        self.set_base_year(base_year)
        self.reload()

    def set_base_year(self, base_year: Optional[int]) -> None:
        """Offer the first monitoring year after the base date for a new row."""
        self.base_year = base_year
        if base_year is not None:
            index = self.yearCombo.findData(base_year + 1)
            if index >= 0 and not self.table.selectionModel().selectedRows():
                self.yearCombo.setCurrentIndex(index)

    def reload(self) -> None:
        rows: List[Dict[str, Any]] = []
        if self.store is not None:
            try:
                rows = TrajectoryRows(self.store).read()
            except StoreError as exc:
                self.tell(str(exc), error=True)
        self.model.set_rows(rows)
        self._update_buttons()

    def rows(self) -> List[Dict[str, Any]]:
        return list(self.model.rows)

    # -- the form -----------------------------------------------------------------------------------

    def selected_row(self) -> Optional[Dict[str, Any]]:
        indexes = self.table.selectionModel().selectedRows()
        if len(indexes) != 1:
            return None
        return indexes[0].data(ROW_ROLE)

    def select_fid(self, fid: int) -> bool:
        for row in range(self.proxy.rowCount()):
            data = self.proxy.index(row, 0).data(ROW_ROLE)
            if data and data["fid"] == fid:
                self.table.selectRow(row)
                self.fill_form(data)  # also when the row was selected already
                return True
        return False

    def _on_selection_changed(self, *_args) -> None:
        row = self.selected_row()
        if row is not None:
            self.fill_form(row)
        self._update_buttons()

    def fill_form(self, row: Dict[str, Any]) -> None:
        self.siteCombo.setCurrentText(row.get("site_ref") or "")
        self.appRefEdit.setText(row.get("app_ref") or "")
        year = year_of_label(row.get("monitoring_year"))
        if year is not None:
            if self.yearCombo.findData(year) < 0:
                self.yearCombo.addItem(label(year), year)
            self.yearCombo.setCurrentIndex(self.yearCombo.findData(year))
        self.unitsSpin.setValue(int(row.get("units") or 0))
        self.deliverableCheck.setChecked(row.get("deliverable") == 1)
        self.evidenceEdit.setText(row.get("evidence") or "")

    def set_form(
        self,
        site_ref: str = "",
        year: Optional[int] = None,
        units: int = 0,
        deliverable: bool = False,
        evidence: str = "",
        app_ref: str = "",
    ) -> None:
        """Fill the form as the officer would."""
        self.fill_form(
            {
                "site_ref": site_ref,
                "app_ref": app_ref,
                "monitoring_year": label(year) if year is not None else None,
                "units": units,
                "deliverable": 1 if deliverable else 0,
                "evidence": evidence,
            }
        )

    def form_values(self) -> Tuple[Any, ...]:
        site = self.siteCombo.currentText().strip() or None
        app_ref = self.appRefEdit.text().strip() or None
        year = self.yearCombo.currentData()
        evidence = self.evidenceEdit.text().strip() or None
        return (
            site,
            app_ref,
            label(year) if year is not None else None,
            self.unitsSpin.value(),
            1 if self.deliverableCheck.isChecked() else 0,
            OFFICER,
            evidence,
        )

    def validate(self, values: Sequence[Any], editing_fid: Optional[int] = None) -> Optional[str]:
        """What is wrong with a row (None when it can be written)."""
        site, app_ref, year_label, _units, deliverable, _source, evidence = values
        if not site and not app_ref:
            return tr("Choose the site (or give the permission) the projection is for.")
        if site and site not in self.site_refs:
            return tr("Site {} is not an allocation in this store.").format(site)
        if app_ref and self.store is not None:
            known = {r[2] for r in self.store.read_rows(schema.PERMISSIONS, ["app_ref"], False)}
            if app_ref not in known:
                return tr("Permission {} is not in this store.").format(app_ref)
        if year_label is None or year_of_label(year_label) is None:
            return tr("Choose the monitoring year.")
        if deliverable == 1 and not evidence:
            return tr(
                "A deliverable row needs its evidence (NPPF Annex 2: clear evidence that the homes will be "
                "completed within five years)."
            )
        for row in self.model.rows:
            if row["fid"] == editing_fid or (row.get("source") or OFFICER) != OFFICER:
                continue
            same_year = year_of_label(row.get("monitoring_year")) == year_of_label(year_label)
            if (
                same_year
                and (row.get("site_ref") or None) == site
                and (row.get("app_ref") or None) == app_ref
            ):
                return tr("There is already a row for {} in {}; select it and change it instead.").format(
                    site or app_ref, year_label
                )
        return None

    # -- changes ------------------------------------------------------------------------------------

    def add_from_form(self) -> Optional[int]:
        """Add the form's row; returns its fid (None when refused)."""
        if self.store is None:
            return None
        values = self.form_values()
        problem = self.validate(values)
        if problem:
            self.tell(problem, error=True)
            return None
        try:
            fid = TrajectoryRows(self.store).insert(values)
        except (OSError,) + DATABASE_ERRORS as exc:
            self.tell(tr("The row could not be written: {}").format(exc), error=True)
            return None
        self.last_change = ("insert", fid)
        self._after_write(
            tr("Added {} homes for {} in {}.").format(values[3], values[0] or values[1], values[2])
        )
        self.select_fid(fid)
        return fid

    def save_selected(self) -> bool:
        row = self.selected_row()
        if self.store is None or row is None:
            return False
        values = self.form_values()
        problem = self.validate(values, editing_fid=row["fid"])
        if problem:
            self.tell(problem, error=True)
            return False
        try:
            TrajectoryRows(self.store).update(row["fid"], values)
        except (OSError,) + DATABASE_ERRORS as exc:
            self.tell(tr("The row could not be written: {}").format(exc), error=True)
            return False
        self.last_change = ("update", row["fid"], values_of(row))
        self._after_write(tr("Changed the row for {} in {}.").format(values[0] or values[1], values[2]))
        self.select_fid(row["fid"])
        return True

    def delete_selected(self) -> bool:
        row = self.selected_row()
        if self.store is None or row is None:
            return False
        try:
            TrajectoryRows(self.store).delete(row["fid"])
        except (OSError,) + DATABASE_ERRORS as exc:
            self.tell(str(exc), error=True)
            return False
        self.last_change = ("delete", values_of(row))
        self._after_write(
            tr("Deleted the row for {} in {}.").format(
                row.get("site_ref") or row.get("app_ref"), row.get("monitoring_year")
            )
        )
        return True

    def undo(self) -> bool:
        if self.store is None or self.last_change is None:
            return False
        change, self.last_change = self.last_change, None
        rows = TrajectoryRows(self.store)
        try:
            if change[0] == "insert":
                rows.delete(change[1])
            elif change[0] == "update":
                rows.update(change[1], change[2])
            else:
                rows.insert(change[1])
        except (OSError,) + DATABASE_ERRORS as exc:
            self.tell(tr("The change could not be undone: {}").format(exc), error=True)
            return False
        self._after_write(tr("Undone."))
        return True

    def _after_write(self, message: str) -> None:
        layer = store_layer_in_project(QgsProject.instance(), self.store.path, schema.TRAJECTORY)
        if layer is not None:
            layer.reload()  # written past QGIS, straight to the GeoPackage
        self.reload()
        self.tell(message)
        self.changed.emit()

    def tell(self, text: str, error: bool = False) -> None:
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet("color: #c92a2a;" if error else "")
        if error:
            LOG.info("Trajectory editor: %s", text)

    def _update_buttons(self) -> None:
        has_store = self.store is not None
        selected = self.selected_row() is not None
        self.addButton.setEnabled(has_store)
        self.saveButton.setEnabled(has_store and selected)
        self.deleteButton.setEnabled(has_store and selected)
        self.undoButton.setEnabled(has_store and self.last_change is not None)
