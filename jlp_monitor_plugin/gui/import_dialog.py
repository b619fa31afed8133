"""The import dialog: choose a file or layer (what it holds is suggested from its columns), map its
columns (suggested from the headings, kept as named profiles), preview the first rows with their
problems marked, and import in the background (a QgsTask, with progress and cancel): first a dry run
counting what would be inserted, changed (per field), deleted and rejected, a question when existing
rows would change, then the import; the summary links to the rejects file, and the last import can be
undone. Enter in the file box only reads the file: no button is a default button.

The tables are in ``import_tables``, the background job in ``import_task``, and what the dialog
says and asks (the dry run's findings, the questions before an import and an undo, the summary) in
``import_messages``; this module wires them to the form."""

import os
import tempfile
import time
from typing import List, Optional, Union

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapLayerComboBox, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QCursor
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QLabel, QPushButton, QWidget

from ..core import user_settings
from ..core.importing import (
    MODES,
    ImportFailed,
    ImportOptions,
    ImportReport,
    SourceError,
    SourceTable,
    evidence,
    preview,
)
from ..core.importing import field_map as fm
from ..core.importing.undo import UndoRefused, last_import, undo_import
from ..core.store import DATABASE_ERRORS, Store
from ..core.store_base import StoreError
from ..core.translation import tr
from . import load_ui
from .import_messages import (
    check_html,
    confirm_import,
    confirm_undo,
    mode_labels,
    summary_html,
    target_labels,
)
from .import_tables import MappingTable, PreviewTable
from .import_task import ImportTask

FORM_CLASS = load_ui("import_dialog.ui")
PREVIEW_ROWS = 20
FILE_FILTER = "*.csv *.txt *.tsv *.xlsx *.xls *.ods *.geojson *.json *.shp *.gpkg *.gml *.kml *.tab *.dbf"


class ImportDialog(QDialog, FORM_CLASS):
    """Import a table or layer into the monitoring store."""

    imported = pyqtSignal(object)  # the ImportReport, after a successful import

    def __init__(self, store: Store, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("ImportDialog")
        self.store = store
        self.table = None  # type: Optional[SourceTable]
        self.source_spec = None  # type: Optional[tuple]
        self.task = None  # type: Optional[ImportTask]
        self.report = None  # type: Optional[ImportReport]
        self.last_rows = []  # type: list
        self.guess = None  # type: Optional[fm.TargetGuess]
        self.checked = None  # type: Optional[ImportReport]  # the dry run before the import
        self._loading = False
        self._pending = None  # type: Optional[tuple]  # (options, rejects path) once checked

        self.layerCombo = QgsMapLayerComboBox(self.layerHolder)
        self.layerCombo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.layerCombo.setAllowEmptyLayer(True)
        self.layerCombo.setLayer(None)
        self.layerHolderLayout.addWidget(self.layerCombo)
        self.crsWidget = QgsProjectionSelectionWidget(self.crsHolder)
        self.crsWidget.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crsWidget.setNotSetText(tr("The store's CRS (or the layer's)"))
        self.crsWidget.setCrs(QgsCoordinateReferenceSystem())
        self.crsHolderLayout.addWidget(self.crsWidget)
        self.targetHintLabel = QLabel(self)
        self.targetHintLabel.setObjectName("targetHintLabel")
        self.targetHintLabel.setWordWrap(True)
        self.sourceLayout.addWidget(self.targetHintLabel, 4, 1, 1, 2)
        self.mapping_editor = MappingTable(self.mappingTable, self._mapping_edited)
        self.preview_view = PreviewTable(self.previewTable)
        self.undoButton = QPushButton(self)
        self.undoButton.setObjectName("undoButton")
        self.buttonsLayout.insertWidget(0, self.undoButton)
        # Enter in the file box reads the file and nothing more: no default button to press.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

        self._set_texts()
        for target, label in target_labels().items():
            self.targetCombo.addItem(label, target)
        for mode, label in mode_labels().items():
            self.modeCombo.addItem(label, mode)
        self._reload_profiles()
        self.progressBar.setValue(0)
        self.cancelButton.setEnabled(False)

        self.browseButton.clicked.connect(self.browse)
        self.fileEdit.editingFinished.connect(lambda: self.set_source(self.fileEdit.text().strip() or None))
        self.layerCombo.layerChanged.connect(self._layer_chosen)
        self.targetCombo.currentIndexChanged.connect(self._target_changed)
        for combo in (self.xCombo, self.yCombo):
            combo.currentIndexChanged.connect(self.refresh_preview)
        self.crsWidget.crsChanged.connect(self.refresh_preview)
        self.dayFirstCheck.toggled.connect(self.refresh_preview)
        self.loadProfileButton.clicked.connect(lambda: self.load_profile(self.profileCombo.currentText()))
        self.saveProfileButton.clicked.connect(lambda: self.save_profile(self.profileCombo.currentText()))
        self.deleteProfileButton.clicked.connect(lambda: self.delete_profile(self.profileCombo.currentText()))
        self.importButton.clicked.connect(self.run_import)
        self.undoButton.clicked.connect(self.undo_last_import)
        self.cancelButton.clicked.connect(self.cancel)
        self.closeButton.clicked.connect(self.close)
        self.mapping_editor.build(self.target, [], {})
        self._update_undo()

    def _set_texts(self) -> None:
        self.setWindowTitle(tr("Import data into {}").format(self.store.name))
        self.sourceGroup.setTitle(tr("What to import"))
        self.fileLabel.setText(tr("File"))
        self.fileEdit.setPlaceholderText(tr("CSV, XLSX, GeoJSON, Shapefile or GeoPackage (path|layername=…)"))
        self.browseButton.setText(tr("…"))
        self.browseButton.setToolTip(tr("Choose a file"))
        self.layerLabel.setText(tr("or a layer"))
        self.targetLabel.setText(tr("Import into"))
        self.profileLabel.setText(tr("Profile"))
        self.profileCombo.setToolTip(
            tr("A named mapping: choose one to load, or type a name to save the mapping as")
        )
        self.loadProfileButton.setText(tr("Load"))
        self.saveProfileButton.setText(tr("Save"))
        self.deleteProfileButton.setText(tr("Delete"))
        self.mappingGroup.setTitle(tr("Columns"))
        self.mappingTable.setHorizontalHeaderLabels([tr("Field"), tr("Column")])
        self.mappingTable.setToolTip(
            tr("The file's column for each field of the store (* required). Type 'text' for a constant, "
               "or {Column A}/{Column B} to combine columns.")
        )  # fmt: skip
        self.xLabel.setText(tr("X / easting / longitude"))
        self.yLabel.setText(tr("Y / northing / latitude"))
        self.crsLabel.setText(tr("CRS of X/Y"))
        self.modeLabel.setText(tr("Mode"))
        self.dayFirstCheck.setText(tr("Dates are day first (21/01/2008)"))
        self.previewGroup.setTitle(tr("Preview"))
        self.previewLabel.setText(tr("Choose a file or layer to see its first rows."))
        self.statusLabel.setText("")
        self.summaryLabel.setText("")
        self.cancelButton.setText(tr("Cancel import"))
        self.importButton.setText(tr("Import"))
        self.importButton.setToolTip(
            tr(
                "Check the file against the store first (what would be inserted, changed, rejected), "
                "then import"
            )
        )
        self.undoButton.setText(tr("Undo last import"))
        self.closeButton.setText(tr("Close"))

    # -- the source --------------------------------------------------------------------------------

    @property
    def target(self) -> str:
        return self.targetCombo.currentData() or fm.PERMISSIONS

    def set_target(self, target: str) -> None:
        self.targetCombo.setCurrentIndex(max(0, self.targetCombo.findData(target)))

    def browse(self) -> None:
        folder = user_settings.IMPORT_FOLDER.value()
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Choose the file to import"), folder, tr("Tables and layers ({})").format(FILE_FILTER)
        )
        if path:
            user_settings.IMPORT_FOLDER.set_value(os.path.dirname(path))
            self.fileEdit.setText(path)
            self.set_source(path)

    def _layer_chosen(self, layer) -> None:
        if self._loading or layer is None:
            return
        self.fileEdit.clear()
        self.set_source(layer)

    def set_source(self, source: Union[None, str, QgsVectorLayer]) -> bool:
        """Open the file or layer, suggest a mapping from its headings and preview it."""
        self.table = None
        self.source_spec = None
        if source is None:
            self._fill_headings([])
            self.refresh_preview()
            return False
        try:
            table = SourceTable.open(source)
        except SourceError as exc:
            self._status(str(exc), error=True)
            self._fill_headings([])
            self.refresh_preview()
            return False
        self.table = table
        if isinstance(source, QgsVectorLayer):
            self.source_spec = (source.source(), source.providerType(), source.name())
        else:
            self.fileEdit.setText(str(source))
            self.source_spec = (str(source), "ogr", table.name)
        self._status("")
        self.guess = fm.suggest_target(table.headings, table.is_polygon)
        if self.guess.reason:
            self._loading = True
            try:
                self.set_target(self.guess.target)
            finally:
                self._loading = False
        self.apply_suggestion()
        return True

    def apply_suggestion(self) -> None:
        """The mapping suggested from the headings for the current target."""
        headings = self.table.headings if self.table else []
        suggestion = fm.suggest_mapping(headings, self.target)
        self._loading = True
        try:
            self._fill_headings(headings)
            self._set_xy(suggestion.x_field, suggestion.y_field)
            self.crsWidget.setCrs(QgsCoordinateReferenceSystem(suggestion.source_crs or ""))
            self.mapping_editor.build(self.target, headings, MappingTable.sources(suggestion.field_map))
        finally:
            self._loading = False
        self._show_guess()
        self.refresh_preview()

    def _target_changed(self, *_args) -> None:
        if not self._loading:
            self.apply_suggestion()
        self._show_guess()

    def _show_guess(self) -> None:
        """Why the target was suggested; a warning when the officer chose another one."""
        guess = self.guess if self.table is not None else None
        if guess is None or not guess.reason:
            self.targetHintLabel.setText("")
            self.targetHintLabel.setStyleSheet("")
        elif guess.target == self.target:
            self.targetHintLabel.setText(guess.reason)
            self.targetHintLabel.setStyleSheet("color: #2b8a3e;")
        else:
            self.targetHintLabel.setText(self.mismatch_text())
            self.targetHintLabel.setStyleSheet("color: #b00020;")

    def mismatch_text(self) -> str:
        """A warning when the chosen target is not the one the file looks like ("" when it is)."""
        guess = self.guess
        if guess is None or not guess.reason or guess.target == self.target:
            return ""
        labels = target_labels()
        return tr("{reason} You chose {chosen}: check that this is right.").format(
            reason=guess.reason, chosen=labels.get(self.target, self.target)
        )

    def _fill_headings(self, headings: List[str]) -> None:
        for combo in (self.xCombo, self.yCombo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("")
            combo.addItems(headings)
            combo.blockSignals(False)
        spatial = self.target in [fm.PERMISSIONS, fm.COMPLETIONS] + evidence.TARGETS
        for widget in (self.xCombo, self.yCombo, self.crsWidget, self.xLabel, self.yLabel, self.crsLabel):
            widget.setEnabled(spatial)

    def _set_xy(self, x_field: Optional[str], y_field: Optional[str]) -> None:
        for combo, value in ((self.xCombo, x_field), (self.yCombo, y_field)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findText(value or "")))
            combo.blockSignals(False)

    # -- the mapping -------------------------------------------------------------------------------

    def _mapping_edited(self, *_args) -> None:
        if not self._loading:
            self.refresh_preview()

    def mapping_combo(self, field: str) -> Optional[QComboBox]:
        return self.mapping_editor.combo(field)

    def mapping_text(self) -> str:
        return self.mapping_editor.text()

    def options(self) -> ImportOptions:
        """The import as chosen in the dialog; raises ImportFailed for a mapping that cannot be read."""
        try:
            mapping = fm.parse_field_map(self.mapping_text(), self.target)
        except fm.FieldMapError as exc:
            raise ImportFailed(str(exc)) from None
        crs = self.crsWidget.crs()
        return ImportOptions(
            target=self.target,
            field_map=mapping,
            x_field=self.xCombo.currentText() or None,
            y_field=self.yCombo.currentText() or None,
            source_crs=crs.authid() or crs.toWkt() if crs.isValid() else None,
            day_first=self.dayFirstCheck.isChecked(),
            mode=self.modeCombo.currentData() or MODES[0],
        )

    # -- profiles ----------------------------------------------------------------------------------

    def _reload_profiles(self, current: str = "") -> None:
        self.profileCombo.blockSignals(True)
        self.profileCombo.clear()
        self.profileCombo.addItems(fm.profile_names())
        self.profileCombo.setEditText(current)
        self.profileCombo.blockSignals(False)

    def save_profile(self, name: str) -> bool:
        name = (name or "").strip()
        crs = self.crsWidget.crs()
        profile = fm.Profile(
            self.target,
            self.mapping_text(),
            self.xCombo.currentText(),
            self.yCombo.currentText(),
            crs.authid() if crs.isValid() else "",
            self.dayFirstCheck.isChecked(),
        )
        try:
            fm.save_profile(name, profile)
        except fm.FieldMapError as exc:
            self._status(str(exc), error=True)
            return False
        self._reload_profiles(name)
        self._status(tr("Profile '{}' saved.").format(name))
        return True

    def load_profile(self, name: str) -> bool:
        profile = fm.load_profile((name or "").strip())
        if profile is None:
            self._status(tr("There is no profile named '{}'.").format(name), error=True)
            return False
        self._loading = True
        try:
            self.set_target(profile.target)
            self._fill_headings(self.table.headings if self.table else [])
            self._set_xy(profile.x_field, profile.y_field)
            self.crsWidget.setCrs(QgsCoordinateReferenceSystem(profile.source_crs))
            self.dayFirstCheck.setChecked(profile.day_first)
            mapping = fm.parse_field_map(profile.field_map, profile.target)
            self.mapping_editor.build(
                self.target, self.table.headings if self.table else [], MappingTable.sources(mapping)
            )
        finally:
            self._loading = False
        self.refresh_preview()
        self._status(tr("Profile '{}' loaded.").format(name))
        return True

    def delete_profile(self, name: str) -> bool:
        if not fm.delete_profile((name or "").strip()):
            self._status(tr("There is no profile named '{}'.").format(name), error=True)
            return False
        self._reload_profiles()
        self._status(tr("Profile '{}' deleted.").format(name))
        return True

    # -- preview -----------------------------------------------------------------------------------

    def refresh_preview(self, *_args) -> None:
        """The first rows with their problems marked (colour, and the message as tooltip)."""
        if self._loading:
            return
        self.preview_view.clear()
        self.last_rows = []
        if self.table is None:
            self.previewLabel.setText(tr("Choose a file or layer to see its first rows."))
            return
        problem = None
        try:
            _plan, rows = preview(self.table, self.store, self.options(), PREVIEW_ROWS)
        except (ImportFailed, StoreError) as exc:
            problem = str(exc)
            rows = [(r.row, r.values, []) for r in self.table.rows(with_geometry=False, limit=PREVIEW_ROWS)]
        self.last_rows = rows
        flagged, errors = self.preview_view.show(self.table.headings, self.table.name, rows)
        if problem:
            self.previewLabel.setText(tr("The mapping cannot be used yet: {}").format(problem))
            self._status(problem, error=True)
        else:
            self.previewLabel.setText(
                tr("First {rows} rows: {flagged} with problems ({errors} would be rejected).").format(
                    rows=len(rows), flagged=flagged, errors=errors
                )
            )
            self._status("")

    def cell_problem(self, row: int, heading: str) -> str:
        """The tooltip of a preview cell (its problems), for tests and screen readers."""
        return self.preview_view.cell_problem(row, heading)

    def cell_colour(self, row: int, heading: str) -> Optional[QColor]:
        return self.preview_view.cell_colour(row, heading)

    # -- running -----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None

    def rejects_path(self) -> str:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = self.table.path if self.table and self.table.path else ""
        stem = os.path.splitext(os.path.basename(path or (self.table.name if self.table else "import")))[0]
        folder = os.path.dirname(path) if path and os.access(os.path.dirname(path) or ".", os.W_OK) else ""
        if not folder:
            folder = tempfile.gettempdir()
        return os.path.join(folder, "{}_rejects_{}.csv".format(stem, stamp))

    def run_import(self) -> bool:
        """Start the import as a QgsTask; False (with the reason shown) when it cannot start."""
        if self.running:
            return False
        if self.table is None or self.source_spec is None:
            self._status(tr("Choose a file or layer to import."), error=True)
            return False
        if self.source_spec[1] == "memory":
            self._status(
                tr("A temporary (memory) layer cannot be imported in the background; save it first."), True
            )
            return False
        try:
            options = self.options()
            preview(self.table, self.store, options, 1)  # refuses an unusable mapping before starting
        except (ImportFailed, StoreError) as exc:
            self._status(str(exc), error=True)
            return False
        self.summaryLabel.setText("")
        self.checked = None
        self._pending = (options, self.rejects_path())
        self._start(dry_run=True)
        return True

    def _start(self, dry_run: bool) -> None:
        options, rejects_path = self._pending
        self.progressBar.setValue(0)
        task = ImportTask(self.store.path, self.source_spec, options, rejects_path, dry_run=dry_run)
        task.progressChanged.connect(lambda value: self.progressBar.setValue(int(value)))
        task.done.connect(self._checked if dry_run else self._finished)
        self.task = task
        self.importButton.setEnabled(False)
        self.undoButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        if dry_run:
            self._status(tr("Checking the file against the store… nothing is written yet."))
        else:
            self._status(
                tr("Importing… the store is written in one transaction when the import is complete.")
            )
        QgsApplication.taskManager().addTask(task)

    def _checked(self, ok: bool, report: Optional[ImportReport], message: str) -> None:
        """The dry run is done: import at once when only new rows come in, else ask first."""
        self.task = None
        if not ok or report is None:
            self._finished(False, None, message)
            return
        self.checked = report
        self.summaryLabel.setText(check_html(report))
        if (report.changed or report.deleted) and not confirm_import(self, report, self.mismatch_text()):
            self._pending = None
            self.task = None
            self.importButton.setEnabled(True)
            self.cancelButton.setEnabled(False)
            self.progressBar.setValue(0)
            self._update_undo()
            self._status(tr("Not imported: the store was left as it was."))
            return
        self._start(dry_run=False)

    # -- undo ----------------------------------------------------------------------------------------

    def _update_undo(self) -> None:
        try:
            run = last_import(self.store)
        except DATABASE_ERRORS:
            run = None
        self.undoButton.setEnabled(run is not None and not self.running)
        self.undoButton.setToolTip(
            tr("Undo {}").format(run.describe()) if run is not None else tr("No import to undo")
        )

    def undo_last_import(self) -> bool:
        """Undo the store's last import after asking (what, when, by whom, how many rows)."""
        run = last_import(self.store)
        if run is None or self.running:
            self._update_undo()
            return False
        if not confirm_undo(self, run):
            return False
        from ..core.tagging import current_user

        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            undone = undo_import(self.store, run.run_id, current_user())
        except (UndoRefused, StoreError) as exc:
            self._status(str(exc), error=True)
            return False
        except DATABASE_ERRORS as exc:
            self._status(tr("The import could not be undone: {}").format(exc), error=True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._status(tr("Undone: {}.").format(undone.describe()))
        self.summaryLabel.setText("")
        self._reload_store_layers()
        self._update_undo()
        self.imported.emit(None)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finished(self, ok: bool, report: Optional[ImportReport], message: str) -> None:
        self.task = None
        self._pending = None
        self.importButton.setEnabled(True)
        self.cancelButton.setEnabled(False)
        self.report = report if ok else None
        self._update_undo()
        if not ok:
            self.progressBar.setValue(0)
            self._status(message, error=True)
            self.summaryLabel.setText("")
            return
        self.progressBar.setValue(100)
        self._status(tr("Import done."))
        self.summaryLabel.setText(summary_html(report))
        self._reload_store_layers()
        self.imported.emit(report)

    def _reload_store_layers(self) -> None:
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.source().startswith(self.store.path):
                layer.reload()
                layer.triggerRepaint()

    def _status(self, text: str, error: bool = False) -> None:
        self.statusLabel.setStyleSheet("color: #b00020;" if error and text else "")
        self.statusLabel.setText(text)

    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.cancel()
        super().closeEvent(event)
