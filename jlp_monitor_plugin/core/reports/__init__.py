"""Monitoring reports from templates (SPEC.md "Report"): HTML, PDF, ODT, DOCX, XLSX and CSV, with
maps drawn by QGIS print layouts and charts painted by ``core.charts``.

One call makes a report::

    report = make_report(store, "2025-03-31", "housing_monitoring_report", ["html", "pdf"], folder)
    report.paths   # {"html": ".../housing_monitoring_report.html", "pdf": ...}

- ``templates``: finding templates (built-in and the officer's folder) and rendering them in
  jinja2's sandbox, autoescaped;
- ``context``: the figures as a plain dict of text, ``Table`` and ``Image`` objects;
- ``maps``: the print layouts of the maps (also used by the GUI's "Open as print layout");
- ``writers``: one writer per format.

Needs pandas (monitoring figures) and jinja2; python-docx only for DOCX.
"""

import os
import time
from collections import OrderedDict
from typing import Any, Dict, List, NamedTuple, Optional, Sequence

from ..output_guard import os_error_text
from ..translation import tr
from .templates import BUILT_IN, ReportError, TemplateRef, available_templates, resolve_template

__all__ = [
    "BUILT_IN",
    "FORMATS",
    "Report",
    "ReportCancelledError",
    "ReportError",
    "TemplateRef",
    "available_templates",
    "make_report",
    "parse_formats",
    "resolve_template",
]

FORMATS = ["html", "pdf", "odt", "docx", "xlsx", "csv"]


class ReportCancelledError(ReportError):
    """The officer cancelled; files already written stay, nothing else is written."""


class Report(NamedTuple):
    template: str
    base_date: str
    paths: "OrderedDict[str, Any]"  # format: path (csv: the folder of CSV files)
    csv_files: List[str]
    messages: List[str]  # what the officer should know (a format skipped, a logo not found)
    seconds: float
    site_pct: Dict[str, float] = {}  # site_ref: % complete, for maps drawn later


def parse_formats(value: Any) -> List[str]:
    """Formats from "html,pdf" or a list; unknown ones are an error naming the known ones."""
    if isinstance(value, str):
        items = [v.strip().lower().lstrip(".") for v in value.replace(";", ",").split(",")]
    else:
        items = [str(v).strip().lower() for v in value or []]
    items = [v for v in items if v]
    unknown = [v for v in items if v not in FORMATS]
    if unknown:
        raise ReportError(
            tr("Unknown report format {}; the formats are {}").format(", ".join(unknown), ", ".join(FORMATS))
        )
    if not items:
        raise ReportError(tr("Choose at least one report format ({}).").format(", ".join(FORMATS)))
    return [f for f in FORMATS if f in items]


class _Progress:
    def __init__(self, feedback):
        self.feedback = feedback

    def __call__(self, pct: float, text: str = "") -> None:
        if self.feedback is None:
            return
        if self.feedback.isCanceled():
            raise ReportCancelledError(tr("The report was cancelled."))
        self.feedback.setProgress(pct)
        if text and hasattr(self.feedback, "pushInfo"):
            self.feedback.pushInfo(text)


def report_images(store, result, messages: List[str], dpi: int = 150) -> "OrderedDict[str, Any]":
    """The report's images by name, drawn when first used: council logos (plan setting report_logos),
    maps (overview, one a council) and charts (trajectory, completions by council)."""
    from qgis.PyQt.QtGui import QImage

    from . import alt_text
    from .maps import ReportLayers, layout_image, map_layout, map_specs, source_text
    from .tables import Image, long_date

    images: OrderedDict[str, Any] = OrderedDict()
    settings = store.plan_settings()
    folder = os.path.dirname(os.path.abspath(store.path))
    for code, path in (settings.get("report_logos") or {}).items():
        full = path if os.path.isabs(path) else os.path.join(folder, path)
        logo = QImage(full)
        if logo.isNull():
            messages.append(tr("The logo of {} could not be read: {}").format(code, full))
            continue
        images["logo_" + code] = Image("logo_" + code, code, lambda logo=logo: logo, width=120)

    pct_by_site = result.for_area("PLAN").pct_by_site
    state: Dict[str, Any] = {}

    def layers():
        if "layers" not in state:
            state["layers"] = ReportLayers(store, pct_by_site)
        return state["layers"]

    text = source_text(store, long_date(result.base_date))
    sites = result.for_area("PLAN").sites
    for name, lpa, title in map_specs(layers()):

        def draw(lpa=lpa, title=title, name=name):
            return layout_image(map_layout(layers(), title, lpa, text, name), dpi)

        shown = {str(r["site_ref"]): r["pct_complete"] for r in sites if not lpa or r["lpa"] == lpa}
        if lpa:
            alt = alt_text.map_alt(tr("the area of {}").format(layers().names.get(lpa, lpa)), [], shown)
        else:
            area = tr("the {} area").format(settings["plan_name"])
            alt = alt_text.map_alt(area, list(layers().names.values()), shown)
        images[name] = Image(name, title, draw, width=640, alt=alt)

    images.update(chart_images(result, settings))
    return images


def chart_images(result, settings) -> "OrderedDict[str, Any]":
    from .. import charts, styling
    from . import alt_text
    from .tables import Image

    images: OrderedDict[str, Any] = OrderedDict()
    plan = result.for_area("PLAN")
    series = plan.series
    title = tr("Housing trajectory: completions, projected delivery and the requirement")
    images["chart_trajectory"] = Image(
        "chart_trajectory",
        title,
        lambda: charts.render_image(1280, 680, charts.paint_trajectory_chart, series),
        width=640,
        alt=alt_text.trajectory_alt(series),
    )
    names = OrderedDict((lpa["code"], lpa.get("name") or lpa["code"]) for lpa in settings["lpas"])
    codes = plan.codes("lpa", list(names))
    rows = plan.completions_by("lpa", codes)
    years = [r["monitoring_year"] for r in rows]
    stacks = OrderedDict()
    colours = {}
    for code, name in names.items():
        stacks[name] = [float(r[code]) for r in rows]
        colours[name] = styling.LPA_COLOURS.get(code, "#868e96")
    others = codes[len(names) :]
    if others:
        stacks[tr("Not in a council area")] = [float(sum(r[c] for c in others)) for r in rows]
    title = tr("Net completions by monitoring year and council")
    images["chart_completions_by_area"] = Image(
        "chart_completions_by_area",
        title,
        lambda: charts.render_image(
            1280, 640, charts.paint_stacked_bars, years, stacks, colours, "", tr("Net homes")
        ),
        width=640,
        alt=alt_text.stacked_bars_alt(title, years, stacks),
    )
    return images


def make_report(
    store,
    base_date=None,
    template: str = BUILT_IN[0],
    formats: Sequence[str] = ("html",),
    folder: str = ".",
    feedback=None,
    rejects: Optional[Sequence[str]] = None,
    template_folder: Optional[str] = None,
    parameter: str = "OUTPUT_FOLDER",
    result=None,
) -> Report:
    """Writes the report ``template`` of ``store`` at ``base_date`` in each of ``formats`` into
    ``folder``. ``feedback``: a QgsProcessingFeedback or QgsTask (progress, cancel).

    Raises ReportError (a bad template, base date or format; the message says which), or
    ReportCancelledError. A format that needs a missing package (DOCX) is skipped with a message.
    ``folder`` (the output ``parameter``) may not be, or receive a file that is, the store, the
    template or a rejects file the report reads; a disk that fills up is a ReportError saying so.
    ``result``: the store's MonitoringResult already computed (the Monitoring dock's), used when it is
    at ``base_date``; otherwise the figures are computed here.
    """
    from .. import monitoring
    from .context import build_context
    from .evidence_sheets import EVIDENCE_TEMPLATES

    started = time.time()
    progress = _Progress(feedback)
    wanted = parse_formats(formats)
    ref = resolve_template(template, template_folder)
    ok, message = monitoring.pandas_available()
    if not ok:
        raise ReportError(message)
    try:
        import jinja2  # noqa: F401
    except ImportError:
        raise ReportError(
            tr("Reports need jinja2; it ships with QGIS on Windows — on Linux install python3-jinja2.")
        ) from None
    progress(2, tr("Computing the monitoring figures"))
    try:
        if result is None or result.base_date != monitoring.parse_base_date(base_date):
            result = monitoring.compute_monitoring(store, base_date)
    except monitoring.MonitoringError as exc:
        raise ReportError(str(exc)) from None
    from ..output_guard import OutputRefused, Protected
    from .context import rejects_files

    # The run's inputs: the store, the template, the rejects files the data-quality section reads.
    protected = Protected(store, [ref.path])
    for path in rejects_files(store.path) if rejects is None else rejects:
        protected.add_input(path)
    try:
        protected.check(folder, parameter)
    except OutputRefused as exc:
        raise ReportError(str(exc)) from None
    messages: List[str] = []
    progress(15, tr("Gathering the tables"))
    images = report_images(store, result, messages)
    context = build_context(store, result, images, rejects)
    from .changes import add_changes

    add_changes(store, result, context, images, messages)  # since the last frozen position (issue 11)
    tables = list(context["tables"].values())
    if ref.name in EVIDENCE_TEMPLATES:  # its spreadsheet: the sheets' tables, not the monitoring report's
        tables = list(context["evidence"]["tables"].values())
    names = [ref.name + "." + f for f in wanted if f != "csv"]
    if "csv" in wanted:
        names += [os.path.join(ref.name + "_tables", t.name + ".csv") for t in tables]
    try:
        protected.check_folder(folder, parameter, names)
        os.makedirs(folder, exist_ok=True)
    except OutputRefused as exc:
        raise ReportError(str(exc)) from None
    except OSError as exc:
        raise ReportError(tr("Cannot make the folder {}: {}").format(folder, os_error_text(exc))) from None
    try:
        return _write_report(
            store, result, ref, wanted, folder, context, images, tables, messages, progress, feedback, started
        )
    except OSError as exc:
        raise ReportError(
            tr("The report could not be written to {}: {}").format(folder, os_error_text(exc))
        ) from None


def _write_report(
    store, result, ref, wanted, folder, context, images, tables, messages, progress, feedback, started
) -> Report:
    from . import docx_writer, odt_writer, pdf_outline, sheet_writers, writers
    from .accessible import for_print, title_and_language
    from .document_blocks import document_properties
    from .templates import filter_images, image_folders
    from .templates import render as render_template

    folders = image_folders(store.path, ref)
    base = os.path.dirname(ref.path)

    def render(ref, values):
        """The template rendered, its <img> kept to the plugin's pictures and the allowed folders."""
        html = render_template(ref, values)
        if values.get("print"):
            html = for_print(html)
        return filter_images(html, folders, base, values.get("format") == "html", image_messages)

    image_messages: List[str] = []
    paths: OrderedDict[str, Any] = OrderedDict()
    csv_files: List[str] = []
    stem = os.path.join(folder, ref.name)
    title = context["plan"]["name"]
    header_right = tr("Position at {}").format(context["base_date_text"])
    if context.get("position"):
        header_right = tr("Frozen position {}, at {}").format(
            context["position"]["title"], context["base_date_text"]
        )

    if "html" in wanted:
        progress(20, tr("Drawing the maps and charts; writing HTML"))
        for image in images.values():
            image.mode = "data"
        html = render(ref, dict(context, print=False, format="html"))
        paths["html"] = writers.write_html(html, stem + ".html")

    documents = [f for f in ("pdf", "odt", "docx") if f in wanted]
    if documents:
        progress(45, tr("Laying out the document"))
        for image in images.values():
            image.mode = "resource"
        # ODT and DOCX are paginated again by Word or LibreOffice: their contents have no page numbers.
        print_html = render(ref, dict(context, print=True, format="print"))
        doc = writers.document(print_html, images, folders)
        # The PDF's second pass has the page each section starts on, for the contents.
        pages = writers.heading_pages(doc)
        if pages and "pdf" in wanted:
            doc = writers.document(
                render(ref, dict(context, print=True, format="pdf", pages=pages)), images, folders
            )
        if "pdf" in wanted:
            progress(60, tr("Writing PDF"))
            paths["pdf"] = writers.write_pdf(doc, stem + ".pdf", title, header_right, feedback)
            # Untagged (Qt cannot tag), but with the report's title, language and bookmarks.
            doc_title, lang = title_and_language(print_html)
            pdf_outline.finish_pdf(
                paths["pdf"], doc_title or title, lang, pdf_outline.headings(doc), writers.TOP
            )
            progress(70)
        # Word's and Writer's own documents: their styles, contents field, captions, alt text, properties.
        properties = document_properties(context, title_and_language(print_html)[0])
        if "odt" in wanted:
            progress(72, tr("Writing ODT"))
            paths["odt"] = odt_writer.write_odt(
                print_html, images, stem + ".odt", "{} — {}".format(title, header_right), properties
            )
        if "docx" in wanted:
            progress(80, tr("Writing DOCX"))
            try:
                paths["docx"] = docx_writer.write_docx(
                    print_html, images, stem + ".docx", "{} — {}".format(title, header_right), properties
                )
            except writers.MissingDependencyError as exc:
                messages.append(str(exc))
    if "xlsx" in wanted:
        progress(88, tr("Writing XLSX"))
        try:
            paths["xlsx"] = sheet_writers.write_xlsx(tables, stem + ".xlsx")
        except writers.MissingDependencyError as exc:
            messages.append(str(exc))
    if "csv" in wanted:
        progress(94, tr("Writing CSV"))
        csv_folder = stem + "_tables"
        csv_files = sheet_writers.write_csvs(tables, csv_folder)
        paths["csv"] = csv_folder
    progress(100)
    messages.extend(dict.fromkeys(image_messages))  # each left-out image once, not once a format
    messages.extend(result.warnings)
    site_pct = {
        ref: (None if pct is None else float(pct)) for ref, pct in result.for_area("PLAN").pct_by_site.items()
    }
    return Report(
        ref.name, result.base_date.isoformat(), paths, csv_files, messages, time.time() - started, site_pct
    )
