"""Making a report in the background (a QgsTask), so QGIS stays responsive and the officer can cancel."""

import logging
from typing import Any, Optional, Sequence

from qgis.PyQt.QtCore import pyqtSignal

from ..core import reports
from ..core.store import Store
from ..core.translation import tr
from .plugin_task import PluginTask

LOG = logging.getLogger(__name__)


class ReportTask(PluginTask):
    """Runs ``reports.make_report`` on the store's file in a worker thread (maps, charts and documents
    are drawn there: nothing is shared with the main thread but paths, plain values and ``result``, the
    Monitoring dock's figures at the same base date when it holds them, only read).

    ``reported(ok, report, message)`` is emitted on the main thread when the task ends, cancelled
    included; ``report`` is a ``reports.Report`` or None.
    """

    reported = pyqtSignal(bool, object, str)

    def __init__(
        self,
        store: Store,
        base_date: Optional[str],
        template: str,
        formats: Sequence[str],
        folder: str,
        result: Any = None,
    ):
        super().__init__(tr("Monitoring report from {}").format(store.name))
        self.store_path = store.path
        self.base_date = base_date
        self.template = template
        self.formats = list(formats)
        self.folder = folder
        self.result = result  # the Monitoring dock's figures at this base date, reused (read only)
        self.report = None  # type: Optional[reports.Report]

    def run(self) -> bool:
        store = Store(self.store_path)
        try:
            # The task is its own feedback: make_report asks isCanceled() and reports setProgress().
            self.report = reports.make_report(
                store,
                self.base_date,
                self.template,
                self.formats,
                self.folder,
                feedback=self,
                parameter=tr("The report folder"),
                result=self.result,
            )
        except reports.ReportCancelledError:
            self.message = tr("The report was cancelled.")
            return False
        except reports.ReportError as exc:
            self.message = str(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - reported to the officer
            LOG.exception("The report of %s failed", self.store_path)
            self.message = tr("The report failed: {}").format(exc)
            return False
        self.message = tr("Report written in {:.1f} s: {}").format(
            self.report.seconds, ", ".join(self.report.paths)
        )
        return True

    def cancelled_message(self) -> str:
        return tr("The report was cancelled.")

    def emit_outcome(self, ok: bool) -> None:
        self.reported.emit(ok, self.report, self.message)
