"""Computing the monitoring figures in the background (a QgsTask), so QGIS stays responsive and the officer
can cancel."""

import datetime
import logging
from typing import Any, Optional

from qgis.PyQt.QtCore import pyqtSignal

from ..core.monitoring_year import latest_base_date
from ..core.store import Store
from ..core.translation import tr
from .plugin_task import PluginTask

LOG = logging.getLogger(__name__)


def default_base_date(latest_year: Optional[int], today: datetime.date) -> datetime.date:
    """The latest 31 March on or before ``today``, or the end of the store's latest monitoring year with
    completions when that is earlier (a store not yet brought up to date shows its own last year)."""
    latest = latest_base_date(today)
    if latest_year is None:
        return latest
    return min(latest, datetime.date(latest_year + 1, 3, 31))


class MonitoringTask(PluginTask):
    """Computes the figures at ``base_date`` (None: the default base date, chosen from the data) from
    ``inputs`` and ``settings`` already read from the store on the main thread: opening GeoPackage layers
    in a worker thread while QGIS reads a project can deadlock (seen with QGIS 3.22), so the worker only
    computes (pandas), from plain records.

    ``computed(ok, result, inputs, message)`` is emitted on the main thread when the task ends,
    cancelled included; ``result`` is a ``MonitoringResult`` when ok.
    """

    computed = pyqtSignal(bool, object, object, str)

    def __init__(
        self,
        store: Store,
        base_date: Optional[datetime.date],
        inputs: Any,
        settings: Any,
        today: Optional[datetime.date] = None,
    ):
        super().__init__(tr("Monitoring figures of {}").format(store.name))
        self.store_path = store.path
        self.base_date = base_date
        self.inputs = inputs
        self.settings = settings
        self.today = today or datetime.date.today()
        self.result: Any = None

    def run(self) -> bool:
        from ..core.monitoring import MonitoringError, pandas_available

        ok, message = pandas_available()
        if not ok:
            self.message = message
            return False
        try:
            from ..core.monitoring import compute

            self.setProgress(10)
            if self.isCanceled():
                return self._cancelled()
            base = self.base_date
            if base is None:
                years = [c.year for c in self.inputs.completions]
                base = default_base_date(max(years) if years else None, self.today)
            self.result = compute.compute_from_inputs(self.inputs, self.settings, base)
            if self.isCanceled():
                return self._cancelled()
            self.setProgress(100)
        except MonitoringError as exc:
            self.message = str(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - reported to the officer in the dock
            LOG.exception("Monitoring figures of %s failed", self.store_path)
            self.message = tr("The monitoring figures could not be computed: {}").format(exc)
            return False
        return True

    def _cancelled(self) -> bool:
        self.message = tr("Computing the figures was cancelled.")
        self.result = None
        return False

    def cancelled_message(self) -> str:
        return tr("Computing the figures was cancelled.")

    def emit_outcome(self, ok: bool) -> None:
        self.computed.emit(ok, self.result if ok else None, self.inputs, self.message)
