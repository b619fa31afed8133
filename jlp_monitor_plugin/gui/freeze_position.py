"""Freezing a housing position from the Changes tab (issue 11): a small dialog (label, note, the dock's
base date, a plain warning that a frozen position can never be changed) and the freeze as a QgsTask, so
QGIS stays responsive while the figures are computed and written."""

import datetime
import logging
from typing import Any, Optional

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.store import DATABASE_ERRORS, Store
from ..core.translation import tr
from .plugin_task import PluginTask

LOG = logging.getLogger(__name__)


class FreezePositionDialog(QDialog):
    """Asks for the label (required) and a note; shows the base date the position is frozen at."""

    def __init__(self, base_date: Optional[datetime.date], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Freeze a housing position"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.labelEdit = QLineEdit()
        self.labelEdit.setPlaceholderText(tr("e.g. Housing Position Statement 2024/25, published"))
        self.noteEdit = QPlainTextEdit()
        self.noteEdit.setMaximumHeight(90)
        self.baseDateLabel = QLabel(
            base_date.isoformat() if base_date is not None else tr("the default base date (latest 31 March)")
        )
        form.addRow(tr("Label"), self.labelEdit)
        form.addRow(tr("Note"), self.noteEdit)
        form.addRow(tr("Base date"), self.baseDateLabel)
        layout.addLayout(form)
        warning = QLabel(
            tr("A frozen position is a permanent record of the figures at this base date: it can never be "
               "changed or deleted. Later edits to the store do not alter it.")
        )  # fmt: skip
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.freezeButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.freezeButton.setText(tr("Freeze"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.labelEdit.textChanged.connect(self._update_button)
        self._update_button()

    def _update_button(self, *_args) -> None:
        self.freezeButton.setEnabled(bool(self.label()))

    def label(self) -> str:
        return self.labelEdit.text().strip()

    def note(self) -> str:
        return self.noteEdit.toPlainText().strip()


class FreezeTask(PluginTask):
    """Freezes a position of the store at ``base_date`` (None: the default). ``frozen(ok, message)`` is
    emitted on the main thread when it ends; ``position`` is the new position when ok."""

    frozen = pyqtSignal(bool, str)

    def __init__(self, store: Store, base_date: Optional[datetime.date], label: str, note: str):
        super().__init__(tr("Freezing a position of {}").format(store.name))
        self.store_path = store.path
        self.where = store.where
        self.base_date = base_date
        self.label = label
        self.note = note
        self.position: Any = None

    def run(self) -> bool:
        from ..core.monitoring import MonitoringError, pandas_available
        from ..core.positions import PositionError, freeze_position

        ok, message = pandas_available()
        if not ok:
            self.message = message
            return False
        self.setProgress(10)
        try:
            self.position = freeze_position(Store(self.store_path), self.base_date, self.label, self.note)
        except (MonitoringError, PositionError) as exc:
            self.message = tr("The position was not frozen: {}").format(exc)
            return False
        except DATABASE_ERRORS as exc:
            self.message = tr("The position could not be written to {}: {}; nothing was written.").format(
                self.where, exc
            )
            return False
        except Exception as exc:  # noqa: BLE001 - reported to the officer
            LOG.exception("Freezing a position of %s failed", self.store_path)
            self.message = tr("The position was not frozen: {}").format(exc)
            return False
        self.setProgress(100)
        position = self.position
        self.message = tr("Froze position {id} “{label}” at base date {date} ({rows} figure rows).").format(
            id=position.position_id,
            label=position.label,
            date=position.base_date.isoformat(),
            rows=position.counts.get("figure_rows"),
        )
        return True

    def cancelled_message(self) -> str:
        return tr("The freeze was cancelled; nothing was written.")

    def emit_outcome(self, ok: bool) -> None:
        self.frozen.emit(ok, self.message)
