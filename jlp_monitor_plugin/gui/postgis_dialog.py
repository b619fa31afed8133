"""Choose a monitoring store on PostGIS through one of QGIS's saved PostgreSQL connections.

The connection's login stays where QGIS keeps it (its authentication database, a service file, or the
session): the store text this dialog gives back, which projects and logs see, never holds a password.
Used to open a store, to create one (a new schema with the standard's tables) and as the destination
of *Copy monitoring store…*.
"""

from typing import Optional

from qgis.PyQt.QtCore import QRegularExpression
from qgis.PyQt.QtGui import QRegularExpressionValidator
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..core import plan_settings as ps
from ..core import postgis, user_settings
from ..core.translation import tr
from . import load_ui

OPEN = "open"
CREATE = "create"
COPY = "copy"


class PostgisDialog(QDialog, load_ui("postgis_dialog.ui")):
    def __init__(self, mode: str = OPEN, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self.mode = mode
        titles = {
            OPEN: tr("Open monitoring store on PostGIS"),
            CREATE: tr("Create monitoring store on PostGIS"),
            COPY: tr("Copy monitoring store to PostGIS"),
        }
        intros = {
            OPEN: tr(
                "Open the store held in a schema of a PostgreSQL/PostGIS database that QGIS has a saved "
                "connection to."
            ),
            CREATE: tr("Create a new store: its tables, keys, checks and indexes are made in a new schema."),
            COPY: tr("Copy the open store, with its audit trail and plan settings, into a new schema."),
        }
        self.setWindowTitle(titles[mode])
        self.introLabel.setText(intros[mode])
        self.connectionLabel.setText(tr("Connection"))
        self.schemaLabel.setText(tr("Schema"))
        self.presetLabel.setText(tr("Plan settings"))
        self.connectionCombo.setToolTip(
            tr(
                "A PostgreSQL connection saved in QGIS (Browser panel ▸ PostgreSQL ▸ New Connection…); its "
                "login comes from QGIS's authentication database or service file, never from the project."
            )
        )
        self.schemaEdit.setToolTip(tr("Letters, digits and _ only, starting with a letter or _"))
        self.schemaEdit.setValidator(
            QRegularExpressionValidator(QRegularExpression(postgis.SCHEMA_NAME.pattern), self.schemaEdit)
        )
        self.schemaEdit.setText(user_settings.POSTGIS_SCHEMA.value() or user_settings.POSTGIS_SCHEMA.default)
        for name in ps.PRESETS:
            self.presetCombo.addItem(name, name)
        self.presetLabel.setVisible(mode == CREATE)
        self.presetCombo.setVisible(mode == CREATE)
        self.connectionCombo.addItems(postgis.saved_connections())
        remembered = self.connectionCombo.findText(user_settings.POSTGIS_CONNECTION.value())
        if remembered >= 0:
            self.connectionCombo.setCurrentIndex(remembered)
        if self.connectionCombo.count() == 0:
            self._show(
                tr(
                    "QGIS has no saved PostgreSQL connection. Add one in the Browser panel (PostgreSQL ▸ New "
                    "Connection…), then come back."
                ),
                error=True,
            )
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.schemaEdit.textChanged.connect(self._update_ok)
        self._update_ok()

    def connection(self) -> str:
        return self.connectionCombo.currentText()

    def schema(self) -> str:
        return self.schemaEdit.text().strip()

    def preset(self) -> str:
        return self.presetCombo.currentData() or "jlp"

    def store_text(self) -> str:
        """The STORE text for the chosen connection and schema (no password in it)."""
        return postgis.store_text_for_connection(self.connection(), self.schema())

    def _update_ok(self, *_args) -> None:
        ok = bool(self.connection()) and bool(postgis.SCHEMA_NAME.match(self.schema()))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        try:
            self.text = self.store_text()
        except ValueError as exc:
            self._show(str(exc), error=True)
            return
        user_settings.POSTGIS_SCHEMA.set_value(self.schema())
        user_settings.POSTGIS_CONNECTION.set_value(self.connection())
        super().accept()

    def _show(self, text: str, error: bool = False) -> None:
        self.messageLabel.setStyleSheet("color: #c92a2a;" if error else "")
        self.messageLabel.setText(text)
