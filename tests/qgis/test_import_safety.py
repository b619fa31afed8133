"""The import dialog keeps an officer from overwriting the store by mistake (issue 14, item 2): the
target is suggested from the file's columns, a dry run shows what would change before anything is
written, an import that changes existing rows is confirmed first, the last import can be undone, and
Enter in the file box does not start an import."""

import test_import_dialog
from osgeo import ogr
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QMessageBox
from test_import_undo import snapshot

from jlp_monitor_plugin.core.importing import ImportOptions, import_table

dialog = test_import_dialog.dialog
wait_until = test_import_dialog.wait_until

PERMISSIONS = [
    # Application Number, Site Address, Decision Date, Easting, Northing, No. of Units, Net Units, Type
    ["19/01234/FUL", "1 High Street, Totnes", "21/01/2018", "280500", "60500", "12", "12", "Full"],
    ["20/00002/FUL", "12 Mill Lane", "15/07/2020", "254500", "56000", "20", "20", "Full"],
    ["21/00003/OPA", "Land at Filham", "01/03/2021", "263500", "56000", "200", "200", "Outline"],
]
# A building-control workbook: one row a completed dwelling, its planning reference among them.
COMPLETIONS = [
    ("BC-1", "19/01234/FUL", "100040000001", "Flat 1, 1 High Street", (2019, 5, 1), "2019/20", 1),
    ("BC-2", "19/01234/FUL", "100040000002", "Flat 2, 1 High Street", (2019, 6, 1), "2019/20", 1),
    ("BC-3", "20/00002/FUL", "100040000003", "1 Mill Close", (2021, 2, 1), "2020/21", 1),
    ("BC-4", "22/00009/FUL", "100040000004", "The Barn", (2023, 1, 9), "2022/23", 1),
]


def completions_xlsx(path):
    """As a building-control system exports it (GDAL's XLSX writer, date cells)."""
    out = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = out.CreateLayer("Completions", None, ogr.wkbNone)
    for name, kind in (
        ("Completion Ref", ogr.OFTString),
        ("Planning Ref", ogr.OFTString),
        ("UPRN", ogr.OFTString),
        ("Address", ogr.OFTString),
        ("Completion Date", ogr.OFTDate),
        ("Monitoring Year", ogr.OFTString),
        ("Net Units", ogr.OFTInteger),
        ("Easting", ogr.OFTReal),
        ("Northing", ogr.OFTReal),
    ):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for ref, app_ref, uprn, address, (y, m, d), year, units in COMPLETIONS:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in (("Completion Ref", ref), ("Planning Ref", app_ref), ("UPRN", uprn),
                            ("Address", address), ("Monitoring Year", year), ("Net Units", units),
                            ("Easting", 280510.0), ("Northing", 60510.0)):  # fmt: skip
            feature.SetField(name, value)
        feature.SetField("Completion Date", y, m, d, 0, 0, 0, 0)
        layer.CreateFeature(feature)
    out = None
    return str(path)


def with_permissions(store, tmp_path):
    path = test_import_dialog.write_csv(tmp_path / "uniform.csv", PERMISSIONS)
    options = ImportOptions("permissions", None, None, None, "EPSG:27700", True)
    assert import_table(path, store, options).inserted == 3


def answer(monkeypatch, button_text, seen):
    """Click ``button_text`` in the next message boxes (None: Cancel), recording what they said."""

    def fake_exec(box):
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        for button in box.buttons():
            if (button_text is None and box.standardButton(button) == QMessageBox.StandardButton.Cancel) or (
                button_text is not None and button.text() == button_text
            ):
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "exec_", fake_exec, raising=False)


def test_a_completions_workbook_is_recognised_as_completions(dialog, tmp_path):
    assert dialog.target == "permissions"  # the dialog opens on Permissions
    assert dialog.set_source(completions_xlsx(tmp_path / "building_control.xlsx"))
    assert dialog.target == "completions"
    hint = dialog.targetHintLabel.text()
    assert hint.startswith("Looks like completions: completion_id, uprn, completion_date, monitoring_year")
    assert dialog.mapping_combo("completion_id").currentText() == "Completion Ref"
    assert dialog.mapping_combo("units").currentText() == "Net Units"
    # Choosing Permissions anyway is allowed, with a warning in red.
    dialog.set_target("permissions")
    assert "You chose Permissions: check that this is right." in dialog.targetHintLabel.text()
    # A permissions extract stays on Permissions.
    dialog.set_source(test_import_dialog.write_csv(tmp_path / "uniform.csv", PERMISSIONS))
    assert dialog.target == "permissions"
    assert dialog.targetHintLabel.text().startswith("Looks like permissions:")


def test_the_wrong_target_is_checked_asked_and_undone(dialog, qgis_app, new_store, tmp_path, monkeypatch):
    with_permissions(new_store, tmp_path)
    before = snapshot(new_store)
    dialog.set_source(completions_xlsx(tmp_path / "building_control.xlsx"))
    dialog.set_target("permissions")  # the officer's mistake
    seen = []
    answer(monkeypatch, None, seen)  # Cancel
    assert dialog.run_import()
    wait_until(qgis_app, lambda: not dialog.running)
    checked = dialog.checked
    assert checked.dry_run
    # 19/01234/FUL (twice in the file: the second a duplicate) and 20/00002/FUL would be overwritten.
    assert (checked.inserted, checked.changed, checked.rejected, checked.deleted) == (1, 2, 1, 0)
    title, text, details = seen[0]
    assert title == "Change existing rows?"
    assert text == "This import changes 2 existing rows of Permissions and deletes 0."
    assert "Looks like completions" in details and "You chose Permissions" in details
    assert "1 new rows to insert, 2 existing rows to change" in details
    assert "Changes by field: " in details and "address 2" in details
    assert snapshot(new_store) == before  # cancelled: nothing written
    assert "Not imported" in dialog.statusLabel.text()
    assert not dialog.undoButton.isEnabled() or "uniform.csv" in dialog.undoButton.toolTip()

    answer(monkeypatch, "Import", seen)
    assert dialog.run_import()
    wait_until(qgis_app, lambda: not dialog.running)
    done = dialog.report
    assert done is not None and not done.dry_run
    assert done.as_dict() == dialog.checked.as_dict()  # the dry run said what the import did
    assert dict(done.changed_fields) == dict(dialog.checked.changed_fields)
    assert snapshot(new_store) != before
    assert dialog.undoButton.isEnabled() and "building_control.xlsx" in dialog.undoButton.toolTip()

    answer(monkeypatch, "Undo import", seen)
    assert dialog.undo_last_import()
    assert seen[-1][0] == "Undo last import?"
    assert (
        "building_control.xlsx into permissions" in seen[-1][1]
        and "2 rows changed, 1 inserted" in seen[-1][1]
    )
    assert snapshot(new_store) == before
    assert dialog.statusLabel.text().startswith("Undone: the import of building_control.xlsx")


def test_an_import_of_new_rows_only_is_not_asked(dialog, qgis_app, new_store, tmp_path, monkeypatch):
    seen = []
    answer(monkeypatch, None, seen)
    dialog.set_source(completions_xlsx(tmp_path / "building_control.xlsx"))
    assert dialog.run_import()
    wait_until(qgis_app, lambda: not dialog.running)
    assert seen == [] and dialog.report.inserted == 4 and new_store.count("completions") == 4


def test_enter_in_the_file_box_reads_the_file_but_does_not_import(dialog, qgis_app, new_store, tmp_path):
    path = str(test_import_dialog.write_csv(tmp_path / "uniform.csv", PERMISSIONS))
    dialog.activateWindow()
    dialog.fileEdit.setFocus()
    dialog.fileEdit.setText(path)
    QTest.keyClick(dialog.fileEdit, Qt.Key.Key_Return)
    qgis_app.processEvents()
    started = dialog.running
    wait_until(qgis_app, lambda: not dialog.running)  # (had it started, let it end before judging)
    assert not started
    assert dialog.table is not None and dialog.previewTable.rowCount() == 3  # the file was read
    assert not dialog.running and dialog.task is None and dialog.checked is None
    for _ in range(20):
        qgis_app.processEvents()
    assert new_store.count("permissions") == 0
    assert dialog.isVisible()  # and the dialog is still open
    assert not any(b.isDefault() or b.autoDefault() for b in (dialog.importButton, dialog.closeButton))
