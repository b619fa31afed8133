"""The import dialog's background job: ``ImportTask`` runs ``import_table`` (a dry run first, then the
import) in a QgsTask on its own Store and source, with progress and cancel."""

import logging
import os
from typing import Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import pyqtSignal

from ..core.importing import (
    ImportCancelled,
    ImportFailed,
    ImportOptions,
    ImportReport,
    SourceError,
    SourceTable,
    import_table,
)
from ..core.store import Store
from ..core.store_base import StoreError
from ..core.translation import tr
from .plugin_task import PluginTask

LOG = logging.getLogger(__name__)


class ImportTask(PluginTask):
    """Runs ``import_table`` in a worker thread on its own Store and source; one transaction, so a
    cancel or a failure leaves the store as it was. ``done(ok, report, message)`` on the main thread."""

    done = pyqtSignal(bool, object, str)

    def __init__(
        self, store_path: str, source, options: ImportOptions, rejects_path: str, dry_run: bool = False
    ):
        title = tr("Checking {}") if dry_run else tr("Importing {}")
        super().__init__(title.format(os.path.basename(str(source[0]))))
        self.dry_run = dry_run
        self.store_path = store_path
        self.source = source  # (uri, provider, name): the worker opens its own layer
        self.options = options
        self.rejects_path = rejects_path
        self.report: Optional[ImportReport] = None

    def run(self) -> bool:
        uri, provider, name = self.source
        try:
            layer = QgsVectorLayer(uri, name, provider)
            table = SourceTable.open(layer if layer.isValid() else uri)
            self.report = import_table(
                table,
                Store(self.store_path),
                self.options,
                None if self.dry_run else self.rejects_path,
                feedback=self,
                rejects_parameter=tr("The rejects file"),
                dry_run=self.dry_run,
            )
        except ImportCancelled:
            self.message = tr("The import was cancelled; the store was left as it was.")
            return False
        except (ImportFailed, SourceError, StoreError) as exc:
            self.message = str(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - reported to the officer; the transaction rolled back
            LOG.exception("Import into %s failed", self.store_path)
            self.message = tr("The import failed; the store was left as it was. {}").format(exc)
            return False
        self.message = self.report.summary()
        return True

    def cancelled_message(self) -> str:
        return tr("The import was cancelled; the store was left as it was.")

    def emit_outcome(self, ok: bool) -> None:
        self.done.emit(ok, self.report, self.message)
