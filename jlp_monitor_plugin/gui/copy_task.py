"""Copying the monitoring store in the background (GeoPackage ⇄ PostGIS), cancellable."""

import logging
from typing import Optional

from qgis.PyQt.QtCore import pyqtSignal

from ..core.store import Store
from ..core.store_copy import CopyCancelledError, CopyResult, copy_store
from ..core.translation import tr
from .plugin_task import PluginTask

LOG = logging.getLogger(__name__)


class CopyTask(PluginTask):
    """``copied(ok, destination store text, message)`` is emitted on the main thread when it ends."""

    copied = pyqtSignal(bool, str, str)

    def __init__(self, store: Store, destination: str):
        super().__init__(tr("Copying {}").format(store.name))
        self.store_path = store.path
        self.destination = destination
        self.result_value: Optional[CopyResult] = None

    def run(self) -> bool:
        try:
            self.result_value = copy_store(Store(self.store_path), self.destination, feedback=self)
        except CopyCancelledError as exc:
            self.message = str(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - reported to the officer
            LOG.exception("Copying %s to %s failed", self.store_path, self.destination)
            self.message = tr("The copy failed: {}").format(exc)
            return False
        counts = self.result_value.counts
        self.message = tr("Copied to {destination}: {rows} rows in {layers} layers.").format(
            destination=self.result_value.destination.path, rows=sum(counts.values()), layers=len(counts)
        )
        if self.result_value.left_out:
            self.message += " " + tr("Not copied (outside the standard): {}.").format(
                ", ".join(self.result_value.left_out)
            )
        return True

    def cancelled_message(self) -> str:
        return tr("The copy was cancelled; nothing was copied.")

    def emit_outcome(self, ok: bool) -> None:
        destination = self.result_value.destination.path if self.result_value is not None else ""
        self.copied.emit(ok, destination, self.message)
