"""The import dialog in real QGIS offscreen, as an officer uses it: a back-office CSV chosen, its
columns mapped from the headings, the preview marking the bad rows, profiles, the import running as a
QgsTask with progress and cancel, and the summary linking to the rejects file."""

import csv

import pytest
from conftest import wait_until
from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QToolBar

from jlp_monitor_plugin.core import user_settings
from jlp_monitor_plugin.gui.import_dialog import ImportDialog
from jlp_monitor_plugin.gui.import_tables import ERROR_COLOUR, WARNING_COLOUR

HEADINGS = ["Application Number", "Site Address", "Decision Date", "Easting", "Northing", "No. of Units",
            "Net Units", "Application Type"]  # fmt: skip
ROWS = [
    ["19/01234/FUL", "1 High Street, Totnes", "21/01/2008", "280500", "60500", "12", "12", "Full"],
    ["4185/19/OPA", "Land at Filham", "31/02/2020", "263500", "56000", "200", "200", "Outline"],
    ["20/00002/HOU", "12 Mill Lane", "15/07/2020", "254500", "56000", "1", "1", "Householder"],
]


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADINGS)
        writer.writerows(rows)
    return path


@pytest.fixture()
def dialog(qgis_app, new_store):
    user_settings.IMPORT_PROFILES.remove()
    dialog = ImportDialog(new_store)
    dialog.show()
    yield dialog
    dialog.close()
    dialog.deleteLater()  # as the plugin's dialog is (WA_DeleteOnClose)
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    user_settings.IMPORT_PROFILES.remove()


def test_mapping_is_suggested_and_the_preview_marks_the_bad_rows(dialog, tmp_path):
    assert dialog.set_source(str(write_csv(tmp_path / "uniform.csv", ROWS)))
    assert dialog.target == "permissions"
    assert dialog.mapping_combo("app_ref").currentText() == "Application Number"
    assert dialog.mapping_combo("decision_date").currentText() == "Decision Date"
    assert dialog.mapping_combo("units_proposed").currentText() == "No. of Units"
    assert dialog.mapping_combo("net_units").currentText() == "Net Units"
    assert dialog.mapping_combo("address").currentText() == "Site Address"
    assert (dialog.xCombo.currentText(), dialog.yCombo.currentText()) == ("Easting", "Northing")

    assert dialog.previewTable.rowCount() == 3
    assert dialog.cell_colour(0, "Decision Date") is None
    assert dialog.cell_colour(1, "Decision Date") == ERROR_COLOUR
    assert dialog.cell_problem(1, "Decision Date") == (
        "uniform.csv row 2, Decision Date (decision_date) = '31/02/2020': "
        "not a real date: February 2020 has 29 days"
    )
    assert dialog.cell_colour(2, "Application Type") == WARNING_COLOUR
    assert "kept as 'other'" in dialog.cell_problem(2, "Application Type")
    assert dialog.previewLabel.text() == "First 3 rows: 2 with problems (1 would be rejected)."

    dialog.dayFirstCheck.setChecked(False)  # month first: 21/01/2008 is now the impossible one
    assert dialog.cell_colour(0, "Decision Date") == ERROR_COLOUR
    assert "are the dates day first?" in dialog.cell_problem(0, "Decision Date")
    dialog.dayFirstCheck.setChecked(True)

    dialog.set_target("completions")  # the mapping follows what is imported
    assert dialog.mapping_combo("units").currentText() == "Net Units"
    assert dialog.mapping_combo("completion_id") is not None and dialog.mapping_combo("net_units") is None
    dialog.set_target("permissions")
    assert dialog.mapping_combo("net_units").currentText() == "Net Units"


def test_profiles_are_saved_loaded_and_deleted(dialog, tmp_path):
    dialog.set_source(str(write_csv(tmp_path / "uniform.csv", ROWS)))
    dialog.mapping_combo("address").setCurrentIndex(0)  # the officer does not want addresses
    dialog.mapping_combo("lpa").setEditText("'SHA'")  # a constant for a one-council extract
    assert dialog.save_profile("South Hams Uniform")
    assert [dialog.profileCombo.itemText(i) for i in range(dialog.profileCombo.count())] == [
        "South Hams Uniform"
    ]

    dialog.apply_suggestion()
    assert dialog.mapping_combo("address").currentText() == "Site Address"
    assert dialog.load_profile("South Hams Uniform")
    assert dialog.mapping_combo("address").currentText() == ""
    assert dialog.mapping_combo("lpa").currentText() == "'SHA'"
    assert "lpa='SHA'" in dialog.mapping_text()
    assert dialog.delete_profile("South Hams Uniform") and dialog.profileCombo.count() == 0
    assert not dialog.load_profile("South Hams Uniform")
    assert "no profile named" in dialog.statusLabel.text()


def test_the_import_runs_as_a_task_and_the_summary_links_to_the_rejects(
    dialog, qgis_app, new_store, tmp_path
):
    dialog.set_source(str(write_csv(tmp_path / "uniform.csv", ROWS)))
    assert dialog.run_import()
    assert dialog.running and not dialog.importButton.isEnabled() and dialog.cancelButton.isEnabled()
    wait_until(qgis_app, lambda: not dialog.running)
    assert dialog.progressBar.value() == 100
    report = dialog.report
    assert (report.read, report.inserted, report.updated, report.rejected, report.warnings) == (3, 2, 0, 1, 1)
    text = dialog.summaryLabel.text()
    assert "read 3 · inserted 2 · updated 0 (0 changed, 0 unchanged) · rejected 1" in text
    assert '<a href="file://{}">'.format(report.rejects_path) in text
    assert report.rejects_path.startswith(str(tmp_path)) and "uniform_rejects_" in report.rejects_path
    with open(report.rejects_path, encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.DictReader(handle))
    assert [r["Application Number"] for r in rejected] == ["4185/19/OPA"]
    assert new_store.count("permissions") == 2

    assert dialog.run_import()  # again: nothing changes
    wait_until(qgis_app, lambda: not dialog.running)
    assert (dialog.report.inserted, dialog.report.updated, dialog.report.changed) == (0, 2, 0)


def test_a_cancelled_import_leaves_the_store_as_it_was(dialog, qgis_app, new_store, tmp_path):
    rows = [
        ["21/{:05d}/FUL".format(i), "x", "01/05/2021", "250000", "55000", "1", "1", "Full"]
        for i in range(30000)
    ]
    dialog.set_source(str(write_csv(tmp_path / "big.csv", rows)))
    assert dialog.run_import()
    dialog.cancel()
    wait_until(qgis_app, lambda: not dialog.running)
    assert dialog.report is None
    assert "cancelled; the store was left as it was" in dialog.statusLabel.text()
    assert new_store.count("permissions") == 0


def test_an_unusable_mapping_is_explained_not_run(dialog, tmp_path):
    dialog.set_source(str(write_csv(tmp_path / "uniform.csv", ROWS)))
    dialog.mapping_combo("app_ref").setCurrentIndex(0)
    assert "gives no column for app_ref" in dialog.previewLabel.text()
    assert not dialog.run_import()
    assert "gives no column for app_ref" in dialog.statusLabel.text()


def test_the_plugin_opens_the_dialog_for_the_current_store(plugin, iface, tmp_path, new_store):
    toolbar = iface.mainWindow().findChild(QToolBar, "JLPMonitorToolbar")
    action = next(a for a in toolbar.actions() if a.text() == "Import data…")
    assert not action.icon().isNull()
    assert plugin.import_data() is None  # no store yet: the officer is told what to do
    assert any(
        "Open or create a monitoring store first" in m for m in iface.messageBar().get_messages(Qgis.Warning)
    )
    plugin.open_store(new_store.path)
    dialog = plugin.import_data()
    try:
        assert isinstance(dialog, ImportDialog) and dialog.store.path == new_store.path
        assert dialog.windowTitle() == "Import data into store"
    finally:
        dialog.close()
