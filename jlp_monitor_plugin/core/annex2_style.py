"""The allocations coloured by their NPPF Annex 2 result at a base date (core/monitoring/annex2.py):
deliverable, developable, not counted, and sites with no result; each rule filtered on site_ref and
counted in the legend, labelled with the site reference as the store's own style does."""

from typing import Dict

from qgis.core import QgsExpression, QgsFillSymbol, QgsRuleBasedRenderer, QgsVectorLayer

from .monitoring.annex2 import DELIVERABLE, DEVELOPABLE, NOT_COUNTED
from .styling import apply_style
from .translation import tr

RESULT_COLOURS = {DELIVERABLE: "#2b8a3e", DEVELOPABLE: "#f59f00", NOT_COUNTED: "#868e96"}


def result_label(result: str) -> str:
    return {
        DELIVERABLE: tr("deliverable"),
        DEVELOPABLE: tr("developable"),
        NOT_COUNTED: tr("not counted"),
    }.get(result, result)


def apply_annex2_style(layer: QgsVectorLayer, result_by_site: Dict[str, str]) -> None:
    """Colour an allocations layer by {site_ref: result}; sites without a result are hatched."""
    apply_style(layer, "allocations")  # the labels, and a base to replace the renderer of
    root = QgsRuleBasedRenderer.Rule(None)
    known = []
    for result, colour in RESULT_COLOURS.items():
        refs = sorted(ref for ref, value in result_by_site.items() if value == result)
        known.extend(refs)
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#343a40", "outline_width": "0.4"}
        )
        expression = _in_list(refs) if refs else "FALSE"
        label = "{} ({})".format(result_label(result), len(refs))
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    other = QgsFillSymbol.createSimple(
        {"color": "#f8f9fa", "outline_color": "#343a40", "outline_width": "0.4", "style": "b_diagonal"}
    )
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            other, 0, 0, "NOT ({})".format(_in_list(known)) if known else "TRUE", tr("No result")
        )
    )
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.triggerRepaint()


def _in_list(values) -> str:
    return "{} IN ({})".format(
        QgsExpression.quotedColumnRef("site_ref"), ", ".join(QgsExpression.quotedString(v) for v in values)
    )
