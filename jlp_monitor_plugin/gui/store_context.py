"""The monitoring store the officer is working on, shared by every dock."""

from typing import Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.store import Store


class StoreContext(QObject):
    """Holds the current store; docks follow ``storeChanged`` instead of asking the plugin."""

    # object, not Store: PyQt signals cannot carry None through a Python class type.
    storeChanged = pyqtSignal(object)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._store: Optional[Store] = None

    @property
    def store(self) -> Optional[Store]:
        return self._store

    def set_store(self, store: Optional[Store]) -> None:
        self._store = store
        self.storeChanged.emit(store)

    def clear(self) -> None:
        self.set_store(None)
