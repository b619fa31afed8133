"""The Review dock's "Suggested completions": candidate completions matched from the completion
evidence (EPC, council tax, building control), grouped and sorted by strength, each shown on the map
with its permission; accept (one, or every strong one), reject with a reason, assign to another
permission, undo — each audited (core/evidence_matching/decisions). Below them: the figures by
strength, and the permissions to look at (more evidence than units; past their expected completion
with no evidence)."""

import html
import logging
from typing import Dict, List, Optional

from qgis.core import Qgis, QgsFeatureRequest, QgsGeometry
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import schema
from ..core.evidence_matching import decisions
from ..core.evidence_matching.run import evidence_by_strength, match_store, stored_candidates
from ..core.evidence_matching.watch import watch_lists
from ..core.formatting import format_number
from ..core.review import feature_geometry, field_equals
from ..core.store import Store
from ..core.store_base import StoreError
from ..core.translation import tr
from .review_map import CANDIDATE_COLOUR, FEATURE_COLOUR, ReviewHighlights

LOG = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole + 11
GROUP_ROLE = Qt.ItemDataRole.UserRole + 12
LISTED = 8  # permissions listed in each watch list; the others are counted


def strength_labels() -> Dict[str, str]:
    return {
        "strong": tr("Strong"),
        "medium": tr("Medium"),
        "weak": tr("Weak"),
        "confirmation": tr("Confirmations (already recorded)"),
    }


def source_labels() -> Dict[str, str]:
    return {"epc": tr("EPC"), "council_tax": tr("council tax"), "building_control": tr("building control")}


def figures_text(figures) -> str:
    """ "To decide: 2 strong, 1 medium, 1 weak · accepted: 1 strong · rejected: 1 medium"."""
    labels = {"strong": tr("strong"), "medium": tr("medium"), "weak": tr("weak")}
    parts = []
    for status, label in (
        ("new", tr("To decide")),
        ("confirmation", tr("confirmations")),
        ("accepted", tr("accepted")),
        ("rejected", tr("rejected")),
    ):
        counts = [(s, figures[s][status]) for s in figures if figures[s][status]]
        if counts or status == "new":
            shown = ", ".join("{} {}".format(format_number(n), labels[s]) for s, n in counts) or "0"
            parts.append("{}: {}".format(label, shown))
    return " · ".join(parts)


class SuggestionsBox(QGroupBox):
    """The suggested completions of the current store (``set_store``), with the officer's decisions."""

    def __init__(self, highlights: ReviewHighlights, parent: Optional[QWidget] = None):
        super().__init__(tr("Suggested completions"), parent)
        self.setObjectName("suggestionsBox")
        self.store: Optional[Store] = None
        self.rows: List[dict] = []
        self.changes: List[decisions.EvidenceChange] = []
        self.highlights = highlights  # the Review dock's: one selection shown on the map at a time
        self.last_message = ""

        layout = QVBoxLayout(self)
        self.figuresLabel = QLabel(self)
        self.figuresLabel.setObjectName("evidenceFiguresLabel")
        self.figuresLabel.setWordWrap(True)
        layout.addWidget(self.figuresLabel)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("suggestionsTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([tr("Address"), tr("Permission"), tr("Sources"), tr("Evidence")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 10)
        self.tree.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(self.tree, 1)
        self.explanationLabel = QLabel(self)
        self.explanationLabel.setObjectName("explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.explanationLabel)
        buttons = QGridLayout()
        self.matchButton = self._button(
            "matchButton",
            tr("Match evidence"),
            tr("Match the store's completion evidence to the permissions again (decisions are kept)"),
        )
        self.acceptButton = self._button(
            "acceptEvidenceButton",
            tr("Accept"),
            tr("Record the selected suggestions as completions (audited)"),
        )
        self.acceptStrongButton = self._button(
            "acceptStrongButton",
            tr("Accept all strong"),
            tr("Record every strong suggestion as a completion"),
        )
        self.rejectButton = self._button(
            "rejectEvidenceButton",
            tr("Reject…"),
            tr("Reject the selected suggestions with a reason; they do not come back"),
        )
        self.assignButton = self._button(
            "assignEvidenceButton", tr("Assign…"), tr("Move the selected suggestions to another permission")
        )
        self.undoButton = self._button(
            "undoEvidenceButton", tr("Undo"), tr("Undo the last decision on a suggestion (audited)")
        )
        for number, button in enumerate(
            (
                self.matchButton,
                self.acceptButton,
                self.acceptStrongButton,
                self.rejectButton,
                self.assignButton,
                self.undoButton,
            )
        ):
            buttons.addWidget(button, number // 3, number % 3)
        layout.addLayout(buttons)
        self.watchLabel = QLabel(self)
        self.watchLabel.setObjectName("watchLabel")
        self.watchLabel.setWordWrap(True)
        self.watchLabel.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.watchLabel)
        self.matchButton.clicked.connect(self.match)
        self.acceptButton.clicked.connect(lambda: self.accept_selected())
        self.acceptStrongButton.clicked.connect(lambda: self.accept_strong())
        self.rejectButton.clicked.connect(self._ask_reject)
        self.assignButton.clicked.connect(self._ask_assign)
        self.undoButton.clicked.connect(self.undo)
        self.set_store(None)

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    # -- reading ----------------------------------------------------------------------------------
    def set_store(self, store: Optional[Store]) -> None:
        self.store = store
        self.changes = []
        self.refresh()

    def refresh(self) -> None:
        keep = set(self.selected_ids())
        self.rows = []
        figures = None
        over, overdue = [], []
        if self.store is not None:
            try:
                if schema.EVIDENCE_CANDIDATES in self.store.layer_names():
                    self.rows = stored_candidates(self.store, ("new", "confirmation"))
                    figures = evidence_by_strength(self.store)
                    over, overdue = watch_lists(self.store)
            except StoreError as exc:
                LOG.warning("Suggested completions of %s could not be read: %s", self.store.path, exc)
        self._fill(keep)
        self.figuresLabel.setText(
            tr("Completions by evidence strength — {}").format(figures_text(figures)) if figures else ""
        )
        self.watchLabel.setText(self._watch_html(over, overdue))
        self._update_buttons()

    def _fill(self, keep) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        labels, sources = strength_labels(), source_labels()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        groups = {}
        for row in self.rows:
            group_key = "confirmation" if row["status"] == "confirmation" else row["strength"]
            groups.setdefault(group_key, []).append(row)
        for group_key in ("strong", "medium", "weak", "confirmation"):
            members = groups.get(group_key, [])
            if not members:
                continue
            group = QTreeWidgetItem(
                [tr("{label} ({count})").format(label=labels[group_key], count=format_number(len(members)))]
            )
            group.setFont(0, bold)
            group.setData(0, GROUP_ROLE, group_key)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for row in members:
                keys = [k for k in (row["evidence_ids"] or "").split("; ") if k]
                kinds = sorted({sources.get(k.split(":", 1)[0], k.split(":", 1)[0]) for k in keys})
                item = QTreeWidgetItem(
                    [
                        row["address"] or row["uprn"] or row["candidate_id"],
                        row["app_ref"] or tr("none found"),
                        ", ".join(kinds),
                        format_number(len(keys)),
                    ]
                )
                item.setData(0, ID_ROLE, row["candidate_id"])
                item.setToolTip(0, row["explanation"] or "")
                group.addChild(item)
                item.setSelected(row["candidate_id"] in keep)
            group.setExpanded(True)
        self.tree.blockSignals(False)
        self._on_selection()

    def _watch_html(self, over, overdue) -> str:
        if not over and not overdue:
            return ""

        def listed(items, line) -> str:
            shown = "".join("<li>{}</li>".format(line(w)) for w in items[:LISTED])
            more = len(items) - LISTED
            if more > 0:
                shown += "<li>{}</li>".format(html.escape(tr("… and {} more").format(format_number(more))))
            return "<ul style='margin:0'>{}</ul>".format(shown)

        parts = []
        if over:
            parts.append("<b>{}</b>".format(html.escape(tr("More evidence than permitted homes"))))
            parts.append(
                listed(
                    over,
                    lambda w: html.escape(
                        tr("{ref}: {evidence} records for {units} homes").format(
                            ref=w.app_ref, evidence=w.evidence, units=w.net_units
                        )
                    ),
                )
            )
        if overdue:
            parts.append("<b>{}</b>".format(html.escape(tr("Past expected completion, no evidence"))))
            parts.append(
                listed(
                    overdue,
                    lambda w: html.escape(
                        tr("{ref} ({units} homes): expected by {date}").format(
                            ref=w.app_ref, units=w.net_units, date=w.expected_by
                        )
                    ),
                )
            )
        return "".join(parts)

    def group_texts(self) -> List[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def selected_ids(self) -> List[str]:
        out = []
        for item in self.tree.selectedItems():
            if item.data(0, ID_ROLE):
                out.append(item.data(0, ID_ROLE))
            else:
                out.extend(item.child(i).data(0, ID_ROLE) for i in range(item.childCount()))
        return list(dict.fromkeys(out))

    def select(self, candidate_ids) -> None:
        wanted = set(candidate_ids)
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                group.child(j).setSelected(group.child(j).data(0, ID_ROLE) in wanted)

    def _row(self, candidate_id: str) -> Optional[dict]:
        return next((r for r in self.rows if r["candidate_id"] == candidate_id), None)

    # -- the map ------------------------------------------------------------------------------------
    def _on_selection(self) -> None:
        ids = self.selected_ids()
        self.explanationLabel.setText(
            "\n".join(self._row(i)["explanation"] or "" for i in ids[:1] if self._row(i)) if ids else ""
        )
        self._show_on_map(ids)
        self._update_buttons()

    def _show_on_map(self, ids: List[str]) -> None:
        self.highlights.clear()
        if self.store is None or self.highlights.canvas is None or len(ids) != 1:
            return
        row = self._row(ids[0])
        boxes = []
        if row and row["app_ref"]:
            geometry, crs = feature_geometry(self.store, schema.PERMISSIONS, row["app_ref"])
            if geometry is not None:
                self.highlights._highlight(geometry, crs, CANDIDATE_COLOUR, Qt.PenStyle.DashLine)
                boxes.append((geometry.boundingBox(), crs))
        layer = self.store.layer(schema.COMPLETION_EVIDENCE)
        for key in (row["evidence_ids"] or "").split("; ") if row else []:
            source, _, evidence_id = key.partition(":")
            expression = "{} AND {}".format(
                field_equals("source", source), field_equals("evidence_id", evidence_id)
            )
            for feature in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)):
                if feature.hasGeometry() and not feature.geometry().isEmpty():
                    geometry = QgsGeometry(feature.geometry())
                    self.highlights._highlight(geometry, layer.crs(), FEATURE_COLOUR)
                    boxes.append((geometry.boundingBox(), layer.crs()))
        if boxes:
            self.highlights.zoom_to(boxes)

    # -- decisions ------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        has_store = self.store is not None
        selected = bool(self.selected_ids())
        self.matchButton.setEnabled(has_store)
        for button in (self.acceptButton, self.rejectButton, self.assignButton):
            button.setEnabled(has_store and selected)
        self.acceptStrongButton.setEnabled(
            has_store and any(r["strength"] == "strong" and r["status"] == "new" for r in self.rows)
        )
        self.undoButton.setEnabled(has_store and bool(self.changes))

    def _say(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        self.last_message = text
        parent = self.parent()
        while parent is not None and not hasattr(parent, "tell"):
            parent = parent.parent()
        if parent is not None:
            parent.tell(text, level)
        else:
            LOG.info("%s", text)

    def _decide(self, action) -> Optional[decisions.EvidenceChange]:
        try:
            change = action()
        except (ValueError, StoreError) as exc:
            self._say(str(exc), Qgis.MessageLevel.Warning)
            return None
        if change.items:
            self.changes.append(change)
        self.refresh()
        return change

    def match(self) -> None:
        if self.store is None:
            return
        try:
            result = match_store(self.store)
        except StoreError as exc:
            self._say(str(exc), Qgis.MessageLevel.Warning)
            return
        self.refresh()
        self._say(
            tr(
                "{records} evidence records: {strong} strong, {medium} medium, {weak} weak suggestions; "
                "{held} kept as decided."
            ).format(records=format_number(result.records), held=format_number(result.held), **result.counts)
        )

    def accept_selected(self, reason: Optional[str] = None, ids: Optional[List[str]] = None):
        ids = ids if ids is not None else self.selected_ids()
        reason = reason or tr("accepted from the suggested completions")
        change = self._decide(lambda: decisions.accept(self.store, ids, reason))
        if change is not None:
            text = tr("{} completions recorded.").format(format_number(len(change.items)))
            if change.skipped:
                text += " " + tr("Not recorded: {}").format("; ".join(change.skipped))
            self._say(text, Qgis.MessageLevel.Warning if change.skipped else Qgis.MessageLevel.Success)
        return change

    def accept_strong(self, reason: Optional[str] = None):
        ids = [r["candidate_id"] for r in self.rows if r["strength"] == "strong" and r["status"] == "new"]
        return self.accept_selected(reason or tr("strong evidence: two sources or a planning reference"), ids)

    def reject_selected(self, reason: str):
        change = self._decide(lambda: decisions.reject(self.store, self.selected_ids(), reason))
        if change is not None:
            self._say(
                tr("{} suggestions rejected; they will not come back.").format(
                    format_number(len(change.items))
                )
            )
        return change

    def assign_selected(self, app_ref: str, reason: str):
        return self._decide(lambda: decisions.assign(self.store, self.selected_ids(), app_ref, reason))

    def undo(self) -> None:
        if not self.changes or self.store is None:
            return
        change = self.changes[-1]
        try:
            decisions.undo(self.store, change)
        except (ValueError, StoreError) as exc:
            self._say(str(exc), Qgis.MessageLevel.Warning)
            return
        self.changes.pop()
        self.refresh()
        self._say(tr("Undone."))

    def _ask_reject(self) -> None:
        reason, ok = QInputDialog.getText(self, tr("Reject suggestions"), tr("Why are they not new homes?"))
        if ok and reason.strip():
            self.reject_selected(reason)

    def _ask_assign(self) -> None:
        if self.store is None:
            return
        refs = sorted(r["app_ref"] for r in self.store.rows(schema.PERMISSIONS, ["app_ref"]) if r["app_ref"])
        app_ref, ok = QInputDialog.getItem(
            self, tr("Assign to a permission"), tr("Permission"), refs, 0, True
        )
        if not ok or not app_ref:
            return
        reason, ok = QInputDialog.getText(self, tr("Assign to a permission"), tr("Reason"))
        if ok and reason.strip():
            self.assign_selected(app_ref, reason)
