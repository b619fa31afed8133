"""Report maps as QGIS print layouts: allocations coloured by progress over the LPA outlines, with
title, legend, scale bar, north arrow, data source and copyright text.

``map_layout`` builds the layout; the report exports it to an image (``layout_image``) and the GUI's
"Open as print layout" adds the same layout to the project's layout manager for the officer to adjust.
No basemap: reports are made offline.
"""

import os
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage

from ...compat import DISTANCE_KILOMETERS, LAYOUT_MILLIMETERS
from .. import schema, styling
from ..translation import tr

# Layout page (mm): the printable width of an A4 portrait page, so text prints at its true size.
PAGE_WIDTH = 170.0
MAP_TOP = 11.0
MAP_HEIGHT = 108.0


class ReportLayers:
    """The store's allocations (coloured by progress) and areas (LPA outlines), loaded once into a
    project for every map of a report."""

    def __init__(self, store, pct_by_site: Dict[str, float], project: Optional[QgsProject] = None):
        self.project = project if project is not None else QgsProject()
        self.store = store
        self.areas = store.layer(schema.AREAS, tr("Council areas"))
        self.allocations = store.layer(schema.ALLOCATIONS, tr("Allocated sites by % complete"))
        styling.apply_style(self.areas, "areas")
        names = {lpa["code"]: lpa.get("name") or lpa["code"] for lpa in store.plan_settings()["lpas"]}
        renderer = self.areas.renderer()
        if hasattr(renderer, "categories"):
            for index, category in enumerate(renderer.categories()):
                renderer.updateCategoryLabel(index, names.get(str(category.value()), category.label()))
        styling.apply_progress_style(self.allocations, pct_by_site)
        if project is None:
            # A project of its own has no CRS; measuring the scale bar in one warns from PROJ.
            self.project.setCrs(self.allocations.crs())
            self.project.setEllipsoid(self.allocations.crs().ellipsoidAcronym() or "EPSG:7019")
        self.project.addMapLayers([self.areas, self.allocations], False)
        self.names = names
        self.pct_by_site = pct_by_site
        self._by_lpa: Dict[str, QgsVectorLayer] = {}

    def layers(self, lpa: Optional[str] = None) -> List[QgsVectorLayer]:
        """Top first: the allocations (of one LPA, so its legend counts that LPA's sites), the areas."""
        if not lpa:
            return [self.allocations, self.areas]
        if lpa not in self._by_lpa:
            layer = self.store.layer(
                schema.ALLOCATIONS, tr("Allocated sites in {} by % complete").format(self.names.get(lpa, lpa))
            )
            layer.setSubsetString('"lpa" = {}'.format(_sql_string(lpa)))
            refs = {str(f["site_ref"]) for f in layer.getFeatures()}
            styling.apply_progress_style(layer, {r: p for r, p in self.pct_by_site.items() if str(r) in refs})
            self.project.addMapLayer(layer, False)
            self._by_lpa[lpa] = layer
        return [self._by_lpa[lpa], self.areas]

    def extent(self, lpa: Optional[str] = None) -> QgsRectangle:
        """The plan area, or one LPA's pieces (its allocations when it has no areas)."""
        extent = QgsRectangle()
        extent.setMinimal()
        for layer in (self.areas, self.allocations):
            request = QgsFeatureRequest().setNoAttributes()
            if lpa:
                request = QgsFeatureRequest().setFilterExpression(
                    QgsExpression.createFieldEqualityExpression("lpa", lpa)
                )
            for feature in layer.getFeatures(request):
                if feature.hasGeometry():
                    extent.combineExtentWith(feature.geometry().boundingBox())
            if not extent.isEmpty():
                break
        if extent.isEmpty() or extent.isNull():
            extent = self.allocations.extent()
        return extent


def _fitted(extent: QgsRectangle, aspect: float) -> QgsRectangle:
    """``extent`` with a margin, widened or heightened to the map frame's width ÷ height (setExtent
    keeps the frame's shape; zoomToExtent leaves an empty extent in a layout not shown yet)."""
    centre = extent.center()
    width = max(extent.width(), 1.0) * 1.08
    height = max(extent.height(), 1.0) * 1.08
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
    )


def _sql_string(value: str) -> str:
    """A string in the provider's SQL (a subset string is SQL, not a QGIS expression: SQLite and
    PostgreSQL take a backslash as itself and a quote doubled)."""
    return "'{}'".format(str(value).replace("'", "''"))


def _label(
    layout, text: str, x: float, y: float, w: float, h: float, size: float, bold=False
) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    fmt = QgsTextFormat()
    fmt.setFont(styling.label_font(bold=bold))
    fmt.setSize(size)
    fmt.setColor(QColor("#212529"))
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(fmt)
    else:  # QGIS before 3.24
        font = styling.label_font(bold=bold)
        font.setPointSizeF(size)
        label.setFont(font)
        label.setFontColor(QColor("#212529"))
    label.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))
    label.attemptResize(QgsLayoutSize(w, h, LAYOUT_MILLIMETERS))
    layout.addLayoutItem(label)
    return label


def _north_arrow_path() -> str:
    for folder in QgsApplication.svgPaths():
        path = os.path.join(folder, "arrows", "NorthArrow_02.svg")
        if os.path.isfile(path):
            return path
    return ""


def map_layout(
    layers: ReportLayers,
    title: str,
    lpa: Optional[str] = None,
    source_text: str = "",
    name: Optional[str] = None,
) -> QgsPrintLayout:
    """A print layout of the plan area (or one LPA): map, title, legend, scale bar, north arrow,
    data source and copyright. The layout belongs to ``layers.project`` but is not added to its
    layout manager (the caller decides)."""
    project = layers.project
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name or title)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(PAGE_WIDTH, MAP_TOP + MAP_HEIGHT + 45, LAYOUT_MILLIMETERS))

    _label(layout, title, 0, 0, PAGE_WIDTH, 9, 13, bold=True)

    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(0, MAP_TOP, LAYOUT_MILLIMETERS))
    item.attemptResize(QgsLayoutSize(PAGE_WIDTH, MAP_HEIGHT, LAYOUT_MILLIMETERS))
    item.setCrs(layers.allocations.crs())
    extent = layers.extent(lpa)
    item.setExtent(_fitted(extent, PAGE_WIDTH / MAP_HEIGHT))
    item.setLayers(layers.layers(lpa))
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor("#495057"))

    arrow_path = _north_arrow_path()
    if arrow_path:
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(arrow_path)
        arrow.setLinkedMap(item)
        arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
        arrow.attemptMove(QgsLayoutPoint(PAGE_WIDTH - 13, MAP_TOP + 2, LAYOUT_MILLIMETERS))
        arrow.attemptResize(QgsLayoutSize(10, 14, LAYOUT_MILLIMETERS))
        layout.addLayoutItem(arrow)

    below = MAP_TOP + MAP_HEIGHT + 3
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    # The legend's own layer tree: setAutoUpdateModel(False) gives the item a tree it owns (a copy of
    # the project's), which is emptied and filled here. A tree made in Python and handed to the model
    # would be deleted with its Python wrapper, and QGIS would then draw the legend from freed memory.
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers.layers(lpa):
        node = root.addLayer(layer)
        # Fixed column breaks (sites' classes over two columns, council areas in the third): with breaks
        # left to QGIS, 3.40 measures the legend smaller than it draws it, and the source line below
        # lands on its last row.
        break_before = "legend/column-break" if layer is layers.areas else "legend/column-break-3"
        node.setCustomProperty(break_before, "1")
        if layer is not layers.areas:
            # The legend's label only (setName would rename the layer); the map's title names the council.
            node.setCustomProperty("legend/title-label", tr("Allocated sites by % complete"))
    legend.setTitle("")
    legend.setColumnCount(3)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setSymbolHeight(3)
    legend.setSymbolWidth(5)
    legend.setColumnSpace(3)
    for style, size, bold in (
        (QgsLegendStyle.Style.Subgroup, 7.5, True),
        (QgsLegendStyle.Style.SymbolLabel, 7, False),
    ):
        font = styling.label_font(bold=bold)
        font.setPointSizeF(size)
        legend.setStyleFont(style, font)
    legend.attemptMove(QgsLayoutPoint(0, below, LAYOUT_MILLIMETERS))
    layout.addLayoutItem(legend)
    legend.refresh()
    legend.adjustBoxSize()

    scale = QgsLayoutItemScaleBar(layout)
    scale.setLinkedMap(item)
    layout.addLayoutItem(scale)
    scale.applyDefaultSettings()
    scale.setStyle("Single Box")
    scale.applyDefaultSize(DISTANCE_KILOMETERS)
    scale.setNumberOfSegmentsLeft(0)
    scale.setNumberOfSegments(2)
    scale.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    scale.setMinimumBarWidth(20)
    scale.setMaximumBarWidth(40)
    scale.setHeight(2)
    font = styling.label_font()
    font.setPointSizeF(7)
    if hasattr(scale, "setTextFormat"):
        fmt = QgsTextFormat.fromQFont(font)
        fmt.setSize(7)
        scale.setTextFormat(fmt)
    else:
        scale.setFont(font)
    scale.update()
    scale.refreshItemSize()
    scale.attemptMove(QgsLayoutPoint(PAGE_WIDTH - scale.rect().width() - 2, below, LAYOUT_MILLIMETERS))

    # The data source under the legend, and the page cut to fit.
    # A legend learns its size when first painted: paint the page once, small, then fit it.
    QgsLayoutExporter(layout).renderPageToImage(0, QSize(60, 60))
    legend.adjustBoxSize()
    bottom = below + max(legend.rect().height(), scale.rect().height()) + 2
    _label(layout, source_text, 0, bottom, PAGE_WIDTH, 8, 6.5)
    page.setPageSize(QgsLayoutSize(PAGE_WIDTH, bottom + 8, LAYOUT_MILLIMETERS))
    return layout


def layout_image(layout: QgsPrintLayout, dpi: int = 150) -> QImage:
    """The layout's first page as an image."""
    exporter = QgsLayoutExporter(layout)
    image = exporter.renderPageToImage(0, QSize(), dpi)
    if image.isNull():
        raise RuntimeError("the map layout {} could not be drawn".format(layout.name()))
    return image


def source_text(store, base_date_text: str) -> str:
    settings = store.plan_settings()
    return (
        tr("Data: JLP Monitor store {}, position at {}. {}")
        .format(store.name, base_date_text, settings.get("map_copyright") or "")
        .strip()
    )


def map_specs(layers: ReportLayers) -> List[Tuple[str, Optional[str], str]]:
    """(image name, LPA code or None, title) for the overview and each LPA with areas or sites."""
    specs = [("map_overview", None, tr("Allocated sites by progress: the plan area"))]
    present = set()
    for layer in (layers.areas, layers.allocations):
        index = layer.fields().indexOf("lpa")
        if index >= 0:
            present |= {str(v) for v in layer.uniqueValues(index) if v}
    # The plan's councils in their order, then any other LPA code the data holds.
    codes = [c for c in layers.names if c in present] + sorted(present - set(layers.names))
    for code in codes:
        name = layers.names.get(code, code)
        specs.append(("map_" + code, code, tr("Allocated sites by progress: {}").format(name)))
    return specs


LAYOUT_GROUP = "JLP Monitor report maps"
LAYOUT_PROPERTY = "jlp_monitor_report_map"  # marks the layouts add_project_layouts made


def add_project_layouts(store, pct_by_site: Dict[str, float], base_date_text: str, project: QgsProject):
    """The report's maps as print layouts in ``project``'s layout manager, for the officer to adjust
    with QGIS's layout tools. Built on the main thread from layers added to ``project`` (a hidden group
    of its layer tree), which owns them and the layouts: nothing they draw belongs to Python or to a
    dialog. Running it again replaces the layouts and layers it made before. Returns the layouts."""
    manager = project.layoutManager()
    # The layouts made before go first, then their layers: no layout is left drawing removed layers.
    for old in manager.printLayouts():
        if old.customProperty(LAYOUT_PROPERTY, False) in (True, "true"):
            manager.removeLayout(old)
    root = project.layerTreeRoot()
    group = root.findGroup(LAYOUT_GROUP)
    if group is not None:
        project.removeMapLayers([node.layerId() for node in group.findLayers()])
    else:
        group = root.insertGroup(0, LAYOUT_GROUP)
    layers = ReportLayers(store, pct_by_site, project)
    for layer in reversed(layers.layers()):
        group.addLayer(layer)
    group.setItemVisibilityChecked(False)
    text = source_text(store, base_date_text)
    made = []
    for _image, lpa, title in map_specs(layers):
        name = "JLP Monitor: {}".format(title)
        old = manager.layoutByName(name)
        if old is not None:
            manager.removeLayout(old)
        layout = map_layout(layers, title, lpa, text, name)
        layout.setCustomProperty(LAYOUT_PROPERTY, True)
        manager.addLayout(layout)  # the project's layout manager owns it from here
        made.append(layout)
    for layer in layers._by_lpa.values():  # each council's allocations, made for its map
        group.addLayer(layer)
    group.setItemVisibilityChecked(False)
    return made
