"""Run by QGIS from the throw-away profile before plugins load: records every message-log entry
(Python errors included) to $JLP_E2E_LOG so the end-to-end test can read them."""

import os

from qgis.core import QgsApplication

_LOG_PATH = os.environ.get("JLP_E2E_LOG")


def _record(message, tag, level):
    with open(_LOG_PATH, "a", encoding="utf-8") as handle:
        handle.write("{}\t{}\t{}\n".format(tag, int(level), message.replace("\n", "\\n")))


if _LOG_PATH:
    QgsApplication.messageLog().messageReceived.connect(_record)
