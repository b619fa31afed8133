"""What the plugin's background jobs (tagging, import, figures, report, copy) share."""

from qgis.core import QgsTask


class PluginTask(QgsTask):
    """A cancellable QgsTask whose ``run()`` leaves an officer-readable ``message``. ``finished()`` (on
    the main thread) reports the outcome once through ``emit_outcome(ok)``; a task cancelled before
    ``run()`` started says ``cancelled_message()``, as nothing was read or written."""

    def __init__(self, description: str):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.message = ""
        self._reported = False

    def cancelled_message(self) -> str:
        raise NotImplementedError

    def emit_outcome(self, ok: bool) -> None:
        raise NotImplementedError

    def finished(self, result: bool) -> None:
        if not result and not self.message:
            self.message = self.cancelled_message()
        if not self._reported:
            self._reported = True
            self.emit_outcome(bool(result))
