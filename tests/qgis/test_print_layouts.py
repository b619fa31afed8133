"""Reports ▸ Open as print layout (issue 14, item 1): the layouts the plugin adds belong to the project's
layout manager and draw only live layers of the project, so they outlive the panel that made them —
no crash in the legend when QGIS draws them later (in the layout designer)."""

import gc

from qgis.core import QgsLayoutExporter, QgsLayoutItemLegend, QgsLayoutItemMap, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QSize
from qgis.PyQt.QtGui import QColor
from test_reports import BASE, build_store


def _drawn_pixels(image, box=None):
    """How many pixels of ``image`` (or of ``box`` = (x, y, w, h) in it) are not white."""
    x0, y0, w, h = box or (0, 0, image.width(), image.height())
    count = 0
    for y in range(y0, min(y0 + h, image.height()), 2):
        for x in range(x0, min(x0 + w, image.width()), 2):
            if QColor(image.pixel(x, y)).lightness() < 235:
                count += 1
    return count


def test_print_layouts_outlive_the_panel_and_draw_their_map_and_legend(qgis_app, tmp_path):
    from jlp_monitor_plugin.gui.reports_panel import ReportsPanel

    store = build_store(tmp_path)
    project = QgsProject.instance()
    project.clear()
    panel = ReportsPanel()
    panel.set_store(store)
    panel.set_base_date(BASE)
    made = panel.open_print_layouts(project)
    assert len(made) == 4
    names = [layout.name() for layout in made]
    del made
    panel.close()
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    del panel
    for _ in range(3):
        gc.collect()

    manager = project.layoutManager()
    assert [layout.name() for layout in manager.layouts()] == names
    project_layers = set(project.mapLayers().values())
    for name in names:
        layout = manager.layoutByName(name)
        gc.collect()
        maps = [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]
        legends = [item for item in layout.items() if isinstance(item, QgsLayoutItemLegend)]
        assert len(maps) == 1 and len(legends) == 1
        # Every layer drawn or listed is one of the project's own, live layers.
        assert maps[0].layers() and set(maps[0].layers()) <= project_layers
        legend = legends[0]
        tree_layers = [node.layer() for node in legend.model().rootGroup().findLayers()]
        assert tree_layers and set(tree_layers) <= project_layers
        legend.refresh()
        legend.adjustBoxSize()
        image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 96)
        assert not image.isNull()
        # The map frame holds the coloured sites and council areas, the legend its symbols and labels.
        frame = maps[0].sceneBoundingRect()
        scale = image.width() / layout.pageCollection().page(0).rect().width()
        map_box = tuple(int(v * scale) for v in (frame.x(), frame.y(), frame.width(), frame.height()))
        assert _drawn_pixels(image, map_box) > 500, name
        box = legend.sceneBoundingRect()
        legend_box = tuple(int(v * scale) for v in (box.x(), box.y(), box.width(), box.height()))
        assert legend_box[2] > 20 and _drawn_pixels(image, legend_box) > 50, name

    # Saved with the project and read back, each legend keeps its own two layers.
    path = str(tmp_path / "with_layouts.qgz")
    assert project.write(path)
    project.clear()
    assert project.read(path)
    assert sorted(layout.name() for layout in project.layoutManager().layouts()) == sorted(names)
    for layout in project.layoutManager().layouts():
        legend = next(item for item in layout.items() if isinstance(item, QgsLayoutItemLegend))
        assert len(legend.model().rootGroup().findLayers()) == 2
        assert not QgsLayoutExporter(layout).renderPageToImage(0, QSize(300, 300)).isNull()
    # Made again: the earlier layouts and their layers are replaced, not doubled.
    panel = ReportsPanel()
    panel.set_store(store)
    panel.set_base_date(BASE)
    assert len(panel.open_print_layouts(project)) == 4
    assert len(project.layoutManager().layouts()) == 4
    assert len(project.mapLayers()) == 5
    panel.close()
    project.clear()
