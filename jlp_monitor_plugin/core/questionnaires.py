"""Developer questionnaires (NPPF Annex 2 evidence), going out: for chosen sites, or every category-b site
at the base date, one letter per site from the ``questionnaire_letter.html.j2`` template (PDF, ODT or
DOCX, with the site's map and what the council holds: permissions, completions, homes remaining) and a
return workbook (XLSX) pre-filled with the site's trajectory by monitoring year and the evidence
questions; and ``manifest.csv``, what was sent. ``core/returns.py`` reads the returned workbooks.

The return workbook has two sheets: ``Trajectory`` (site_ref, app_ref, monitoring_year, current_units,
your_units — pre-filled with the current figure, to be changed) and ``Evidence`` (question_id,
question, answer). The reply date (``reply_date``) dates the evidence a return adds.
"""

import csv
import datetime
import os
import re
from typing import Any, Dict, List, Optional, Sequence

from .evidence import read_evidence
from .monitoring.annex2 import CATEGORY_B, evidence_type_label
from .monitoring.area_view import records
from .monitoring.periods import label
from .output_guard import Protected, os_error_text
from .translation import tr

TRAJECTORY_SHEET = "Trajectory"
EVIDENCE_SHEET = "Evidence"
TRAJECTORY_COLUMNS = ["site_ref", "app_ref", "monitoring_year", "current_units", "your_units"]
YEARS_AHEAD = 15
LETTER = "questionnaire_letter"


def questions() -> List[tuple]:
    """(question_id, question): the evidence a developer is asked for (PPG 68-007)."""
    return [
        ("reply_date", tr("Date of this reply (YYYY-MM-DD)")),
        ("organisation", tr("Your organisation")),
        ("contact_name", tr("Your name and role")),
        ("start_on_site", tr("When do you expect to start on site? (YYYY-MM or text)")),
        ("build_out_rate", tr("Homes a year you expect to complete once building")),
        ("reserved_matters", tr("Progress towards reserved matters or a full application")),
        ("agreement", tr("Any planning performance agreement or agreement with the council on delivery")),
        ("ownership", tr("Ownership: is the land controlled by a developer? Any constraints?")),
        ("viability", tr("Viability: any issue that could delay the homes?")),
        ("infrastructure", tr("Infrastructure needed first, and its funding")),
        ("comments", tr("Anything else we should know")),
    ]


class QuestionnaireError(Exception):
    """Questionnaires could not be made; the message says why."""


def safe_name(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", key).strip("_") or "site"


def chosen_subjects(result, sites: Optional[Sequence[str]] = None) -> List[dict]:
    """The Annex 2 rows to send to: ``sites`` (site_refs or app_refs), or every category-b subject."""
    rows = records(result.annex2) if result.annex2 is not None else []
    by_key = {(r["site_ref"] or r["app_ref"]): r for r in rows}
    if sites:
        missing = [s for s in sites if s not in by_key]
        if missing:
            raise QuestionnaireError(
                tr("Not a site or permission of the store's supply: {}").format(", ".join(missing))
            )
        return [by_key[s] for s in sites]
    return [r for r in rows if r["category"] == CATEGORY_B and (r["units_years_1_5"] or r["units_later"])]


def site_facts(store, result, subject: dict) -> Dict[str, Any]:
    """What the council holds about a site: its permissions, completions, homes remaining, trajectory."""
    key = subject["site_ref"] or subject["app_ref"]
    permissions = records(result.permissions)
    if subject["site_ref"]:
        refs = {p["app_ref"] for p in permissions if p["site_ref"] == key}
    else:
        lineage = next((p["lineage"] for p in permissions if p["app_ref"] == key), key)
        refs = {p["app_ref"] for p in permissions if p["lineage"] == lineage} | {key}
    completions = [
        c for c in records(result.completions) if c.get("site_ref") == key or c.get("app_ref") in refs
    ]
    site = next((s for s in result.sites if s["site_ref"] == key), None)
    trajectory = [
        r
        for r in records(result.trajectory)
        if (r.get("site_ref") == key or (r.get("app_ref") in refs and not r.get("site_ref")))
        and int(r["year"]) > result.base_year
    ]
    by_year: Dict[int, int] = {}
    for row in trajectory:
        by_year[int(row["year"])] = by_year.get(int(row["year"]), 0) + int(row["units"])
    completed = sum(int(c["units"]) for c in completions)
    capacity = (
        site["capacity"]
        if site
        else sum(int(p["counted_units"] or 0) for p in permissions if p["app_ref"] in refs)
    )
    return {
        "key": key,
        "name": subject.get("name") or "",
        "category": subject.get("category"),
        "result": subject.get("result"),
        "reason": subject.get("reason"),
        "capacity": capacity,
        "completed": completed,
        "remaining": max((capacity or 0) - completed, 0) if site else max((capacity or 0) - completed, 0),
        "permissions": [
            {
                "app_ref": p["app_ref"],
                "type": p["permission_type"] or "",
                "decided": p["decision_date"] or "",
                "status": p["status"],
                "units": p["net_units"],
            }
            for p in permissions
            if p["app_ref"] in refs
        ],
        "years": [
            {"year": label(y), "units": by_year.get(y, 0)}
            for y in range(result.base_year + 1, result.base_year + 1 + YEARS_AHEAD)
        ],
        "evidence": [
            "{} {}".format(
                e.evidence_date.isoformat() if e.evidence_date else "", evidence_type_label(e.evidence_type)
            )
            for e in read_evidence(store, key if subject["site_ref"] else None, refs)
        ][:5],
    }


def _site_map(store, key: str, is_site: bool):
    """The site on a small map: the allocations (and the permissions' points) around it."""
    from qgis.core import (
        QgsExpression,
        QgsFeature,
        QgsFeatureRequest,
        QgsFillSymbol,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsMarkerSymbol,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from . import styling
    from .reports.tables import Image

    layer = store.layer("allocations", "allocations")
    points = store.layer("permissions", "permissions")
    source = layer if is_site else points
    field = "site_ref" if is_site else "app_ref"
    request = QgsFeatureRequest().setFilterExpression(QgsExpression.createFieldEqualityExpression(field, key))
    found = [f for f in source.getFeatures(request) if f.hasGeometry()]
    if not found:
        return None
    extent = found[0].geometry().boundingBox()
    extent = extent.buffered(max(extent.width(), extent.height(), 200.0) * 0.6)
    styling.apply_style(layer, "allocations")
    styling.apply_style(points, "permissions")

    highlight = QgsVectorLayer(
        "{}?crs={}".format("MultiPolygon" if is_site else "Point", source.crs().authid()), "site", "memory"
    )
    marked = QgsFeature()
    marked.setGeometry(found[0].geometry())
    highlight.dataProvider().addFeatures([marked])
    if is_site:
        symbol = QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "#c92a2a", "outline_width": "1.2"}
        )
    else:
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#c92a2a", "size": "4"})
    highlight.setRenderer(QgsSingleSymbolRenderer(symbol))

    def draw():
        settings = QgsMapSettings()
        settings.setLayers([highlight, points, layer])
        settings.setDestinationCrs(layer.crs())
        settings.setExtent(extent)
        settings.setOutputSize(QSize(900, 560))
        settings.setBackgroundColor(QColor("white"))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        return job.renderedImage()

    return Image("site_map", tr("Site {}").format(key), draw, width=520)


def make_questionnaires(
    store,
    base_date=None,
    folder: str = ".",
    sites: Optional[Sequence[str]] = None,
    formats: Sequence[str] = ("pdf",),
    council: str = "",
    feedback=None,
) -> Dict[str, Any]:
    """Letters and return workbooks for ``sites`` (default every category-b site) and ``manifest.csv``.
    Returns {"letters": [...], "workbooks": [...], "manifest": path, "sites": [keys]}."""
    from . import monitoring
    from .reports import docx_writer, odt_writer, pdf_outline, sheet_writers, writers
    from .reports.accessible import for_print, title_and_language
    from .reports.document_blocks import document_properties
    from .reports.tables import Column, Table
    from .reports.templates import BUILT_IN_FOLDER, TemplateRef, render

    wanted = [f.strip().lower() for f in formats if f.strip()]
    unknown = [f for f in wanted if f not in ("pdf", "odt", "docx", "html")]
    if unknown or not wanted:
        raise QuestionnaireError(
            tr("Letter formats are pdf, odt, docx or html, not {}.").format(", ".join(unknown) or "none")
        )
    try:
        result = monitoring.compute_monitoring(store, base_date)
    except monitoring.MonitoringError as exc:
        raise QuestionnaireError(str(exc)) from None
    subjects = chosen_subjects(result, sites)
    protected = Protected(store)
    try:
        protected.check_folder(folder, "OUTPUT_FOLDER", ["manifest.csv"])
        os.makedirs(folder, exist_ok=True)
    except Exception as exc:  # noqa: BLE001 - refused or not made: said in words
        raise QuestionnaireError(str(exc)) from None
    settings = store.plan_settings()
    ref = TemplateRef(LETTER, os.path.join(BUILT_IN_FOLDER, LETTER + ".html.j2"), True)
    sent = datetime.date.today().isoformat()
    manifest_rows = []
    out = {"letters": [], "workbooks": [], "manifest": os.path.join(folder, "manifest.csv"), "sites": []}
    try:
        for number, subject in enumerate(subjects):
            if feedback is not None and feedback.isCanceled():
                break
            facts = site_facts(store, result, subject)
            stem = os.path.join(folder, "questionnaire_" + safe_name(facts["key"]))
            image = _site_map(store, facts["key"], bool(subject["site_ref"]))
            images = {"site_map": image} if image is not None else {}
            context = {
                "plan": {"name": settings["plan_name"]},
                "council": council or ", ".join(lpa.get("name", "") for lpa in settings["lpas"]),
                "base_date": result.base_date.isoformat(),
                "sent": sent,
                "site": facts,
                "questions": [{"id": q, "text": t} for q, t in questions()],
                "workbook": os.path.basename(stem) + ".xlsx",
                "site_map": image,
                "print": True,
                "format": "print",
            }
            if image is not None:
                image.mode = "resource"
            html = render(ref, context)
            for fmt in wanted:
                path = stem + "." + fmt
                if fmt == "html":
                    if image is not None:
                        image.mode = "data"
                    writers.write_html(render(ref, dict(context, print=False, format="html")), path)
                    if image is not None:
                        image.mode = "resource"
                else:
                    # The same accessible print path as every report (captions, alt text, properties).
                    letter = for_print(html)
                    title, lang = title_and_language(letter)
                    properties = document_properties(context, title)
                    if fmt == "pdf":
                        doc = writers.document(letter, images, [BUILT_IN_FOLDER])
                        writers.write_pdf(
                            doc, path, settings["plan_name"], tr("Site {}").format(facts["key"])
                        )
                        pdf_outline.finish_pdf(
                            path, title or settings["plan_name"], lang, pdf_outline.headings(doc), writers.TOP
                        )
                    elif fmt == "odt":
                        odt_writer.write_odt(letter, images, path, settings["plan_name"], properties)
                    else:
                        docx_writer.write_docx(letter, images, path, settings["plan_name"], properties)
                out["letters"].append(path)
            trajectory = Table(
                TRAJECTORY_SHEET,
                TRAJECTORY_SHEET,
                [Column(c, c) for c in TRAJECTORY_COLUMNS],
                [
                    {
                        "site_ref": subject["site_ref"] or "",
                        "app_ref": subject["app_ref"] or "",
                        "monitoring_year": y["year"],
                        "current_units": y["units"],
                        "your_units": y["units"],
                    }
                    for y in facts["years"]
                ],
            )
            asked = Table(
                EVIDENCE_SHEET,
                EVIDENCE_SHEET,
                [
                    Column("question_id", "question_id"),
                    Column("question", "question"),
                    Column("answer", "answer"),
                ],
                [{"question_id": q, "question": t, "answer": ""} for q, t in questions()],
            )
            workbook = sheet_writers.write_xlsx([trajectory, asked], stem + ".xlsx")
            out["workbooks"].append(workbook)
            out["sites"].append(facts["key"])
            manifest_rows.append(
                [facts["key"], subject["site_ref"] or "", subject["app_ref"] or "", facts["name"],
                 subject["category"] or "", subject["result"], result.base_date.isoformat(), sent,
                 os.path.basename(workbook)]
            )  # fmt: skip
            if feedback is not None:
                feedback.setProgress(100.0 * (number + 1) / max(len(subjects), 1))
        with open(out["manifest"], "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(
                ["key", "site_ref", "app_ref", "name", "category", "result", "base_date", "sent", "workbook"]
            )
            writer.writerows(manifest_rows)
    except OSError as exc:
        raise QuestionnaireError(
            tr("The questionnaires could not be written to {}: {}").format(folder, os_error_text(exc))
        ) from None
    return out
