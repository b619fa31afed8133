"""The Reports section of the Monitoring and Reports dock: choose a template, formats, a folder and a
base date; Run makes the report in the background (``ReportTask``); open the result, or open the
report's maps as print layouts to adjust them with QGIS's own layout tools."""

import datetime
import html
import os
from typing import Any, Callable, Optional

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QDate, QEventLoop, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QCursor, QDesktopServices
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QWidget

from ..core import reports, user_settings
from ..core.monitoring import periods
from ..core.monitoring.inputs import read_inputs
from ..core.monitoring.settings import PLAN, read_settings
from ..core.reports import templates
from ..core.store import Store
from ..core.translation import tr
from . import load_ui
from .monitoring_task import MonitoringTask
from .report_task import ReportTask


def template_descriptions():
    return {
        "housing_monitoring_report": tr(
            "The housing chapter of the Authority Monitoring Report: headline figures, completions by "
            "year and area, trajectory, requirement, five-year supply, HDT, site schedules, lapsed "
            "permissions, data quality and maps."
        ),
        "site_schedule": tr("Progress on each allocated site, a section and a map per council."),
        "five_year_supply_statement": tr(
            "The Housing Position Statement: the five-year housing land supply step by step, the HDT "
            "and the trajectory."
        ),
    }


def format_labels():
    return {
        "html": (tr("HTML"), tr("A web page with everything in it (images included): publish or e-mail it")),
        "pdf": (
            tr("PDF"),
            tr(
                "A4 with page numbers, a running header and bookmarks, for printing. It is not tagged "
                "for screen readers: to publish, use the HTML, or a PDF saved from the DOCX in Word"
            ),
        ),
        "odt": (tr("ODT"), tr("OpenDocument text: opens in Word and LibreOffice for editing")),
        "docx": (tr("DOCX"), tr("Word document (needs the python-docx package; otherwise choose ODT)")),
        "xlsx": (tr("XLSX"), tr("Every table of the report as a sheet of one spreadsheet")),
        "csv": (tr("CSV"), tr("Every table of the report as a CSV file, in a folder")),
    }


def pdf_note() -> str:
    """Said under a report with a PDF: what it is for (README "Reports", accessibility)."""
    return tr(
        "The PDF is for printing: it is not tagged for screen readers. To publish the report on a "
        "website, publish the HTML, or save the DOCX as PDF from Word."
    )


class ReportsPanel(QWidget, load_ui("reports_panel.ui")):
    """Make a monitoring report from the open store."""

    report_finished = pyqtSignal(bool, object, str)  # ok, reports.Report or None, message

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setupUi(self)
        self._store = None  # type: Optional[Store]
        self.task = None  # type: Optional[ReportTask]
        self.report = None  # type: Optional[reports.Report]
        # (store path, base date) → the MonitoringResult the Monitoring dock holds for them, or None
        self.result_source: Optional[Callable[[str, datetime.date], Any]] = None
        self.templateLabel.setText(tr("Template"))
        self.templateCombo.setToolTip(
            tr("The built-in templates, then your own .html.j2 files from the template folder")
        )
        self.templateFolderButton.setText("…")
        self.templateFolderButton.setToolTip(
            tr("Choose the folder of your own templates (jinja2 .html.j2 files, rendered in a sandbox)")
        )
        self.baseDateLabel.setText(tr("Base date"))
        self.baseDateEdit.setDisplayFormat("d MMMM yyyy")  # the one date style of the docks
        self.baseDateEdit.setToolTip(tr("The 31 March the report is made at (the end of a monitoring year)"))
        self.formatsLabel.setText(tr("Formats"))
        saved = user_settings.REPORT_FORMATS.value()
        chosen = [f for f in saved if f in reports.FORMATS] or user_settings.REPORT_FORMATS.default
        for fmt, (label, tip) in format_labels().items():
            box = self.format_box(fmt)
            box.setText(label)
            box.setToolTip(tip)
            box.setChecked(fmt in chosen)
        self.folderLabel.setText(tr("Folder"))
        self.folderEdit.setToolTip(
            tr("Where the report files are written (files of the same name are replaced)")
        )
        self.folderButton.setText("…")
        self.folderButton.setToolTip(tr("Choose the output folder"))
        self.runButton.setText(tr("Make report"))
        self.runButton.setToolTip(tr("Make the report in the background; QGIS stays usable"))
        self.cancelButton.setText(tr("Cancel"))
        self.cancelButton.setToolTip(tr("Stop making the report"))
        self.openButton.setText(tr("Open report"))
        self.openButton.setToolTip(tr("Open the report just made (PDF, else HTML, else the first file)"))
        self.openFolderButton.setText(tr("Open folder"))
        self.openFolderButton.setToolTip(tr("Open the folder the report was written to"))
        self.layoutButton.setText(tr("Open as print layout"))
        self.layoutButton.setToolTip(
            tr("Add the report's maps to the project's print layouts, to adjust them with QGIS's tools")
        )
        self.progressBar.setRange(0, 100)
        self.progressBar.setValue(0)
        self.progressBar.setVisible(False)
        self.templateCombo.currentIndexChanged.connect(self._template_changed)
        self.templateFolderButton.clicked.connect(self.choose_template_folder)
        self.folderButton.clicked.connect(self.browse)
        self.runButton.clicked.connect(self.run_report)
        self.cancelButton.clicked.connect(self.cancel)
        self.openButton.clicked.connect(self.open_result)
        self.openFolderButton.clicked.connect(self.open_folder)
        self.layoutButton.clicked.connect(self.open_print_layouts)
        self.set_base_date(periods.parse_base_date(None))
        self.refresh_templates()
        self.set_store(None)

    # -- what is chosen --------------------------------------------------------------------------------
    def format_box(self, fmt: str):
        return getattr(self, fmt + "Check")

    def formats(self):
        return [f for f in reports.FORMATS if self.format_box(f).isChecked()]

    def set_formats(self, formats) -> None:
        for fmt in reports.FORMATS:
            self.format_box(fmt).setChecked(fmt in formats)

    def template(self) -> str:
        return self.templateCombo.currentData() or reports.BUILT_IN[0]

    def base_date(self) -> datetime.date:
        value = self.baseDateEdit.date()
        return datetime.date(value.year(), value.month(), value.day())

    def set_base_date(self, day) -> None:
        if isinstance(day, str):
            day = periods.parse_base_date(day)
        self.baseDateEdit.setDate(QDate(day.year, day.month, day.day))

    def folder(self) -> str:
        return self.folderEdit.text().strip()

    def set_folder(self, folder: str) -> None:
        self.folderEdit.setText(folder)

    # -- templates -------------------------------------------------------------------------------------
    def refresh_templates(self) -> None:
        current = self.templateCombo.currentData()
        self.templateCombo.blockSignals(True)
        self.templateCombo.clear()
        for ref in reports.available_templates():
            label = ref.name.replace("_", " ").capitalize()
            if not ref.built_in:
                label = tr("{} (your template)").format(label)
            self.templateCombo.addItem(label, ref.name if ref.built_in else ref.path)
        self.templateCombo.blockSignals(False)
        index = self.templateCombo.findData(current) if current else 0
        self.templateCombo.setCurrentIndex(max(index, 0))
        self._template_changed()

    def _template_changed(self, *_args) -> None:
        data = self.templateCombo.currentData() or ""
        text = template_descriptions().get(data)
        if text is None:
            text = tr("Your template: {}").format(data)
        self.descriptionLabel.setText(text)

    def choose_template_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Folder of your report templates"), templates.user_folder() or os.getcwd()
        )
        if folder:
            templates.set_user_folder(folder)
            self.refresh_templates()

    # -- following the store ---------------------------------------------------------------------------
    def set_store(self, store: Optional[Store]) -> None:
        self._store = store
        ready = store is not None
        for widget in (self.runButton, self.layoutButton):
            widget.setEnabled(ready and self.task is None)
        if ready and not self.folder():
            saved = user_settings.REPORT_FOLDER.value()
            base = saved if saved and os.path.isdir(saved) else os.path.dirname(os.path.abspath(store.path))
            self.set_folder(os.path.join(base, "report"))
        self.cancelButton.setEnabled(self.task is not None)
        self._result_buttons()
        if not ready:
            self._show(html.escape(tr("Open a monitoring store to make its report.")))

    def _result_buttons(self) -> None:
        done = self.report is not None and bool(self.report.paths)
        self.openButton.setEnabled(done)
        self.openFolderButton.setEnabled(done)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Write the report to"), self.folder() or os.getcwd()
        )
        if folder:
            self.set_folder(folder)

    # -- running ---------------------------------------------------------------------------------------
    def run_report(self) -> Optional[ReportTask]:
        """Start the report task; None (with the reason shown) when it cannot start."""
        if self._store is None or self.task is not None:
            return None
        formats = self.formats()
        if not formats:
            self._show(html.escape(tr("Choose at least one format.")), error=True)
            return None
        if not self.folder():
            self._show(html.escape(tr("Choose a folder to write the report to.")), error=True)
            return None
        try:
            base = periods.parse_base_date(self.base_date())
        except periods.MonitoringError as exc:
            self._show(html.escape(str(exc)), error=True)
            return None
        user_settings.REPORT_FOLDER.set_value(os.path.dirname(self.folder()))
        user_settings.REPORT_FORMATS.set_value(formats)
        task = ReportTask(
            self._store, base.isoformat(), self.template(), formats, self.folder(), self._held_result(base)
        )
        task.progressChanged.connect(self._progress)
        task.reported.connect(self._finished)
        self.task = task
        self.report = None
        self.progressBar.setValue(0)
        self.progressBar.setVisible(True)
        self.runButton.setEnabled(False)
        self.layoutButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self._result_buttons()
        self._show(html.escape(tr("Making the report…")))
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, value: float) -> None:
        self.progressBar.setValue(int(value))

    def _finished(self, ok: bool, report, message: str) -> None:
        self.task = None
        self.report = report if ok else None
        self.progressBar.setVisible(False)
        self.cancelButton.setEnabled(False)
        self.runButton.setEnabled(self._store is not None)
        self.layoutButton.setEnabled(self._store is not None)
        self._result_buttons()
        if ok and report is not None:
            links = "<br>".join(
                '<a href="{}">{}</a>'.format(
                    QUrl.fromLocalFile(p).toString(), html.escape(os.path.basename(p))
                )
                for p in report.paths.values()
            )
            notes = "".join("<br>" + html.escape(m) for m in report.messages)
            if "pdf" in report.paths:
                notes += "<br>" + html.escape(pdf_note())
            self._show(html.escape(message) + "<br>" + links + notes)
        else:
            self._show(html.escape(message), error=True)
        self.report_finished.emit(ok, report, message)

    def _show(self, text: str, error: bool = False) -> None:
        self.resultLabel.setOpenExternalLinks(True)
        self.resultLabel.setText('<span style="color:#c92a2a">{}</span>'.format(text) if error else text)

    def _held_result(self, base: datetime.date) -> Any:
        """The Monitoring dock's figures of this store at ``base``, when it holds them."""
        if self.result_source is None or self._store is None:
            return None
        return self.result_source(self._store.path, base)

    def _compute_in_task(self, base: datetime.date) -> Any:
        """The figures at ``base`` computed in a background task (the store read here, as the Monitoring
        dock does), waited for in an event loop so QGIS keeps drawing. Raises MonitoringError."""
        settings = read_settings(self._store.plan_settings())
        task = MonitoringTask(self._store, base, read_inputs(self._store), settings)
        outcome = []
        loop = QEventLoop()

        def computed(ok, result, _inputs, message):
            outcome.append((ok, result, message))
            loop.quit()

        task.computed.connect(computed)
        QgsApplication.taskManager().addTask(task)
        if not outcome:
            loop.exec()
        ok, result, message = outcome[0]
        if not ok:
            raise periods.MonitoringError(message)
        return result

    # -- results ---------------------------------------------------------------------------------------
    def result_path(self) -> Optional[str]:
        if self.report is None or not self.report.paths:
            return None
        for fmt in ("pdf", "html", "odt", "docx", "xlsx", "csv"):
            if fmt in self.report.paths:
                return self.report.paths[fmt]
        return None

    def open_result(self) -> bool:
        path = self.result_path()
        return bool(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def open_folder(self) -> bool:
        path = self.result_path()
        if not path:
            return False
        folder = path if os.path.isdir(path) else os.path.dirname(path)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def open_print_layouts(self, project: Optional[QgsProject] = None):
        """The report's maps as print layouts in the project (and the overview opened in the layout
        designer when QGIS is running); returns the layouts."""
        if self._store is None:
            return []
        from ..core.reports.maps import add_project_layouts
        from ..core.reports.tables import long_date

        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            if self.report is not None and self.report.site_pct:
                pct, base = self.report.site_pct, periods.parse_base_date(self.report.base_date)
            else:
                result = self._held_result(self.base_date()) or self._compute_in_task(self.base_date())
                pct, base = result.for_area(PLAN).pct_by_site, result.base_date
            layouts = add_project_layouts(self._store, pct, long_date(base), project or QgsProject.instance())
        except Exception as exc:  # noqa: BLE001 - shown to the officer
            self._show(html.escape(tr("The print layouts could not be made: {}").format(exc)), error=True)
            return []
        finally:
            QApplication.restoreOverrideCursor()
        self._show(
            html.escape(
                tr("{} print layouts added to the project (Project ▸ Layout Manager).").format(len(layouts))
            )
        )
        try:
            from qgis.utils import iface

            if iface is not None and layouts:
                iface.openLayoutDesigner(layouts[0])
        except Exception:  # noqa: BLE001 - no designer outside QGIS; the layouts are in the project
            pass
        return layouts
