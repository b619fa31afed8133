"""Tagging the store in the background (a QgsTask), so QGIS stays responsive and the officer can cancel."""

import logging
from typing import Optional

from qgis.PyQt.QtCore import pyqtSignal

from ..core.store import Store
from ..core.tagging import TagCounts, TaggingCancelledError, tag_store
from ..core.translation import tr
from .plugin_task import PluginTask

LOG = logging.getLogger(__name__)


class TagTask(PluginTask):
    """Runs ``tag_store`` on the store's file in a worker thread; one transaction, so a cancel or a
    failure leaves the store as it was.

    ``tagged(ok, counts, message)`` is emitted on the main thread when the task ends, cancelled included.
    """

    tagged = pyqtSignal(bool, object, str)

    def __init__(self, store: Store, targets: str = "both", user: Optional[str] = None):
        super().__init__(tr("Tagging {}").format(store.name))
        self.store_path = store.path
        self.targets = targets
        self.user = user
        self.counts: Optional[TagCounts] = None

    def run(self) -> bool:
        # A Store of its own: nothing is shared with the main thread but the file's path.
        store = Store(self.store_path)
        try:
            # The task is its own feedback: tag_store asks isCanceled() and reports setProgress().
            self.counts = tag_store(store, self.targets, feedback=self, user=self.user)
        except TaggingCancelledError:
            self.message = tr("Tagging was cancelled; the store was left as it was.")
            return False
        except Exception as exc:  # noqa: BLE001 - reported to the officer; the transaction rolled back
            LOG.exception("Tagging %s failed", self.store_path)
            self.message = tr("Tagging failed; the store was left as it was. {}").format(exc)
            return False
        self.message = tr(
            "Tagging done: {tagged} tagged, {review} to review, {untagged} untagged, {unchanged} unchanged."
        ).format(**self.counts._asdict())
        return True

    def cancelled_message(self) -> str:
        return tr("Tagging was cancelled; the store was left as it was.")

    def emit_outcome(self, ok: bool) -> None:
        self.tagged.emit(ok, self.counts, self.message)
