"""The Review dock's Tag store button: the automatic tagging run as a background task (TagTask), its
progress bar and Cancel in the dock, and the queue read again when it ends.

``TagRun`` is a part of ReviewPanel: it uses the panel's store (``_store``), the panel's ``_state`` (so
the task is cancelled when the dock is deleted), the progress bar, Cancel button and status label,
``tell``, ``_end_picking``, ``_update_buttons`` and ``_after_change``.
"""

from typing import Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt import sip

from ..core.tagging import TagCounts, current_user
from ..core.translation import tr
from .tag_task import TagTask


class TagRun:
    """Tag store in the background, for ReviewPanel (see the module's docstring)."""

    def run_tagging(self) -> Optional[TagTask]:
        """Tag the store as a QgsTask: progress in the dock, Cancel beside it, QGIS stays responsive."""
        if self._store is None or self.task is not None:
            return None
        self._end_picking()
        task = TagTask(self._store, "both", current_user())
        task.progressChanged.connect(self._on_progress)
        task.tagged.connect(self._on_tagged)
        self.task = task
        self._state["task"] = task
        self.progressBar.setValue(0)
        self.progressBar.setVisible(True)
        self.cancelButton.setVisible(True)
        self.cancelButton.setEnabled(True)
        self.statusLabel.setText(tr("Tagging…"))
        self._update_buttons()
        QgsApplication.taskManager().addTask(task)
        return task

    def _on_progress(self, value: float) -> None:
        if not sip.isdeleted(self.progressBar):
            self.progressBar.setValue(int(value))

    def cancel_tagging(self) -> None:
        if self.task is not None:
            self.cancelButton.setEnabled(False)
            self.statusLabel.setText(tr("Cancelling…"))
            self.task.cancel()

    def _on_tagged(self, ok: bool, counts: Optional[TagCounts], message: str) -> None:
        self.task = None
        self._state["task"] = None
        self.progressBar.setVisible(False)
        self.cancelButton.setVisible(False)
        if ok:
            self.last_counts = counts
        self.tell(message, Qgis.MessageLevel.Success if ok else Qgis.MessageLevel.Warning)
        self._after_change()
