"""The pane below the Review dock's queue: the item under review as the officer recognises it (address,
proposal, units; what to do with one that has no location) and the legend of the map's highlights."""

import html
from typing import Any, Dict, List, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core import schema
from ..core.formatting import format_date, plural
from ..core.review import ReviewItem, feature_details, reason_labels
from ..core.store import Store
from ..core.store_base import StoreError
from ..core.translation import tr
from .review_map import CANDIDATE_COLOUR, FEATURE_COLOUR, SITE_COLOUR


def layer_labels() -> Dict[str, str]:
    """What a permission and a completion are called in the dock."""
    return {schema.PERMISSIONS: tr("Permission"), schema.COMPLETIONS: tr("Completion")}


def legend_html() -> str:
    """The legend of the review highlights: which colour is which on the map."""
    swatch = '<span style="color:{0}; font-size:large">&#9632;</span>&nbsp;{1}'
    return "&nbsp;&nbsp; ".join(
        [
            swatch.format(FEATURE_COLOUR.name(), tr("feature under review")),
            swatch.format(CANDIDATE_COLOUR.name(), tr("candidate site (dashed)")),
            swatch.format(SITE_COLOUR.name(), tr("current site (dashed)")),
        ]
    )


def details_html(item: ReviewItem, details: Dict[str, Any]) -> str:
    """The item under review in a few lines: what it is, where, what for, how many homes."""
    label = layer_labels().get(item.layer, item.layer)
    lines = [
        "<b>{} {}</b> — {}".format(
            html.escape(label),
            html.escape(item.key),
            html.escape(reason_labels().get(item.tag_review, item.tag_review or "")),
        )
    ]
    if details.get("address"):
        lines.append(html.escape(str(details["address"])))
    if details.get("proposal"):
        lines.append(html.escape(str(details["proposal"])))
    if item.layer == schema.PERMISSIONS and details.get("net_units") is not None:
        lines.append(plural(details["net_units"], tr("{} net home"), tr("{} net homes")))
    elif item.layer == schema.COMPLETIONS and details.get("units") is not None:
        text = plural(details["units"], tr("{} home"), tr("{} homes"))
        if details.get("completion_date"):
            text += " " + tr("completed {}").format(format_date(details["completion_date"]))
        if details.get("app_ref"):
            text += " " + tr("(permission {})").format(html.escape(str(details["app_ref"])))
        lines.append(text)
    none = tr("no site")
    lines.append(
        tr("Site: {site} · candidate: {candidate}").format(
            site=html.escape(item.site_ref or none), candidate=html.escape(item.tag_candidate or none)
        )
    )
    if not details.get("has_geometry", True):
        if item.layer == schema.COMPLETIONS:
            help_text = tr("This completion has no location; assign it with Retag… or by its permission.")
        else:
            help_text = tr(
                "This permission has no location (no point and no red line); assign it with Retag…, "
                "or add its location and tag the store again."
            )
        lines.append("<i>{}</i>".format(html.escape(help_text)))
    return "<br>".join(lines)


class ItemDetails(QWidget):
    """The details label (``detailsLabel``) and the legend (``legendLabel``), one above the other."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detailsLabel = QLabel()
        self.detailsLabel.setObjectName("detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detailsLabel)
        self.legendLabel = QLabel()
        self.legendLabel.setObjectName("legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setText(legend_html())
        self.legendLabel.setToolTip(tr("How the map shows the selected item"))
        layout.addWidget(self.legendLabel)
        layout.addStretch(1)

    def show_items(self, store: Optional[Store], selected: List[ReviewItem]) -> None:
        """The item under review as the officer recognises it: address, proposal, units; and what to do
        with one that has no location."""
        if store is None:
            self.detailsLabel.setText("")
            return
        if not selected:
            self.detailsLabel.setText(tr("Select an item to see its address, proposal and units here."))
            return
        if len(selected) > 1:
            self.detailsLabel.setText(
                plural(
                    len(selected),
                    tr("{} feature selected: a decision applies to it."),
                    tr("{} features selected: a decision applies to all of them."),
                )
            )
            return
        item = selected[0]
        try:
            details = feature_details(store, item.layer, item.key, item.fid)
        except StoreError as exc:
            self.detailsLabel.setText(str(exc))
            return
        self.detailsLabel.setText(details_html(item, details))
