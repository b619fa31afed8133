""" "Retag…" and "History" for any permission or completion, from the map: QgsMapLayerActions on the
project's permissions and completions layers of the open store. QGIS offers them in the identify
results, the attribute table and the feature form, so a tag is changed through the audited decision
path (reason, audit row, lock) and not by editing ``site_ref``, which the layers' forms keep read-only."""

from typing import Callable, List, Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsGui, QgsMapLayerAction
from qgis.PyQt.QtCore import QObject

from ..compat import map_layer_action_single_feature
from ..core import schema
from ..core.project import TAGGED_LAYERS, protect_tag_fields, store_layer_name
from ..core.review import feature_key
from ..core.translation import tr
from ..resources import icon

RETAG = "retag"
HISTORY = "history"
EVIDENCE = "evidence"


class FeatureActions(QObject):
    """Keeps a Retag… and a History action registered for each of the store's permissions and
    completions layers in the project; ``handler(kind, layer_name, key)`` does the work."""

    def __init__(self, handler: Callable[[str, str, str], None], parent: Optional[QObject] = None):
        super().__init__(parent)
        self.setObjectName("JLPMonitorFeatureActions")
        self.handler = handler
        self.store_path: Optional[str] = None
        self.actions: List[QgsMapLayerAction] = []

    def set_store(self, store) -> None:
        self.store_path = store.path if store is not None else None
        self.update()

    def update(self, *_args) -> None:
        """Register the actions for the store's layers now in the project (and protect their tag
        fields); called when the store, or the project's layers, change."""
        self.clear()
        if self.store_path is None:
            return
        for layer in QgsProject.instance().mapLayers().values():
            if not isinstance(layer, QgsVectorLayer):
                continue
            name = store_layer_name(layer, self.store_path)
            if name in (schema.ALLOCATIONS, schema.PERMISSIONS):
                self._add(layer, name, EVIDENCE, tr("Site evidence…"), "monitoring")
            if name not in TAGGED_LAYERS:
                continue
            protect_tag_fields(layer, name)
            for kind, text, icon_name in (
                (RETAG, tr("Retag…"), "review"),
                (HISTORY, tr("Tag history"), "review"),
            ):
                action = QgsMapLayerAction(
                    text, self, layer, map_layer_action_single_feature(), icon(icon_name)
                )
                action.setObjectName("JLPMonitor{}Action".format(kind.capitalize()))
                action.triggeredForFeature.connect(
                    lambda _layer, feature, kind=kind, name=name: self.handler(
                        kind, name, feature_key(feature, name)
                    )
                )
                QgsGui.mapLayerActionRegistry().addMapLayerAction(action)
                self.actions.append(action)

    def _add(self, layer: QgsVectorLayer, name: str, kind: str, text: str, icon_name: str) -> None:
        action = QgsMapLayerAction(text, self, layer, map_layer_action_single_feature(), icon(icon_name))
        action.setObjectName("JLPMonitor{}Action".format(kind.capitalize()))
        key_field = "site_ref" if name == schema.ALLOCATIONS else None
        action.triggeredForFeature.connect(
            lambda _layer, feature, kind=kind, name=name: self.handler(
                kind, name, feature[key_field] if key_field else feature_key(feature, name)
            )
        )
        QgsGui.mapLayerActionRegistry().addMapLayerAction(action)
        self.actions.append(action)

    def actions_for(self, layer: QgsVectorLayer) -> List[QgsMapLayerAction]:
        """The plugin's actions QGIS offers for ``layer`` (as the identify results list them)."""
        return [a for a in QgsGui.mapLayerActionRegistry().mapLayerActions(layer) if a in self.actions]

    def clear(self) -> None:
        registry = QgsGui.mapLayerActionRegistry()
        for action in self.actions:
            registry.removeMapLayerAction(action)
            action.deleteLater()
        self.actions = []
