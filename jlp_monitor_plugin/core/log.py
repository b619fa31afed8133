"""One logging setup: Python logging forwarded to QgsMessageLog under the plugin's tag.

Modules call ``logging.getLogger(__name__)``; everything under ``jlp_monitor_plugin`` reaches the
"JLP Monitor" tab of the QGIS log panel.
"""

import logging

from qgis.core import Qgis, QgsMessageLog

TAG = "JLP Monitor"
ROOT = __name__.split(".")[0]

_LEVELS = [
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.INFO, Qgis.MessageLevel.Info),
]


class QgsMessageLogHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            level = next((q for py, q in _LEVELS if record.levelno >= py), Qgis.MessageLevel.Info)
            QgsMessageLog.logMessage(self.format(record), TAG, level, notifyUser=False)
        except Exception:  # noqa: BLE001 - logging must never raise
            self.handleError(record)


def setup_logging(level: int = logging.INFO) -> logging.Logger:
    """Attach the QgsMessageLog handler to the plugin's root logger once."""
    logger = logging.getLogger(ROOT)
    if not any(isinstance(h, QgsMessageLogHandler) for h in logger.handlers):
        handler = QgsMessageLogHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)
    return logger


def teardown_logging() -> None:
    logger = logging.getLogger(ROOT)
    for handler in [h for h in logger.handlers if isinstance(h, QgsMessageLogHandler)]:
        logger.removeHandler(handler)
