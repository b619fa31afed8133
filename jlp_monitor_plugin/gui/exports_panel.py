"""The Exports section of the Monitoring and Reports dock: the Brownfield Land Register and the
planning.data.gov.uk CSVs (core/exports.py, the same as jlpmonitor:exportbrownfieldregister and
jlpmonitor:exportplanningdata), for the whole plan or one LPA."""

import html
import os
from typing import Optional

from qgis.PyQt.QtCore import Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QCursor
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QWidget

from ..core import exports, user_settings
from ..core.formatting import format_number
from ..core.store import Store
from ..core.translation import tr
from . import load_ui

BROWNFIELD_REGISTER = "brownfield-register"


def kind_labels():
    return {
        BROWNFIELD_REGISTER: tr("Brownfield Land Register (2017 standard)"),
        exports.BROWNFIELD_LAND: tr("planning.data.gov.uk: brownfield-land"),
        exports.LOCAL_PLAN_HOUSING: tr("planning.data.gov.uk: local-plan-housing"),
    }


def kind_descriptions():
    return {
        BROWNFIELD_REGISTER: tr(
            "The register each council publishes: the 28 columns of the 2017 data standard, one row per "
            "brownfield permission (brownfield = 1), its point in WGS84 and the hectares of its red line."
        ),
        exports.BROWNFIELD_LAND: tr(
            "The same sites with exactly the fields of the brownfield-land dataset of planning.data.gov.uk."
        ),
        exports.LOCAL_PLAN_HOUSING: tr(
            "One row per LPA: the plan's housing requirement and the capacity of its allocations."
        ),
    }


class ExportsPanel(QWidget, load_ui("exports_panel.ui")):
    """Choose an export and a file; Export writes it (in well under a second for a council's data)."""

    exported = pyqtSignal(str, int)  # path, rows
    copy_store_requested = pyqtSignal()  # the plugin asks where to and copies (JlpMonitorPlugin.copy_store)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self._store = None  # type: Optional[Store]
        self.datasetLabel.setText(tr("Export"))
        self.lpaLabel.setText(tr("Authority"))
        self.fileLabel.setText(tr("CSV file"))
        self.browseButton.setText("…")
        self.browseButton.setToolTip(tr("Choose where to save the CSV"))
        self.exportButton.setText(tr("Export"))
        self.exportButton.setToolTip(tr("Write the chosen CSV from the open store"))
        self.lpaCombo.setToolTip(tr("Each council publishes its own register: choose one, or all"))
        for kind, label in kind_labels().items():
            self.datasetCombo.addItem(label, kind)
        self.datasetCombo.currentIndexChanged.connect(self._kind_changed)
        self.lpaCombo.currentIndexChanged.connect(self._suggest_file)
        self.browseButton.clicked.connect(self.browse)
        self.exportButton.clicked.connect(self.run_export)
        self.copyLabel.setText(
            tr(
                "The whole store — every layer, the audit trail and the plan settings — can be copied to a "
                "new GeoPackage or to a schema on a PostGIS server (to share it, or to keep a snapshot)."
            )
        )
        self.copyStoreButton.setText(tr("Copy monitoring store…"))
        self.copyStoreButton.setToolTip(tr("Copy the open store to a new GeoPackage or PostGIS schema"))
        self.copyStoreButton.clicked.connect(lambda _checked=False: self.copy_store_requested.emit())
        self.set_store(None)

    # what is chosen
    def kind(self) -> str:
        return self.datasetCombo.currentData()

    def set_kind(self, kind: str) -> None:
        self.datasetCombo.setCurrentIndex(self.datasetCombo.findData(kind))

    def lpa(self) -> Optional[str]:
        return self.lpaCombo.currentData() or None

    def set_lpa(self, code: Optional[str]) -> None:
        self.lpaCombo.setCurrentIndex(max(0, self.lpaCombo.findData(code or "")))

    def path(self) -> str:
        return self.fileEdit.text().strip()

    # following the store
    def set_store(self, store: Optional[Store]) -> None:
        self._store = store
        self.lpaCombo.blockSignals(True)
        self.lpaCombo.clear()
        self.lpaCombo.addItem(tr("All authorities of the plan"), "")
        if store is not None:
            try:
                lpas = store.plan_settings().get("lpas") or []
            except Exception:  # noqa: BLE001 - a store that cannot be read shows no authorities
                lpas = []
            for authority in lpas:
                code = authority.get("code")
                if code:
                    self.lpaCombo.addItem("{} ({})".format(authority.get("name") or code, code), code)
        self.lpaCombo.blockSignals(False)
        for widget in (
            self.datasetCombo,
            self.lpaCombo,
            self.fileEdit,
            self.browseButton,
            self.exportButton,
            self.copyStoreButton,
        ):
            widget.setEnabled(store is not None)
        self.resultLabel.setText(
            "" if store is not None else tr("Open a monitoring store to export from it.")
        )
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        self.descriptionLabel.setText(kind_descriptions().get(self.kind(), ""))
        self._suggest_file()

    def _suggest_file(self, *_args) -> None:
        if self._store is None:
            return
        folder = user_settings.EXPORT_FOLDER.value()
        if not folder or not os.path.isdir(folder):
            folder = os.path.dirname(self._store.path) if os.path.isfile(self._store.path) else os.getcwd()
        name = "{}{}.csv".format(self.kind(), "-" + self.lpa() if self.lpa() else "")
        self.fileEdit.setText(os.path.join(folder, name))

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Export to"), self.path(), tr("CSV files (*.csv)")
        )
        if path:
            if not path.lower().endswith(".csv"):
                path += ".csv"
            self.fileEdit.setText(path)

    # exporting
    def run_export(self) -> bool:
        """Write the chosen export; True when written. The result (or the reason) is shown below."""
        if self._store is None:
            return False
        path = self.path()
        if not path:
            self._show(html.escape(tr("Choose a CSV file to write.")), error=True)
            return False
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            if self.kind() == BROWNFIELD_REGISTER:
                rows = exports.export_brownfield_register(
                    self._store, path, self.lpa(), parameter=tr("The export file")
                )
            else:
                rows = exports.export_planning_data(
                    self._store, path, self.kind(), self.lpa(), parameter=tr("The export file")
                )
        except Exception as exc:  # noqa: BLE001 - shown to the officer, whatever went wrong
            self._show(html.escape(tr("Export failed: {}").format(exc)), error=True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        user_settings.EXPORT_FOLDER.set_value(os.path.dirname(os.path.abspath(path)))
        link = QUrl.fromLocalFile(os.path.dirname(os.path.abspath(path))).toString()
        self._show(
            tr('{rows} rows written to {path}. <a href="{link}">Open the folder</a>').format(
                rows=format_number(rows), path=html.escape(path), link=html.escape(link, quote=True)
            )
        )
        self.exported.emit(path, rows)
        return True

    def _show(self, text: str, error: bool = False) -> None:
        self.resultLabel.setStyleSheet("color: #c92a2a;" if error else "")
        self.resultLabel.setText(text)
