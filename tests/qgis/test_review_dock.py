"""The Review dock in real QGIS offscreen, as the officer works it: the queue grouped by reason, the
feature and its candidate on the map, decisions with a reason, undo, assigning by clicking a site on the
canvas, and tagging as a background task.

The store is test_tagging.py's hand-worked one; its queue after tagging is listed in test_review.py.
"""

import sqlite3

import pytest
from conftest import flush_deletes, wait_until
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayerCache,
)
from qgis.gui import QgsAttributeTableModel, QgsRubberBand
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QLabel
from test_tagging import build

from jlp_monitor_plugin import classFactory
from jlp_monitor_plugin.core.formatting import format_date
from jlp_monitor_plugin.core.project import store_layer_in_project
from jlp_monitor_plugin.core.review_decisions import assign_site
from jlp_monitor_plugin.core.store import Store
from jlp_monitor_plugin.core.tagging import TagCounts, current_user, tag_store
from jlp_monitor_plugin.gui.history_panel import HistoryPanel

GROUPS = [
    "Multiple sites (4)",
    "Partial overlap (1)",
    "Near boundary (3)",
    "Location conflict (3)",
    "No geometry (2)",
]


@pytest.fixture()
def canvas(qgis_canvas, qgis_parent, qgis_app):
    """The map canvas shown (offscreen) with a real size, over the constructed sites."""
    qgis_parent.show()
    qgis_canvas.resize(600, 400)
    qgis_app.processEvents()
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    qgis_canvas.setExtent(QgsRectangle(-50, -50, 350, 150))
    yield qgis_canvas
    qgis_canvas.unsetMapTool(qgis_canvas.mapTool())
    qgis_parent.hide()


def _built(tmp_path, name, tagged=True):
    store = Store.create(str(tmp_path / name), "jlp")
    build(store)
    if tagged:
        tag_store(store, "both", user="tagger")
    return store.path


@pytest.fixture()
def panel(plugin, canvas, tmp_path):
    """The Review panel on a tagged store, with the officer's reason answered."""
    plugin.open_store(_built(tmp_path, "review.gpkg"))
    panel = plugin.review_dock.panel
    panel.reasons = []
    panel.effects_shown = []

    def ask_reason(title, effects=()):
        panel.reasons.append(title)
        panel.effects_shown.append(list(effects))
        return "checked on the plans"

    panel.ask_reason = ask_reason
    return panel


def state(path, layer, key):
    key_field = "app_ref" if layer == "permissions" else "completion_id"
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT site_ref, tag_method, tag_review, tag_candidate, COALESCE(tag_locked, 0) "
            "FROM {} WHERE {} = ?".format(layer, key_field),
            (key,),
        ).fetchone()


def all_tags(path):
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT app_ref, site_ref, tag_method, tag_overlap, tag_review, tag_candidate, tag_locked "
            "FROM permissions UNION ALL SELECT completion_id, site_ref, tag_method, tag_overlap, "
            "tag_review, tag_candidate, tag_locked FROM completions ORDER BY 1"
        ).fetchall()


def audit(path):
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT feature_key, old_site_ref, new_site_ref, method, reason FROM tag_audit ORDER BY fid"
        ).fetchall()


def audit_times(path, key):
    with sqlite3.connect(path) as con:
        return [
            r[0] for r in con.execute("SELECT at FROM tag_audit WHERE feature_key = ? ORDER BY fid", (key,))
        ]


def child_rows(panel, group_row):
    group = panel.model.item(group_row, 0)
    return [
        [group.child(r, c).text() for c in range(panel.model.columnCount())] for r in range(group.rowCount())
    ]


def scene_bands(canvas):
    return [i for i in canvas.scene().items() if isinstance(i, QgsRubberBand)]


def click_map(canvas, x, y):
    """A left click on the canvas at map coordinates (x, y) of the canvas CRS."""
    pixel = canvas.getCoordinateTransform().transform(x, y)
    QTest.mouseClick(
        canvas.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(round(pixel.x()), round(pixel.y()))
    )


# -- the queue ------------------------------------------------------------------------------------------


def test_the_tree_groups_the_queue_by_reason_with_counts(panel):
    assert panel.pages.currentWidget() is panel.reviewPage
    assert panel.group_texts() == GROUPS
    headers = [panel.model.headerData(c, Qt.Horizontal) for c in range(panel.model.columnCount())]
    assert headers == ["Feature", "Layer", "Site", "Candidate", "Overlap", "Locked"]
    assert child_rows(panel, 0) == [
        ["P2", "Permission", "SMALL", "SITE_A", "100 %", ""],
        ["P3", "Permission", "SITE_A", "SITE_B", "100 %", ""],
        ["Q2", "Permission", "SITE_B", "SITE_A", "60 %", ""],
        ["Q7", "Permission", "SITE_A", "SMALL", "100 %", ""],
    ]
    assert child_rows(panel, 3)[2] == ["C7", "Completion", "FAR", "SITE_A", "", ""]
    assert panel.statusLabel.text() == "13 features to review."
    assert panel.storeLabel.text() == "Store: " + panel.store.path  # the full location (issue 14)
    # Nothing is selected: no decision can be made yet.
    assert not panel.acceptButton.isEnabled() and not panel.untagButton.isEnabled()


def test_selecting_an_item_zooms_to_it_and_highlights_it_and_its_candidate(panel, canvas):
    canvas.setExtent(QgsRectangle(5000, 5000, 9000, 9000))  # somewhere else
    panel.select_items([("permissions", "Q2")])

    extent = canvas.extent()
    boundary = QgsRectangle(60, 0, 160, 100)  # Q2's red line, not its point
    candidate = QgsRectangle(0, 0, 100, 100)  # SITE_A
    assert extent.contains(boundary) and extent.contains(candidate)
    assert extent.width() < 1000  # zoomed to them, not to everything
    bands = scene_bands(canvas)
    assert len(panel.highlights) == 3  # the feature, its candidate site and its current site
    assert all(band in bands for band in panel.highlights)
    boxes = sorted(b.asGeometry().boundingBox().toString(0) for b in panel.highlights)
    assert boxes == sorted(["60,0 : 160,100", "0,0 : 100,100", "100,0 : 200,100"])
    assert panel.acceptButton.isEnabled() and panel.historyButton.isEnabled()

    # Another feature: the old highlights go.
    old = list(panel.highlights)
    panel.select_items([("permissions", "P4")])
    assert not any(band in scene_bands(canvas) for band in old)
    assert len(panel.highlights) == 2  # the point and its candidate SITE_B; it has no site
    assert canvas.extent().contains(QgsRectangle(100, 0, 230, 100))

    panel.tree.clearSelection()
    assert panel.highlights == [] and scene_bands(canvas) == []


def test_a_feature_without_geometry_says_so(panel):
    panel.select_items([("permissions", "P6")])
    assert "This permission has no location" in panel.detailsLabel.text()


# -- decisions -----------------------------------------------------------------------------------------


def test_accept_then_undo_and_redo_from_the_dock(panel):
    path = panel.store.path
    before = all_tags(path)
    panel.select_items([("permissions", "P2")])

    panel.acceptButton.click()

    assert panel.reasons == ["Accept candidate"]
    assert state(path, "permissions", "P2") == ("SITE_A", "manual", None, None, 1)
    assert audit(path)[-1] == ("P2", "SMALL", "SITE_A", "manual", "checked on the plans")
    assert panel.group_texts()[0] == "Multiple sites (3)"
    assert "Tagged 1 feature to its candidate site." in panel.message_text()

    assert panel.undoButton.isEnabled()
    panel.undoButton.click()
    assert all_tags(path) == before
    assert audit(path)[-1] == ("P2", "SITE_A", "SMALL", "manual", "undo: checked on the plans")
    assert panel.group_texts() == GROUPS

    panel.redoButton.click()
    assert state(path, "permissions", "P2") == ("SITE_A", "manual", None, None, 1)
    assert panel.group_texts()[0] == "Multiple sites (3)"


def test_bulk_accept_of_a_whole_group(panel):
    path = panel.store.path
    panel.select_group("near_boundary")
    assert [i.key for i in panel.selected_items()] == ["P4", "Q4", "Q5"]

    panel.acceptButton.click()

    for key in ("P4", "Q4", "Q5"):
        assert state(path, "permissions", key) == ("SITE_B", "manual", None, None, 1)
    assert "Near boundary (3)" not in panel.group_texts()
    assert len(panel.group_texts()) == 4
    assert panel.undo_stack.count() == 1  # one decision, one undo
    panel.undo_stack.undo()
    assert panel.group_texts() == GROUPS


def test_accept_leaves_the_features_without_a_candidate(panel):
    path = panel.store.path
    panel.select_items([("permissions", "P4"), ("permissions", "P6")])
    panel.acceptButton.click()
    assert state(path, "permissions", "P4")[0] == "SITE_B"
    assert state(path, "permissions", "P6") == (None, "none", "no_geometry", None, 0)
    assert "1 without a candidate was left" in panel.message_text()


def test_a_decision_without_a_reason_is_refused(panel):
    path = panel.store.path
    before = all_tags(path)
    panel.select_items([("permissions", "P3")])

    panel.ask_reason = lambda title, effects=(): "   "
    panel.untagButton.click()
    assert "needs a reason" in panel.message_text()

    panel.ask_reason = lambda title, effects=(): None  # the officer cancelled the dialog
    panel.lockButton.click()

    assert all_tags(path) == before
    assert len(audit(path)) == 15
    assert panel.undo_stack.count() == 0


def test_untag_lock_and_unlock_from_the_dock(panel):
    path = panel.store.path
    panel.select_items([("permissions", "P3")])
    panel.lockButton.click()
    assert state(path, "permissions", "P3") == ("SITE_A", "spatial", "multiple_sites", "SITE_B", 1)
    assert child_rows(panel, 0)[1][5] == "Locked"
    assert "1 of them locked" in panel.statusLabel.text()
    # The selection stays on the feature after the refresh, so the next decision applies to it.
    assert [i.key for i in panel.selected_items()] == ["P3"]
    panel.unlockButton.click()
    assert state(path, "permissions", "P3")[4] == 0

    panel.select_items([("permissions", "P4")])
    panel.untagButton.click()
    assert state(path, "permissions", "P4") == (None, "manual", None, None, 1)
    assert panel.group_texts()[2] == "Near boundary (2)"
    assert [r[3] for r in audit(path)[-3:]] == ["lock", "unlock", "manual"]


def test_undo_of_a_decision_changed_since_is_refused(panel):
    path = panel.store.path
    panel.select_items([("permissions", "P2")])
    panel.acceptButton.click()
    # Someone else decides differently meanwhile.
    assign_site(panel.store, [("permissions", "P2")], "SITE_B", "elsewhere", "someone else")
    panel.undoButton.click()
    assert state(path, "permissions", "P2")[0] == "SITE_B"
    assert "Changed since" in panel.message_text()
    assert panel.undo_stack.count() == 0  # dropped, not left to fail again


def test_history_shows_the_features_trail(panel, plugin):
    panel.select_items([("permissions", "P2")])
    panel.confirmButton.click()
    panel.select_items([("permissions", "Q7")])
    panel.lockButton.click()

    panel.historyButton.click()

    shown = plugin.review_dock.stack.currentPanel()
    assert isinstance(shown, HistoryPanel)
    rows = shown.rows()
    assert [r[2:] for r in rows] == [
        ["none", "SITE_A", "automatic (on the map)", "automatic: lies in the allocation"],
        ["SITE_A", "SITE_A", "locked", "checked on the plans"],
    ]
    assert rows[0][1] == "tagger"
    # The time in the interface's one date style, the exact timestamp as its tooltip.
    at = audit_times(panel.store.path, "Q7")
    assert shown.model.index(1, 0).data(Qt.ToolTipRole) == at[-1]
    assert rows[1][0] == format_date(at[-1]) and " 20" in rows[1][0] and ":" in rows[1][0]
    assert "2 recorded changes" in shown.featureLabel.text()


# -- assigning by clicking a site on the map -------------------------------------------------------------


def test_assign_by_clicking_a_site_on_the_map(panel, canvas):
    path = panel.store.path
    picked = []
    panel.site_picker.sitePicked.connect(picked.append)
    previous = canvas.mapTool()
    panel.select_items([("permissions", "Q3")])

    panel.assignButton.click()
    assert canvas.mapTool() is panel.site_picker
    click_map(canvas, 150, 50)  # inside SITE_B

    assert picked == ["SITE_B"]
    assert panel.reasons == ["Assign to site SITE_B"]
    assert state(path, "permissions", "Q3") == ("SITE_B", "manual", None, None, 1)
    assert canvas.mapTool() is previous and not panel.assignButton.isChecked()
    assert panel.group_texts()[1] == "Near boundary (3)"  # partial overlap cleared


def test_the_picker_takes_the_smallest_site_and_reports_a_miss(panel, canvas):
    path = panel.store.path
    picked = []
    panel.site_picker.sitePicked.connect(picked.append)
    panel.select_items([("completions", "C2")])
    panel.assignButton.click()

    click_map(canvas, 300, 120)  # no site there
    assert picked == [] and "No allocation site there" in panel.message_text()
    assert canvas.mapTool() is panel.site_picker

    click_map(canvas, 30, 30)  # in SMALL, which lies inside SITE_A
    assert picked == ["SMALL"]
    assert state(path, "completions", "C2")[:3] == ("SMALL", "manual", None)


def test_the_picker_works_in_another_crs(panel, canvas):
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    to_canvas = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:27700"),
        canvas.mapSettings().destinationCrs(),
        QgsProject.instance(),
    )
    canvas.setExtent(to_canvas.transformBoundingBox(QgsRectangle(-50, -50, 350, 150)))
    picked = []
    panel.site_picker.sitePicked.connect(picked.append)
    panel.select_items([("permissions", "Q3")])
    panel.assignButton.click()
    point = to_canvas.transform(QgsPointXY(170, 20))  # inside SITE_B
    click_map(canvas, point.x(), point.y())
    assert picked == ["SITE_B"]


def test_escape_cancels_assigning(panel, canvas):
    path = panel.store.path
    before = all_tags(path)
    previous = canvas.mapTool()
    panel.select_items([("permissions", "Q3")])
    panel.assignButton.click()
    assert canvas.mapTool() is panel.site_picker

    QTest.keyClick(canvas, Qt.Key_Escape)

    assert canvas.mapTool() is previous and not panel.assignButton.isChecked()
    assert "cancelled" in panel.message_text()
    click_map(canvas, 150, 50)
    assert all_tags(path) == before


# -- tagging as a background task --------------------------------------------------------------------------


def test_tagging_from_the_dock_runs_as_a_task(plugin, canvas, tmp_path, qgis_app):
    path = _built(tmp_path, "fresh.gpkg", tagged=False)
    plugin.open_store(path)
    panel = plugin.review_dock.panel
    assert panel.group_texts() == []
    assert panel.statusLabel.text() == "Nothing to review: every tag is settled."

    panel.tagButton.click()
    task = panel.task
    assert task is not None and not panel.cancelButton.isHidden() and not panel.progressBar.isHidden()
    assert not panel.tagButton.isEnabled()
    wait_until(qgis_app, lambda: panel.task is None)

    assert panel.last_counts == TagCounts(tagged=9, review=13, untagged=2, unchanged=2)
    assert panel.group_texts() == GROUPS
    assert "9 tagged, 13 to review, 2 untagged, 2 unchanged" in panel.message_text()
    assert panel.cancelButton.isHidden() and panel.tagButton.isEnabled()

    # Again: everything is already right.
    panel.tagButton.click()
    wait_until(qgis_app, lambda: panel.task is None)
    assert panel.last_counts == TagCounts(unchanged=26)


def test_cancelling_the_task_leaves_the_store_as_it_was(plugin, canvas, tmp_path, qgis_app):
    path = _built(tmp_path, "fresh.gpkg", tagged=False)
    plugin.open_store(path)
    panel = plugin.review_dock.panel
    before = all_tags(path)

    task = panel.run_tagging()
    # Cancel at the last moment, with the changes written inside the transaction but not committed;
    # directly in the worker thread, as the Cancel button's click would reach it while it runs.
    task.progressChanged.connect(lambda value: task.cancel() if value >= 90 else None, Qt.DirectConnection)
    wait_until(qgis_app, lambda: panel.task is None)

    assert all_tags(path) == before
    assert audit(path) == []
    assert "cancelled" in panel.message_text()
    assert panel.last_counts is None


def test_the_cancel_button_stops_the_task(plugin, canvas, tmp_path, qgis_app):
    path = _built(tmp_path, "fresh.gpkg", tagged=False)
    plugin.open_store(path)
    panel = plugin.review_dock.panel
    before = all_tags(path)
    panel.tagButton.click()
    panel.cancelButton.click()
    wait_until(qgis_app, lambda: panel.task is None)

    # Tiny as this store is, the task may have finished before the click reached it; either way the
    # store is consistent: untouched when cancelled, fully tagged otherwise.
    if panel.last_counts is None:
        assert all_tags(path) == before
        assert "cancelled" in panel.message_text()
    else:
        assert panel.last_counts == TagCounts(tagged=9, review=13, untagged=2, unchanged=2)


# -- unloading ---------------------------------------------------------------------------------------------


def test_unload_removes_the_highlights_and_the_map_tool(iface, empty_project, canvas, tmp_path):
    loaded = classFactory(iface)
    loaded.initGui()
    try:
        loaded.open_store(_built(tmp_path, "review.gpkg"))
        panel = loaded.review_dock.panel
        panel.select_items([("permissions", "Q2")])
        assert scene_bands(canvas)
        panel.assignButton.click()
        assert canvas.mapTool() is panel.site_picker
        assert loaded.map_tools == [panel.site_picker]
    finally:
        loaded.unload()
        flush_deletes()
    assert scene_bands(canvas) == []
    assert canvas.mapTool() is None


# -- tag fields only through audited decisions (issue 14, items 3 and 7) -----------------------------------


TAG_FIELDS = ["site_ref", "tag_method", "tag_overlap", "tag_review", "tag_candidate", "tag_locked"]


def _project_layer(panel, name):
    return store_layer_in_project(QgsProject.instance(), panel.store.path, name)


def _editable_columns(layer):
    """The fields the attribute table lets the officer edit, with the layer in edit mode."""
    cache = QgsVectorLayerCache(layer, 100)
    model = QgsAttributeTableModel(cache)
    model.loadLayer()
    layer.startEditing()
    try:
        names = layer.fields().names()
        index = model.index(0, 0)
        return [
            names[c]
            for c in range(model.columnCount())
            if model.flags(index.sibling(0, c)) & Qt.ItemIsEditable
        ]
    finally:
        layer.rollBack()


def test_the_tag_fields_are_read_only_in_the_forms_and_the_attribute_table(panel, tmp_path):
    for name in ("permissions", "completions"):
        layer = _project_layer(panel, name)
        config = layer.editFormConfig()
        fields = layer.fields()
        assert [f for f in TAG_FIELDS if not config.readOnly(fields.indexFromName(f))] == [], name
        assert not config.readOnly(fields.indexFromName("address"))
        editable = _editable_columns(layer)
        assert "address" in editable and not set(TAG_FIELDS) & set(editable), (name, editable)

    # A project saved with the fields editable (before this version, or changed by hand) is protected
    # again when it is opened.
    layer = _project_layer(panel, "permissions")
    config = layer.editFormConfig()
    config.setReadOnly(layer.fields().indexFromName("site_ref"), False)
    layer.setEditFormConfig(config)
    project_path = str(tmp_path / "old.qgs")
    assert QgsProject.instance().write(project_path)
    QgsProject.instance().clear()
    assert QgsProject.instance().read(project_path)
    layer = _project_layer(panel, "permissions")
    assert layer.editFormConfig().readOnly(layer.fields().indexFromName("site_ref"))


def test_retag_and_history_from_the_map_on_a_feature_not_in_the_queue(panel, plugin):
    path = panel.store.path
    assert ("permissions", "P1") not in {(i.layer, i.key) for i in panel.queue()}
    layer = _project_layer(panel, "permissions")
    actions = {a.text(): a for a in plugin.feature_actions.actions_for(layer)}
    assert sorted(actions) == ["Retag…", "Site evidence…", "Tag history"]
    completions = _project_layer(panel, "completions")
    assert sorted(a.text() for a in plugin.feature_actions.actions_for(completions)) == [
        "Retag…",
        "Tag history",
    ]
    allocation_actions = plugin.feature_actions.actions_for(_project_layer(panel, "allocations"))
    assert [a.text() for a in allocation_actions] == ["Site evidence…"]
    feature = next(f for f in layer.getFeatures() if f["app_ref"] == "P1")
    asked = []

    def ask_retag(title, effects, sites, current, heading):
        asked.append((title, list(effects("SITE_B")), [s[0] for s in sites], current, heading))
        return "SITE_B", "seen on site"

    panel.ask_retag = ask_retag

    actions["Retag…"].triggerForFeature(layer, feature)

    title, effects, sites, current, heading = asked[0]
    assert title == "Retag P1" and current == "SITE_A" and heading == "Permission P1, now on SITE_A."
    assert sites == ["BOW", "FAR", "SITE_A", "SITE_B", "SMALL"]
    assert effects[:3] == [
        "Assigning moves permission P1 from SITE_A to SITE_B.",
        "At the next Tag store, 3 completions of P1 follow it from SITE_A to SITE_B.",
        "1 completion of P1 is locked: it stays where it is.",
    ]
    assert state(path, "permissions", "P1") == ("SITE_B", "manual", None, None, 1)
    assert audit(path)[-1] == ("P1", "SITE_A", "SITE_B", "manual", "seen on site")
    assert not plugin.review_dock.isHidden()
    assert panel.undo_stack.count() == 1  # undoable like any decision

    actions["Tag history"].triggerForFeature(layer, feature)

    shown = plugin.review_dock.stack.currentPanel()
    assert isinstance(shown, HistoryPanel) and shown.panelTitle() == "History of P1"
    assert [r[1:] for r in shown.rows()] == [
        ["tagger", "none", "SITE_A", "automatic (on the map)", "automatic: lies in the allocation"],
        [current_user(), "SITE_A", "SITE_B", "manual", "seen on site"],
    ]


def test_retag_to_no_site_untags(panel):
    path = panel.store.path
    panel.ask_retag = lambda title, effects, sites, current, heading: (None, "a windfall after all")
    panel.retag("completions", "C5")
    assert state(path, "completions", "C5") == (None, "manual", None, None, 1)
    assert audit(path)[-1] == ("C5", "SITE_B", None, "manual", "a windfall after all")


def test_the_decision_dialog_says_what_will_change_and_needs_a_reason(panel):
    panel.select_items([("permissions", "Q2")])  # SITE_B, candidate SITE_A; completion C9 follows it
    seen = []

    def look(dialog):
        seen.append((dialog.effects_text(), dialog.ok_button().isEnabled()))
        dialog.reasonEdit.setText("   ")
        seen.append(dialog.ok_button().isEnabled())
        QTest.keyClick(dialog.reasonEdit, Qt.Key_Return)  # Enter with no reason: still open
        seen.append(dialog.isVisible())
        dialog.reasonEdit.setText("plans checked")
        seen.append(dialog.ok_button().isEnabled())
        dialog.ok_button().click()

    del panel.ask_reason  # the real dialog, answered as the officer would
    QTimer.singleShot(0, lambda: look(panel.dialog))
    panel.acceptButton.click()

    effects, ok_enabled = seen[0]
    assert effects.splitlines()[:2] == [
        "Accepting the candidate moves permission Q2 from SITE_B to SITE_A.",
        "At the next Tag store, 1 completion of Q2 follows it from SITE_B to SITE_A.",
    ]
    assert "locked" in effects.splitlines()[2]
    assert seen[1:] == [False, True, True] and ok_enabled is False
    assert state(panel.store.path, "permissions", "Q2")[0] == "SITE_A"
    assert audit(panel.store.path)[-1][-1] == "plans checked"


def test_after_a_decision_the_next_item_of_the_queue_is_selected(panel):
    panel.select_items([("permissions", "P3")])
    panel.confirmButton.click()
    assert [i.key for i in panel.selected_items()] == ["Q2"]  # P3's successor in Multiple sites
    assert "Q2" in panel.detailsLabel.text()

    panel.select_items([("permissions", "Q7")])  # the last of its group: on to the next group
    panel.untagButton.click()
    assert [i.key for i in panel.selected_items()] == ["Q3"]


def test_the_item_under_review_shows_its_details_and_help_without_a_location(panel):
    assert panel.detailsLabel.wordWrap() and panel.legendLabel.wordWrap()
    assert panel.detailsLabel.text() == "Select an item to see its address, proposal and units here."
    assert "feature under review" in panel.legendLabel.text()
    assert "candidate site" in panel.legendLabel.text()
    panel.select_items([("completions", "C6")])
    text = panel.detailsLabel.text()
    assert "Completion C6" in text
    assert "This completion has no location; assign it with Retag… or by its permission." in text
    panel.select_items([("permissions", "Q2")])
    text = panel.detailsLabel.text()
    assert "Permission Q2" in text and "Multiple sites" in text and "net home" in text


def _fits(view, column):
    """The column is at least as wide as its header and its widest cell: nothing is cut off."""
    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    return header.sectionSize(column) >= max(view.sizeHintForColumn(column), header.sectionSizeHint(column))


def test_the_docks_columns_fit_their_contents_and_every_label_wraps(panel, plugin, qgis_app):
    dock = plugin.review_dock
    dock.resize(560, 900)
    qgis_app.processEvents()
    for column in range(panel.model.columnCount()):
        assert _fits(panel.tree, column), column
    long_name = "Former Ballard Centre, Stonehouse and the land between Millbay Road and Bath Street"
    allocations = panel.store.layer("allocations")
    site = next(f for f in allocations.getFeatures() if f["site_ref"] == "SITE_A")
    name_index = allocations.fields().indexFromName("site_name")
    assert allocations.dataProvider().changeAttributeValues({site.id(): {name_index: long_name}})
    plugin.context.set_store(plugin.context.store)  # the docks read the store again
    qgis_app.processEvents()
    sites = plugin.sites_dock.panel
    for column in range(sites.proxy.columnCount()):
        assert _fits(sites.table, column), column
    for each in plugin.docks:
        unwrapped = [label.objectName() for label in each.panel.findChildren(QLabel) if not label.wordWrap()]
        assert unwrapped == [], (each.objectName(), unwrapped)
    # The queue has room: at least ten rows show in a dock of ordinary height.
    row = panel.tree.sizeHintForRow(0)
    assert row > 0 and panel.tree.minimumHeight() >= 10 * row
