"""Default map styles for the store's layers: readable on any basemap, plan areas by LPA."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from ..compat import LABEL_OVER_POINT
from . import schema
from .translation import tr

LPA_COLOURS = {"PLY": "#1f5f8b", "SHA": "#2b8a3e", "WDE": "#862e9c"}


def apply_style(layer: QgsVectorLayer, name: str) -> None:
    """Style a store layer by its standard name; tables are left as they are."""
    styler = _STYLERS.get(name)
    if styler is not None:
        styler(layer)
        layer.triggerRepaint()


def label_font(bold: bool = False) -> QFont:
    """The default font when this system has it, else a common sans-serif family it does have.

    A headless QGIS (qgis_process, scripts) reports a default family that may not exist, and a
    project saved with it warns about the missing font each time it opens.
    """
    font = QFont()
    installed = set(QFontDatabase().families())  # exact names: Qt would quietly substitute others
    if font.family() not in installed:
        for family in ("Arial", "DejaVu Sans", "Liberation Sans", "Noto Sans", "Helvetica"):
            if family in installed:
                font.setFamily(family)
                break
    font.setBold(bold)
    return font


def _allocations(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple(
        {"color": "242,177,52,110", "outline_color": "138,90,0,255", "outline_width": "0.5"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    _site_ref_labels(layer)


# Progress bands for allocations coloured by percentage complete: (lowest %, highest %, colour).
PROGRESS_BANDS = (
    (0.0, 0.0, "#f1f3f5"),
    (0.0, 25.0, "#d0ebff"),
    (25.0, 50.0, "#74c0fc"),
    (50.0, 75.0, "#339af0"),
    (75.0, 100.0, "#1971c2"),
    (100.0, 100.0, "#0b3d6e"),
)
NO_FIGURE_COLOUR = "#ced4da"


def progress_band_labels():
    return (
        tr("Not started (0%)"),
        tr("Under 25% complete"),
        tr("25% to under 50%"),
        tr("50% to under 75%"),
        tr("75% to under 100%"),
        tr("Complete (100%)"),
    )


def progress_band(pct) -> int:
    """The index in PROGRESS_BANDS of a percentage complete (None or NaN: -1, no figure)."""
    if pct is None or pct != pct:  # NaN
        return -1
    pct = float(pct)
    if pct <= 0:
        return 0
    if pct >= 100:
        return len(PROGRESS_BANDS) - 1
    for index, (low, high, _colour) in enumerate(PROGRESS_BANDS[1:-1], start=1):
        if low <= pct < high:
            return index
    return len(PROGRESS_BANDS) - 2


def apply_progress_style(layer: QgsVectorLayer, pct_by_site_ref) -> None:
    """Colour an allocations layer by percentage complete ({site_ref: pct}), labelled with site_ref.

    A rule per band (legend: the band and how many sites are in it), filtered on site_ref, so it
    works on the store's layer and on any copy of it; sites with no figure get their own rule.
    """
    members = [[] for _ in PROGRESS_BANDS]
    for ref, pct in pct_by_site_ref.items():
        band = progress_band(pct)
        if band >= 0:
            members[band].append(str(ref))
    root = QgsRuleBasedRenderer.Rule(None)
    labels = progress_band_labels()
    known = []
    for (_low, _high, colour), label, refs in zip(PROGRESS_BANDS, labels, members):
        known.extend(refs)
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#343a40", "outline_width": "0.4"}
        )
        expression = _in_list("site_ref", refs) if refs else "FALSE"
        root.appendChild(
            QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, "{} ({})".format(label, len(refs)))
        )
    other = QgsFillSymbol.createSimple(
        {"color": NO_FIGURE_COLOUR, "outline_color": "#343a40", "outline_width": "0.4", "style": "b_diagonal"}
    )
    other_filter = "NOT ({})".format(_in_list("site_ref", known)) if known else "TRUE"
    root.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, other_filter, tr("No figure")))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    _site_ref_labels(layer)
    layer.triggerRepaint()


def _in_list(field: str, values) -> str:
    return "{} IN ({})".format(
        QgsExpression.quotedColumnRef(field), ", ".join(QgsExpression.quotedString(v) for v in values)
    )


def _site_ref_labels(layer: QgsVectorLayer) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = "site_ref"
    settings.placement = LABEL_OVER_POINT
    text = QgsTextFormat()
    text.setFont(label_font(bold=True))
    text.setSize(8)
    text.setColor(QColor("#5c3d00"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255, 220))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _areas(layer: QgsVectorLayer) -> None:
    categories = []
    for code, colour in LPA_COLOURS.items():
        c = QColor(colour)
        symbol = QgsFillSymbol.createSimple(
            {
                "color": "{},{},{},24".format(c.red(), c.green(), c.blue()),
                "outline_color": colour,
                "outline_width": "0.8",
                "outline_style": "dash",
            }
        )
        categories.append(QgsRendererCategory(code, symbol, code))
    layer.setRenderer(QgsCategorizedSymbolRenderer("lpa", categories))


def _permission_boundaries(layer: QgsVectorLayer) -> None:
    # A planning red line: red outline, no fill.
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "214,40,40,255", "outline_width": "0.4"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def _tagged_points(layer: QgsVectorLayer, size: str) -> None:
    """Points coloured by tagging state: allocated, in review, windfall."""
    root = QgsRuleBasedRenderer.Rule(None)
    rules = [
        (tr("In review"), '"tag_review" IS NOT NULL AND "tag_review" <> \'\'', "230,119,0,255"),
        (tr("Allocated"), '"site_ref" IS NOT NULL AND "site_ref" <> \'\'', "31,95,139,255"),
        (tr("Windfall / untagged"), "ELSE", "134,142,150,255"),
    ]
    for label, expression, colour in rules:
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": colour,
                "outline_color": "255,255,255,255",
                "outline_width": "0.2",
                "size": size,
            }
        )
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, "" if expression == "ELSE" else expression, label)
        if expression == "ELSE":
            rule.setIsElse(True)
        root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))


def _permissions(layer: QgsVectorLayer) -> None:
    _tagged_points(layer, "2.4")


def _completions(layer: QgsVectorLayer) -> None:
    _tagged_points(layer, "1.2")


_STYLERS = {
    schema.ALLOCATIONS: _allocations,
    schema.AREAS: _areas,
    schema.PERMISSION_BOUNDARIES: _permission_boundaries,
    schema.PERMISSIONS: _permissions,
    schema.COMPLETIONS: _completions,
}
