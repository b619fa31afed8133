"""Completion evidence imported through the ordinary importer (issue 13, item 1): the EPC domestic
bulk open-data CSV (new dwellings only, the rest skipped and counted), council-tax new properties and
building-control completion certificates, into completion_evidence with their source; on both
backends."""

import pytest
from evidence_files import (
    BUILDING_CONTROL_HEADINGS,
    COUNCIL_TAX_HEADINGS,
    EPC_HEADINGS,
    epc_row,
    write_csv,
)

from jlp_monitor_plugin.core import schema
from jlp_monitor_plugin.core.importing import (
    ImportFailed,
    ImportOptions,
    evidence,
    import_table,
    suggest_mapping,
)

BOTH_BACKENDS = True

EPC_ROWS = [
    epc_row("1001", "Flat 2", "14 High St", "", "pl1  2ab", "100040000001", "2024-05-01", "new dwelling"),
    epc_row("1002", "3 Mill Lane", "", "", "PL7 1AA", "100040000002.0", "2024-06-01", "marketed sale"),
    epc_row("1003", "5 Mill Lane", "Plympton", "", "PL7 1AA", "", "2024-06-02", "rental (private)"),
    epc_row("1004", "14a High Street", "", "", "PL1 2AB", "000100040000003", "2024-07-09", "New dwelling"),
    epc_row("1005", "9 Quay Road", "", "", "TQ9 5AA", "", "31/02/2024", "new dwelling", lpa="SHA"),
    epc_row("1006", "1 Other Way", "", "", "PL7 1AB", "", "2024-06-02", "ECO assessment"),
]


def _epc(tmp_path):
    return str(write_csv(tmp_path / "certificates.csv", EPC_HEADINGS, EPC_ROWS))


def test_epc_bulk_csv_mapped_from_its_headings(tmp_path):
    suggestion = suggest_mapping(EPC_HEADINGS, "epc")
    assert dict(suggestion.field_map.columns) == {
        "evidence_id": "LMK_KEY",
        "uprn": "UPRN",
        "address": "ADDRESS",
        "postcode": "POSTCODE",
        "evidence_date": "LODGEMENT_DATE",
        "lpa": "LOCAL_AUTHORITY",
        "property_type": "PROPERTY_TYPE",
        "transaction_type": "TRANSACTION_TYPE",
    }


def test_epc_keeps_new_dwellings_and_counts_the_others_skipped(new_store, tmp_path):
    rejects = tmp_path / "rejects.csv"
    report = import_table(_epc(tmp_path), new_store, ImportOptions(target="epc"), str(rejects))
    # 6 rows: 3 are new dwellings (one with an impossible date: rejected), 3 are not (skipped)
    assert (report.read, report.inserted, report.updated, report.rejected, report.skipped) == (3, 2, 0, 1, 3)
    assert report.read == report.inserted + report.updated + report.rejected
    assert "Skipped 3 rows" in report.summary()
    rows = {r["evidence_id"]: r for r in new_store.rows(schema.COMPLETION_EVIDENCE)}
    assert set(rows) == {"1001", "1004"}
    assert rows["1001"]["source"] == "epc"
    assert rows["1001"]["address"] == "Flat 2, 14 High St"
    assert rows["1001"]["postcode"] == "PL1 2AB"
    assert rows["1004"]["uprn"] == "100040000003"  # leading zeros dropped: one UPRN, one text
    assert rows["1001"]["lpa"] == "PLY"  # the GSS code read as the plan's LPA
    assert str(rows["1004"]["evidence_date"])[:10] == "2024-07-09"
    assert "31/02/2024" in rejects.read_text(encoding="utf-8-sig")
    again = import_table(_epc(tmp_path), new_store, ImportOptions(target="epc"), str(rejects))
    assert (again.inserted, again.changed, again.skipped) == (0, 0, 3)


def test_epc_without_transaction_type_is_refused(new_store, tmp_path):
    with pytest.raises(ImportFailed, match="transaction_type"):
        import_table(
            _epc(tmp_path),
            new_store,
            ImportOptions(target="epc", field_map="evidence_id=LMK_KEY;address=ADDRESS;postcode=POSTCODE"),
        )


def test_council_tax_and_building_control_with_points_and_generated_ids(new_store, tmp_path):
    ctax = write_csv(
        tmp_path / "ctax.csv",
        COUNCIL_TAX_HEADINGS,
        [
            [
                "CT-9",
                "14A HIGH STREET, PLYMOUTH",
                "PL1 2AB",
                "100040000003",
                "B",
                "01/08/2024",
                "248000",
                "54500",
            ],
            ["CT-10", "Plot 4, Mill Lane", "PL7 1AA", "", "C", "02/08/2024", "", ""],
        ],
    )
    report = import_table(str(ctax), new_store, ImportOptions(target="council_tax"))
    assert (report.read, report.inserted, report.rejected) == (2, 2, 0)
    bc = write_csv(
        tmp_path / "bc.csv",
        [h for h in BUILDING_CONTROL_HEADINGS if h != "Certificate No"],
        [["Flat 2, 14 High St", "PL1 2AB", "", "4567/21/FUL", "03/08/2024"]] * 2,
    )
    report = import_table(str(bc), new_store, ImportOptions(target="building_control"))
    # two identical rows: two certificates (occurrence 1 and 2), ids stable across imports
    assert (report.read, report.inserted) == (2, 2)
    rows = new_store.rows(schema.COMPLETION_EVIDENCE)
    by_source = {}
    for row in rows:
        by_source.setdefault(row["source"], []).append(row)
    assert {r["evidence_id"] for r in by_source["council_tax"]} == {"CT-9", "CT-10"}
    assert [r["band"] for r in sorted(by_source["council_tax"], key=lambda r: r["evidence_id"])] == ["C", "B"]
    assert all(r["evidence_id"].startswith("gen-") for r in by_source["building_control"])
    assert {r["app_ref"] for r in by_source["building_control"]} == {"4567/21/FUL"}
    located = [f for f in new_store.layer(schema.COMPLETION_EVIDENCE).getFeatures() if f.hasGeometry()]
    assert [(f["evidence_id"], round(f.geometry().asPoint().x())) for f in located] == [("CT-9", 248000)]
    again = import_table(str(bc), new_store, ImportOptions(target="building_control"))
    assert (again.inserted, again.changed) == (0, 0)


def test_replace_mode_replaces_only_its_own_source(new_store, tmp_path):
    import_table(_epc(tmp_path), new_store, ImportOptions(target="epc"))
    ctax = write_csv(
        tmp_path / "c.csv", COUNCIL_TAX_HEADINGS, [["CT-1", "1 A St", "PL1 1AA", "", "A", "", "", ""]]
    )
    import_table(str(ctax), new_store, ImportOptions(target="council_tax"))
    ctax2 = write_csv(
        tmp_path / "c2.csv", COUNCIL_TAX_HEADINGS, [["CT-2", "2 A St", "PL1 1AA", "", "A", "", "", ""]]
    )
    report = import_table(str(ctax2), new_store, ImportOptions(target="council_tax", mode="replace"))
    assert (report.inserted, report.deleted) == (1, 1)
    kept = sorted((r["source"], r["evidence_id"]) for r in new_store.rows(schema.COMPLETION_EVIDENCE))
    assert kept == [("council_tax", "CT-2"), ("epc", "1001"), ("epc", "1004")]


def test_tidying_rules():
    assert evidence.tidy_postcode(" pl1  2ab ") == "PL1 2AB"
    assert evidence.tidy_postcode("PL12AB") == "PL1 2AB"
    assert evidence.tidy_address("Flat 2, , 14 High St,  ") == "Flat 2, 14 High St"
    assert evidence.tidy_uprn("000100040000003") == "100040000003"
    assert evidence.tidy_uprn("100040000003.0") == "100040000003"
    assert evidence.is_new_dwelling(" New  Dwelling ")
    assert not evidence.is_new_dwelling("marketed sale")


def test_qgis_process_imports_the_epc_csv_and_matches(qgis_profile, new_store, store_location, tmp_path):
    """Headless, from the packaged plugin: importepc reports SKIPPED apart from READ; matchevidence runs."""
    import json

    result = qgis_profile.qgis_process(
        "run", "jlpmonitor:importepc", "--json", "--INPUT={}".format(_epc(tmp_path)),
        "--STORE={}".format(store_location),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    outputs = json.loads(result.stdout[result.stdout.index("{") :])["results"]
    assert (outputs["READ"], outputs["INSERTED"], outputs["REJECTED"], outputs["SKIPPED"]) == (3, 2, 1, 3)
    result = qgis_profile.qgis_process(
        "run", "jlpmonitor:matchevidence", "--json", "--STORE={}".format(store_location), "--SOURCES=epc"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    outputs = json.loads(result.stdout[result.stdout.index("{") :])["results"]
    # no permissions in this store: both homes are weak, "not in the store"
    assert (outputs["RECORDS"], outputs["STRONG"], outputs["MEDIUM"], outputs["WEAK"]) == (2, 0, 0, 2)


def test_the_import_dialog_takes_the_epc_csv_as_completion_evidence(qgis_app, new_store, tmp_path):
    from conftest import wait_until

    from jlp_monitor_plugin.gui.import_dialog import ImportDialog

    dialog = ImportDialog(new_store)
    dialog.show()
    try:
        assert dialog.set_source(_epc(tmp_path))
        assert dialog.target == "epc"  # told from the headings: LMK_KEY, TRANSACTION_TYPE …
        assert dialog.mapping_combo("transaction_type").currentText() == "TRANSACTION_TYPE"
        assert dialog.mapping_combo("source") is None  # set by the target
        assert dialog.run_import()
        wait_until(qgis_app, lambda: not dialog.running)
        assert (dialog.report.read, dialog.report.inserted, dialog.report.skipped) == (3, 2, 3)
        assert "Skipped 3 rows that are not evidence of a new home" in dialog.summaryLabel.text()
    finally:
        dialog.close()


def test_undo_last_import_takes_the_evidence_out_again(new_store, tmp_path):
    from jlp_monitor_plugin.core.importing.undo import undo_import

    ctax = write_csv(
        tmp_path / "c.csv", COUNCIL_TAX_HEADINGS, [["CT-1", "1 A St", "PL1 1AA", "", "A", "", "", ""]]
    )
    import_table(str(ctax), new_store, ImportOptions(target="council_tax"))
    import_table(_epc(tmp_path), new_store, ImportOptions(target="epc"))
    assert new_store.count(schema.COMPLETION_EVIDENCE) == 3
    undo_import(new_store)
    assert [(r["source"], r["evidence_id"]) for r in new_store.rows(schema.COMPLETION_EVIDENCE)] == [
        ("council_tax", "CT-1")
    ]
