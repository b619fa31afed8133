"""The Evidence section of the Monitoring and Reports dock: every allocation's NPPF Annex 2 result at the
base date, its deliverability evidence (``site_evidence``: listed, added, changed, removed), who replied
to the developer questionnaire, and the allocations coloured on the map by their Annex 2 result."""

import datetime
from typing import Any, Callable, Dict, List, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import evidence, schema, styling
from ..core.annex2_style import apply_annex2_style, result_label
from ..core.formatting import format_date
from ..core.monitoring.annex2 import evidence_type_label
from ..core.project import store_layer_in_project
from ..core.store import Store
from ..core.translation import tr

QUESTIONNAIRE = "developer_questionnaire"


class EvidencePanel(QWidget):
    """Sites with their Annex 2 result and evidence; a site's evidence rows and a form to edit them."""

    evidence_changed = pyqtSignal()  # the figures depend on it: the dock recomputes them
    message = pyqtSignal(str, bool)  # text, whether it is a warning

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("JLPMonitorEvidencePanel")
        self._store: Optional[Store] = None
        self._base: Optional[datetime.date] = None
        self.result_source: Optional[Callable[[str, datetime.date], Any]] = None
        self._records: List[Any] = []
        self._site_rows: List[dict] = []
        layout = QVBoxLayout(self)
        self.introLabel = QLabel(
            tr(
                "NPPF Annex 2 at the base date: category-b homes (allocations, outline permission for major "
                "development, permission in principle) count in the five-year supply only with clear "
                "evidence dated within the months the plan settings give."
            )
        )
        self.introLabel.setWordWrap(True)
        layout.addWidget(self.introLabel)
        self.mapCheck = QCheckBox(tr("Colour allocations on the map by Annex 2 result"))
        self.mapCheck.toggled.connect(self.show_on_map)
        layout.addWidget(self.mapCheck)
        self.sitesTable = self._table(
            [tr("Site"), tr("Name"), tr("Category"), tr("Result"), tr("Evidence"), tr("Replied")]
        )
        self.sitesTable.itemSelectionChanged.connect(self._on_site_selected)
        layout.addWidget(self.sitesTable)
        self.repliedLabel = QLabel()
        self.repliedLabel.setWordWrap(True)
        layout.addWidget(self.repliedLabel)
        self.removedLabel = QLabel()
        self.removedLabel.setWordWrap(True)
        self.removedLabel.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.removedLabel)
        self.siteLabel = QLabel()
        self.siteLabel.setWordWrap(True)
        self.siteLabel.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.siteLabel)
        self.evidenceTable = self._table(
            [tr("Date"), tr("Type"), tr("Organisation"), tr("Summary"), tr("Source"), tr("Recorded by")]
        )
        self.evidenceTable.itemSelectionChanged.connect(self._on_evidence_selected)
        layout.addWidget(self.evidenceTable)

        form = QFormLayout()
        self.typeCombo = QComboBox()
        for code in schema.EVIDENCE_TYPES:
            self.typeCombo.addItem(evidence_type_label(code), code)
        self.dateEdit = QDateEdit()
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat("d MMMM yyyy")  # the one date style of the docks
        self.dateEdit.setDate(QDate.currentDate())
        self.organisationEdit = QLineEdit()
        self.summaryEdit = QLineEdit()
        self.sourceEdit = QLineEdit()
        self.sourceEdit.setPlaceholderText(tr("document or link"))
        form.addRow(tr("Type"), self.typeCombo)
        form.addRow(tr("Dated"), self.dateEdit)
        form.addRow(tr("Organisation"), self.organisationEdit)
        form.addRow(tr("Summary"), self.summaryEdit)
        form.addRow(tr("Source"), self.sourceEdit)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.addButton = QPushButton(tr("Add"))
        self.addButton.setToolTip(tr("Add this evidence to the selected site"))
        self.saveButton = QPushButton(tr("Save changes"))
        self.saveButton.setToolTip(tr("Change the selected evidence row"))
        self.removeButton = QPushButton(tr("Remove"))
        self.removeButton.setToolTip(tr("Remove the selected evidence row"))
        for button, slot in (
            (self.addButton, self.add_current),
            (self.saveButton, self.save_current),
            (self.removeButton, self.remove_current),
        ):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._update_buttons()

    @staticmethod
    def _table(headings: List[str]) -> QTableWidget:
        table = QTableWidget(0, len(headings))
        table.setHorizontalHeaderLabels(headings)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(140)
        return table

    # -- store and base date -------------------------------------------------------------------------

    def set_store(self, store: Optional[Store]) -> None:
        self._store = store
        self.refresh()

    def set_base_date(self, day) -> None:
        self._base = day
        self.refresh()

    def _annex2(self) -> Dict[str, dict]:
        """This base date's Annex 2 rows by site_ref (or app_ref), when the dock's figures are computed."""
        if self.result_source is None or self._store is None or self._base is None:
            return {}
        result = self.result_source(self._store.path, self._base)
        if result is None or getattr(result, "annex2", None) is None:
            return {}
        return {(r["site_ref"] or r["app_ref"]): r for r in result.annex2.to_dict("records")}

    def _show_removed(self) -> None:
        """The homes the five-year statement removed for want of clear evidence, site by site."""
        result = None
        if self.result_source is not None and self._store is not None and self._base is not None:
            result = self.result_source(self._store.path, self._base)
        removed = getattr(result, "supply_removed", None)
        if removed is None or not len(removed):
            self.removedLabel.setText("")
            return
        parts = [
            "{} {}".format(r["site_ref"] or r["app_ref"], int(r["units"])) for r in removed.to_dict("records")
        ]
        self.removedLabel.setText(
            tr("Removed from the five-year supply (no clear evidence, or lapsed): {} homes — {}.").format(
                int(removed["units"].sum()), ", ".join(parts)
            )
        )

    def refresh(self) -> None:
        """Read the store's allocations and evidence again and show them."""
        selected = self.selected_site()
        self.sitesTable.setRowCount(0)
        self._site_rows = []
        self._records = []
        if self._store is None:
            self.repliedLabel.setText(tr("Open a monitoring store to see its evidence."))
            self._show_site(None)
            return
        records = evidence.read_evidence(self._store)
        annex2 = self._annex2()
        sites = sorted(
            (r[2], r[3]) for r in self._store.read_rows(schema.ALLOCATIONS, ["site_ref", "site_name"], False)
        )
        permission_site = {
            r[2]: r[3]
            for r in self._store.read_rows(schema.PERMISSIONS, ["app_ref", "site_ref"], False)
            if r[3]
        }
        by_site: Dict[str, List[Any]] = {}
        for record in records:
            key = record.site_ref or permission_site.get(record.app_ref) or record.app_ref
            by_site.setdefault(key, []).append(record)
        keys = [ref for ref, _name in sites]
        names = dict(sites)
        keys += sorted(k for k in by_site if k not in names)  # windfall permissions with evidence
        replied = 0
        for key in keys:
            rows = by_site.get(key, [])
            replies = [r.evidence_date for r in rows if r.evidence_type == QUESTIONNAIRE and r.evidence_date]
            replied += 1 if replies else 0
            a2 = annex2.get(key, {})
            self._site_rows.append(
                {
                    "key": key,
                    "site_ref": key if key in names else None,
                    "app_ref": None if key in names else key,
                    "name": names.get(key) or "",
                    "records": rows,
                    "annex2": a2,
                    "replied": format_date(max(replies)) if replies else "",
                }
            )
        self.sitesTable.setRowCount(len(self._site_rows))
        for i, row in enumerate(self._site_rows):
            a2 = row["annex2"]
            values = [
                row["key"],
                row["name"],
                a2.get("category") or "",
                result_label(a2["result"]) if a2.get("result") else "",
                str(len(row["records"])),
                row["replied"] or tr("no"),
            ]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if j == 3 and a2.get("reason"):
                    item.setToolTip(a2["reason"])
                self.sitesTable.setItem(i, j, item)
        self.repliedLabel.setText(
            tr("Developer questionnaire returns recorded for {} of {} sites.").format(
                replied, len(self._site_rows)
            )
            if annex2 or self._site_rows
            else ""
        )
        if not annex2 and self._site_rows:
            self.repliedLabel.setText(
                self.repliedLabel.text() + " " + tr("Annex 2 results show once the figures are computed.")
            )
        self._show_removed()
        if selected is not None:
            self.select_site(selected)
        else:
            self._show_site(None)
        if self.mapCheck.isChecked():
            self.show_on_map(True)

    # -- selection -----------------------------------------------------------------------------------

    def selected_site(self) -> Optional[str]:
        rows = self.sitesTable.selectionModel().selectedRows() if self.sitesTable.selectionModel() else []
        if not rows or rows[0].row() >= len(self._site_rows):
            return None
        return self._site_rows[rows[0].row()]["key"]

    def select_site(self, key: str) -> bool:
        """Select a site (site_ref) or a windfall permission (app_ref) in the list; False if not there."""
        for i, row in enumerate(self._site_rows):
            if row["key"] == key:
                self.sitesTable.selectRow(i)
                self._show_site(row)
                return True
        return False

    def show_subject(self, site_ref: Optional[str] = None, app_ref: Optional[str] = None) -> bool:
        """Open a site's evidence (from the map): a permission on an allocation opens the allocation."""
        if site_ref:
            return self.select_site(site_ref)
        if app_ref and self._store is not None:
            for _fid, _g, ref, site in self._store.read_rows(
                schema.PERMISSIONS, ["app_ref", "site_ref"], False
            ):
                if ref == app_ref:
                    if site and self.select_site(site):
                        return True
                    break
            if not self.select_site(app_ref):  # a windfall permission without evidence yet
                self._site_rows.append(
                    {"key": app_ref, "site_ref": None, "app_ref": app_ref, "name": "", "records": [],
                     "annex2": self._annex2().get(app_ref, {}), "replied": ""}
                )  # fmt: skip
                self.sitesTable.setRowCount(len(self._site_rows))
                self.sitesTable.setItem(len(self._site_rows) - 1, 0, QTableWidgetItem(app_ref))
                return self.select_site(app_ref)
            return True
        return False

    def _current_row(self) -> Optional[dict]:
        key = self.selected_site()
        return next((r for r in self._site_rows if r["key"] == key), None)

    def _on_site_selected(self) -> None:
        self._show_site(self._current_row())

    def _show_site(self, row: Optional[dict]) -> None:
        self.evidenceTable.setRowCount(0)
        self._records = list(row["records"]) if row else []
        if row is None:
            self.siteLabel.setText(tr("Select a site to see and edit its evidence."))
        else:
            a2 = row["annex2"]
            text = "{} {}".format(row["key"], row["name"]).strip()
            if a2:
                text += " — " + tr("{}; {}").format(result_label(a2["result"]), a2.get("reason") or "")
            self.siteLabel.setText(text)
        self.evidenceTable.setRowCount(len(self._records))
        for i, record in enumerate(self._records):
            values = [
                format_date(record.evidence_date),
                evidence_type_label(record.evidence_type),
                record.contact_organisation or "",
                record.summary or "",
                record.source or "",
                record.recorded_by or "",
            ]
            for j, value in enumerate(values):
                self.evidenceTable.setItem(i, j, QTableWidgetItem(value))
        self._update_buttons()

    def selected_record(self):
        rows = self.evidenceTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._records):
            return None
        return self._records[rows[0].row()]

    def _on_evidence_selected(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.typeCombo.setCurrentIndex(max(self.typeCombo.findData(record.evidence_type), 0))
            if record.evidence_date:
                day = record.evidence_date
                self.dateEdit.setDate(QDate(day.year, day.month, day.day))
            self.organisationEdit.setText(record.contact_organisation or "")
            self.summaryEdit.setText(record.summary or "")
            self.sourceEdit.setText(record.source or "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_site = self._store is not None and self._current_row() is not None
        self.addButton.setEnabled(has_site)
        has_record = has_site and self.selected_record() is not None
        self.saveButton.setEnabled(has_record)
        self.removeButton.setEnabled(has_record)

    # -- editing -------------------------------------------------------------------------------------

    def form_values(self) -> Dict[str, Any]:
        row = self._current_row() or {}
        record = self.selected_record()
        return {
            "site_ref": record.site_ref if record is not None else row.get("site_ref"),
            "app_ref": record.app_ref if record is not None else row.get("app_ref"),
            "evidence_type": self.typeCombo.currentData(),
            "evidence_date": self.dateEdit.date().toString("yyyy-MM-dd"),
            "contact_organisation": self.organisationEdit.text(),
            "summary": self.summaryEdit.text(),
            "source": self.sourceEdit.text(),
        }

    def _write(self, action: Callable[[], None], done: str) -> bool:
        try:
            action()
        except evidence.EvidenceError as exc:
            self.message.emit(str(exc), True)
            return False
        self.message.emit(done, False)
        self.refresh()
        self.evidence_changed.emit()
        return True

    def add_current(self) -> bool:
        row = self._current_row()
        if self._store is None or row is None:
            return False
        values = self.form_values()
        values.update(site_ref=row["site_ref"], app_ref=row["app_ref"])
        return self._write(lambda: evidence.add_evidence(self._store, [values]), tr("Evidence added."))

    def save_current(self) -> bool:
        record = self.selected_record()
        if self._store is None or record is None:
            return False
        values = self.form_values()
        return self._write(
            lambda: evidence.update_evidence(self._store, record.fid, values), tr("Evidence changed.")
        )

    def remove_current(self) -> bool:
        record = self.selected_record()
        if self._store is None or record is None:
            return False
        return self._write(
            lambda: evidence.delete_evidence(self._store, [record.fid]), tr("Evidence removed.")
        )

    # -- the map -------------------------------------------------------------------------------------

    def show_on_map(self, on: bool) -> bool:
        """Colour the project's allocations layer by Annex 2 result (``on``), or give back its style."""
        if self._store is None:
            return False
        layer = store_layer_in_project(QgsProject.instance(), self._store.path, schema.ALLOCATIONS)
        if layer is None:
            return False
        if on:
            annex2 = self._annex2()
            apply_annex2_style(layer, {k: r["result"] for k, r in annex2.items() if r.get("site_ref")})
        else:
            styling.apply_style(layer, schema.ALLOCATIONS)
        layer.triggerRepaint()
        layer.emitStyleChanged()
        return True
