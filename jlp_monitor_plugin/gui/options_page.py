"""The plugin's page in QGIS's Options dialog (Settings ▸ Options… ▸ JLP Monitor): the officer's own
settings (``core/user_settings.py``) shown and changed in one place. The plan settings, which every
officer of a store shares, stay in the Monitoring dock's Settings section."""

from typing import Dict, Optional

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import QRegularExpression
from qgis.PyQt.QtGui import QRegularExpressionValidator
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import postgis, reports, user_settings
from ..core.importing import field_map as fm
from ..core.translation import tr
from ..resources import icon
from .reports_panel import format_labels

OBJECT_NAME = "JLPMonitorOptionsPage"


class OptionsPage(QgsOptionsPageWidget):
    """The user settings as widgets; ``apply`` (QGIS calls it on OK) writes them."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        layout = QVBoxLayout(self)

        reports_box, form = self._group(tr("Reports"))
        self.templateFolder = self._folder_widget(
            tr("The folder of your own report templates (jinja2 .html.j2 files)")
        )
        form.addRow(tr("Template folder"), self.templateFolder)
        self.reportFolder = self._folder_widget(
            tr("Where new reports are written (a 'report' folder in it); by default beside the store")
        )
        form.addRow(tr("Report folder"), self.reportFolder)
        formats = QWidget()
        formats_layout = QHBoxLayout(formats)
        formats_layout.setContentsMargins(0, 0, 0, 0)
        self.format_boxes: Dict[str, QCheckBox] = {}
        labels = format_labels()
        for fmt in reports.FORMATS:
            label, tip = labels.get(fmt, (fmt.upper(), ""))
            box = QCheckBox(label)
            box.setToolTip(tip)
            formats_layout.addWidget(box)
            self.format_boxes[fmt] = box
        formats_layout.addStretch(1)
        form.addRow(tr("Report formats"), formats)
        layout.addWidget(reports_box)

        import_box, form = self._group(tr("Import and export"))
        self.importFolder = self._folder_widget(tr("The folder Import data… opens first"))
        form.addRow(tr("Import folder"), self.importFolder)
        self.exportFolder = self._folder_widget(
            tr("Where the Exports section suggests writing the CSV files")
        )
        form.addRow(tr("Export folder"), self.exportFolder)
        profiles = QWidget()
        profiles_layout = QHBoxLayout(profiles)
        profiles_layout.setContentsMargins(0, 0, 0, 0)
        self.profileList = QListWidget()
        self.profileList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.profileList.setToolTip(tr("Column mappings saved in the Import dialog"))
        self.profileList.setMaximumHeight(120)
        self.deleteProfileButton = QPushButton(tr("Delete"))
        self.deleteProfileButton.setToolTip(tr("Delete the selected profiles (when the options are saved)"))
        self.deleteProfileButton.clicked.connect(self.delete_selected_profiles)
        profiles_layout.addWidget(self.profileList, 1)
        profiles_layout.addWidget(self.deleteProfileButton)
        form.addRow(tr("Import profiles"), profiles)
        layout.addWidget(import_box)

        store_box, form = self._group(tr("Monitoring stores"))
        self.storeFolder = self._folder_widget(tr("The folder Open monitoring store… opens first"))
        form.addRow(tr("Store folder"), self.storeFolder)
        self.connectionCombo = QComboBox()
        self.connectionCombo.setToolTip(tr("The PostgreSQL connection offered first for a store on PostGIS"))
        form.addRow(tr("PostGIS connection"), self.connectionCombo)
        self.schemaEdit = QLineEdit()
        self.schemaEdit.setToolTip(tr("Letters, digits and _ only, starting with a letter or _"))
        self.schemaEdit.setValidator(
            QRegularExpressionValidator(QRegularExpression(postgis.SCHEMA_NAME.pattern), self.schemaEdit)
        )
        form.addRow(tr("PostGIS schema"), self.schemaEdit)
        layout.addWidget(store_box)
        layout.addStretch(1)
        self.load()

    @staticmethod
    def _group(title: str):
        box = QGroupBox(title)
        return box, QFormLayout(box)

    @staticmethod
    def _folder_widget(tip: str) -> QgsFileWidget:
        widget = QgsFileWidget()
        widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        widget.setToolTip(tip)
        return widget

    def _folders(self):
        return [
            (self.templateFolder, user_settings.TEMPLATE_FOLDER),
            (self.reportFolder, user_settings.REPORT_FOLDER),
            (self.importFolder, user_settings.IMPORT_FOLDER),
            (self.exportFolder, user_settings.EXPORT_FOLDER),
            (self.storeFolder, user_settings.STORE_FOLDER),
        ]

    def load(self) -> None:
        """Show the settings as stored."""
        for widget, setting in self._folders():
            widget.setFilePath(setting.value())
        chosen = user_settings.REPORT_FORMATS.value()
        for fmt, box in self.format_boxes.items():
            box.setChecked(fmt in chosen)
        self.profileList.clear()
        self.profileList.addItems(fm.profile_names())
        self.connectionCombo.clear()
        self.connectionCombo.addItem("", "")
        connection = user_settings.POSTGIS_CONNECTION.value()
        names = postgis.saved_connections()
        if connection and connection not in names:
            names.append(connection)  # remembered, though QGIS no longer has it: kept, not lost
        for name in names:
            self.connectionCombo.addItem(name, name)
        self.connectionCombo.setCurrentIndex(max(0, self.connectionCombo.findData(connection)))
        self.schemaEdit.setText(user_settings.POSTGIS_SCHEMA.value())

    def delete_selected_profiles(self) -> None:
        for item in self.profileList.selectedItems():
            self.profileList.takeItem(self.profileList.row(item))

    def apply(self) -> None:
        """Write the settings (QGIS calls this when the Options dialog is accepted)."""
        for widget, setting in self._folders():
            setting.set_value(widget.filePath().strip())
        formats = [fmt for fmt, box in self.format_boxes.items() if box.isChecked()]
        if formats:
            user_settings.REPORT_FORMATS.set_value(formats)
        else:
            user_settings.REPORT_FORMATS.remove()  # none chosen: back to the defaults
        kept = {self.profileList.item(i).text() for i in range(self.profileList.count())}
        for name in fm.profile_names():
            if name not in kept:
                fm.delete_profile(name)
        user_settings.POSTGIS_CONNECTION.set_value(self.connectionCombo.currentData() or "")
        schema = self.schemaEdit.text().strip()
        if postgis.SCHEMA_NAME.match(schema):
            user_settings.POSTGIS_SCHEMA.set_value(schema)
        else:
            user_settings.POSTGIS_SCHEMA.remove()


class OptionsFactory(QgsOptionsWidgetFactory):
    """Makes the page each time QGIS opens its Options dialog."""

    def __init__(self):
        super().__init__(tr("JLP Monitor"), icon("jlp_monitor"))

    def createWidget(self, parent: Optional[QWidget] = None) -> OptionsPage:
        return OptionsPage(parent)
