"""Monitoring reports (issue 5): given a small store whose figures are known, the report in every
format holds the site refs, the five-year supply figure and the council names; markup from the data
is escaped; user templates run in the sandbox; the algorithm and the Reports panel make it."""

import os
import re
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)
from test_monitoring import add, completion, make_store, permission, point

from jlp_monitor_plugin.core import reports
from jlp_monitor_plugin.core.monitoring import compute_monitoring
from jlp_monitor_plugin.core.reports import templates
from jlp_monitor_plugin.core.reports.context import build_context

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
BASE = "2025-03-31"
SCRIPT = "<script>alert(1)</script>"
LPA_NAMES = ["Plymouth City Council", "South Hams District Council", "West Devon Borough Council"]
SITES = [
    ("PLY9.1", "PLY", "PPA", 100, 0),
    ("SHA7.2", "SHA", "PPA", 60, 1000),
    ("WDE3.3", "WDE", "TTV", 20, 3000),
]


def build_store(tmp_path):
    """Three allocated sites, one in each council; a permission with completions on PLY9.1, one that
    lapsed unbuilt (its proposal holds markup), windfall completions in South Hams."""
    store = make_store(tmp_path, "report_store", sites=SITES)
    # The Plymouth site's name comes from the back office with markup in it.
    with store.transaction() as con:
        con.execute("UPDATE allocations SET site_name = ? WHERE site_ref = 'PLY9.1'", ("Hoe " + SCRIPT,))
    add(
        store,
        "permissions",
        [
            permission(
                "21/0001/FUL", 40, "2021-05-01", site_ref="PLY9.1", lpa="PLY", geometry=point(150, 150)
            ),
            permission(
                "15/0002/FUL",
                5,
                "2015-01-01",
                lpa="SHA",
                expiry_date="2018-01-01",
                proposal="Erection of 5 homes " + SCRIPT,
                address="1 Lapsed Lane",
                geometry=point(1500, 800),
            ),
        ],
    )
    add(
        store,
        "completions",
        [
            completion(
                "C1", 12, "2023-06-01", app_ref="21/0001/FUL", site_ref="PLY9.1", geometry=point(150, 150)
            ),
            completion(
                "C2", 8, "2024-06-01", app_ref="21/0001/FUL", site_ref="PLY9.1", geometry=point(150, 150)
            ),
            completion("C3", 3, "2024-09-01", geometry=point(1500, 600)),
        ],
    )
    return store


@pytest.fixture(scope="module")
def store(qgis_app, tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("reports"))


@pytest.fixture(scope="module")
def result(store):
    return compute_monitoring(store, BASE)


@pytest.fixture(scope="module")
def report(store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report_out")
    return reports.make_report(store, BASE, "housing_monitoring_report", reports.FORMATS, str(folder))


def supply_figure(result):
    """Years of supply as the statement shows it."""
    return "{:.2f}".format(result.supply.years_supply)


def pdf_text(path):
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_every_format_is_written(report):
    assert list(report.paths) == ["html", "pdf", "odt", "docx", "xlsx", "csv"]
    for fmt, path in report.paths.items():
        assert os.path.exists(path), fmt
    assert report.template == "housing_monitoring_report" and report.base_date == BASE
    assert report.site_pct["PLY9.1"] == pytest.approx(20.0)  # 20 of 100 homes built


def test_pdf_holds_site_refs_supply_figure_and_council_names_with_page_numbers(report, result):
    text = pdf_text(report.paths["pdf"])
    for ref, *_rest in SITES:
        assert ref in text
    for name in LPA_NAMES:
        assert name in text
    statement = [line for line in text.splitlines() if "Years of supply" in line]
    assert statement and supply_figure(result) in statement[0]
    assert "{} years".format(supply_figure(result)) in text  # headline and conclusion
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", report.paths["pdf"]], capture_output=True, text=True).stdout).group(1))  # fmt: skip
    assert pages >= 5
    assert "Page 1 of {}".format(pages) in text and "Page {} of {}".format(pages, pages) in text
    # The running header on every page after the title page; the contents give each section's page.
    assert text.count("Position at 31 March 2025") >= pages - 1
    assert re.search(r"Five-year housing land supply\s+\d+", text)
    # The lapsed permission, with the markup of its proposal shown as text.
    assert "15/0002/FUL" in text and "alert(1)" in text


def test_odt_content_holds_site_refs_supply_figure_and_council_names(report, result):
    with zipfile.ZipFile(report.paths["odt"]) as archive:
        content = archive.read("content.xml").decode("utf-8")
        pictures = [n for n in archive.namelist() if n.startswith("Pictures/")]
    for ref, *_rest in SITES:
        assert ref in content
    for name in LPA_NAMES:
        assert name in content
    assert supply_figure(result) in content
    assert "&lt;script&gt;" in content  # the proposal's markup is text in the document
    assert len(pictures) >= 5  # maps and charts travel inside the file
    # Tables span the page (Qt alone writes 100% as 100 points); A4 with header and page numbers.
    assert 'style:width="100pt"' not in content and 'table:align="margins"' in content
    assert "rel-column-width" in content and not re.search(r'style:column-width="[\d.]+%"', content)
    with zipfile.ZipFile(report.paths["odt"]) as archive:
        styles = archive.read("styles.xml").decode("utf-8")
        manifest = archive.read("META-INF/manifest.xml").decode("utf-8")
        assert archive.infolist()[0].filename == "mimetype"
    assert 'fo:page-width="21cm"' in styles and "<text:page-number" in styles and "<text:page-count" in styles
    assert "Plymouth and South West Devon Joint Local Plan — Position at 31 March 2025" in styles
    assert 'manifest:full-path="styles.xml"' in manifest


def test_docx_paragraphs_hold_site_refs_supply_figure_and_council_names(report, result):
    docx = pytest.importorskip("docx", reason="python-docx is not installed (Debian: python3-docx)")
    document = docx.Document(report.paths["docx"])
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    joined = "\n".join(texts)
    for ref, *_rest in SITES:
        assert ref in joined
    for name in LPA_NAMES:
        assert name in joined
    assert supply_figure(result) in joined
    assert any(p.style.name.startswith("Heading") and "Five-year housing land supply" in p.text
               for p in document.paragraphs)  # fmt: skip
    assert len(document.inline_shapes) >= 5  # maps and charts
    assert "Plymouth and South West Devon Joint Local Plan" in document.sections[0].header.paragraphs[0].text


def test_html_is_self_contained_and_escapes_markup_from_the_data(report, result):
    page = Path(report.paths["html"]).read_text(encoding="utf-8")
    assert SCRIPT not in page
    assert "Hoe &lt;script&gt;alert(1)&lt;/script&gt;" in page  # the site name
    assert "Erection of 5 homes &lt;script&gt;alert(1)&lt;/script&gt;" in page  # the proposal
    sources = re.findall(r'<img src="([^"]*)"', page)
    assert len(sources) >= 6  # four maps (plan area and each council) and two charts
    assert all(s.startswith("data:image/png;base64,") for s in sources)
    assert "{} years".format(supply_figure(result)) in page
    for ref, *_rest in SITES:
        assert ref in page


def test_xlsx_has_every_table_with_its_rows_and_csv_a_file_each(report, store, result):
    from osgeo import gdal

    context = build_context(store, result)
    expected = {name: len(table.records) for name, table in context["tables"].items()}
    # The first row holds the headings (GDAL guesses otherwise when every cell is text).
    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")
    try:
        source = gdal.OpenEx(report.paths["xlsx"], gdal.OF_VECTOR)
    finally:
        gdal.SetConfigOption("OGR_XLSX_HEADERS", None)
    sheets = {
        source.GetLayer(i).GetName(): source.GetLayer(i).GetFeatureCount()
        for i in range(source.GetLayerCount())
    }
    assert sheets == expected
    # Known rows: three sites, one lapsed permission, completions in two monitoring years.
    assert sheets["site_progress"] == 3 and sheets["lapsed_permissions"] == 1
    assert sheets["completions_by_lpa"] == 2 and sheets["review_queue"] == 5
    layer = source.GetLayerByName("site_progress")
    names = [
        layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())
    ]
    assert names[:3] == ["Site ref", "Site", "Council"]
    completed = {f["Site ref"]: f["Completed"] for f in layer}
    assert completed == {"PLY9.1": 20, "SHA7.2": 0, "WDE3.3": 0}
    files = sorted(os.listdir(report.paths["csv"]))
    assert files == sorted(name + ".csv" for name in expected)
    with open(os.path.join(report.paths["csv"], "site_progress.csv"), encoding="utf-8-sig") as handle:
        lines = handle.read().splitlines()
    assert lines[0].startswith("site_ref,site_name,lpa,policy_area,capacity") and len(lines) == 4


def test_other_built_in_templates(store, result, tmp_path):
    made = reports.make_report(store, BASE, "five_year_supply_statement", "pdf,html", str(tmp_path))
    text = pdf_text(made.paths["pdf"])
    assert "Housing Position Statement" in text and supply_figure(result) in text
    made = reports.make_report(store, BASE, "site_schedule", ["pdf"], str(tmp_path))
    text = pdf_text(made.paths["pdf"])
    for (ref, *_rest), name in zip(SITES, LPA_NAMES):
        assert ref in text and name in text


def write_template(folder, name, body):
    path = Path(folder) / (name + templates.SUFFIX)
    path.write_text(body, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "body",
    [
        "<p>{{ ''.__class__.__mro__ }}</p>",
        "<p>{{ ''.__class__ }}</p>",
        "<p>{{ cycler.__init__.__globals__ }}</p>",
        "<p>{{ lipsum.__globals__.os }}</p>",
        # Public methods of the objects behind the context: writing files, changing the tables.
        "<p>{{ map.overview.image.save('/tmp/jlp_sandbox_escape.png') }}</p>",
        "<p>{{ tables.headline.with_total('x', []) }}</p>",
        "<p>{{ tables.headline.records.append({}) }}</p>",
    ],
)
def test_a_user_template_reaching_for_python_internals_is_refused(store, tmp_path, body):
    path = write_template(tmp_path, "sneaky", "<h1>Report</h1>\n" + body)
    with pytest.raises(reports.ReportError) as error:
        reports.make_report(store, BASE, path, ["html"], str(tmp_path / "out"))
    message = str(error.value)
    assert "sneaky.html.j2" in message and "line 2" in message
    assert "SecurityError" in message and "refused" in message
    assert not (tmp_path / "out" / "sneaky.html").exists()


def test_template_errors_name_the_template_and_the_line(store, tmp_path):
    path = write_template(tmp_path, "broken", "<h1>Report</h1>\n<p>fine</p>\n{% if %}\n")
    with pytest.raises(reports.ReportError, match=r"broken\.html\.j2, line 3: syntax error"):
        reports.make_report(store, BASE, path, ["html"], str(tmp_path))
    path = write_template(
        tmp_path, "missing", "<h1>Report</h1>\n\n<p>{{ plan.name.upper() }} {{ nothing.here }}</p>\n"
    )
    with pytest.raises(reports.ReportError, match=r"missing\.html\.j2, line 3: UndefinedError"):
        reports.make_report(store, BASE, path, ["html"], str(tmp_path))


def test_user_templates_come_from_the_settings_folder_and_may_extend_the_base(store, result, tmp_path):
    folder = tmp_path / "my_templates"
    folder.mkdir()
    write_template(
        folder,
        "member_briefing",
        '{% extends "_base.html.j2" %}{% import "_macros.html.j2" as m %}{% block body %}'
        "<h1>{{ plan.name }}</h1><p>Supply: {{ supply.years }} years</p>{{ m.table(tables.site_progress) }}"
        "{% endblock %}",
    )
    previous = templates.user_folder()
    templates.set_user_folder(str(folder))
    try:
        names = [(t.name, t.built_in) for t in reports.available_templates()]
        assert names == [
            ("housing_monitoring_report", True),
            ("site_schedule", True),
            ("five_year_supply_statement", True),
            ("site_evidence_sheets", True),
            ("member_briefing", False),
        ]
        made = reports.make_report(store, BASE, "member_briefing", "html,pdf", str(tmp_path / "out"))
    finally:
        templates.set_user_folder(previous)
    page = Path(made.paths["html"]).read_text(encoding="utf-8")
    assert "Supply: {} years".format(supply_figure(result)) in page
    assert "PLY9.1" in pdf_text(made.paths["pdf"])
    assert made.paths["html"].endswith("member_briefing.html")


def test_bad_formats_and_unknown_templates_are_explained(store, tmp_path):
    with pytest.raises(reports.ReportError, match="Unknown report format doc; the formats are html, pdf"):
        reports.make_report(store, BASE, "housing_monitoring_report", "html,doc", str(tmp_path))
    with pytest.raises(
        reports.ReportError, match="Unknown report template 'annual'; known templates: housing"
    ):
        reports.make_report(store, BASE, "annual", "html", str(tmp_path))
    with pytest.raises(reports.ReportError, match="not a 31 March"):
        reports.make_report(store, "2025-04-01", "housing_monitoring_report", "html", str(tmp_path))


def test_a_cancelled_report_stops(store, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(reports.ReportCancelledError):
        reports.make_report(
            store, BASE, "housing_monitoring_report", "html", str(tmp_path), feedback=feedback
        )
    assert not (tmp_path / "housing_monitoring_report.html").exists()


def test_data_quality_counts_review_queue_and_rejects_files_beside_the_store(store, result, tmp_path):
    rejects = tmp_path / "rejects_permissions.csv"
    rejects.write_text(
        "layer,row,reason,App\npermissions,3,\"decision_date: '31/02/2024' is not a date\",A\n"
        "permissions,7,\"decision_date: 'x' is not a date\",B\npermissions,9,net_units missing,C\n",
        encoding="utf-8-sig",
    )
    context = build_context(store, result, rejects=[str(rejects)])
    rows = context["tables"]["rejected_rows"].records
    assert {(r["reason"], r["rows"]) for r in rows} == {("decision_date", 2), ("net_units missing", 1)}
    assert context["data_quality"]["rejected_total"] == 3
    assert context["data_quality"]["review_total"] == sum(
        r["count"] for r in context["tables"]["review_queue"].records
    )


def test_report_algorithm_runs_through_processing(processing_ready, store, result, tmp_path):
    import processing

    outputs = processing.run(
        "jlpmonitor:report",
        {
            "STORE": store.path,
            "BASE_DATE": BASE,
            "TEMPLATE": "five_year_supply_statement",
            "FORMATS": "pdf,xlsx,csv",
            "OUTPUT_FOLDER": str(tmp_path / "alg"),
        },
    )
    assert outputs["BASE_DATE"] == BASE
    assert outputs["PDF"].endswith("five_year_supply_statement.pdf")
    assert supply_figure(result) in pdf_text(outputs["PDF"])
    assert os.path.exists(outputs["XLSX"]) and os.path.isdir(outputs["CSV_FOLDER"])
    assert not outputs.get("HTML")
    with pytest.raises(QgsProcessingException, match="Unknown report format"):
        processing.run(
            "jlpmonitor:report",
            {"STORE": store.path, "BASE_DATE": BASE, "FORMATS": "word", "OUTPUT_FOLDER": str(tmp_path)},
        )


def wait_for(condition, seconds=180):
    deadline = time.time() + seconds
    while not condition() and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    return condition()


def test_reports_panel_runs_the_report_as_a_task_and_opens_print_layouts(qgis_app, store, result, tmp_path):
    from jlp_monitor_plugin.core import user_settings
    from jlp_monitor_plugin.gui.reports_panel import ReportsPanel

    user_settings.REPORT_FORMATS.remove()
    panel = ReportsPanel()
    assert not panel.runButton.isEnabled()  # no store yet
    panel.set_store(store)
    assert panel.runButton.isEnabled() and panel.folder().endswith("report")
    assert [panel.templateCombo.itemData(i) for i in range(len(reports.BUILT_IN))] == reports.BUILT_IN
    assert panel.formats() == ["html", "pdf", "xlsx"]  # the defaults
    panel.set_base_date(BASE)
    panel.set_formats(["pdf", "odt"])
    panel.set_folder(str(tmp_path / "panel"))
    finished = []
    panel.report_finished.connect(lambda ok, made, message: finished.append((ok, made, message)))
    task = panel.run_report()
    assert task is not None and not panel.runButton.isEnabled() and panel.cancelButton.isEnabled()
    assert wait_for(lambda: finished)
    ok, made, message = finished[0]
    assert ok, message
    assert list(made.paths) == ["pdf", "odt"]
    assert "PLY9.1" in pdf_text(made.paths["pdf"])
    assert panel.result_path() == made.paths["pdf"] and panel.openButton.isEnabled()
    assert "housing_monitoring_report.pdf" in panel.resultLabel.text()
    assert "The PDF is for printing: it is not tagged for screen readers." in panel.resultLabel.text()
    panel.resize(420, 460)
    panel.show()
    ARTIFACTS.mkdir(exist_ok=True)
    panel.grab().save(str(ARTIFACTS / "reports_panel.png"))

    project = QgsProject()
    layouts = panel.open_print_layouts(project)
    names = [layout.name() for layout in project.layoutManager().layouts()]
    assert names == [
        "JLP Monitor: Allocated sites by progress: the plan area",
        "JLP Monitor: Allocated sites by progress: Plymouth City Council",
        "JLP Monitor: Allocated sites by progress: South Hams District Council",
        "JLP Monitor: Allocated sites by progress: West Devon Borough Council",
    ]
    for layout in layouts:
        kinds = {type(item) for item in layout.items()}
        assert {QgsLayoutItemMap, QgsLayoutItemLegend, QgsLayoutItemScaleBar, QgsLayoutItemPicture} <= kinds
        texts = [item.text() for item in layout.items() if hasattr(item, "text") and callable(item.text)]
        assert any("Open Government Licence" in t and "31 March 2025" in t for t in texts)
    # Again: the layouts and their layers are replaced, not doubled.
    panel.open_print_layouts(project)
    assert len(project.layoutManager().layouts()) == 4
    # Areas, all allocations, and each council's allocations (its map's legend counts its own sites).
    assert sorted(layer.name() for layer in project.mapLayers().values()) == [
        "Allocated sites by % complete",
        "Allocated sites in Plymouth City Council by % complete",
        "Allocated sites in South Hams District Council by % complete",
        "Allocated sites in West Devon Borough Council by % complete",
        "Council areas",
    ]
    panel.close()


def test_a_cancelled_panel_report_says_so(qgis_app, store, tmp_path):
    from jlp_monitor_plugin.gui.report_task import ReportTask

    task = ReportTask(store, BASE, "housing_monitoring_report", ["pdf"], str(tmp_path))
    messages = []
    task.reported.connect(lambda ok, made, message: messages.append((ok, message)))
    QgsApplication.taskManager().addTask(task)
    task.cancel()
    assert wait_for(lambda: messages)
    assert messages[0] == (False, "The report was cancelled.")


def test_the_templates_are_packaged(packaged_zip):
    with zipfile.ZipFile(packaged_zip) as archive:
        names = set(archive.namelist())
    for name in reports.BUILT_IN + ["_base", "_macros"]:
        assert "jlp_monitor_plugin/templates/{}.html.j2".format(name) in names
    assert "jlp_monitor_plugin/gui/ui/reports_panel.ui" in names


def test_council_logos_come_from_the_plan_settings(qgis_app, tmp_path):
    from qgis.PyQt.QtGui import QColor, QImage

    store = build_store(tmp_path)
    logo = QImage(240, 120, QImage.Format_ARGB32)
    logo.fill(QColor("#1f5f8b"))
    assert logo.save(str(tmp_path / "ply_logo.png"))
    store.write_plan_settings({"report_logos": {"PLY": "ply_logo.png", "SHA": "missing.png"}})
    made = reports.make_report(store, BASE, "housing_monitoring_report", "html,odt", str(tmp_path / "out"))
    assert made.messages == [
        "The logo of SHA could not be read: {}".format(tmp_path / "missing.png"),
    ]
    page = Path(made.paths["html"]).read_text(encoding="utf-8")
    title_page = page[: page.index("Contents")]
    assert len(re.findall(r'<img src="data:image/png;base64,[^"]+" width="120" height="60"', title_page)) == 1
    with zipfile.ZipFile(made.paths["odt"]) as archive:
        assert len([n for n in archive.namelist() if n.startswith("Pictures/")]) >= 7


# -- what a template may reach: only templates, only images of its folders, only so much -------------


@pytest.mark.parametrize(
    "body",
    [
        "{% include '.pgpass' %}",
        "{% include '.pgpass' ignore missing %}",
        "{% import 'notes.txt' as notes %}",
        "{% extends 'secret.csv' %}",
    ],
)
def test_a_template_may_load_only_html_j2_templates(store, tmp_path, body):
    (tmp_path / ".pgpass").write_text("gis-db:5432:*:officer:Summer#2024\n")
    (tmp_path / "notes.txt").write_text("secret notes")
    (tmp_path / "secret.csv").write_text("secret,csv")
    path = write_template(tmp_path, "nosy", "<h1>Report</h1>\n" + body + "\n")
    with pytest.raises(reports.ReportError, match=r"only \.html\.j2 templates: '.*' was refused") as error:
        reports.make_report(store, BASE, path, ["html", "pdf"], str(tmp_path / "out"))
    assert "Summer" not in str(error.value)
    assert not (tmp_path / "out" / "nosy.html").exists()


def _png(path, colour="red"):
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_images_only_from_the_store_and_template_folders(store, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    secret = _png(outside / "secret.png", "blue")
    templates = tmp_path / "templates"
    templates.mkdir()
    _png(templates / "own.png")
    body = (
        "<h1>Report</h1>\n"
        '<p><img src="own.png"></p>\n'
        '<p><img src="{0}"></p>\n'
        '<p><img src="file://{0}"></p>\n'
        '<p><img src="../elsewhere/secret.png"></p>\n'
    ).format(secret)
    path = write_template(templates, "pictures", body)
    out = tmp_path / "out"
    report = reports.make_report(store, BASE, path, ["html", "pdf"], str(out))
    html = (out / "pictures.html").read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == 1  # its own picture, embedded
    assert (
        str(secret) not in html
        and "secret.png" not in html.split("</style>")[-1].replace("left out", "").split("<h1>")[-1]
    )
    assert html.count('src=""') == 3
    left_out = [m for m in report.messages if "image was left out" in m]
    assert len(left_out) == 3 and any(str(secret) in m for m in left_out)


def test_qt_documents_load_no_file_from_outside_the_folders(qgis_app, tmp_path):
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtGui import QTextDocument

    from jlp_monitor_plugin.core.reports import writers

    allowed = tmp_path / "allowed"
    allowed.mkdir()
    inside = _png(allowed / "in.png")
    secret = _png(tmp_path / "secret.png")
    html = '<p><img src="{}"></p><table style="background-image: url({})"><tr><td>x</td></tr></table>'.format(
        inside, secret
    )
    doc = writers.document(html, {}, [str(allowed)])
    kind = QTextDocument.ResourceType.ImageResource
    assert doc.resource(kind, QUrl.fromLocalFile(str(inside))) is not None
    assert doc.resource(kind, QUrl.fromLocalFile(str(secret))) is None
    assert doc.resource(kind, QUrl(str(secret))) is None


@pytest.mark.parametrize(
    "body",
    [
        "{% for i in range(100000) %}{% for j in range(100000) %}<p>0123456789</p>{% endfor %}{% endfor %}",
        "<p>{{ 'x' * 1000000000 }}</p>",
        "<p>{{ 10 ** 1000000000 }}</p>",
    ],
)
def test_a_template_rendering_too_much_is_stopped(store, tmp_path, body):
    import time

    path = write_template(tmp_path, "huge", "<h1>Report</h1>\n" + body + "\n")
    started = time.time()
    with pytest.raises(reports.ReportError, match=r"Template huge\.html\.j2( \(line 2\))? was stopped"):
        reports.make_report(store, BASE, path, ["html"], str(tmp_path / "out"))
    assert time.time() - started < 120
    assert not (tmp_path / "out" / "huge.html").exists()


def test_the_maps_legend_is_drawn_inside_its_box_above_the_source_line(store, result):
    """QGIS 3.40 measured a legend whose layer splits over columns smaller than it drew it, and the
    map's source line, placed under the measured box, was printed over the legend's last row."""
    from qgis.core import Qgis, QgsLayoutItemLabel
    from qgis.PyQt.QtGui import QColor

    from jlp_monitor_plugin.core.reports import maps

    pct_by_site = dict(zip(result.site_progress["site_ref"], result.site_progress["pct_complete"]))
    layers = maps.ReportLayers(store, pct_by_site)
    name, lpa, title = maps.map_specs(layers)[0]
    layout = maps.map_layout(layers, title, lpa, maps.source_text(store, "31 March 2025"), name)
    legend = next(item for item in layout.items() if isinstance(item, QgsLayoutItemLegend))
    scale = next(item for item in layout.items() if isinstance(item, QgsLayoutItemScaleBar))
    labels = [item for item in layout.items() if isinstance(item, QgsLayoutItemLabel)]
    source = max(labels, key=lambda item: item.pos().y())
    top, bottom = legend.pos().y(), legend.pos().y() + legend.rect().height()
    assert source.pos().y() >= bottom
    for label in labels:
        label.setVisible(False)  # what is left under the legend's top is the legend (and the scale bar)
    per_mm = 100 / 25.4
    image = maps.layout_image(layout, 100)
    columns = range(int(legend.pos().x() * per_mm) + 1, int(scale.pos().x() * per_mm) - 1, 2)
    drawn = [
        y
        for y in range(int(top * per_mm), image.height())
        if any(QColor(image.pixel(x, y)).lightness() < 200 for x in columns)
    ]
    assert drawn and drawn[-1] / per_mm > top + 10  # the legend's rows
    assert drawn[-1] / per_mm <= bottom + 0.5, (Qgis.QGIS_VERSION, drawn[-1] / per_mm, bottom)
